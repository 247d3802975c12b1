package org.kafo.web.proceedings.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.library.Document;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.Participant;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.proceedings.EventPages;
import org.kafo.web.security.CurrentCaller;

/** {@code /rencontres/rencontre.xhtml?id=…}: an event, its programme, communications, people and follow-up. */
@Named
@RequestScoped
public class EventPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Proceedings proceedings;

    private String id;
    private Event event;
    private List<Participant> participants;

    public void load() {
        try {
            participants = proceedings.participants(caller.get(), Ids.parse(id));
            event = proceedings.event(caller.get(), Ids.parse(id));
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public Event getEvent() {
        return event;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    /** The attached documents the viewer may see (a document may have been shared more narrowly since). */
    public List<Document> documents(Communication communication) {
        return communication.documents(caller.get());
    }

    public boolean isCanChange() {
        return event != null && Proceedings.mayChange(caller.get(), event);
    }

    public String getPdf() {
        return EventPages.pdf(event.id());
    }

    public String getIcs() {
        return EventPages.ics(event.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
