package org.kafo.domain.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kafo.domain.tenant.PartnerOnboarded;

/**
 * Gives each new member association its directory entry. Observed inside the onboarding transaction (not
 * after it), so a failure here undoes the onboarding too: the tenant and its entry exist together or not at all.
 */
@ApplicationScoped
public class MemberEntries {

    private Directory directory;

    protected MemberEntries() {
    }

    @Inject
    public MemberEntries(Directory directory) {
        this.directory = directory;
    }

    void onboarded(@Observes PartnerOnboarded partner) {
        directory.enterMember(partner);
    }
}
