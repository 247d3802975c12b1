package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.security.CurrentCaller;

/**
 * The associations a form may name as partners of a record shared with PARTNERS: every other one
 * ({@code #{partnerChoices.all}}; never the caller's own), for the deposit of a document, the form of a meeting and the
 * alert's type-to-find picker alike.
 */
@Named
@RequestScoped
public class PartnerChoices {

    @Inject
    TenantRegistry tenants;

    @Inject
    CurrentCaller caller;

    private List<Tenant> all;

    /** The other associations whose name, acronym or alias holds what was typed (all of them for a blank query): their aliases. */
    public List<String> complete(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.FRENCH);
        return getAll().stream().filter(t -> wanted.isEmpty() || (t.name() + " " + t.shortName() + " " + t.alias())
                .toLowerCase(Locale.FRENCH).contains(wanted)).map(Tenant::alias).toList();
    }

    /** The name a picker shows for an alias (the alias itself if it names no association). */
    public String name(String alias) {
        return tenants.all().stream().filter(t -> t.alias().equals(alias)).map(Tenant::name).findFirst().orElse(alias);
    }

    public List<Tenant> getAll() {
        if (all == null) {
            all = tenants.all().stream().filter(t -> !caller.get().belongsTo(t.alias())).toList();
        }
        return all;
    }
}
