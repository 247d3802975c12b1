package org.kafo.web.proceedings.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.domain.proceedings.EventSession;
import org.kafo.domain.proceedings.SessionInput;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;

/**
 * A session of the event, on {@link EventContentPage}: added, or, with {@code &seance=…} (a session's id), changed: the
 * form opens pre-filled, guarded by the event's version read with it, so that a change made meanwhile is refused and
 * what was typed kept.
 */
@Named
@ViewScoped
public class SessionForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    /** The session being changed (view parameter {@code seance}: {@code session} is the id of its form, sent with it). */
    private String session;
    private Long version;
    private String subTheme;
    private String moderator;
    private String day;
    private String start;
    private String end;

    /** Fills the form with the session to change, and keeps the version it was read at. */
    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (session == null || faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        EventSession s = getEditedSession();
        if (s == null) {
            session = null;
            PageMessages.error(PageMessages.text("event.content.sessionGone"));
            return;
        }
        subTheme = s.subTheme();
        moderator = s.moderator();
        day = s.startsAt().toLocalDate().toString();
        start = s.startsAt().toLocalTime().toString();
        end = s.endsAt().toLocalTime().toString();
        version = page.getEvent().version();
    }

    /** The session whose form is open, or null when the form adds one. */
    public EventSession getEditedSession() {
        if (session == null || page.getEvent() == null) {
            return null;
        }
        try {
            return page.getEvent().session(Ids.parse(session)).orElse(null);
        } catch (DomainException e) {
            return null;
        }
    }

    public void add() {
        if (page.change(e -> proceedings.addSession(caller.get(), e, input(), null), "event.content.sessionAdded")) {
            subTheme = moderator = start = end = null;
        }
    }

    /** Saves the changed session; a refusal (or a change made meanwhile by someone else) keeps the form as typed. */
    public String save() {
        return PageMessages.redirect(null, () -> {
            proceedings.changeSession(caller.get(), page.uuid(), Ids.parse(session), input(), version);
            return "/rencontres/saisie/contenu.xhtml?faces-redirect=true&id=" + page.getId();
        }, PageMessages.text("event.content.sessionChanged"));
    }

    private SessionInput input() {
        return SessionInput.of(subTheme, moderator, day, start, end);
    }

    public String getSession() { return session; }
    public void setSession(String v) { session = v; }
    public String getSubTheme() { return subTheme; }
    public void setSubTheme(String v) { subTheme = v; }
    public String getModerator() { return moderator; }
    public void setModerator(String v) { moderator = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getStart() { return start; }
    public void setStart(String v) { start = v; }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = v; }
}
