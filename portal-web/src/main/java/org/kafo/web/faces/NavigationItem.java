package org.kafo.web.faces;

import org.kafo.domain.tenancy.Caller;

/**
 * An entry of the main navigation. Each feature contributes its own as a CDI bean, so that adding a
 * feature does not mean editing the template.
 *
 * @see Navigation
 */
public interface NavigationItem {

    /** Path below the context root, e.g. {@code /alertes/}. */
    String path();

    /** Key of the label in the message bundle. */
    String labelKey();

    /** Position in the bar, lower first. */
    int order();

    default boolean visibleTo(Caller caller) {
        return true;
    }
}
