/**
 * Alerts on incoming expulsions: a partner posts who is coming, from where, how, when and to which
 * arrival point; reception teams offer to take the reception in charge, the owner accepts or declines, and the
 * receivers record the arrival as it happened and each file their report. The {@link org.kafo.domain.alert.Alert}
 * aggregate holds the lifecycle; {@link org.kafo.domain.alert.AlertRule} is the one rule of who may do what on an
 * alert, beside the visibility rule (who sees it); {@link
 * org.kafo.domain.alert.AlertService} loads, calls, stores, audits and announces
 * ({@link org.kafo.domain.alert.AlertChanged}, observed after commit by the web layer's push, stream
 * and mail). Personal data of the people arriving lives apart ({@link org.kafo.domain.alert.ArrivingPerson}).
 */
package org.kafo.domain.alert;
