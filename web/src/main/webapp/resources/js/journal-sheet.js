/*
 * The journal grid: pe:sheet (Handsontable 6) with our own way of saving, because what a teacher types must never
 * be lost or land in another cell, however fast they type and however slow the server answers (SPEC §5).
 *
 *  - Enter moves down, as in a paper journal's column; cells are drawn as text, never as HTML.
 *  - No validator in the browser: Handsontable validates asynchronously, and keys typed meanwhile were lost.
 *    The server reads every value and answers with its reason in words, shown at the cell.
 *  - A value typed, pasted or undone is shown where it was typed at once and goes into the queue of unsaved
 *    cells (the latest value of a cell wins). One request at a time carries everything unsaved, in order.
 *  - The answer comes cell by cell ({@code GridAnswer}); it is applied to a cell only while the cell still shows
 *    what was sent: a value typed since is never overwritten, and no answer reaches another cell.
 *  - A request that fails (no connection, a refusal of the server itself) keeps its values queued and is sent
 *    again; the status line says how many values are unsaved, and leaving the page with any asks first.
 *  - When the session has ended or the page is older than the server (a restart), the server says so instead of
 *    sending the page away: the unsaved values are kept in this browser (sessionStorage, per journal and
 *    period) and the status line says so; opened again after signing in, the journal sends them by itself.
 *  - The names stay on the left and the summary (averages, forecast, period marks) on the right while the
 *    lessons scroll between them: Handsontable 6 freezes only left columns, so the summary's cells are
 *    sticky to the right edge of the grid's own scrolling box, and a lesson cell the cursor moves to under
 *    them is scrolled out from under them first.
 */
