/**
 * The returns observatory on the web: the domain's {@link org.kafo.domain.observatory.Figures} drawn as charts and a map
 * of Mali ({@link org.kafo.web.observatory.Drawing}: inline SVG on the page, vector graphics in the PDF), written as CSV
 * ({@link org.kafo.web.observatory.FigureFiles}) and as the yearly report ({@link org.kafo.web.observatory.YearlyReport}),
 * and the multi-year demonstration data ({@link org.kafo.web.observatory.DemoReturns}). {@code rest} serves
 * {@code /api/v1/statistics}; {@code faces} the pages and their downloads.
 */
package org.kafo.web.observatory;
