/** The observatory's pages: the figures ({@code /observatoire/}), their downloads, and the coordination's publications. */
package org.kafo.web.observatory.faces;
