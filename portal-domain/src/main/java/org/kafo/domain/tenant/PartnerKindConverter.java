package org.kafo.domain.tenant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PartnerKind} as its code ({@code ong-nationale}), the value the database checks. */
@Converter
public class PartnerKindConverter implements AttributeConverter<PartnerKind, String> {

    @Override
    public String convertToDatabaseColumn(PartnerKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public PartnerKind convertToEntityAttribute(String code) {
        return code == null ? null : PartnerKind.fromCode(code).orElse(null);
    }
}
