package org.kafo.web.it.alert;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoStack;
import org.xml.sax.SAXException;

/** Reads the feeds as a feed reader would, and validates CAP messages against the OASIS schema. */
final class Feeds {

    private static Schema cap;

    private Feeds() {
    }

    static Api.Response get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/atom+xml, application/cap+xml, application/xml");
        if (user != null) {
            request.header("Authorization", "Bearer " + KafoStack.get().token(user));
        }
        return Api.send(request.GET().build());
    }

    /** Throws, naming the problem, when {@code xml} is not a valid CAP 1.2 message. */
    static void validateCap(String xml) {
        try {
            schema().newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid CAP 1.2: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Schema schema() throws SAXException {
        if (cap == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            cap = factory.newSchema(Path.of("..", "docs", "standards", "cap-1.2.xsd").toFile());
        }
        return cap;
    }
}
