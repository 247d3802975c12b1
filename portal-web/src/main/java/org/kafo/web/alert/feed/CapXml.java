package org.kafo.web.alert.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.Assistance;
import org.kafo.web.alert.AlertTexts;

/** Writes CAP 1.2 XML with StAX (text escaped by the writer, so markup typed in an alert stays inert). */
public final class CapXml {

    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String MEDIA_TYPE = "application/cap+xml";
    /** CAP's dateTime: no "Z", always an offset; Mali is on UTC. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapXml() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** One message as a standalone document. */
    static String document(CapMessage message, String senderName, String arrivalPointName, String web) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            write(xml, message, senderName, arrivalPointName, web);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Writes {@code <alert>} in the CAP namespace (declared on it) at the writer's position. */
    static void write(XMLStreamWriter xml, CapMessage m, String senderName, String arrivalPointName, String web)
            throws XMLStreamException {
        xml.writeStartElement("", "alert", NAMESPACE);
        xml.writeDefaultNamespace(NAMESPACE);
        element(xml, "identifier", m.identifier());
        element(xml, "sender", m.sender());
        element(xml, "sent", dateTime(m.sent()));
        element(xml, "status", "Actual");
        element(xml, "msgType", m.msgType());
        element(xml, "source", "Kafo");
        element(xml, "scope", m.scope());
        element(xml, "restriction", m.restriction());
        element(xml, "addresses", m.addresses());
        element(xml, "note", m.note());
        element(xml, "references", m.references());
        element(xml, "incidents", m.incidents());
        if (m.content() != null) {
            info(xml, m.content(), senderName, arrivalPointName, web);
        }
        xml.writeEndElement();
    }

    private static void info(XMLStreamWriter xml, AlertContent c, String senderName, String arrivalPointName, String web)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "info");
        element(xml, "language", "fr-FR");
        element(xml, "category", "Safety");
        element(xml, "event", c.kind().label());
        element(xml, "responseType", "Prepare");
        element(xml, "urgency", c.urgency().cap());
        element(xml, "severity", c.severity().cap());
        element(xml, "certainty", c.certainty().cap());
        element(xml, "onset", dateTime(c.expectedArrival()));
        element(xml, "senderName", senderName);
        element(xml, "headline", c.headline(arrivalPointName));
        element(xml, "description", AlertTexts.description(c, arrivalPointName));
        element(xml, "instruction", c.needs().isEmpty() ? null
                : "Besoins à l'arrivée : " + String.join(", ", c.needs().stream().map(Assistance::label).toList()) + ".");
        element(xml, "web", web);
        parameter(xml, "personnes", String.valueOf(c.peopleCount()));
        parameter(xml, "femmes", c.women());
        parameter(xml, "hommes", c.men());
        parameter(xml, "mineurs", c.minors());
        parameter(xml, "mineursNonAccompagnes", c.unaccompaniedMinors());
        parameter(xml, "paysOrigine", c.originCountry());
        parameter(xml, "vol", c.flightNumber());
        xml.writeStartElement(NAMESPACE, "area");
        element(xml, "areaDesc", arrivalPointName);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void parameter(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(NAMESPACE, "parameter");
        element(xml, "valueName", name);
        element(xml, "value", String.valueOf(value));
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
