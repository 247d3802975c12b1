/**
 * Who is asking ({@link org.kafo.domain.tenancy.Caller}) and what they may see
 * ({@link org.kafo.domain.tenancy.VisibilityRule}): the one place where tenant isolation is decided.
 * Resources, pages and beans never filter by tenant themselves; they ask the repositories, which
 * apply this rule.
 */
package org.kafo.domain.tenancy;
