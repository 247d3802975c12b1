package org.kafo.web.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** The kept pages of the alert list: shared by callers who see the same, dropped by a change or with age. */
class AlertListCacheTest {

    private static final Caller AME = new Caller("u1", "accueil.ame", "Accueil AME", null, "ame", Set.of(Role.MEMBER));
    private static final Caller AME_ADMIN = new Caller("u3", "admin.ame", "Admin AME", null, "ame", Set.of(Role.TENANT_ADMIN));
    private static final Caller APDHA = new Caller("u2", "membre.apdha", "Membre APDHA", null, "apdha", Set.of(Role.MEMBER));
    private static final AlertFilter ONGOING = new AlertFilter(EnumSet.of(AlertStatus.PUBLISHED), null, null, null, null,
            AlertFilter.Order.ARRIVAL);

    private final AtomicLong clock = new AtomicLong();
    private final AlertListCache cache = new AlertListCache(clock::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<AlertJson.PageJson> database() {
        return () -> new AlertJson.PageJson(reads.incrementAndGet(), 0, 20, List.of());
    }

    private long read(Caller caller, AlertFilter filter, int first) {
        return cache.page(caller, filter, first, 20, database()).total();
    }

    @Test
    void callersWhoSeeTheSameShareAPageOthersReadTheirOwn() {
        long first = read(AME, ONGOING, 0);
        assertThat(read(AME, ONGOING, 0)).isEqualTo(first);
        assertThat(read(AME_ADMIN, ONGOING, 0)).as("another member of the same association").isEqualTo(first);
        assertThat(read(APDHA, ONGOING, 0)).as("another association").isNotEqualTo(first);
        assertThat(read(Caller.anonymous(), ONGOING, 0)).as("an anonymous visitor").isNotEqualTo(first);
        assertThat(read(AME, ONGOING, 20)).as("the next page").isNotEqualTo(first);
        assertThat(read(AME, new AlertFilter(EnumSet.of(AlertStatus.PUBLISHED), "gao", null, null, null, AlertFilter.Order.ARRIVAL), 0))
                .as("another filter").isNotEqualTo(first);
        assertThat(reads).hasValue(5);
    }

    @Test
    void aChangeDropsEveryPage() {
        long before = read(AME, ONGOING, 0);
        read(APDHA, ONGOING, 0);
        cache.invalidate();
        assertThat(read(AME, ONGOING, 0)).isNotEqualTo(before);
        assertThat(reads).hasValue(3);
        read(APDHA, ONGOING, 0);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aPageReadWhileAChangeCommitsIsNotKept() {
        long read = cache.page(AME, ONGOING, 0, 20, () -> {
            AlertJson.PageJson page = database().get();
            cache.invalidate(); // the change commits after the query read the rows
            return page;
        }).total();
        assertThat(read(AME, ONGOING, 0)).isNotEqualTo(read);
    }

    @Test
    void aPageIsReadAgainWhenOlderThanItsMaximumAge() {
        long first = read(AME, ONGOING, 0);
        clock.addAndGet(AlertListCache.MAX_AGE.toNanos() - 1);
        assertThat(read(AME, ONGOING, 0)).isEqualTo(first);
        clock.addAndGet(1);
        assertThat(read(AME, ONGOING, 0)).isNotEqualTo(first);
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= AlertListCache.MAX_PAGES; i++) {
            read(AME, ONGOING, i);
        }
        int afterFilling = reads.get();
        // the first page was dropped when the cache started again
        read(AME, ONGOING, 0);
        assertThat(reads.get()).isEqualTo(afterFilling + 1);
    }
}
