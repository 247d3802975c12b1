/**
 * The directory of actors (annuaire des acteurs): organisations, state and non-state, the services they
 * give and where, close to the Open Referral Human Services Data Specification 3.0 so that it can be
 * exchanged in that standard ({@link org.kafo.domain.directory.HsdsExport}, {@link org.kafo.domain.directory.HsdsImport}).
 *
 * <p>An entry ({@link org.kafo.domain.directory.Organization}) is a shared record: a member association's
 * entry is owned by its tenant and kept by that tenant's admin; the entries of other actors (ministries,
 * OIM, CIGEM …) have no owner and are kept by the network admins ({@link
 * org.kafo.domain.directory.DirectoryRule}). Entries are public unless their keeper shows them to the
 * network only; contact persons' direct phones and e-mails are for signed-in users.
 */
package org.kafo.domain.directory;
