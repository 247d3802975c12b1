package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * Each publication's withdraw form on {@link PublicationsPage}: the period's figures are no longer public. The period
 * is posted by the form of its row (a plain hidden {@code period}), not found again by the row's index, which another
 * publication made meanwhile would shift.
 */
@Named
@RequestScoped
public class WithdrawForm {

    @Inject
    CurrentCaller caller;

    @Inject
    Observatory observatory;

    public void withdraw() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("period");
        PageMessages.attempt(null, () -> {
            Period p = Period.parse(posted);
            observatory.withdraw(caller.get(), p);
            PageMessages.info(PageMessages.text("observatory.withdraw.done").replace("{0}", p.label()));
        });
    }
}
