/*
 * The journal grid's extender for pe:sheet (Handsontable), see shared/STACK.md:
 *  - Enter moves down, as in a paper journal's column;
 *  - cells are drawn as text, never as HTML;
 *  - a change (typed, pasted, undone with Ctrl+Z) is sent at once, without waiting for the selection to move;
 *  - what a response acknowledges is cleared from the pending changes, and nothing typed meanwhile is lost.
 */
function journalSheetExtender() {
    var widget = this;
    widget.pendingSent = [];
    this.cfg.enterMoves = {row: 1, col: 0};
    this.cfg.rowHeaderWidth = 210;
    this.cfg.textCellRenderer = function (instance, td, row, col, prop, value, cellProperties) {
        Handsontable.renderers.TextRenderer.apply(this, arguments);
        widget._defaultCellRenderer(instance, td, row, col, prop, value, cellProperties);
    };
    var callBehavior = this.callBehavior;
    this.callBehavior = function (event) {
        if (event === 'change') {
            widget.pendingSent.push($.extend({}, widget.cfg.delta));
        }
        return callBehavior.apply(this, arguments);
    };
    this.clearDataInput = function () {
        var sent = widget.pendingSent.shift() || {};
        Object.keys(sent).forEach(function (k) {
            if (widget.cfg.delta[k] === sent[k]) {
                delete widget.cfg.delta[k];
            }
        });
        widget.dataInput.val($.isEmptyObject(widget.cfg.delta) ? '' : JSON.stringify(widget.cfg.delta));
    };
    var render = this._render;
    this._render = function () {
        render.apply(this, arguments);
        this.ht.addHook('afterChange', function (changes, source) {
            if (source !== 'loadData' && widget.updated) {
                widget.updated = false;
                widget.callBehavior('change');
            }
        });
        // The cursor starts in the chosen lesson's column, first student: type at once, no mouse needed.
        var start = widget.jq.closest('form').data('focus-column');
        if (typeof start === 'number' && start >= 0 && !widget.focusedOnce) {
            widget.focusedOnce = true;
            this.ht.selectCell(0, start);
        }
    };
}

/*
 * A first check in the browser (Handsontable validator: value, callback); the server decides. Empty,
 * Н/О/УП/НП/Б/ОСВ, marks like 5 or 4к, and for final marks н/а and осв.
 */
function journalCellValid(value, callback) {
    var ok = true;
    if (value !== null && value !== undefined) {
        String(value).trim().split(/[\s,;]+/).forEach(function (t) {
            if (!(t === '' || /^\d{1,2}[а-яё]{0,2}$/i.test(t) || /^(н|о|уп|нп|б|осв|h|o|н\/а|на)$/i.test(t))) {
                ok = false;
            }
        });
    }
    callback(ok);
}
