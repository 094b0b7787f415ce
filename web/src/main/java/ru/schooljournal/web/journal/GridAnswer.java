package ru.schooljournal.web.journal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The server's answer to one save of the journal grid, cell by cell, for the page's script
 * ({@code journal-sheet.js}): for each cell sent, what was sent, what the journal now holds there and, if the
 * value was not written, the reason in words; then the figures of the rows it changed (averages, forecast).
 * The script applies an answer to a cell only while the cell still shows what was sent — never over a value
 * typed since, never to another cell.
 */
final class GridAnswer {

    private final JsonArrayBuilder cells = Json.createArrayBuilder();
    private final JsonArrayBuilder figures = Json.createArrayBuilder();

    /** A cell the journal took (or found unchanged): it holds {@code stored} now. */
    void saved(String rowKey, int col, String sent, String stored, String style) {
        cells.add(cell(rowKey, col, sent, stored, style));
    }

    /** A cell the journal did not write: it still holds {@code stored}, and {@code reason} says why. */
    void refused(String rowKey, int col, String sent, String stored, String style, String reason) {
        cells.add(cell(rowKey, col, sent, stored, style).add("reason", reason));
    }

    /** A computed cell of a changed row (an average, the forecast), with its style. */
    void figure(String rowKey, int col, String value, String style) {
        figures.add(cell(rowKey, col, null, value, style));
    }

    String toJson() {
        return Json.createObjectBuilder().add("cells", cells).add("figures", figures).build().toString();
    }

    private static JsonObjectBuilder cell(String rowKey, int col, String sent, String stored, String style) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("row", rowKey).add("col", col)
                .add("text", stored == null ? "" : stored).add("style", style == null ? "" : style);
        if (sent != null) {
            b.add("sent", sent);
        }
        return b;
    }
}
