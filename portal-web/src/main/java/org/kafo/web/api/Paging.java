package org.kafo.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.shared.DomainException;

/**
 * A page of a list: {@code ?first=0&max=20}. Bad values are refused with a clear message rather than
 * silently corrected. (Checked here rather than with {@code @Min}/{@code @Max} on the parameters:
 * Payara's OpenAPI generator fails on those.)
 */
public record Paging(int first, int max) {

    public static final int MAX = 200;

    public Paging {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (first < 0) {
            errors.add(new DomainException.FieldError("first", "« first » doit être positif ou nul."));
        }
        if (max < 1 || max > MAX) {
            errors.add(new DomainException.FieldError("max", "« max » doit être compris entre 1 et " + MAX + "."));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** The JAX-RS form: {@code @BeanParam Paging.Params page}, then {@code page.paging()}. */
    public static class Params {
        @QueryParam("first")
        @DefaultValue("0")
        public int first;

        @QueryParam("max")
        @DefaultValue("20")
        public int max;

        public Paging paging() {
            return new Paging(first, max);
        }
    }
}
