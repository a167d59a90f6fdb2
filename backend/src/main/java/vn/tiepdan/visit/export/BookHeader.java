package vn.tiepdan.visit.export;

import java.time.LocalDate;

/**
 * The heading of an exported reception book.
 *
 * @param unitName  the unit keeping the book (upper left of the form)
 * @param year      the book's year
 * @param period    the rows' period as printed, e.g. "Từ ngày 01/11/2026 đến ngày 27/11/2026", or null for the year
 * @param printedOn the date of the export
 * @param printedBy the user who exported (printed in the footer: exports are traced)
 */
public record BookHeader(String unitName, int year, String period, LocalDate printedOn, String printedBy) {
}
