package org.kafo.domain.proceedings;

import java.time.LocalDate;
import java.util.UUID;
import org.kafo.domain.shared.Checks;

/** A commitment as given: who commits (an actor of the directory, required), to what, by when. */
public record CommitmentInput(UUID ownerId, String what, LocalDate dueOn) {

    public static final int MAX_WHAT = 1000;

    public static CommitmentInput of(String ownerId, String what, String dueOn) {
        Checks checks = Checks.start();
        UUID owner = checks.id("ownerId", "proceedings.field.owner", ownerId).required("proceedings.commitment.ownerMissing");
        String cleanWhat = checks.text("what", "proceedings.field.what", what).min(3).max(MAX_WHAT).required();
        LocalDate due = checks.date("dueOn", "proceedings.field.dueOn", dueOn).required();
        checks.throwIfAny();
        return new CommitmentInput(owner, cleanWhat, due);
    }
}
