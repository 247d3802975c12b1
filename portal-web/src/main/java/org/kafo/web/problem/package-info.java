/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): one mapping from every
 * failure the API can meet to a status and a French message, never a stack trace.
 */
package org.kafo.web.problem;
