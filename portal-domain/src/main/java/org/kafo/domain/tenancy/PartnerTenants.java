package org.kafo.domain.tenancy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Stores the partner tenants of a record as one space-separated column ("ame cimade"), sorted. One
 * column keeps the visibility predicate a plain LIKE that every feature's table shares; tenant aliases
 * are restricted to {@code [a-z0-9-]} so the pattern cannot be widened by an alias.
 */
@Converter
public class PartnerTenants implements AttributeConverter<Set<String>, String> {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public static boolean isAlias(String value) {
        return value != null && ALIAS.matcher(value).matches();
    }

    static String requireAlias(String value) {
        if (!isAlias(value)) {
            throw new IllegalArgumentException("not a tenant alias: " + value);
        }
        return value;
    }

    @Override
    public String convertToDatabaseColumn(Set<String> partners) {
        if (partners == null || partners.isEmpty()) {
            return "";
        }
        TreeSet<String> sorted = new TreeSet<>();
        partners.forEach(p -> sorted.add(requireAlias(p)));
        return String.join(" ", sorted);
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.emptySet();
        }
        return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(column.trim().split(" +"))));
    }
}
