package org.kafo.domain.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps files in the database. Whoever owns a file (a document, an attachment) decides who may read it:
 * this class checks nothing of the kind, and is called only by the services that do.
 */
@ApplicationScoped
public class StoredFiles {

    private EntityManager em;
    private TextExtractor extractor;
    private UploadLimit limit;

    protected StoredFiles() {
    }

    @Inject
    public StoredFiles(EntityManager em, TextExtractor extractor, UploadLimit limit) {
        this.em = em;
        this.extractor = extractor;
        this.limit = limit;
    }

    public UploadLimit limit() {
        return limit;
    }

    /**
     * Checks a file (size, real type, readable text) before anything is written; refusals are French
     * {@code DomainException}s and leave nothing behind.
     */
    public Checked check(IncomingFile file) {
        limit.check(file.originalName(), file.bytes().length);
        TextExtractor.Extraction extraction = extractor.extract(file);
        return new Checked(file, extraction.format(), extraction.text(), sha256(file.bytes()));
    }

    /** Writes a checked file, its bytes and its text, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(Checked checked) {
        StoredFile file = new StoredFile(checked.file().originalName(), checked.format().mediaType(),
                checked.file().bytes().length, checked.sha256());
        em.persist(file);
        em.flush(); // the bytes and text rows reference the file row: it goes first
        em.persist(new FileBytes(file.id(), checked.file().bytes()));
        em.persist(new FileText(file.id(), checked.text()));
        return file;
    }

    public Optional<StoredFile> find(UUID id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    public byte[] bytes(UUID id) {
        FileBytes bytes = em.find(FileBytes.class, id);
        return bytes == null ? new byte[0] : bytes.bytes();
    }

    /** Files whose text was cleaned by an older {@link TextCleaner} (or never), a batch at a time. */
    public java.util.List<UUID> textsToClean(int max) {
        return em.createQuery("select t.fileId from FileText t where t.cleaning < :version order by t.fileId", UUID.class)
                .setParameter("version", TextCleaner.VERSION).setMaxResults(max).getResultList();
    }

    /**
     * Extracts a kept file's text again, cleaned; a file that no longer reads keeps its old text, cleaned. Idempotent.
     *
     * @return whether the text changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cleanText(UUID id) {
        FileText text = em.find(FileText.class, id);
        StoredFile file = em.find(StoredFile.class, id);
        if (text == null || file == null) {
            return false;
        }
        String cleaned;
        try {
            cleaned = extractor.extract(new IncomingFile(file.originalName(), bytes(id))).text();
        } catch (RuntimeException unreadable) {
            cleaned = TextCleaner.clean(text.text());
        }
        boolean changed = !cleaned.equals(text.text());
        text.cleaned(cleaned);
        return changed;
    }

    public String text(UUID id) {
        FileText text = em.find(FileText.class, id);
        return text == null ? "" : text.text();
    }

    /**
     * Removes a file; its bytes and text go with it (on delete cascade). The record that held it must be
     * gone first: the caller removes it, and this flushes that removal before the file's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        em.flush();
        em.createQuery("delete from StoredFile f where f.id = :id").setParameter("id", id).executeUpdate();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A file that passed every check, with what was read from it, not yet written. */
    public record Checked(IncomingFile file, FileFormat format, String text, String sha256) {
    }
}
