package org.kafo.web.alert.faces;


import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.TypedValues;

/**
 * The arrival form of the alert page: the time as it happened (now to start from, Mali time), the people who actually
 * arrived (the count expected to start from), women, minors and unaccompanied minors where known. An arrival far
 * earlier than expected is asked again: the page shows why and a button to confirm, what was typed kept.
 */
@Named
@ViewScoped
public class ArrivalForm extends AlertPageForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "arrival-form";

    private String arrivedAt;
    private String peopleCount;
    private String women;
    private String minors;
    private String unaccompaniedMinors;
    /** Why the arrival typed is to be confirmed, once the domain asked. */
    private String toConfirm;

    public String record() {
        return record(false);
    }

    public String confirm() {
        return record(true);
    }

    private String record(boolean confirmed) {
        toConfirm = null;
        List<DomainException.FieldError> errors = new ArrayList<>();
        // Empty means now.
        Instant at = TypedValues.maliTime(getArrivedAt(), "arrivedAt", errors);
        Arrival.Input input = new Arrival.Input(at, TypedValues.count(getPeopleCount(), "peopleCount", errors),
                TypedValues.count(women, "women", errors), TypedValues.count(minors, "minors", errors),
                TypedValues.count(unaccompaniedMinors, "unaccompaniedMinors", errors), confirmed);
        if (!errors.isEmpty()) {
            PageMessages.refused(FORM, DomainException.invalid(errors));
            return null;
        }
        boolean ok = PageMessages.attempt(FORM, () -> alerts.recordArrival(caller.get(), page.uuid(), input, page.version()), refusal -> {
            boolean ask = refusal.errors().stream().anyMatch(f -> f.field().equals("confirm"));
            toConfirm = ask ? refusal.text(FacesContext.getCurrentInstance().getViewRoot().getLocale()) : null;
            return ask;
        });
        return ok ? page.done(PageMessages.text("alert.done.arrival")) : null;
    }

    private static String now() {
        return TypedValues.maliTime(Instant.now());
    }

    /** The latest arrival time the picker offers: now. */
    public String getMax() {
        return now();
    }

    public String getToConfirm() {
        return toConfirm;
    }

    public String getArrivedAt() {
        if (arrivedAt == null) {
            arrivedAt = now();
        }
        return arrivedAt;
    }

    public void setArrivedAt(String arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public String getPeopleCount() {
        if (peopleCount == null && page.getDetail() != null) {
            peopleCount = String.valueOf(page.getDetail().content().peopleCount());
        }
        return peopleCount;
    }

    public void setPeopleCount(String peopleCount) {
        this.peopleCount = peopleCount;
    }

    public String getWomen() {
        return women;
    }

    public void setWomen(String women) {
        this.women = women;
    }

    public String getMinors() {
        return minors;
    }

    public void setMinors(String minors) {
        this.minors = minors;
    }

    public String getUnaccompaniedMinors() {
        return unaccompaniedMinors;
    }

    public void setUnaccompaniedMinors(String unaccompaniedMinors) {
        this.unaccompaniedMinors = unaccompaniedMinors;
    }
}
