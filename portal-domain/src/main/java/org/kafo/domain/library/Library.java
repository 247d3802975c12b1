package org.kafo.domain.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * Depositing, describing and withdrawing documents. Every refusal happens before anything is written, and
 * every write comes with its audit entry and its search outbox row in the same transaction.
 */
@ApplicationScoped
public class Library {

    /** The outbox kind, and the kind of the documents in the search index. */
    public static final String KIND = "document";

    private Documents documents;
    private StoredFiles files;
    private TenantRegistry tenants;
    private AuditLog audit;
    private Outbox outbox;

    protected Library() {
    }

    @Inject
    public Library(Documents documents, StoredFiles files, TenantRegistry tenants, AuditLog audit, Outbox outbox) {
        this.documents = documents;
        this.files = files;
        this.tenants = tenants;
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * Adds a document: its file is checked (size, real type, readable text), recognised if the caller can
     * already see the same file ({@link DuplicateDocumentException}), then kept with its text.
     */
    @Transactional
    public Document deposit(Caller caller, DocumentDetails details, Visibility visibility, Set<String> partners,
                            IncomingFile file) {
        String owner = ownerFor(caller);
        tenants.requireAll(partners, "partnerTenants");
        StoredFiles.Checked checked = files.check(file);
        documents.visibleWithChecksum(caller, checked.sha256()).ifPresent(existing -> {
            throw new DuplicateDocumentException(existing.id(), existing.title());
        });
        StoredFile stored = files.store(checked);
        Document document = new Document(owner, details, stored, caller);
        document.share(visibility == null ? Visibility.PRIVATE : visibility, partners);
        documents.add(document);
        audit.write(caller, "document.deposit", KIND, document.id().toString(), owner,
                document.title() + " (" + stored.originalName() + ", " + stored.sizeLabel() + ")");
        outbox.changed(KIND, document.id());
        return document;
    }

    /** Changes what is said about a document and who sees it; {@code expectedVersion} guards against a lost update. */
    @Transactional
    public Document describe(Caller caller, UUID id, DocumentDetails details, Visibility visibility, Set<String> partners,
                             Long expectedVersion) {
        Document document = changeable(caller, id);
        if (expectedVersion != null && expectedVersion != document.version()) {
            throw DomainException.conflict(Message.of("library.document.changed"));
        }
        tenants.requireAll(partners, "partnerTenants");
        document.describe(details);
        document.share(visibility == null ? document.visibility() : visibility, partners);
        audit.write(caller, "document.describe", KIND, id.toString(), document.ownerTenant(), document.title());
        outbox.changed(KIND, id);
        return document;
    }

    /** Removes a document and its file. */
    @Transactional
    public void withdraw(Caller caller, UUID id) {
        Document document = changeable(caller, id);
        UUID file = document.file().id();
        documents.remove(document);
        files.delete(file);
        audit.write(caller, "document.withdraw", KIND, id.toString(), document.ownerTenant(), document.title());
        outbox.changed(KIND, id);
    }

    /**
     * Cleans the text of up to {@code max} kept files extracted before the current {@link org.kafo.domain.files.TextCleaner}
     * (extracted again from their bytes), and sends their documents to search again. Run at start-up until none is
     * left; idempotent.
     *
     * @return how many files were looked at (0: nothing left)
     */
    @Transactional
    public int cleanStoredTexts(int max) {
        java.util.List<UUID> files = this.files.textsToClean(max);
        for (UUID file : files) {
            if (this.files.cleanText(file)) {
                documents.withFile(file).forEach(id -> outbox.changed(KIND, id));
            }
        }
        return files.size();
    }

    /** The file of a document the caller can see. */
    public byte[] fileBytes(Caller caller, UUID id) {
        return files.bytes(documents.find(caller, id).file().id());
    }

    /** Whether the caller may deposit documents at all (for pages that offer it). */
    public static boolean mayDeposit(Caller caller) {
        return caller.actsForTenant() || caller.has(Role.NETWORK_ADMIN);
    }

    public static boolean mayChange(Caller caller, Document document) {
        return VisibilityRule.canChange(caller, document);
    }

    /**
     * Members and tenant admins deposit for their association; a network admin who does not act for an association deposits
     * for the network (such a document is public or network-wide, never private).
     */
    private static String ownerFor(Caller caller) {
        if (caller.actsForTenant()) {
            return caller.tenant();
        }
        if (caller.has(Role.NETWORK_ADMIN)) {
            return null;
        }
        throw DomainException.forbidden(Message.of("library.deposit.membersOnly"));
    }

    private Document changeable(Caller caller, UUID id) {
        Document document = documents.find(caller, id);
        if (!VisibilityRule.canChange(caller, document)) {
            throw DomainException.forbidden(Message.of("library.document.ownerOnly"));
        }
        return document;
    }
}
