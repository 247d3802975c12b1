package org.kafo.domain.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.observatory.Cell.Hidden.COMPLEMENTARY;
import static org.kafo.domain.observatory.Cell.Hidden.SMALL;
import static org.kafo.domain.observatory.Suppression.TOTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kafo.domain.observatory.Suppression.Address;
import org.kafo.domain.observatory.Suppression.Group;
import org.kafo.domain.shared.DomainException;

/** The suppression rule on small tables whose hidden cells were worked out by hand. */
class SuppressionTest {

    private final Suppression five = new Suppression(5);

    @Test
    void cellsFromOneToFourAreHiddenNoneAndFiveAreShown() {
        Map<Address, Long> counts = counts("t", "a", 0L, "b", 1L, "c", 4L, "d", 5L, "e", 120L);
        assertThat(five.hide(counts, List.of(), List.of())).isEqualTo(Map.of(a("t", "b"), SMALL, a("t", "c"), SMALL));
    }

    @Test
    void aLoneHiddenCellUnderAShownTotalTakesTheSmallestOtherNonZeroCellWithIt() {
        // By origin: Libya 120, Algeria 60, Mauritania 40, Niger 37, France 3, Spain 0; total 260.
        // France alone hidden: 260 - 120 - 60 - 40 - 37 - 0 = 3 would give it away. Niger (37), the smallest other cell
        // that is not zero, goes with it; Spain's 0 reveals nothing and stays.
        Map<Address, Long> counts = counts("o", "LY", 120L, "DZ", 60L, "MR", 40L, "NE", 37L, "FR", 3L, "ES", 0L, TOTAL, 260L);
        Group byOrigin = group("o", "LY", "DZ", "MR", "NE", "FR", "ES");
        assertThat(five.hide(counts, List.of(byOrigin), List.of()))
                .isEqualTo(Map.of(a("o", "FR"), SMALL, a("o", "NE"), COMPLEMENTARY));
    }

    @Test
    void twoSmallCellsProtectEachOtherAndNothingMoreIsHidden() {
        Map<Address, Long> counts = counts("k", "x", 3L, "y", 2L, "z", 50L, TOTAL, 55L);
        assertThat(five.hide(counts, List.of(group("k", "x", "y", "z")), List.of()))
                .isEqualTo(Map.of(a("k", "x"), SMALL, a("k", "y"), SMALL));
    }

    @Test
    void whenNoOtherCellCanBeHiddenTheTotalGoesAndTheSameNumberElsewhereWithIt() {
        // Arrived: in time 3, late 0, total 3... and the overview shows the same 3: all three hidden.
        Map<Address, Long> counts = counts("t", "in-time", 3L, "late", 0L, TOTAL, 3L);
        counts.put(a("summary", "arrived"), 3L);
        Map<Address, Cell.Hidden> hidden = five.hide(counts, List.of(group("t", "in-time", "late")),
                List.of(Set.of(a("t", TOTAL), a("summary", "arrived"))));
        assertThat(hidden).containsOnlyKeys(a("t", "in-time"), a("t", TOTAL), a("summary", "arrived"));
        // Late 7 instead: the total 10 stays, but late must go with in-time (10 - 7 = 3).
        counts = counts("t", "in-time", 3L, "late", 7L, TOTAL, 10L);
        assertThat(five.hide(counts, List.of(group("t", "in-time", "late")), List.of()))
                .isEqualTo(Map.of(a("t", "in-time"), SMALL, a("t", "late"), COMPLEMENTARY));
    }

    @Test
    void hidingRunsAcrossLinkedTablesUntilNoTotalGivesACellAway() {
        // Points: Bamako-Sénou 123, Sogoniko 4 (region Bamako: 127); Gao 67 (region Gao: 67); Gogui 40 (region Nioro: 40).
        // Worked by hand:
        // 1. Sogoniko 4 is small.
        // 2. Points' total 234 shown with only Sogoniko hidden: the smallest other, Gogui 40, is hidden.
        // 3. Region Bamako 127 with only Sogoniko hidden among its points: Bamako-Sénou 123 is hidden.
        // 4. Region Nioro 40 has one point, Gogui, hidden: no other point, so the region's 40 is hidden.
        // 5. Regions' total 234 shown with only Nioro hidden: the smallest other region, Gao 67, is hidden.
        // 6. Region Gao hidden while its only point, Gao 67, is shown: the point is hidden.
        // Then nothing more: every equation has two hidden numbers or none.
        Map<Address, Long> counts = counts("p", "bamako-senou", 123L, "sogoniko", 4L, "gao", 67L, "gogui", 40L, TOTAL, 234L);
        counts.putAll(counts("r", "bamako", 127L, "gao", 67L, "nioro", 40L, TOTAL, 234L));
        List<Group> groups = List.of(group("p", "bamako-senou", "sogoniko", "gao", "gogui"), group("r", "bamako", "gao", "nioro"),
                new Group(a("r", "bamako"), List.of(a("p", "bamako-senou"), a("p", "sogoniko"))),
                new Group(a("r", "gao"), List.of(a("p", "gao"))),
                new Group(a("r", "nioro"), List.of(a("p", "gogui"))));
        Map<Address, Cell.Hidden> hidden = five.hide(counts, groups, List.of(Set.of(a("p", TOTAL), a("r", TOTAL))));
        assertThat(hidden).isEqualTo(Map.of(a("p", "sogoniko"), SMALL, a("p", "gogui"), COMPLEMENTARY,
                a("p", "bamako-senou"), COMPLEMENTARY, a("r", "nioro"), COMPLEMENTARY, a("r", "gao"), COMPLEMENTARY,
                a("p", "gao"), COMPLEMENTARY));
        assertThat(hidden).doesNotContainKeys(a("p", TOTAL), a("r", TOTAL), a("r", "bamako"));
    }

    @Test
    void theThresholdIsTheOperatorsAndOneHidesNothing() {
        Map<Address, Long> counts = counts("t", "a", 1L, "b", 9L, "c", 10L, TOTAL, 20L);
        assertThat(new Suppression(1).hide(counts, List.of(group("t", "a", "b", "c")), List.of())).isEmpty();
        assertThat(new Suppression(10).hide(counts, List.of(group("t", "a", "b", "c")), List.of()))
                .isEqualTo(Map.of(a("t", "a"), SMALL, a("t", "b"), SMALL));
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(DomainException.class).hasMessageContaining("seuil");
        assertThatThrownBy(() -> new Suppression(101)).isInstanceOf(DomainException.class);
    }

    private static Address a(String table, String row) {
        return new Address(table, row, 0);
    }

    private static Group group(String table, String... rows) {
        return new Group(a(table, TOTAL), java.util.Arrays.stream(rows).map(r -> a(table, r)).toList());
    }

    private static Map<Address, Long> counts(String table, Object... rowsAndValues) {
        Map<Address, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < rowsAndValues.length; i += 2) {
            counts.put(a(table, (String) rowsAndValues[i]), (Long) rowsAndValues[i + 1]);
        }
        return counts;
    }
}
