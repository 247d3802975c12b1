package org.kafo.web.notices;


/**
 * A PostgreSQL notification received by {@link DatabaseNotices}: sent by a committed transaction of any instance
 * ({@code NOTIFY} or {@code pg_notify}), fired as a CDI event on the listening thread.
 *
 * @param channel the channel, one of {@link DatabaseNotices#CHANNELS}
 * @param payload what the sender put in it
 */
public record DatabaseNotice(String channel, String payload) {
}
