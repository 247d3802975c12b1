package org.kafo.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.shared.Checks;

/**
 * A contact person of an organisation (HSDS contact). The direct phone and e-mail are shown to signed-in
 * users only ({@link DirectoryRule#seesDirectContacts}).
 */
@Embeddable
public class Contact {

    @Column(nullable = false)
    private String name;
    private String title;
    private String phone;
    private String email;

    protected Contact() {
    }

    Contact(String name, String title, String phone, String email) {
        this.name = name;
        this.title = title;
        this.phone = phone;
        this.email = email;
    }

    /** A contact as a draft gives it, each field checked (the errors go to {@code checks}). */
    static Contact of(ContactDraft draft, Checks checks) {
        return new Contact(checks.line("name", "directory.field.contactName", draft.name()).max(Organization.NAME_MAX).required(),
                checks.line("title", "directory.field.title", draft.title()).max(Organization.NAME_MAX).optional(),
                checks.phone("phone", "directory.field.phone", draft.phone()).optional(),
                checks.email("email", "directory.field.email", draft.email()).optional());
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
