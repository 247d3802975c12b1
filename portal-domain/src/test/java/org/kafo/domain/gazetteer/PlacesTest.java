package org.kafo.domain.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** The gazetteer: kept by the coordination only, one place per name or spelling, each change moving the revision. */
class PlacesTest {

    private final TestDatabase db = TestDatabase.get();
    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);

    @BeforeEach
    void empty() {
        db.truncate("gazetteer_place");
        db.run(em -> em.createNativeQuery("update gazetteer_state set seeded = false").executeUpdate());
    }

    private static PlaceInput tinzawaten() {
        return new PlaceInput("Tinzawaten", PlaceKind.BORDER_POST, List.of("Tinzaouaten", "Tin-Zaouatine", "tinzaouaten", " "));
    }

    @Test
    void theCoordinationAddsAPlaceWithItsSpellingsAndTheRevisionMoves() {
        long before = revision();
        Place place = db.inTransaction(em -> places(em).add(coordination, tinzawaten()));
        assertThat(place.spellings()).containsExactly("Tinzaouaten", "Tin-Zaouatine"); // one per key, blanks dropped
        assertThat(revision()).isGreaterThan(before);
        assertThat(allPlaces()).extracting(Place::name).containsExactly("Tinzawaten");
    }

    @Test
    void aMemberOrAnAssociationsAdminMayNotChangeTheGazetteer() {
        for (Caller caller : List.of(Callers.of("ame", Role.MEMBER), Callers.of("cimade", Role.TENANT_ADMIN), Caller.anonymous())) {
            assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(caller, tinzawaten())))
                    .isInstanceOf(DomainException.class).hasMessageContaining("coordination");
        }
        assertThat(allPlaces()).isEmpty();
    }

    @Test
    void aSpellingBelongsToOnePlaceOnly() {
        db.inTransaction(em -> places(em).add(coordination, tinzawaten()));
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(coordination,
                new PlaceInput("Poste de Tin Zaouatine", PlaceKind.BORDER_POST, List.of("TIN ZAOUATINE")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Tinzawaten");
        Place kidal = db.inTransaction(em -> places(em).add(coordination, new PlaceInput("Kidal", PlaceKind.REGION, List.of())));
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).change(coordination, kidal.id(),
                new PlaceInput("Tinzaouaten", PlaceKind.REGION, List.of()), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("désigne déjà");
        assertThat(db.inTransaction(em -> places(em).find(kidal.id())).name()).isEqualTo("Kidal");
    }

    @Test
    void badInputIsRefusedInFrenchAndChangesNothing() {
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(coordination, new PlaceInput(" ", PlaceKind.CITY, List.of()))))
                .hasMessageContaining("obligatoire");
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(coordination, new PlaceInput("Gao", null, List.of()))))
                .hasMessageContaining("type de lieu");
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(coordination,
                new PlaceInput("Gao", PlaceKind.CITY, List.of("x".repeat(121))))))
                .hasMessageContaining("120 caractères");
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).add(coordination,
                new PlaceInput("Gao|Kidal", PlaceKind.CITY, List.of())))).hasMessageContaining("|");
        assertThat(allPlaces()).isEmpty();
        assertThatThrownBy(() -> db.run(em -> places(em).remove(coordination, UUID.randomUUID())))
                .hasMessageContaining("n'existe pas");
    }

    @Test
    void aChangeSeenAfterAnotherIsAConflict() {
        Place place = db.inTransaction(em -> places(em).add(coordination, tinzawaten()));
        db.inTransaction(em -> places(em).change(coordination, place.id(), tinzawaten(), place.version()));
        assertThatThrownBy(() -> db.inTransaction(em -> places(em).change(coordination, place.id(), tinzawaten(), place.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("entre-temps");
    }

    @Test
    void theSeedFillsAnEmptyGazetteerOnceAndNeverAgain() {
        List<PlaceInput> bundled = List.of(tinzawaten(), new PlaceInput("Sénou", PlaceKind.ARRIVAL_POINT, List.of("Senou")));
        assertThat(seed(bundled)).isEqualTo(2);
        Place senou = allPlaces().stream().filter(p -> p.name().equals("Sénou")).findFirst().orElseThrow();
        db.inTransaction(em -> {
            places(em).remove(coordination, senou.id());
            return null;
        });
        assertThat(seed(bundled)).isZero(); // the administrators' removal stands
        assertThat(allPlaces()).extracting(Place::name).containsExactly("Tinzawaten");
    }

    private long revision() {
        Long revision = db.inTransaction(em -> places(em).revision());
        return revision;
    }

    private int seed(List<PlaceInput> bundled) {
        Integer added = db.inTransaction(em -> places(em).seed(bundled));
        return added;
    }

    private List<Place> allPlaces() {
        List<Place> all = db.inTransaction(em -> places(em).all());
        return all;
    }

    private static Places places(jakarta.persistence.EntityManager em) {
        return new Places(em, new AuditLog(em));
    }
}
