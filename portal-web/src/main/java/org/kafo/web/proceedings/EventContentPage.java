package org.kafo.web.proceedings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.CommunicationInput;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventSession;
import org.kafo.domain.proceedings.Participant;
import org.kafo.domain.proceedings.ParticipantInput;
import org.kafo.domain.proceedings.ParticipantRole;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.proceedings.RecommendationInput;
import org.kafo.domain.proceedings.SessionInput;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /rencontres/saisie/contenu.xhtml?id=…}: the organiser fills in an event: sessions, communications (with a
 * document, deposited into the knowledge base), participants, recommendations and commitments, one small form each.
 * A refusal keeps what was typed and says what to correct; nothing is half-saved. With {@code &seance=…} (a session's
 * id) the session form opens pre-filled to change that session, guarded by the event's version read with the form; a
 * file is attached to an existing communication with the form under the communications.
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
    /**
     * The session being changed (view parameter {@code seance}: {@code session} is the id of its form, sent with it),
     * and the event's version when its form opened.
     */
    private String session;
    private Long sessionVersion;
    private transient Event event;
    private transient List<Organization> actors;
    private transient UploadedFile file;
    private transient UploadedFile attachment;
    private final Map<String, String> form = new HashMap<>();
    private List<String> addressees = new ArrayList<>();

    public void load() {
        try {
            event = proceedings.event(caller.get(), Ids.parse(id));
            if (!Proceedings.mayChange(caller.get(), event)) {
                PageMessages.sendError(403);
            } else if (session != null && !FacesContext.getCurrentInstance().isPostback()) {
                openSession();
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

    /** Fills the session form with the session to change, and keeps the version it was read at. */
    private void openSession() {
        EventSession s = getEditedSession();
        if (s == null) {
            session = null;
            PageMessages.error(PageMessages.text("event.content.sessionGone"));
            return;
        }
        form.put("subTheme", s.subTheme());
        form.put("moderator", s.moderator());
        form.put("day", s.startsAt().toLocalDate().toString());
        form.put("start", s.startsAt().toLocalTime().toString());
        form.put("end", s.endsAt().toLocalTime().toString());
        sessionVersion = event.version();
    }

    /** The session whose form is open, or null when the form adds one. */
    public EventSession getEditedSession() {
        if (session == null || getEvent() == null) {
            return null;
        }
        try {
            return getEvent().session(Ids.parse(session)).orElse(null);
        } catch (DomainException e) {
            return null;
        }
    }

    /** Saves the changed session; a refusal (or a change made meanwhile by someone else) keeps the form as typed. */
    public String changeSession() {
        try {
            proceedings.changeSession(caller.get(), Ids.parse(id), Ids.parse(session), sessionInput(), sessionVersion);
            PageMessages.done(PageMessages.text("event.content.sessionChanged"));
            return "/rencontres/saisie/contenu.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    public void addSession() {
        act(e -> proceedings.addSession(caller.get(), e, sessionInput(), null), "event.content.sessionAdded", "subTheme", "moderator", "start", "end");
    }

    public void addCommunication() {
        act(e -> {
            List<IncomingFile> attached = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                attached.add(incoming(file));
            }
            proceedings.addCommunication(caller.get(), e, CommunicationInput.of(form.get("communicationTitle"), form.get("speakers"),
                    form.get("summary")), attached, null);
        }, "event.content.communicationAdded", "communicationTitle", "speakers", "summary");
    }

    /** The session form's fields, for adding a session or changing one. */
    private SessionInput sessionInput() {
        return SessionInput.of(form.get("subTheme"), form.get("moderator"), form.get("day"), form.get("start"), form.get("end"));
    }

    /** An uploaded file within the upload limit (refused in French otherwise, before anything is read). */
    private IncomingFile incoming(UploadedFile upload) {
        files.limit().check(upload.getFileName(), upload.getSize());
        return new IncomingFile(upload.getFileName(), upload.getContent());
    }

    /** Attaches the chosen file to the chosen communication: it is deposited into the knowledge base as well. */
    public void attach() {
        act(e -> {
            if (attachment == null || attachment.getSize() == 0) {
                throw DomainException.invalid("file", PageMessages.text("event.content.attachNoFile"));
            }
            proceedings.attach(caller.get(), e, Ids.parse(form.get("attachTo")), incoming(attachment));
        }, "event.content.attached");
    }

    /** The attached documents the organiser may see (a document may have been shared more narrowly since). */
    public List<Document> documents(Communication communication) {
        return communication.documents(caller.get());
    }

    public void addParticipant() {
        act(e -> proceedings.addParticipant(caller.get(), e, ParticipantInput.of(form.get("name"), form.get("participantOrganization"),
                form.get("organisationName"), form.get("role")), null), "event.content.participantAdded", "name",
                "participantOrganization", "organisationName");
    }

    public void addRecommendation() {
        act(e -> proceedings.addRecommendation(caller.get(), e, RecommendationInput.of(form.get("recommendationTheme"),
                form.get("recommendationText"), addressees), null), "event.content.recommendationAdded", "recommendationTheme",
                "recommendationText");
        if (!PageMessages.hasErrors()) {
            addressees = new ArrayList<>();
        }
    }

    public void addCommitment() {
        act(e -> proceedings.addCommitment(caller.get(), e, CommitmentInput.of(form.get("ownerId"), form.get("what"), form.get("dueOn")),
                null), "event.content.commitmentAdded", "ownerId", "what", "dueOn");
    }

    public void removeSession(UUID session) {
        act(e -> proceedings.removeSession(caller.get(), e, session), "event.content.removed");
    }

    public void removeCommunication(UUID communication) {
        act(e -> proceedings.removeCommunication(caller.get(), e, communication), "event.content.removed");
    }

    public void removeParticipant(UUID participant) {
        act(e -> proceedings.removeParticipant(caller.get(), e, participant), "event.content.removed");
    }

    public void removeRecommendation(UUID recommendation) {
        act(e -> proceedings.removeRecommendation(caller.get(), e, recommendation), "event.content.removed");
    }

    public void removeCommitment(UUID commitment) {
        act(e -> proceedings.removeCommitment(caller.get(), commitment), "event.content.removed");
    }

    private void act(Consumer<UUID> change, String doneKey, String... clear) {
        try {
            change.accept(Ids.parse(id));
            for (String key : clear) {
                form.remove(key);
            }
            file = null;
            attachment = null;
            event = null;
            PageMessages.info(PageMessages.text(doneKey));
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public List<Participant> getParticipants() {
        return proceedings.participants(caller.get(), Ids.parse(id));
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

    public String getLimit() {
        return files.limit().label();
    }

    public Map<String, String> getForm() {
        return form;
    }

    public List<String> getAddressees() {
        return addressees;
    }

    public void setAddressees(List<String> addressees) {
        this.addressees = addressees;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public UploadedFile getAttachment() {
        return attachment;
    }

    public void setAttachment(UploadedFile attachment) {
        this.attachment = attachment;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
