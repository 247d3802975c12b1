package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Publication;
import org.kafo.domain.observatory.Scope;
import org.kafo.domain.reference.Region;
import org.kafo.domain.reference.Regions;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.observatory.PeriodChoices;
import org.kafo.web.security.CurrentCaller;

/** The choices of the observatory's form (scopes, years, parts of a year, kinds, regions) and the published periods. */
@Named
@RequestScoped
public class ObservatoryChoices {

    @Inject
    CurrentCaller caller;

    @Inject
    Observatory observatory;

    @Inject
    Regions regions;

    /** The scopes this person has figures in: their association's (members), the network's (signed in), the public ones. */
    public List<Scope> getScopes() {
        List<Scope> scopes = new ArrayList<>();
        if (caller.get().tenant() != null && caller.get().signedIn()) {
            scopes.add(Scope.OWN);
        }
        if (caller.get().signedIn()) {
            scopes.add(Scope.NETWORK);
        }
        scopes.add(Scope.PUBLIC);
        return scopes;
    }

    public List<Integer> getYears() {
        return PeriodChoices.years();
    }

    public List<PeriodChoices.Choice> getParts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PeriodChoices.parts(context.getViewRoot().getLocale(), PageMessages.text("observatory.form.wholeYear"),
                PageMessages.text("observatory.form.quarter"));
    }

    public AlertKind[] getKinds() {
        return AlertKind.values();
    }

    public List<Region> getRegions() {
        return regions.active();
    }

    public List<Publication> getPublications() {
        return observatory.publications();
    }

}
