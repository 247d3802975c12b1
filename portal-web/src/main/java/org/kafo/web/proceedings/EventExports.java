package org.kafo.web.proceedings;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventSession;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Participant;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.proceedings.Recommendation;
import org.kafo.domain.tenancy.Caller;

/**
 * The exports of an event: its "actes" as a PDF (OpenPDF: title page, programme, communications, participants,
 * recommendations, commitments) and the event as an iCalendar file (ical4j: one all-day VEVENT per event, and one
 * timed VEVENT per session). Both read through the visibility rule: the caller sees what the pages show.
 */
@ApplicationScoped
public class EventExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Color ACCENT = new Color(0x1f, 0x5c, 0x4a);
    private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 20, ACCENT);
    private static final Font HEADING = font(BaseFont.HELVETICA_BOLD, 14, ACCENT);
    private static final Font STRONG = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font BODY = font(BaseFont.HELVETICA, 10, Color.BLACK);
    private static final Font MUTED = font(BaseFont.HELVETICA_OBLIQUE, 9, Color.DARK_GRAY);

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    /** The "actes": a PDF of A4 pages. */
    public byte[] pdf(Caller caller, UUID id) {
        Event event = events.find(caller, id);
        List<Participant> participants = proceedings.participants(caller, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Actes — " + event.title());
            pdf.addCreator("Kafo");
            pdf.addSubject(event.theme() == null ? event.title() : event.theme());
            pdf.open();
            Paragraph kind = new Paragraph(event.kind().label().toUpperCase(Locale.FRENCH), MUTED);
            pdf.add(kind);
            Paragraph title = new Paragraph(event.title(), TITLE);
            title.setSpacingAfter(6);
            pdf.add(title);
            if (event.theme() != null) {
                pdf.add(new Paragraph("Thème : " + event.theme(), BODY));
            }
            pdf.add(new Paragraph(period(event) + place(event), STRONG));
            pdf.add(new Paragraph("Actes établis avec Kafo le " + SHORT_DAY.format(java.time.LocalDate.now()) + ".", MUTED));

            heading(pdf, "Programme");
            if (event.sessions().isEmpty()) {
                pdf.add(new Paragraph("Aucune session enregistrée.", MUTED));
            } else {
                PdfPTable table = table(new float[] {2.2f, 5f, 2.6f}, "Quand", "Sous-thème", "Modération");
                for (EventSession s : event.sessions()) {
                    cell(table, SHORT_DAY.format(s.startsAt()) + "\n" + s.startsAt().toLocalTime() + " – " + s.endsAt().toLocalTime());
                    cell(table, s.subTheme());
                    cell(table, s.moderator() == null ? "—" : s.moderator());
                }
                pdf.add(table);
            }

            heading(pdf, "Communications");
            if (event.communications().isEmpty()) {
                pdf.add(new Paragraph("Aucune communication enregistrée.", MUTED));
            }
            for (Communication c : event.communications()) {
                Paragraph p = new Paragraph();
                p.add(new Chunk(c.title(), STRONG));
                p.add(new Chunk("\n" + c.speakers(), MUTED));
                p.setSpacingBefore(6);
                pdf.add(p);
                if (c.summary() != null) {
                    pdf.add(new Paragraph(c.summary(), BODY));
                }
                String attached = c.documents(caller).stream()
                        .map(d -> d.title() + " (" + d.file().originalName() + ")").collect(Collectors.joining(" ; "));
                if (!attached.isEmpty()) {
                    pdf.add(new Paragraph("Documents : " + attached, MUTED));
                }
            }

            heading(pdf, "Recommandations");
            if (event.recommendations().isEmpty()) {
                pdf.add(new Paragraph("Aucune recommandation enregistrée.", MUTED));
            }
            int n = 1;
            for (Recommendation r : event.recommendations()) {
                Paragraph p = new Paragraph();
                p.setSpacingBefore(4);
                p.add(new Chunk(n++ + ". ", STRONG));
                if (r.theme() != null) {
                    p.add(new Chunk("[" + r.theme() + "] ", STRONG));
                }
                p.add(new Chunk(r.text(), BODY));
                pdf.add(p);
                if (!r.addressees().isEmpty()) {
                    pdf.add(new Paragraph("Adressée à : " + r.addressees().stream().map(o -> o.shortName())
                            .collect(Collectors.joining(", ")), MUTED));
                }
            }

            heading(pdf, "Engagements");
            if (event.commitments().isEmpty()) {
                pdf.add(new Paragraph("Aucun engagement enregistré.", MUTED));
            } else {
                PdfPTable table = table(new float[] {2.4f, 5f, 1.8f, 1.6f}, "Qui", "Quoi", "Échéance", "Statut");
                for (Commitment c : event.commitments()) {
                    cell(table, c.owner().shortName());
                    cell(table, c.what());
                    cell(table, SHORT_DAY.format(c.dueOn()));
                    cell(table, c.standingNow().label());
                }
                pdf.add(table);
            }

            heading(pdf, "Participants");
            if (!caller.signedIn()) {
                pdf.add(new Paragraph("La liste des participants est réservée aux personnes connectées au réseau.", MUTED));
            } else if (participants.isEmpty()) {
                pdf.add(new Paragraph("Aucun participant enregistré.", MUTED));
            } else {
                PdfPTable table = table(new float[] {3.5f, 4f, 2.2f}, "Nom", "Organisation", "Rôle");
                for (Participant p : participants) {
                    cell(table, p.name());
                    cell(table, p.organisationLabel() == null ? "—" : p.organisationLabel());
                    cell(table, p.role().label());
                }
                pdf.add(table);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the proceedings PDF", e);
        }
        return out.toByteArray();
    }

    /** The event as an iCalendar file: the whole event (all-day) and each session (timed, in the local time of the place: floating). */
    public String ics(Event event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kafo//Rencontres//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VEvent whole = new VEvent(event.startsOn(), event.endsOn().plusDays(1), event.kind().label() + " : " + event.title());
        whole.add(new Uid(event.id() + "@kafo"));
        addPlace(whole, event);
        if (event.theme() != null) {
            whole.add(new Description(event.theme()));
        }
        calendar.add(whole);
        for (EventSession s : event.sessions()) {
            VEvent session = new VEvent(s.startsAt(), s.endsAt(), s.subTheme());
            session.add(new Uid(s.id() + "@kafo"));
            addPlace(session, event);
            if (s.moderator() != null) {
                session.add(new Description("Modération : " + s.moderator()));
            }
            calendar.add(session);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A file name from the title: lower case ASCII words joined by dashes. */
    public static String slug(Event event) {
        String ascii = Normalizer.normalize(event.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "rencontre" : slug;
    }

    private static void addPlace(VEvent vevent, Event event) {
        String place = java.util.stream.Stream.of(event.venue(), event.city()).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!place.isEmpty()) {
            vevent.add(new Location(place));
        }
    }

    private static String period(Event event) {
        if (event.startsOn().equals(event.endsOn())) {
            return "Le " + DAY.format(event.startsOn());
        }
        return "Du " + DAY.format(event.startsOn()) + " au " + DAY.format(event.endsOn());
    }

    private static String place(Event event) {
        String place = java.util.stream.Stream.of(event.venue(), event.city()).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
        return place.isEmpty() ? "" : " — " + place;
    }

    private static void heading(Document pdf, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(16);
        p.setSpacingAfter(6);
        pdf.add(p);
    }

    private static PdfPTable table(float[] widths, String... headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font(BaseFont.HELVETICA_BOLD, 10, Color.WHITE)));
            cell.setBackgroundColor(ACCENT);
            cell.setPadding(5);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }

    /** Helvetica in WinAnsi (cp1252): every letter of French, « », œ and the typographic apostrophe. */
    private static Font font(String name, float size, Color color) {
        return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, color);
    }
}
