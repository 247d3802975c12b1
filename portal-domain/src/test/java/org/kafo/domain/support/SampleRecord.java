package org.kafo.domain.support;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.kafo.domain.tenancy.SharedRecord;

/** A minimal shared record, to test the rule that every feature's records inherit. */
@Entity
@Table(name = "test_shared_record")
public class SampleRecord extends SharedRecord {

    private String label;

    protected SampleRecord() {
    }

    public SampleRecord(String ownerTenant, String label) {
        super(ownerTenant);
        this.label = label;
    }

    public String label() {
        return label;
    }
}
