package org.kafo.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A term of a {@link Taxonomy}: a service category or a target group. Its code is stable (an HSDS file
 * names it); its name can be corrected; a retired term stays on the services that have it but is no
 * longer offered.
 */
@Entity
@Table(name = "directory_term")
public class Term {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Taxonomy taxonomy;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Term() {
    }

    Term(String code, Taxonomy taxonomy, String name) {
        this.code = code;
        this.taxonomy = taxonomy;
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void retire() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public String code() {
        return code;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
