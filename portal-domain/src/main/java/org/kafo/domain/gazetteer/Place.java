package org.kafo.domain.gazetteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.Message;

/**
 * A place of the gazetteer with its spellings. Its rules: a name, at most {@link #MAX_SPELLINGS} other spellings, each
 * at most {@link #MAX_LENGTH} characters; spellings that differ only by accents, case, hyphens or apostrophes are one
 * ({@link #key}).
 */
@Entity
@Table(name = "gazetteer_place")
public class Place {

    public static final int MAX_LENGTH = 120;
    public static final int MAX_SPELLINGS = 40;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false)
    private String name;

    /** The name's {@link #key}: unique, so that two places never share a name. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceKind kind;

    /** One spelling a line. */
    @Column(nullable = false)
    private String spellings = "";

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Place() {
    }

    Place(PlaceInput input) {
        describe(input);
    }

    /** Sets name, kind and spellings, or refuses them, every field at once (nothing changed). */
    final void describe(PlaceInput input) {
        Checks checks = Checks.start();
        String checkedName = checked("name", "gazetteer.field.name", input.name(), checks);
        checks.check(input.kind() != null, "kind", "gazetteer.kind.missing");
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String spelling : input.spellings()) {
            String checkedSpelling = spelling == null || spelling.isBlank() ? null : checked("spellings", "gazetteer.field.spelling", spelling, checks);
            if (checkedSpelling != null && (checkedName == null || !key(checkedSpelling).equals(key(checkedName)))) {
                byKey.putIfAbsent(key(checkedSpelling), checkedSpelling);
            }
        }
        checks.check(byKey.size() <= MAX_SPELLINGS, "spellings", "gazetteer.spellings.tooMany", MAX_SPELLINGS);
        checks.throwIfAny();
        this.name = checkedName;
        this.nameKey = key(checkedName);
        this.kind = input.kind();
        this.spellings = String.join("\n", byKey.values());
        this.updatedAt = Instant.now();
    }

    /** A name or a spelling: one line (a spelling a line is how they are kept), without the index's separator « | ». */
    private static String checked(String field, String label, String value, Checks checks) {
        boolean oneLine = value == null || value.strip().chars().noneMatch(Character::isISOControl) && !value.contains("|");
        String text = checks.text(field, label, value).max(MAX_LENGTH).required();
        return text == null || checks.check(oneLine, field, "gazetteer.place.oneLine", Message.of(label), text) ? text : null;
    }

    /** How names are compared: without accents, case, hyphens or apostrophes ("Tin-Zaouatine" = "tin zaouatine"). */
    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PlaceKind kind() {
        return kind;
    }

    public List<String> spellings() {
        return spellings.isEmpty() ? List.of() : List.of(spellings.split("\n"));
    }

    /** The keys of the name and of every spelling. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(nameKey);
        spellings().forEach(s -> keys.add(key(s)));
        return keys;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
