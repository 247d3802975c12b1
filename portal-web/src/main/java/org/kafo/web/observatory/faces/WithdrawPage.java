package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** {@code /admin/observatoire.xhtml}, each publication's withdraw form: the period's figures are no longer public. */
@Named
@RequestScoped
public class WithdrawPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Observatory observatory;

    private String period;

    /** The period comes with the form of its row ({@code period}, a hidden field). */
    public void withdraw() {
        period = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("period");
        try {
            Period p = Period.parse(period);
            observatory.withdraw(caller.get(), p);
            PageMessages.info(PageMessages.text("observatory.withdraw.done").replace("{0}", p.label()));
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
