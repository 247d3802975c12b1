package org.kafo.web.proceedings.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.Participant;
import org.kafo.domain.proceedings.ParticipantRole;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /rencontres/saisie/contenu.xhtml?id=…}: the organiser fills in an event, one small form each, each with its
 * bean: sessions ({@link SessionForm}), communications ({@link CommunicationForm}) and their files
 * ({@link AttachmentForm}), participants ({@link ParticipantForm}), recommendations ({@link RecommendationForm}) and
 * commitments ({@link NewCommitmentForm}); this page lists what is there and removes it. A refusal keeps what was typed
 * and says what to correct; nothing is half-saved.
 */
@Named
@ViewScoped
public class EventContentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Proceedings proceedings;

    @Inject
    Organizations organizations;

    @Inject
    StoredFiles files;

    private String id;
    private transient Event event;
    private transient List<Organization> actors;

    public void load() {
        try {
            event = proceedings.event(caller.get(), Ids.parse(id));
            if (!Proceedings.mayChange(caller.get(), event)) {
                PageMessages.sendError(403);
            }
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public Event getEvent() {
        if (event == null && id != null) {
            event = proceedings.event(caller.get(), Ids.parse(id));
        }
        return event;
    }

    UUID uuid() {
        return Ids.parse(id);
    }

    /**
     * Runs a change of one of the page's forms on the event; done, the event is read again and {@code doneKey} said.
     * Whether it was done: a refusal is said instead, and the form keeps what was typed.
     */
    boolean change(Consumer<UUID> change, String doneKey) {
        if (!PageMessages.attempt(null, () -> change.accept(uuid()))) {
            return false;
        }
        event = null;
        PageMessages.info(PageMessages.text(doneKey));
        return true;
    }

    /** An uploaded file within the upload limit (refused otherwise, before anything is read). */
    IncomingFile incoming(UploadedFile upload) {
        files.limit().check(upload.getFileName(), upload.getSize());
        return new IncomingFile(upload.getFileName(), upload.getContent());
    }

    public void removeSession(UUID session) {
        change(e -> proceedings.removeSession(caller.get(), e, session), "event.content.removed");
    }

    public void removeCommunication(UUID communication) {
        change(e -> proceedings.removeCommunication(caller.get(), e, communication), "event.content.removed");
    }

    public void removeParticipant(UUID participant) {
        change(e -> proceedings.removeParticipant(caller.get(), e, participant), "event.content.removed");
    }

    public void removeRecommendation(UUID recommendation) {
        change(e -> proceedings.removeRecommendation(caller.get(), e, recommendation), "event.content.removed");
    }

    public void removeCommitment(UUID commitment) {
        change(e -> proceedings.removeCommitment(caller.get(), commitment), "event.content.removed");
    }

    /** The attached documents the organiser may see (a document may have been shared more narrowly since). */
    public List<Document> documents(Communication communication) {
        return communication.documents(caller.get());
    }

    public List<Participant> getParticipants() {
        return proceedings.participants(caller.get(), uuid());
    }

    /** The directory's actors one may see, by name (for participants, recommendations and commitments). */
    public List<Organization> getActors() {
        if (actors == null) {
            actors = organizations.allVisible(caller.get());
        }
        return actors;
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    /** "20 Mo", "20 MB": in the page's language. */
    public String getLimit() {
        return files.limit().size().text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
