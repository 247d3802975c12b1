package org.kafo.domain.alert;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum constants as one space-separated text ("SICK PREGNANT"), in declaration order. */
final class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    static final EnumSetColumn<Vulnerability> VULNERABILITIES = new EnumSetColumn<>(Vulnerability.class);
    static final EnumSetColumn<Assistance> ASSISTANCES = new EnumSetColumn<>(Assistance.class);

    private final Class<E> type;

    EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(" "));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        return Collections.unmodifiableSet(Arrays.stream(column.trim().split(" +"))
                .map(name -> Enum.valueOf(type, name)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type))));
    }
}
