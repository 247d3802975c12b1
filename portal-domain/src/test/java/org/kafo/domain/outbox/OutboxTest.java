package org.kafo.domain.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.TestDatabase;

class OutboxTest {

    private final TestDatabase db = TestDatabase.get();

    @BeforeEach
    void empty() {
        db.truncate("search_outbox");
    }

    @Test
    void changesComeBackInOrderAfterAGivenRow() {
        db.run(em -> new Outbox(em).changed("alert", "a1"));
        db.run(em -> new Outbox(em).changed("actor", "b2"));
        db.run(em -> new Outbox(em).changed("alert", "a1"));
        var all = db.inTransaction(em -> new Outbox(em).after(0, 10));
        assertThat(all).extracting(OutboxEntry::kind, OutboxEntry::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alert", "a1"),
                        org.assertj.core.groups.Tuple.tuple("actor", "b2"),
                        org.assertj.core.groups.Tuple.tuple("alert", "a1"));
        long first = all.get(0).id();
        List<OutboxEntry> later = db.inTransaction(em -> new Outbox(em).after(first, 10));
        assertThat(later).hasSize(2);
        long last = db.inTransaction(em -> new Outbox(em).lastId());
        assertThat(last).isEqualTo(all.get(2).id());
    }

    @Test
    void theLastRowWrittenBeforeAMomentIsKnown() {
        java.time.Instant start = java.time.Instant.now();
        long none = db.inTransaction(em -> new Outbox(em).lastIdBefore(start));
        assertThat(none).isZero();
        db.run(em -> new Outbox(em).changed("document", "d1"));
        long first = db.inTransaction(em -> new Outbox(em).lastId());
        java.time.Instant between = java.time.Instant.now();
        db.run(em -> new Outbox(em).changed("document", "d2"));
        long beforeSecond = db.inTransaction(em -> new Outbox(em).lastIdBefore(between));
        long beforeNow = db.inTransaction(em -> new Outbox(em).lastIdBefore(java.time.Instant.now().plusSeconds(1)));
        assertThat(beforeSecond).isEqualTo(first);
        assertThat(beforeNow).isEqualTo(first + 1);
    }

    @Test
    void aRolledBackChangeLeavesNoRow() {
        assertThatThrownBy(() -> db.run(em -> {
            new Outbox(em).changed("alert", "a1");
            em.flush();
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        List<OutboxEntry> rows = db.inTransaction(em -> new Outbox(em).after(0, 10));
        assertThat(rows).isEmpty();
    }
}
