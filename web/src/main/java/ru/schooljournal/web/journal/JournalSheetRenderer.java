package ru.schooljournal.web.journal;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.extensions.component.sheet.Sheet;
import org.primefaces.extensions.component.sheet.SheetRenderer;
import org.primefaces.util.WidgetBuilder;

/**
 * The journal's sheet drawn from its {@link JournalGrid} in one pass. PrimeFaces Extensions' own renderer evaluates
 * the column's value and style expressions for every cell (≈ 1,600 of each for 30 students × 50 lessons — most of
 * the grid's time on the server, issue #15's profile); the grid already holds every text and look, so they are
 * written as they are. A sheet without a {@code grid} attribute is drawn by the library's renderer, unchanged.
 */
public class JournalSheetRenderer extends SheetRenderer {

    @Override
    protected void encodeData(FacesContext context, Sheet sheet, WidgetBuilder wb) throws IOException {
        if (!(sheet.getAttributes().get("grid") instanceof JournalGrid grid)
                || grid.getColumns().size() != sheet.getRenderedColumns().size()) {
            super.encodeData(context, sheet, wb);
            return;
        }
        JournalGrid.Drawn drawn = grid.draw();
        wb.nativeAttr("data", drawn.data());
        wb.nativeAttr("styles", drawn.styles());
        wb.nativeAttr("rowStyles", "[]");
        wb.nativeAttr("readOnlyCells", "{}");
        wb.nativeAttr("rowKeys", drawn.rowKeys());
        wb.nativeAttr("rowHeaders", drawn.rowHeaders());
    }
}
