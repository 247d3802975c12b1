/**
 * The alert pages ({@code /alertes/…}, {@code /compte/abonnements.xhtml}): a bean per page ({@code …Page}) and, on the
 * alert's page, a bean per form ({@code …Form}) acting on the version the page read; the lists they choose from
 * ({@link org.kafo.web.alert.faces.AlertChoices}) and the times they show ({@link org.kafo.web.alert.faces.AlertTime}).
 */
package org.kafo.web.alert.faces;
