/**
 * The returns observatory: the arrival loop turned into evidence. {@link org.kafo.domain.observatory.Observatory}
 * computes the figures of a {@link org.kafo.domain.observatory.Period} (a year, a quarter, a month) in a
 * {@link org.kafo.domain.observatory.Scope} (one's own association, the network as one may see it, or the public for a
 * period a network administrator {@link org.kafo.domain.observatory.Publication published}): alerts and people expected,
 * arrived and received by month, origin, kind, arrival point and region; women and minors; vulnerabilities; services and
 * referrals; receptions accepted before the arrival and the median lead time; commitments of meetings. PostgreSQL adds up
 * ({@link org.kafo.domain.observatory.FigureQueries}, over the view {@link org.kafo.domain.observatory.AlertFact} and
 * always through the visibility rule); {@link org.kafo.domain.observatory.Suppression} hides small cells and the cells
 * that would reveal them in cross-association and public figures. Personal data and free text are never an input.
 */
package org.kafo.domain.observatory;
