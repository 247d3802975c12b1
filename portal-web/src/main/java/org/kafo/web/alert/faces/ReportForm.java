package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.web.faces.PageMessages;

/** The reception report of the caller's association, on the alert page: people received, services given, referrals, notes. */
@Named
@ViewScoped
public class ReportForm extends AlertPageForm {

    private static final long serialVersionUID = 1L;

    private Integer received;
    private List<String> services = new ArrayList<>();
    private String referrals;
    private String notes;

    public String file() {
        return page.act("report-form", () -> alerts.fileReceptionReport(caller.get(), page.uuid(),
                ReceptionReport.of(received, services, referrals, notes), page.version()), PageMessages.text("alert.done.report"));
    }

    public Integer getReceived() {
        return received;
    }

    public void setReceived(Integer received) {
        this.received = received;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public String getReferrals() {
        return referrals;
    }

    public void setReferrals(String referrals) {
        this.referrals = referrals;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
