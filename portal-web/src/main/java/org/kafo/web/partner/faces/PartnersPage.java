package org.kafo.web.partner.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.tenant.PartnerKind;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.faces.PagedModel;
import org.kafo.web.partner.Onboarding;
import org.kafo.web.security.CurrentCaller;
import org.kafo.web.faces.Language;

/**
 * {@code /admin/partenaires.xhtml}: the coordination's list of partner associations, suspended or active again here; its
 * two forms have their beans: a new partner ({@link OnboardingForm}) and a seminar participant ({@link ObserverForm}).
 */
@Named
@RequestScoped
public class PartnersPage {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    @Inject
    Onboarding onboarding;

    private PagedModel<Tenant> partners;

    /** The associations, a page at a time from the database (the table's paginator asks for the others). */
    public PagedModel<Tenant> getPartners() {
        if (partners == null) {
            partners = new PagedModel<>(tenants::count, tenants::page, Tenant::alias);
        }
        return partners;
    }

    /** Every association, for a form's list to choose from. */
    public List<Tenant> getAll() {
        return tenants.all();
    }

    /** The list is read again: a partner joined or changed. */
    void forget() {
        partners = null;
    }

    public void suspend(String alias) {
        PageMessages.attempt(null, () -> PageMessages.info(PageMessages.text("partners.done.suspended",
                onboarding.suspend(caller.get(), alias).name())));
        forget();
    }

    public void reactivate(String alias) {
        PageMessages.attempt(null, () -> PageMessages.info(PageMessages.text("partners.done.reactivated",
                onboarding.reactivate(caller.get(), alias).name())));
        forget();
    }

    public List<Countries.Country> getCountries() {
        return Countries.all(Language.ofPage());
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }
}
