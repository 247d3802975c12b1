package org.kafo.web.observatory;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.Figures;

/**
 * The yearly report of the observatory as a PDF (OpenPDF), in French, ready to attach to a shadow report: what was
 * counted and how (sources and method first), the overview, the charts and the map drawn as vector graphics from the
 * same {@link Drawing}s as the page, and every table. Demonstration data is said on the first page and in every page's
 * footer.
 */
@ApplicationScoped
public class YearlyReport {

    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    private static final Color INK = new Color(0x1d, 0x24, 0x30);
    private static final Color MUTED = new Color(0x5a, 0x64, 0x72);
    private static final Color WARN = new Color(0xa1, 0x5c, 0x00);
    private static final Color DANGER = new Color(0xb3, 0x26, 0x1e);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).withZone(ZoneOffset.UTC);

    private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    private static final Font TITLE = new Font(BOLD, 20, Font.NORMAL, ACCENT);
    private static final Font HEADING = new Font(BOLD, 13, Font.NORMAL, ACCENT);
    private static final Font BODY = new Font(REGULAR, 9.5f, Font.NORMAL, INK);
    private static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, MUTED);
    private static final Font STRONG = new Font(BOLD, 9, Font.NORMAL, INK);
    private static final Font ALERT = new Font(BOLD, 11, Font.NORMAL, DANGER);

    @Inject
    ObservatoryNames names;

    /** The report of {@code f} (a year, usually), for a reader of {@code association}. */
    public byte[] pdf(Figures f, String association) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 52, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new Footer(f));
            // A chart that does not fit stays where it belongs (the text after it waits), rather than after the next paragraphs.
            writer.setStrictImageSequence(true);
            pdf.addTitle("Observatoire des retours — " + f.period().label());
            pdf.addSubject("Chiffres du réseau d'accueil des migrants de retour au Mali" + (f.demonstration() ? " (démonstration)" : ""));
            pdf.addCreator("Kafo");
            pdf.open();

            pdf.add(new Paragraph("OBSERVATOIRE DES RETOURS — KAFO", SMALL));
            pdf.add(spaced(new Paragraph("Les retours au Mali — " + f.period().label(), TITLE), 4));
            pdf.add(new Paragraph(Method.scope(f, association) + (f.filter().any() ? " — " + f.filterLabel() : ""), STRONG));
            pdf.add(new Paragraph("Établi le " + DAY.format(f.computedAt()) + (f.publication() != null
                    ? " ; période publiée le " + DAY.format(f.publication().publishedAt()) : "") + ".", SMALL));
            if (f.demonstration()) {
                PdfPTable banner = new PdfPTable(1);
                banner.setWidthPercentage(100);
                banner.setSpacingBefore(8);
                PdfPCell cell = new PdfPCell(new Phrase(Method.DEMONSTRATION, ALERT));
                cell.setBorderColor(DANGER);
                cell.setPadding(6);
                banner.addCell(cell);
                pdf.add(banner);
            }

            heading(pdf, "Sources et méthode");
            pdf.add(new Paragraph("Source : " + Method.SOURCE, BODY));
            for (String p : Method.paragraphs(f)) {
                pdf.add(spaced(new Paragraph(p, BODY), 3));
            }
            pdf.add(spaced(new Paragraph("Carte : " + MaliMap.source() + ". Points d'arrivée placés selon les coordonnées tenues par "
                    + "le réseau.", SMALL), 3));

            table(pdf, f.table("summary"));
            heading(pdf, f.table("by-month").title());
            drawing(pdf, writer, Charts.monthly(f.table("by-month"), "expected", "received"));
            table(pdf, f.table("by-month"));
            heading(pdf, "Où les personnes sont arrivées");
            drawing(pdf, writer, MaliMap.of(f.table("by-point"), "received", names.points()));
            table(pdf, f.table("by-point"));
            table(pdf, f.table("by-region"));
            for (String id : new String[] {"by-origin", "by-kind"}) {
                heading(pdf, f.table(id).title());
                drawing(pdf, writer, Charts.bars(f.table(id), "expected", "series-1"));
                table(pdf, f.table(id));
            }
            heading(pdf, "Les personnes et l'accueil");
            for (String id : new String[] {"people", "vulnerabilities", "reception", "timing", "commitments"}) {
                table(pdf, f.table(id));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("le rapport n'a pas pu être écrit", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static void heading(Document pdf, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        pdf.add(p);
    }

    /** A figure's table, its hidden cells written "masqué", its note under it. */
    private static void table(Document pdf, FigureTable t) {
        Paragraph title = new Paragraph(t.title(), STRONG);
        title.setSpacingBefore(8);
        title.setKeepTogether(true);
        pdf.add(title);
        float[] widths = new float[t.columns().size() + 1];
        widths[0] = 3.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.4f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setHeaderRows(1);
        header(table, t.rowHeading(), Element.ALIGN_LEFT);
        t.columns().forEach(c -> header(table, c.label(), Element.ALIGN_RIGHT));
        for (FigureTable.Row r : t.rows()) {
            row(table, r, false);
        }
        t.totalRow().ifPresent(r -> row(table, r, true));
        pdf.add(table);
        if (t.note() != null) {
            pdf.add(new Paragraph(t.note(), SMALL));
        }
    }

    private static void header(PdfPTable table, String text, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(BOLD, 8.5f, Font.NORMAL, Color.WHITE)));
        cell.setBackgroundColor(ACCENT);
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static void row(PdfPTable table, FigureTable.Row r, boolean total) {
        Font font = total ? STRONG : BODY;
        PdfPCell label = new PdfPCell(new Phrase(total ? "Total" : r.label(), font));
        label.setPadding(3);
        table.addCell(label);
        r.cells().forEach(c -> {
            PdfPCell cell = new PdfPCell(new Phrase(Charts.shown(c), c.shown() ? font : new Font(REGULAR, 8.5f, Font.ITALIC, WARN)));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setPadding(3);
            table.addCell(cell);
        });
    }

    /** The same shapes as the page's SVG, drawn as vector graphics at the width of the text. */
    private static void drawing(Document pdf, PdfWriter writer, Drawing d) {
        PdfTemplate t = writer.getDirectContent().createTemplate((float) d.width(), (float) d.height());
        for (Drawing.Shape s : d.shapes()) {
            paint(t, s, (float) d.height());
        }
        try {
            Image image = Image.getInstance(t);
            float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
            image.scaleToFit(width, Math.min(width * (float) (d.height() / d.width()), 460));
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(d.description());
            pdf.add(image);
            Paragraph caption = new Paragraph(d.title() + " — " + d.description(), SMALL);
            caption.setAlignment(Element.ALIGN_CENTER);
            pdf.add(caption);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paint(PdfTemplate t, Drawing.Shape shape, float height) {
        Style style = Style.of(shape.style());
        t.saveState();
        if (shape instanceof Drawing.Rect r) {
            t.rectangle((float) r.x(), height - (float) (r.y() + r.h()), (float) r.w(), (float) r.h());
            fill(t, style);
        } else if (shape instanceof Drawing.Circle c) {
            t.circle((float) c.cx(), height - (float) c.cy(), (float) c.r());
            fill(t, style);
        } else if (shape instanceof Drawing.Line l) {
            t.moveTo((float) l.x1(), height - (float) l.y1());
            t.lineTo((float) l.x2(), height - (float) l.y2());
            t.setColorStroke(style.stroke());
            t.setLineWidth(style.width());
            t.stroke();
        } else if (shape instanceof Drawing.Path p) {
            path(t, p.d(), height);
            fill(t, style);
        } else if (shape instanceof Drawing.Text x) {
            BaseFont font = style.bold() ? BOLD : REGULAR;
            float width = font.getWidthPoint(x.text(), style.size());
            float left = (float) x.x() - (x.anchor().equals("middle") ? width / 2 : x.anchor().equals("end") ? width : 0);
            t.beginText();
            t.setFontAndSize(font, style.size());
            t.setColorFill(style.fill());
            t.setTextMatrix(left, height - (float) x.y());
            t.showText(x.text());
            t.endText();
        }
        t.restoreState();
    }

    private static void fill(PdfContentByte t, Style style) {
        if (style.fill() != null && style.stroke() != null) {
            t.setColorFill(style.fill());
            t.setColorStroke(style.stroke());
            t.setLineWidth(style.width());
            t.fillStroke();
        } else if (style.fill() != null) {
            t.setColorFill(style.fill());
            t.fill();
        } else {
            t.setColorStroke(style.stroke());
            t.setLineWidth(style.width());
            t.stroke();
        }
    }

    /** Replays SVG path data of absolute M, L and Z. */
    private static void path(PdfContentByte t, String d, float height) {
        String[] tokens = d.replace("M", " M ").replace("L", " L ").replace("Z", " Z ").trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            switch (tokens[i]) {
                case "M" -> t.moveTo(Float.parseFloat(tokens[++i]), height - Float.parseFloat(tokens[++i]));
                case "L" -> t.lineTo(Float.parseFloat(tokens[++i]), height - Float.parseFloat(tokens[++i]));
                case "Z" -> t.closePath();
                default -> throw new IllegalArgumentException("unexpected path token " + tokens[i]);
            }
        }
    }

    /** The colours of kafo.css's classes for the drawings, in the PDF. */
    private record Style(Color fill, Color stroke, float width, float size, boolean bold) {
        private static final Map<String, Style> STYLES = Map.ofEntries(
                Map.entry("series-1", new Style(ACCENT, null, 0, 0, false)),
                Map.entry("series-2", new Style(new Color(0xd0, 0x8c, 0x2f), null, 0, 0, false)),
                Map.entry("grid", new Style(null, new Color(0xd9, 0xde, 0xe5), 0.5f, 0, false)),
                Map.entry("axis", new Style(null, MUTED, 0.8f, 0, false)),
                Map.entry("tick", new Style(MUTED, null, 0, 7.5f, false)),
                Map.entry("label", new Style(INK, null, 0, 9, false)),
                Map.entry("value", new Style(INK, null, 0, 9, true)),
                Map.entry("legend", new Style(INK, null, 0, 8, false)),
                Map.entry("hidden", new Style(WARN, null, 0, 8.5f, false)),
                Map.entry("sea", new Style(new Color(0xea, 0xf2, 0xf7), null, 0, 0, false)),
                Map.entry("neighbour", new Style(new Color(0xf4, 0xf1, 0xea), new Color(0xb0, 0xb0, 0xb0), 0.5f, 0, false)),
                Map.entry("mali", new Style(Color.WHITE, ACCENT, 1.2f, 0, false)),
                Map.entry("country", new Style(MUTED, null, 0, 7.5f, false)),
                Map.entry("point", new Style(new Color(0xb3, 0x26, 0x1e), Color.WHITE, 0.8f, 0, false)),
                Map.entry("point-none", new Style(null, MUTED, 0.8f, 0, false)),
                Map.entry("point-hidden", new Style(null, WARN, 1f, 0, false)),
                Map.entry("place", new Style(INK, null, 0, 8, true)));

        static Style of(String name) {
            return STYLES.getOrDefault(name, new Style(INK, null, 0, 8, false));
        }
    }

    /** Every page's footer: the report, its period, the page, and "démonstration" when it is. */
    private static final class Footer extends PdfPageEventHelper {
        private final Figures figures;

        Footer(Figures figures) {
            this.figures = figures;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            String text = "Kafo — Observatoire des retours — " + figures.period().label() + " — page " + writer.getPageNumber()
                    + (figures.demonstration() ? " — DONNÉES DE DÉMONSTRATION, ne pas citer" : "");
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text, figures.demonstration() ? new Font(BOLD, 8, Font.NORMAL, DANGER) : SMALL),
                    page.getWidth() / 2, 30, 0);
        }
    }

    private static Paragraph spaced(Paragraph p, float after) {
        p.setSpacingAfter(after);
        return p;
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
