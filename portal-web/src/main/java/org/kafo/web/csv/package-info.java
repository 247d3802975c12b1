/**
 * CSV files the portal writes: one writer, {@link org.kafo.web.csv.SpreadsheetCsv}, so that every export is opened by
 * spreadsheets as French users expect and none can carry a formula into them.
 */
package org.kafo.web.csv;
