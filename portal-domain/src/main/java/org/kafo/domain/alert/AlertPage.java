package org.kafo.domain.alert;

import java.util.List;

/** One page of a list of alerts, with the total the filter matches (for "1–20 sur 57"). */
public record AlertPage(long total, int first, int max, List<Alert> items) {
}
