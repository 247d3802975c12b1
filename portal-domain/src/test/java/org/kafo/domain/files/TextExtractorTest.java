package org.kafo.domain.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.xml.sax.ContentHandler;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void theTextOfEachAcceptedFormatIsReadWithItsAccents() {
        String[] lines = SampleFiles.frenchLines("kankou").toArray(String[]::new);
        assertExtracted("rapport.pdf", SampleFiles.pdf(lines), FileFormat.PDF);
        assertExtracted("rapport.docx", SampleFiles.docx(lines), FileFormat.DOCX);
        assertExtracted("rapport.odt", SampleFiles.odt(lines), FileFormat.ODT);
        assertExtracted("rapport.txt", SampleFiles.txt(lines), FileFormat.TXT);
    }

    @Test
    void theRealTypeComesFromTheBytesNotFromTheName() {
        TextExtractor.Extraction noName = extractor.extract(new IncomingFile("sans-extension", SampleFiles.docx("Déclaration de Bamako")));
        assertThat(noName.format()).isEqualTo(FileFormat.DOCX);
        assertThat(noName.text()).contains("Déclaration de Bamako");
    }

    @Test
    void aPdfThatIsNotOneIsRefused() {
        assertRefused("rapport.pdf", SampleFiles.fakePdf(), "se présente comme un PDF mais n'en est pas un");
        assertRefused("rapport.pdf", SampleFiles.docx("x"), "se présente comme un PDF mais n'en est pas un (c'est un Word (DOCX))");
        assertRefused("image.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "n'en est pas un");
    }

    @Test
    void formatsOutsideTheFourAreRefused() {
        assertRefused("page.html", "<html><body><p>Bonjour</p></body></html>".getBytes(), "n'est pas accepté");
        assertRefused("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "n'est pas accepté");
    }

    @Test
    void anEncryptedPdfIsRefusedWithAClearMessage() {
        assertRefused("confidentiel.pdf", SampleFiles.encryptedPdf("Secret"), "protégé par un mot de passe");
    }

    @Test
    void aZipBombDocxIsRefused() {
        byte[] bomb = SampleFiles.zipBombDocx(20);
        assertThat(bomb.length).as("the bomb itself is small").isLessThan(1024 * 1024);
        assertRefused("rapport.docx", bomb, "volume démesuré");
    }

    @Test
    void aFileThatKeepsTheReaderBusyIsGivenUpWithAClearMessageAndTheReaderIsStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Parser endless = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream in, ContentHandler handler, Metadata metadata,
                    ParseContext context) {
                try {
                    Thread.sleep(60_000); // what a parser caught in a malformed file's loop looks like from outside
                } catch (InterruptedException e) {
                    stopped.countDown();
                }
            }
        };
        TextExtractor impatient = new TextExtractor(Duration.ofMillis(300), Map.of(FileFormat.TXT, endless));
        assertThatThrownBy(() -> impatient.extract(new IncomingFile("notes.txt", SampleFiles.txt("Compte rendu"))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("« notes.txt » prend trop de temps");
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the reading thread was interrupted").isTrue();
        assertThat(extractor.extract(new IncomingFile("suite.txt", SampleFiles.txt("Rapport de suivi"))).text())
                .as("the readers still read the next file").contains("Rapport de suivi");
    }

    @Test
    void aDamagedFileIsRefusedAsUnreadable() {
        byte[] pdf = SampleFiles.pdf("Rapport");
        byte[] truncated = java.util.Arrays.copyOf(pdf, 40);
        assertRefused("rapport.pdf", truncated, "illisible ou endommagé");
    }

    @Test
    void controlCharactersThatPostgresqlCannotStoreAreRemoved() {
        assertThat(TextCleaner.clean("a\u0000b\u0007c.\nD\te")).isEqualTo("abc.\nD e");
    }

    private void assertExtracted(String name, byte[] bytes, FileFormat format) {
        TextExtractor.Extraction extraction = extractor.extract(new IncomingFile(name, bytes));
        assertThat(extraction.format()).as(name).isEqualTo(format);
        assertThat(extraction.text()).as(name).contains("expulsés à l'aéroport de Bamako-Sénou", "OIM", "kankou");
    }

    private void assertRefused(String name, byte[] bytes, String message) {
        assertThatThrownBy(() -> extractor.extract(new IncomingFile(name, bytes)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((DomainException) e).errors().get(0).field()).isEqualTo("file");
    }
}
