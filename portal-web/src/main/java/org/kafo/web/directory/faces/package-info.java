/**
 * The directory's pages ({@code /annuaire/…}): the referral question answered with services ({@code ServicesPage}) or
 * actors ({@code ActorsPage}), both read from the address ({@code DirectoryQuery}); an actor's page; the keepers' forms
 * (an entry, a service, the shared lists, an HSDS import); and the downloads of the signed-in person's view.
 */
package org.kafo.web.directory.faces;
