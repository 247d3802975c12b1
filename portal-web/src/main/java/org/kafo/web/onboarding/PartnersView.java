package org.kafo.web.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.domain.tenant.PartnerKind;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.Dates;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** {@code /admin/partenaires.xhtml}: the coordination's list of partners, onboarding, suspension, observers. */
@Named
@RequestScoped
public class PartnersView {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    @Inject
    Onboarding onboarding;

    @Inject
    MemberInvitations invitations;

    private List<Tenant> partners;
    private final PartnerForm partner = new PartnerForm();
    private final PersonForm observer = new PersonForm();

    public List<Tenant> getPartners() {
        if (partners == null) {
            partners = tenants.all();
        }
        return partners;
    }

    public List<Countries.Country> getCountries() {
        return Countries.all();
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public PartnerForm getPartner() {
        return partner;
    }

    public PersonForm getObserver() {
        return observer;
    }

    public void onboard() {
        PageMessages.attempt("partner-form", () -> {
            Onboarding.Onboarded done = onboarding.onboard(caller.get(), PartnerApplication.of(partner.alias, partner.name, partner.acronym,
                    partner.country, partner.city, partner.kind, partner.contactEmail, partner.adminEmail, partner.adminFirstName,
                    partner.adminLastName));
            PageMessages.info("« " + done.tenant().name() + " » a rejoint le réseau (identifiant " + done.tenant().alias() + ").");
            invitationOutcome(done.invitationSent(), done.adminEmail());
            partner.clear();
            partners = null;
        });
    }

    public void suspend(String alias) {
        PageMessages.attempt(null, () -> {
            Tenant t = onboarding.suspend(caller.get(), alias);
            PageMessages.info("« " + t.name() + " » est suspendue : ses membres ne peuvent plus se connecter. Rien n'est supprimé.");
            partners = null;
        });
    }

    public void reactivate(String alias) {
        PageMessages.attempt(null, () -> {
            Tenant t = onboarding.reactivate(caller.get(), alias);
            PageMessages.info("« " + t.name() + " » est de nouveau active.");
            partners = null;
        });
    }

    public void inviteObserver() {
        PageMessages.attempt("observer-form", () -> {
            String association = observer.association == null || observer.association.isBlank() ? null : observer.association;
            MemberInvitations.Invited invited = invitations.invite(caller.get(), association,
                    Invitation.of(observer.email, observer.firstName, observer.lastName, MemberRole.OBSERVER.code()));
            outcome(invited, invited.member().displayName() + " est invité·e comme observateur·rice.");
            observer.clear();
        });
    }

    /** What an invitation did, said on the page: joined (with the e-mail's fate), or offered to an existing account. */
    static void outcome(MemberInvitations.Invited invited, String joined) {
        if (invited.offered()) {
            PageMessages.info("Un compte existe déjà pour " + invited.offer().email() + " : il ne rejoint l'association que si sa ou son "
                    + "titulaire accepte l'invitation, en se connectant, d'ici le " + new Dates().date(invited.offer().expiresAt()) + ".");
            if (!invited.invitationSent()) {
                PageMessages.warn("Le courriel n'a pas pu partir : la personne trouvera l'invitation en se connectant (Mon compte).");
            }
            return;
        }
        PageMessages.info(joined);
        invitationOutcome(invited.invitationSent(), invited.member().email());
    }

    static void invitationOutcome(boolean sent, String email) {
        if (sent) {
            PageMessages.info("Une invitation a été envoyée à " + email + " : le lien reste valable trois jours.");
        } else {
            PageMessages.warn("L'invitation n'a pas pu être envoyée à " + email
                    + " (service de courriel indisponible) ; renvoyez-la depuis la liste des membres.");
        }
    }

    /** The onboarding form. */
    public static class PartnerForm {
        public String alias;
        public String name;
        public String acronym;
        public String country = "ML";
        public String city;
        public String kind;
        public String contactEmail;
        public String adminEmail;
        public String adminFirstName;
        public String adminLastName;

        void clear() {
            alias = name = acronym = city = kind = contactEmail = adminEmail = adminFirstName = adminLastName = null;
            country = "ML";
        }
        // Faces binds properties: getters and setters.
        public String getAlias() { return alias; }
        public void setAlias(String v) { alias = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAcronym() { return acronym; }
        public void setAcronym(String v) { acronym = v; }
        public String getCountry() { return country; }
        public void setCountry(String v) { country = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String v) { contactEmail = v; }
        public String getAdminEmail() { return adminEmail; }
        public void setAdminEmail(String v) { adminEmail = v; }
        public String getAdminFirstName() { return adminFirstName; }
        public void setAdminFirstName(String v) { adminFirstName = v; }
        public String getAdminLastName() { return adminLastName; }
        public void setAdminLastName(String v) { adminLastName = v; }
    }
}
