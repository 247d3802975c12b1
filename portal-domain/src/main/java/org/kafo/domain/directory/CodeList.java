package org.kafo.domain.directory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of codes (languages: "fr bm") as one space-separated column. */
@Converter
public class CodeList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(" ", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.trim().split(" +"));
    }
}
