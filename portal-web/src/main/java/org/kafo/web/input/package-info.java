/**
 * What the web reads from addresses and forms before the domain sees it, one way for the API and the pages: ids in
 * paths ({@link org.kafo.web.input.Ids}), whole numbers and Mali times typed in forms
 * ({@link org.kafo.web.input.TypedValues}). Everything else is read and checked by the domain
 * ({@code org.kafo.domain.shared.Checks}, {@code AlertFilter.parse}, {@code Visibility.parse}).
 */
package org.kafo.web.input;
