package org.kafo.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it on a phone: trimmed, lower-cased, one {@code @}, a dotted domain,
 * no spaces. Deliverability is the mail server's business; this only refuses what cannot be an address.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>(),;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private EmailAddress() {
    }

    /** The normalised address, or {@code null} when it is not one. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String address = raw.trim().toLowerCase(Locale.ROOT);
        return address.length() <= 254 && SHAPE.matcher(address).matches() ? address : null;
    }
}
