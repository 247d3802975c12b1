/**
 * Alerts on incoming expulsions: a partner posts who is coming, from where, how, when and to which
 * arrival point; reception teams take the reception in charge, mark the arrival and file a report.
 * The {@link org.kafo.domain.alert.Alert} aggregate holds the lifecycle rules; {@link
 * org.kafo.domain.alert.AlertService} loads, calls, stores, audits and announces
 * ({@link org.kafo.domain.alert.AlertChanged}, observed after commit by the web layer's push, stream
 * and mail). Personal data of the people arriving lives apart ({@link org.kafo.domain.alert.ArrivingPerson}).
 */
package org.kafo.domain.alert;
