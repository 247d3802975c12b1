package org.kafo.web.partner.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.partner.Onboarding;
import org.kafo.web.security.CurrentCaller;

/** A partner association joining the network, and the person who will administer it, on {@link PartnersPage}. */
@Named
@RequestScoped
public class OnboardingForm {

    @Inject
    CurrentCaller caller;

    @Inject
    Onboarding onboarding;

    @Inject
    PartnersPage page;

    private String alias;
    private String name;
    private String acronym;
    private String country = "ML";
    private String city;
    private String kind;
    private String contactEmail;
    private String adminEmail;
    private String adminFirstName;
    private String adminLastName;

    public void onboard() {
        PageMessages.attempt("partner-form", () -> {
            Onboarding.Onboarded done = onboarding.onboard(caller.get(), PartnerApplication.of(alias, name, acronym, country, city, kind,
                    contactEmail, adminEmail, adminFirstName, adminLastName));
            PageMessages.info(PageMessages.text("partners.done.onboarded", done.tenant().name(), done.tenant().alias()));
            InvitationOutcome.say(done.invitationSent(), done.adminEmail());
            alias = name = acronym = city = kind = contactEmail = adminEmail = adminFirstName = adminLastName = null;
            country = "ML";
            page.forget();
        });
    }

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