function journalSheetExtender() {
    var widget = this;
    var pending = {};      // "row|col" -> {row: index, col: index, value: text}: typed, not yet acknowledged
    var sending = null;    // "row|col" -> value: the batch of the request in flight
    var refusals = {};     // "row|col" -> the reason the server gave
    var retryIn = 0;
    var retryTimer = null;
    var stopped = false;   // the session ended or the page is stale: nothing more is sent from this page
    var form = function () {
        return widget.jq.closest('form');
    };

    this.cfg.enterMoves = {row: 1, col: 0};
    this.cfg.rowHeaderWidth = 160;
    // Every column is drawn (a period has at most ~100 lessons), so that the pinned summary always exists.
    this.cfg.viewportColumnRenderingOffset = 1000;

    /** Distance of a summary column from the grid's right edge, or -1 for a lesson column. */
    function pinnedRight(instance, col) {
        var lessons = widget.jq.closest('form').data('lesson-columns');
        if (typeof lessons !== 'number' || col < lessons) {
            return -1;
        }
        var right = 0;
        for (var c = instance.countCols() - 1; c > col; c--) {
            right += instance.getColWidth(c);
        }
        return right;
    }

    function pin(instance, cell, col) {
        var right = pinnedRight(instance, col);
        if (right < 0) {
            cell.classList.remove('pinned', 'pinned-first');
            cell.style.right = '';
            return;
        }
        cell.classList.add('pinned');
        cell.classList.toggle('pinned-first', col === widget.jq.closest('form').data('lesson-columns'));
        cell.style.right = right + 'px';
    }

    /** Width the summary covers at the right of the grid's scrolling box. */
    function pinnedWidth(instance) {
        var lessons = widget.jq.closest('form').data('lesson-columns');
        var width = 0;
        for (var c = lessons; c < instance.countCols(); c++) {
            width += instance.getColWidth(c);
        }
        return width;
    }

    /** The cursor on a lesson under the pinned summary: scroll the lessons so that the cell shows. */
    function uncover(row, col) {
        var instance = widget.ht;
        if (!instance || pinnedRight(instance, col) >= 0 || col < 0) {
            return;
        }
        var holder = instance.view.wt.wtTable.holder;
        var td = instance.getCell(Math.max(row, 0), col);
        if (!holder || !td) {
            return;
        }
        var box = holder.getBoundingClientRect(), cell = td.getBoundingClientRect();
        var edge = box.left + holder.clientWidth - pinnedWidth(instance);
        if (cell.right > edge) {
            holder.scrollLeft += Math.ceil(cell.right - edge) + 1;
        }
    }
    // A column's look (a cancelled or future lesson, a closed window, the summary) comes once for the column.
    var columnStyles = String(form().data('column-styles') || '').split(',');
    this.cfg.textCellRenderer = function (instance, td, row, col, prop, value, cellProperties) {
        Handsontable.renderers.TextRenderer.apply(this, arguments);
        widget._defaultCellRenderer(instance, td, row, col, prop, value, cellProperties);
        if (columnStyles[col]) {
            td.className += ' ' + columnStyles[col];
        }
        var key = row + '|' + col;
        if (refusals[key]) {
            td.classList.add('refused');
            td.title = refusals[key];
        } else if (td.title) {
            td.removeAttribute('title');
        }
        if (pending[key]) {
            td.classList.add('unsaved');
        }
        pin(instance, td, col);
    };

    // The sheet's own sending (on selection changes, with its ever-growing delta) is replaced by ours.
    var callBehavior = this.callBehavior;
    this.callBehavior = function (event) {
        if (event === 'change') {
            return;
        }
        return callBehavior.apply(this, arguments);
    };
    this.clearDataInput = function () {
    };
    // Nor its refresh of a saved row: it would put the row's values of that moment back over cells typed since.
    // The answer of each request ({@code answered}) brings what changed, cell by cell.
    this.updateData = function () {
    };
    var input = this.dataInput;
    this.dataInput = {val: function () { return ''; }}; // what the sheet writes there is not what we send

    function status() {
        var box = document.getElementById('saveStatus');
        if (!box) {
            return;
        }
        var unsaved = Object.keys(pending).length;
        var refused = Object.keys(refusals).length;
        var text, kind;
        if (stopped) {
            text = box.dataset.kept.replace('{0}', unsaved);
            kind = 'offline';
        } else if (unsaved > 0 && retryTimer) {
            text = box.dataset.offline.replace('{0}', unsaved).replace('{1}', Math.round(retryIn / 1000));
            kind = 'offline';
        } else if (unsaved > 0) {
            text = box.dataset.saving.replace('{0}', unsaved);
            kind = 'saving';
        } else if (refused > 0) {
            text = box.dataset.refused.replace('{0}', refused);
            kind = 'refused';
        } else {
            text = box.dataset.saved;
            kind = 'saved';
        }
        box.textContent = text;
        box.className = 'save-status ' + kind;
    }

    function keyOf(row, col) {
        return row + '|' + col;
    }

    function typed(changes, source) {
        if (source === 'loadData' || !changes) {
            return;
        }
        changes.forEach(function (c) {
            var row = c[0], col = c[1], value = c[3] === null || c[3] === undefined ? '' : String(c[3]);
            if (c[2] === c[3]) {
                return;
            }
            delete refusals[keyOf(row, col)];
            pending[keyOf(row, col)] = {row: row, col: col, value: value};
        });
        if (stopped) {
            keep(); // typed after the session ended: kept with the rest
        }
        status();
        send();
    }

    /** The unsaved values, by student and column key, into this browser's session storage (the page is closing). */
    function keep() {
        var keys = String(form().data('column-keys') || '').split(',');
        var kept = Object.keys(pending).map(function (k) {
            var p = pending[k];
            return {row: widget.cfg.rowKeys[p.row], col: keys[p.col], value: p.value};
        });
        try {
            sessionStorage.setItem(form().data('stash-key'), JSON.stringify(kept));
        } catch (e) {
            // no storage (private mode): the values still show, and leaving the page asks first
        }
    }

    /** Values kept by an earlier page of this journal: shown where they were typed and sent again. */
    function restore() {
        var key = form().data('stash-key'), kept;
        try {
            kept = JSON.parse(sessionStorage.getItem(key) || '[]');
            sessionStorage.removeItem(key);
        } catch (e) {
            return;
        }
        var keys = String(form().data('column-keys') || '').split(',');
        var changes = [];
        kept.forEach(function (k) {
            var row = widget.cfg.rowKeys.indexOf(k.row), col = keys.indexOf(k.col);
            if (row >= 0 && col >= 0) {
                changes.push([row, col, k.value]);
            }
        });
        if (changes.length > 0) {
            widget.ht.setDataAtCell(changes, 'journal.restore');
            var box = document.getElementById('saveStatus');
            if (box && box.dataset.restored) {
                box.textContent = box.dataset.restored.replace('{0}', changes.length);
            }
        }
    }

    function send() {
        if (stopped || sending || retryTimer || $.isEmptyObject(pending)) {
            return;
        }
        sending = {};
        // The sheet's «change» behaviour, with our callbacks (the sheet's own call of it passes none).
        PrimeFaces.ab({s: widget.id, e: 'change', f: widget.getParentFormId(), p: widget.id}, {
            onstart: function () {
                // Taken as the request leaves, so that what was typed while it waited in the queue goes too.
                var delta = {};
                sending = {};
                Object.keys(pending).forEach(function (k) {
                    var p = pending[k];
                    sending[k] = p.value;
                    delta['r' + p.row + '_c' + p.col] = [p.row, p.col, null, p.value, widget.cfg.rowKeys[p.row]];
                });
                input.val(JSON.stringify(delta));
                return true;
            },
            oncomplete: function (xhr, state, args) {
                sending = null;
                input.val('');
                if (args && (args.journalSignedOut || args.journalExpired)) {
                    stopped = true;
                    keep();
                    status();
                } else if (state === 'success' && args && args.journalCells) {
                    retryIn = 0;
                    answered(JSON.parse(args.journalCells));
                    status();
                    send();
                } else {
                    retryIn = Math.min(retryIn ? retryIn * 2 : 1000, 15000);
                    retryTimer = setTimeout(function () {
                        retryTimer = null;
                        status();
                        send();
                    }, retryIn);
                    status();
                }
            }
        });
    }

    function answered(answer) {
        var data = widget.cfg.data;
        answer.cells.forEach(function (a) {
            var row = widget.cfg.rowKeys.indexOf(a.row);
            if (row < 0) {
                return;
            }
            var key = keyOf(row, a.col);
            if (!pending[key] || pending[key].value !== a.sent) {
                return; // typed again since: the newer value goes with the next request
            }
            delete pending[key];
            data[row][a.col] = a.text;
            widget.cfg.styles['r' + row + '_c' + a.col] = a.style;
            if (a.reason) {
                refusals[key] = a.reason;
            } else {
                delete refusals[key];
            }
        });
        answer.figures.forEach(function (f) {
            var row = widget.cfg.rowKeys.indexOf(f.row);
            if (row >= 0) {
                data[row][f.col] = f.text;
                widget.cfg.styles['r' + row + '_c' + f.col] = f.style;
            }
        });
        widget.ht.render();
    }

    window.addEventListener('beforeunload', function (e) {
        if (!$.isEmptyObject(pending) && !stopped) {
            e.preventDefault();
            e.returnValue = '';
        }
    });

    var render = this._render;
    this._render = function () {
        render.apply(this, arguments);
        this.ht.addHook('afterChange', typed);
        this.ht.addHook('afterGetColHeader', function (col, th) {
            if (col >= 0) {
                pin(widget.ht, th, col);
            }
        });
        // Once the grid has scrolled to the new cell itself (it knows nothing of the pinned summary).
        this.ht.addHook('afterSelection', function (row, col, row2, col2) {
            setTimeout(function () {
                uncover(row2, col2);
            }, 0);
        });
        this.ht.render();
        status();
        restore();
        // The cursor starts in the chosen lesson's column, first student: type at once, no mouse needed.
        var start = widget.jq.closest('form').data('focus-column');
        if (typeof start === 'number' && start >= 0 && !widget.focusedOnce) {
            widget.focusedOnce = true;
            this.ht.selectCell(0, start);
        }
    };
    // How many typed values wait to be saved (the status line says it; tests read it).
    this.unsavedCount = function () {
        return Object.keys(pending).length;
    };
}

/** True when the grid has nothing unsaved; otherwise says so, and an action that re-draws the grid waits. */
function journalGridSaved() {
    var grid = PF('journalSheet');
    var unsaved = grid && grid.unsavedCount ? grid.unsavedCount() : 0;
    if (unsaved > 0) {
        var box = document.getElementById('saveStatus');
        alert((box && box.dataset.wait ? box.dataset.wait : 'Подождите: сохраняются отметки ({0}).').replace('{0}', unsaved));
        return false;
    }
    return true;
}
