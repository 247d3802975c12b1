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
import org.kafo.domain.shared.DomainException;

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

    /** Sets name, kind and spellings, or refuses them in French (nothing changed). */
    final void describe(PlaceInput input) {
        String checkedName = checked("name", input.name(), "Le nom du lieu");
        if (input.kind() == null) {
            throw DomainException.invalid("kind", "Choisissez le type de lieu.");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String spelling : input.spellings()) {
            if (spelling == null || spelling.isBlank()) {
                continue;
            }
            String checkedSpelling = checked("spellings", spelling, "Une graphie");
            if (!key(checkedSpelling).equals(key(checkedName))) {
                byKey.putIfAbsent(key(checkedSpelling), checkedSpelling);
            }
        }
        if (byKey.size() > MAX_SPELLINGS) {
            throw DomainException.invalid("spellings", "Un lieu a au plus " + MAX_SPELLINGS + " autres graphies.");
        }
        this.name = checkedName;
        this.nameKey = key(checkedName);
        this.kind = input.kind();
        this.spellings = String.join("\n", byKey.values());
        this.updatedAt = Instant.now();
    }

    private static String checked(String field, String value, String what) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw DomainException.invalid(field, what + " est obligatoire.");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, what + " a au plus " + MAX_LENGTH + " caractères : « "
                    + stripped.substring(0, 30) + "… ».");
        }
        if (stripped.chars().anyMatch(Character::isISOControl) || stripped.contains("|")) {
            throw DomainException.invalid(field, what + " ne peut contenir ni retour à la ligne ni « | » : « " + stripped + " ».");
        }
        return stripped;
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
