package org.kafo.web.demo;

/** One feature's demo data. Implementations are CDI beans; they run in {@link #order()}, each in its own transaction. */
public interface DemoDataSet {

    /** Lower runs first: tenants (0) before the records they own. */
    int order();

    /** Whether this set is already in the database (then it is not loaded again). */
    boolean present();

    void load();
}
