package org.kafo.domain.alert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Transit countries, in the order travelled, as one space-separated column of ISO codes ("DZ NE"). */
@Converter
public class CountryCodes implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(" ", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(column.trim().split(" +"))));
    }
}
