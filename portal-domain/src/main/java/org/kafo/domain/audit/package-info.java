/**
 * The audit log: who did what, when, to which record, for which association. Every write and every
 * read of sensitive (personal) data leaves an entry, in the same transaction as the act itself.
 */
package org.kafo.domain.audit;
