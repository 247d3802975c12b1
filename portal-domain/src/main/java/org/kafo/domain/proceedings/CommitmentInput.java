package org.kafo.domain.proceedings;

import java.time.LocalDate;
import java.util.UUID;

/** A commitment as given: who commits (an actor of the directory, required), to what, by when. */
public record CommitmentInput(UUID ownerId, String what, LocalDate dueOn) {

    public static final int MAX_WHAT = 1000;

    public static CommitmentInput of(String ownerId, String what, String dueOn) {
        Checks checks = new Checks();
        UUID owner = checks.uuid("ownerId", ownerId, "Acteur qui s'engage");
        if (owner == null && Checks.clean(ownerId) == null) {
            checks.error("ownerId", "Dites quel acteur de l'annuaire prend cet engagement.");
        }
        String cleanWhat = checks.required("what", what, 3, MAX_WHAT, "L'objet de l'engagement");
        LocalDate due = checks.date("dueOn", dueOn, "L'échéance");
        checks.throwIfAny();
        return new CommitmentInput(owner, cleanWhat, due);
    }
}
