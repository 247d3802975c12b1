package org.kafo.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.Message;

/**
 * A page of a list: {@code ?first=0&max=20}. Bad values are refused with a clear message rather than
 * silently corrected. (Checked here rather than with {@code @Min}/{@code @Max} on the parameters:
 * Payara's OpenAPI generator fails on those.)
 */
public record Paging(int first, int max) {

    public static final int MAX = 200;

    public Paging {
        Checks checks = Checks.start();
        checks.check(first >= 0, "first", "check.number.atLeast", Message.of("check.field.first"), 0);
        checks.number("max", "check.field.max", max, 1, MAX).optional();
        checks.throwIfAny();
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
