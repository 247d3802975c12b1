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
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
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
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;

/**
 * The exports of an event: its "actes" as a PDF (OpenPDF: title page, programme, communications, participants,
 * recommendations, commitments; "Page n / N" at the foot of each page) and the event as an iCalendar file (ical4j: one
 * all-day VEVENT per event, and one timed VEVENT per session, in Bamako's time with its VTIMEZONE). Both read through the
 * visibility rule: the caller sees what the pages show.
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
    /** The network's time: sessions are typed, shown and exported in Bamako's local time. */
    static final ZoneId NETWORK_TIME = ZoneId.of("Africa/Bamako");

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
            PdfWriter.getInstance(pdf, out).setPageEvent(new PageNumbers());
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

    /**
     * The event as an iCalendar file: the whole event (all-day: a date is the same everywhere) and each session, timed in
     * Bamako's time ({@code DTSTART;TZID=Africa/Bamako}) with the zone's VTIMEZONE, so that a calendar elsewhere shows the
     * session at its own hour (09:30 in Bamako is 10:30 in Paris in winter).
     */
    public String ics(Event event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kafo//Rencontres//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (!event.sessions().isEmpty()) {
            calendar.add(networkTimeZone());
        }
        VEvent whole = new VEvent(event.startsOn(), event.endsOn().plusDays(1), event.kind().label() + " : " + event.title());
        whole.add(new Uid(event.id() + "@kafo"));
        addPlace(whole, event);
        if (event.theme() != null) {
            whole.add(new Description(event.theme()));
        }
        calendar.add(whole);
        for (EventSession s : event.sessions()) {
            VEvent session = new VEvent(inNetworkTime(s.startsAt()), inNetworkTime(s.endsAt()), s.subTheme());
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

    private static ZonedDateTime inNetworkTime(LocalDateTime local) {
        return local.atZone(NETWORK_TIME);
    }

    /**
     * Bamako's VTIMEZONE from ical4j's zone data. The data files it under Africa/Abidjan (Bamako is an alias of it), so
     * its TZID is set to the one the sessions name: a calendar looks the TZID up in the file, not in a registry.
     */
    private static VTimeZone networkTimeZone() {
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(NETWORK_TIME.getId()).getVTimeZone().copy();
        zone.replace(new TzId(NETWORK_TIME.getId()));
        zone.removeAll("TZURL");
        zone.removeAll("X-LIC-LOCATION");
        return zone;
    }

    /** "Page n / N" at the foot of each page, in French; N is written once the document is closed (a template). */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 9;
        /** Stands for the total in the bundle's sentence, which is cut there: the total is drawn later, in a template. */
        private static final String TOTAL = "\uE000";
        private final BaseFont font = MUTED.getCalculatedBaseFont(false);
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 16);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String[] around = Message.of("proceedings.pdf.page", writer.getPageNumber(), TOTAL).french().split(TOTAL, -1);
            String before = around[0];
            float width = font.getWidthPoint(before, SIZE);
            float x = (document.left() + document.right()) / 2 - width / 2;
            float y = document.bottom() - 28;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setColorFill(Color.DARK_GRAY);
            canvas.setTextMatrix(x, y);
            canvas.showText(before);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
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
