package org.kafo.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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
