package org.coopera.exchange;

import java.util.List;

/**
 * Why a row (or a cell) cannot be imported.
 *
 * @param row        the row number as a spreadsheet program shows it (the header is row 1)
 * @param column     the column, null when the whole row is concerned
 * @param messageKey the reason's message key ({@code exchange.import.*}), for API clients
 * @param arguments  the reason's arguments, as text
 * @param message    the reason in the language of the preview
 */
public record RowError(int row, ImportColumn column, String messageKey, List<String> arguments, String message) {
}
