package org.kafo.web.alert.feed;


import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an Atom 1.0 feed (RFC 4287) with StAX; entries may embed a CAP message as their content. */
public final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/atom+xml";

    /** One entry; {@code cap} (optional) writes a CAP {@code <alert>} as the entry's XML content. */
    record Entry(String id, String title, Instant updated, Instant published, String author, String summary, String link,
                 String category, CapContent cap) {
    }

    @FunctionalInterface
    interface CapContent {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private AtomFeed() {
    }

    static String write(String id, String title, String self, String alternate, Instant updated, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "feed", NAMESPACE);
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", self, MEDIA_TYPE);
            link(xml, "alternate", alternate, "text/html");
            xml.writeStartElement(NAMESPACE, "author");
            text(xml, "name", "Réseau Kafo");
            xml.writeEndElement();
            for (Entry e : entries) {
                xml.writeStartElement(NAMESPACE, "entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                if (e.published() != null) {
                    text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(e.published()));
                }
                xml.writeStartElement(NAMESPACE, "author");
                text(xml, "name", e.author());
                xml.writeEndElement();
                if (e.category() != null) {
                    xml.writeEmptyElement(NAMESPACE, "category");
                    xml.writeAttribute("term", e.category());
                }
                link(xml, "alternate", e.link(), "text/html");
                text(xml, "summary", e.summary());
                if (e.cap() != null) {
                    xml.writeStartElement(NAMESPACE, "content");
                    xml.writeAttribute("type", CapXml.MEDIA_TYPE);
                    e.cap().write(xml);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
