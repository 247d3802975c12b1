/**
 * The home page: for a signed-in person, what needs them now (imminent arrivals nobody receives yet, offers waiting for
 * their association, alerts where they follow, overdue commitments, upcoming meetings, new documents), each read through
 * the features' own queries and the visibility rule with this request's caller; for a visitor, the public alerts and
 * the network's purpose.
 */
package org.kafo.web.home;
