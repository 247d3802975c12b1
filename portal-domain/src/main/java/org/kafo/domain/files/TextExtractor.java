package org.kafo.domain.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.xml.sax.SAXException;

/**
 * Reads what an uploaded file really is and the text it holds, with Apache Tika, or refuses it in French.
 *
 * <p>The type comes from the bytes alone (magic numbers, then the zip container's content for DOCX and
 * ODT): a name ending in ".pdf" proves nothing. Only the four parsers of the accepted formats are used.
 * Against archives that expand to gigabytes (zip bombs), three limits hold: POI's minimum inflate ratio
 * while reading a DOCX, Tika's {@link SecureContentHandler} (output far larger than the input), and a
 * write limit on the extracted text. Against a file that keeps a parser busy (a malformed PDF can loop), the
 * reading runs on a small pool of its own and is given up after {@link #TIME_LIMIT}.
 */
@ApplicationScoped
public class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

    /** Far more than any real report (the demo corpus is 30,000 characters a document). */
    public static final int MAX_TEXT_CHARS = 10_000_000;

    /** What an encrypted OOXML file is detected as (an OLE2 envelope around the encrypted package). */
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    /** Far more than an honest document takes: the demo corpus's largest PDF reads in under a second. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /**
     * Readers of uploaded files, apart from the request threads. Bounded: a parser that ignores its interruption
     * keeps its thread, and a few such files must not take the server's threads with them; uploads then wait
     * their turn within their own time limit.
     */
    private static final ExecutorService READERS = readers(4);

    private final Detector detector = new DefaultDetector();
    private final Duration timeLimit;
    private final Map<FileFormat, Parser> parsers;

    public TextExtractor() {
        this(TIME_LIMIT, Map.of(
                FileFormat.PDF, new PDFParser(),
                FileFormat.DOCX, new OOXMLParser(),
                FileFormat.ODT, new OpenDocumentParser(),
                FileFormat.TXT, new TXTParser()));
    }

    /** With other parsers or another limit: for tests of a parser that never ends. */
    TextExtractor(Duration timeLimit, Map<FileFormat, Parser> parsers) {
        this.timeLimit = timeLimit;
        this.parsers = parsers;
    }

    /** A file whose type was checked, with its text. */
    public record Extraction(FileFormat format, String text) {
    }

    /** The real type of the file, refused unless it is an accepted format that its name does not belie. */
    public FileFormat format(IncomingFile file) {
        MediaType detected = detect(file.bytes());
        if (detected.equals(OOXML_PROTECTED)) {
            throw protectedFile(file);
        }
        FileFormat real = FileFormat.ofMediaType(detected.getBaseType().toString()).orElse(null);
        FileFormat claimed = FileFormat.claimedBy(file.extension()).orElse(null);
        if (claimed != null && real != claimed) {
            throw DomainException.invalid("file", real == null
                    ? Message.of("file.format.mismatch", file.originalName(), claimed.named())
                    : Message.of("file.format.mismatchKnown", file.originalName(), claimed.named(), real.named()));
        }
        if (real == null) {
            throw DomainException.invalid("file", Message.of("file.format.refused", file.originalName()));
        }
        return real;
    }

    /** Checks the type, then extracts the text (empty for a scanned PDF without a text layer). */
    public Extraction extract(IncomingFile file) {
        FileFormat format = format(file);
        Future<String> reading = READERS.submit(() -> text(file, format));
        try {
            return new Extraction(format, reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            reading.cancel(true);
            LOG.warning(() -> "gave up reading " + file.originalName() + " (" + format + ") after " + timeLimit);
            throw tooSlow(file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal; // the DomainExceptions of text(), in French
            }
            throw unreadable(file, e);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw unreadable(file, e);
        }
    }

    private String text(IncomingFile file, FileFormat format) {
        BodyContentHandler body = new BodyContentHandler(MAX_TEXT_CHARS);
        try (TikaInputStream in = TikaInputStream.get(file.bytes())) {
            SecureContentHandler secure = new SecureContentHandler(body, in);
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
            try {
                parsers.get(format).parse(in, secure, metadata, new ParseContext());
            } catch (SAXException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw bomb(file);
                }
                try {
                    secure.throwIfCauseOf(e); // throws when the output outgrew the input: a zip bomb
                } catch (TikaException expanding) {
                    throw bomb(file);
                }
                throw unreadable(file, e);
            }
        } catch (EncryptedDocumentException e) {
            throw protectedFile(file);
        } catch (TikaException | IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            if (isZipBomb(e)) {
                throw bomb(file);
            }
            throw unreadable(file, e);
        }
        return TextCleaner.clean(body.toString());
    }

    private MediaType detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POI reports an archive that inflates beyond its ratio limit as an IOException saying so. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static DomainException protectedFile(IncomingFile file) {
        return DomainException.invalid("file", Message.of("file.protected", file.originalName()));
    }

    private static DomainException tooSlow(IncomingFile file) {
        return DomainException.invalid("file", Message.of("file.tooSlow", file.originalName()));
    }

    private static ExecutorService readers(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "kafo-text-extraction-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static DomainException bomb(IncomingFile file) {
        return DomainException.invalid("file", Message.of("file.bomb", file.originalName()));
    }

    private static DomainException unreadable(IncomingFile file, Exception cause) {
        LOG.log(Level.INFO, "unreadable upload " + file.originalName(), cause);
        return DomainException.invalid("file", Message.of("file.unreadable", file.originalName()));
    }
}
