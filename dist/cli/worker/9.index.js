export const id = 9;
export const ids = [9];
export const modules = {

/***/ 9:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pythonFrontEnd: () => (/* binding */ pythonFrontEnd)
});

// EXTERNAL MODULE: ./src/engine/suppress.ts
var suppress = __webpack_require__(111);
// EXTERNAL MODULE: ./src/lang/unlowered.ts
var unlowered = __webpack_require__(353);
// EXTERNAL MODULE: ./src/lang/depth.ts
var lang_depth = __webpack_require__(61);
// EXTERNAL MODULE: ./src/lang/line-index.ts
var line_index = __webpack_require__(457);
;// CONCATENATED MODULE: ./src/lang/python/text-tokens.ts
/**
 * Python's strings and names read from text, as the tokenizer reads them: a string literal
 * with its prefix (raw, bytes, f-strings with replacement fields, which may hold strings of
 * any quote), and where a name ends. Shared by the scans that read a file's text without a
 * parse (./top-level-scan.ts, ./body-cuts.ts); text they cannot read gives up (`plain()`).
 */

/** A name from here (sticky): Python's identifiers. */
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
/** What ends or interrupts a string's content, per delimiter (plain and f-string). */
const STRING_STOPS = new Map();
const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;
/** The string prefix (`f`, `rb`…) written just before the quote at `quote`, if any. */
function prefixBefore(text, quote) {
    let start = quote;
    while (start > quote - 2 && start > 0 && /[rRuUbBfF]/.test(text[start - 1]))
        start--;
    if (start === quote)
        return '';
    // letters that end a longer name (`if"a" in b`) are no prefix
    if (start > 0 && /[\p{ID_Continue}]/u.test(text[start - 1]))
        return '';
    const prefix = text.slice(start, quote);
    return STRING_PREFIX.test(prefix) ? prefix : '';
}
/** The end of the name starting at `at`, or `at` when none starts there. */
function nameEnd(text, at) {
    const code = text.charCodeAt(at);
    // ASCII letters and _ (the common case) or any character past ASCII; else no name
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127))
        return at;
    NAME.lastIndex = at;
    return NAME.test(text) ? NAME.lastIndex : at;
}
/** A string literal from its opening quote at `quote` (its prefix already read). */
function readString(text, quote, prefix) {
    const delimiter = text.startsWith(text[quote].repeat(3), quote) ? text[quote].repeat(3) : text[quote];
    const formatted = /[fF]/.test(prefix);
    const contentStart = quote + delimiter.length;
    let at = contentStart;
    let notLiteral = false;
    const key = formatted ? `f${delimiter}` : delimiter;
    let stops = STRING_STOPS.get(key);
    if (!stops) {
        stops = new RegExp(`\\\\|${delimiter}${delimiter.length === 1 ? '|\\n' : ''}${formatted ? '|[{}]' : ''}`, 'g');
        STRING_STOPS.set(key, stops);
    }
    for (;;) {
        stops.lastIndex = at;
        const stop = stops.exec(text);
        if (!stop)
            (0,unlowered/* plain */.pj)();
        at = stop.index;
        const char = text[at];
        if (char === '\\') {
            at += 2;
            continue;
        }
        if (text.startsWith(delimiter, at))
            break;
        if (char === '\n')
            (0,unlowered/* plain */.pj)();
        if (formatted && (char === '{' || char === '}')) {
            // `{{` and `}}` are the braces as text (the tree keeps them in the content); `{` opens a replacement field
            if (text[at + 1] === char) {
                at += 2;
                continue;
            }
            if (char === '}')
                (0,unlowered/* plain */.pj)();
            notLiteral = true;
            at = replacementFieldEnd(text, at + 1);
            continue;
        }
        at++;
    }
    return { kind: 'string', text: text.slice(contentStart, at), start: quote, end: at + delimiter.length, notLiteral };
}
/** Past the `}` that closes an f-string's replacement field opened just before `at` (strings inside may use any quotes). */
function replacementFieldEnd(text, at) {
    let depth = 1;
    while (at < text.length) {
        const char = text[at];
        if (char === '"' || char === "'") {
            at = readString(text, at, '').end;
            continue;
        }
        const stop = nameEnd(text, at);
        if (stop > at) {
            const word = text.slice(at, stop);
            at = (text[stop] === '"' || text[stop] === "'") && STRING_PREFIX.test(word) ? readString(text, stop, word).end : stop;
            continue;
        }
        if (char === '#' || char === '\\')
            (0,unlowered/* plain */.pj)();
        if (char === '{' || char === '(' || char === '[')
            depth++;
        else if (char === '}' || char === ')' || char === ']') {
            depth--;
            if (depth === 0) {
                if (char !== '}')
                    (0,unlowered/* plain */.pj)();
                return at + 1;
            }
        }
        at++;
    }
    (0,unlowered/* plain */.pj)();
}

;// CONCATENATED MODULE: ./src/lang/python/body-cuts.ts
/**
 * Function bodies left out of the parse. The walker leaves the body of a function without
 * decorators (or with inert ones only: @property, @abstractmethod…) alone when its text has
 * no word that can lead to a fact (FUNCTION_RELEVANT in ./lower.ts); in the standard library's lowered files a third of the bytes sit in such
 * bodies, and tree-sitter spent as long on them as on the rest. Here a scan of the text
 * finds them, for module-level functions and the methods of module-level classes, and
 * the text is parsed with each such body replaced by one statement, `0`, where it began
 * (so its indentation, and how tree-sitter attaches the comments after it, stay as they
 * were). The tree reader (./tree-reader.ts) maps every offset of that tree back onto the
 * original text, and should the walker or a recognizer ask for such a body after all (a
 * helper whose return value a caller evaluates), parses it then, from the original text.
 *
 * The scan reads logical lines as Python's tokenizer does (strings, f-strings, comments,
 * brackets, line continuations). Text it cannot read, indentation with tabs or form
 * feeds, and a lone carriage return leave the file whole.
 */


/** What ends a stretch of code a logical line is skimmed over. */
const STOPS = /["'#()[\]{}\\\n]/g;
const DEF = /(?:async[ \t]+)?def[ \t]/y;
const CLASS = /class[ \t(:]/y;
/**
 * The bodies to leave out: of functions (module-level, or methods of a module-level
 * class) with no decorator but inert ones whose text from `def` to the next statement,
 * comments included, `mayCarryFacts` turns down. None when the text is not plain enough to read.
 */
function findBodyCuts(text, walk) {
    if (/\r(?!\n)/.test(text))
        return [];
    const lines = (0,unlowered/* readIfPlain */.U0)(() => logicalLines(text));
    if (lines === unlowered/* NEEDS_PARSE */.M4)
        return [];
    const cuts = [];
    let open;
    /** In a module-level class: the indentation of its members, once its body began. */
    let inClass;
    const close = (next) => {
        if (open?.start !== undefined && open.end !== undefined && !walk.mayCarryFacts(text.slice(open.defStart, next)))
            cuts.push({ defStart: open.defStart, start: open.start, end: open.end });
        open = undefined;
    };
    /** The decorators just before this line, at their indentation: whether all are inert. */
    let decorators;
    for (const line of lines) {
        if (open && line.indent > open.indent) {
            open.start ??= line.start;
            open.end = line.end;
            decorators = undefined;
            continue;
        }
        close(line.start);
        const opensBlock = text.charCodeAt(line.end - 1) === 58; // ':'
        if (text.charCodeAt(line.start) === 64) {
            // '@': a decorator of the definition that follows
            const inert = walk.isInertDecorator(text.slice(line.start, line.end));
            decorators = decorators?.indent === line.indent ? { indent: line.indent, inert: decorators.inert && inert } : { indent: line.indent, inert };
            continue;
        }
        const walkedForDecorators = decorators !== undefined && decorators.indent === line.indent && !decorators.inert;
        decorators = undefined;
        const isDef = opensBlock && !walkedForDecorators && startsWith(DEF, text, line.start);
        if (line.indent === 0) {
            inClass = opensBlock && startsWith(CLASS, text, line.start) ? {} : undefined;
            if (isDef)
                open = { defStart: line.start, indent: 0 };
        }
        else if (inClass) {
            inClass.memberIndent ??= line.indent;
            if (line.indent === inClass.memberIndent && isDef)
                open = { defStart: line.start, indent: line.indent };
        }
    }
    close(text.length);
    return cuts;
}
/** Words naming a module whose imported names the walker treats as relevant words (securityAliases in ../recognizer-rules.ts), a wider net. */
const SECURITY_IMPORT = /jwt|jose|authlib|itsdangerous|jws|crypto|hmac|secrets|passport/;
const IMPORT_STATEMENT = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+(?:\([^)]*\)|(?:[^\n]*\\\r?\n)*[^\n]*)/gm;
const IMPORT_KEYWORDS = new Set(['from', 'import', 'as']);
/**
 * Every name in the file's import statements that mention a security module: the local
 * names those imports may bind (and more), since a function that uses one is walked.
 */
function securityImportNames(text) {
    if (!SECURITY_IMPORT.test(text))
        return [];
    const names = new Set();
    for (const statement of text.match(IMPORT_STATEMENT) ?? []) {
        if (!SECURITY_IMPORT.test(statement))
            continue;
        for (const name of statement.match(/[\p{ID_Start}_][\p{ID_Continue}]*/gu) ?? [])
            if (!IMPORT_KEYWORDS.has(name))
                names.add(name);
    }
    return [...names];
}
function startsWith(sticky, text, at) {
    sticky.lastIndex = at;
    return sticky.test(text);
}
/** The text with each cut's body replaced by `0`, and the offsets that map it back. */
function cutText(text, cuts) {
    const parts = [];
    const placeholders = [];
    const shifts = [];
    let from = 0;
    let removed = 0;
    for (const cut of cuts) {
        parts.push(text.slice(from, cut.start), '0');
        placeholders.push(cut.start - removed);
        removed += cut.end - cut.start - 1;
        shifts.push(removed);
        from = cut.end;
    }
    parts.push(text.slice(from));
    return { text: parts.join(''), cuts, placeholders, shifts };
}
/**
 * An offset of the cut text on the original: up to a `0`'s start it moves by the cuts
 * before it; past it, by that cut too (a node ending after the `0` ends where its body did).
 */
function originalOffset(cut, offset) {
    const before = placeholdersBefore(cut, offset);
    return before === 0 ? offset : offset + cut.shifts[before - 1];
}
/** The cut whose `0` lies in start..end of the cut text (a body holds its own `0` only), if any. */
function cutWithin(cut, start, end) {
    const first = placeholdersBefore(cut, start);
    return first < cut.placeholders.length && cut.placeholders[first] < end ? first : undefined;
}
/** How many `0`s stand before `offset` in the cut text. */
function placeholdersBefore(cut, offset) {
    const placeholders = cut.placeholders;
    let low = 0;
    let high = placeholders.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (placeholders[middle] < offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Python's logical lines, blank and comment-only lines left out; gives up (plain()) on text it cannot read. */
function logicalLines(text) {
    const lines = [];
    let at = 0;
    while (at < text.length) {
        const lineStart = at;
        while (text.charCodeAt(at) === 32)
            at++;
        const first = text[at];
        if (first === undefined)
            break;
        if (first === '\t' || first === '\f')
            (0,unlowered/* plain */.pj)();
        if (first === '\n') {
            at++;
            continue;
        }
        if (first === '\r' && text[at + 1] === '\n') {
            at += 2;
            continue;
        }
        if (first === '#') {
            const newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length : newline + 1;
            continue;
        }
        const line = { start: at, end: at, indent: at - lineStart };
        at = readLogicalLine(text, line);
        lines.push(line);
    }
    return lines;
}
/** Reads the logical line from its code's start; sets its end; returns the offset past it. */
function readLogicalLine(text, line) {
    let depth = 0;
    let at = line.start;
    for (;;) {
        STOPS.lastIndex = at;
        const stop = STOPS.exec(text);
        const stopAt = stop ? stop.index : text.length;
        let codeEnd = stopAt;
        while (codeEnd > at && isBlank(text.charCodeAt(codeEnd - 1)))
            codeEnd--;
        if (codeEnd > at)
            line.end = codeEnd;
        if (!stop) {
            if (depth !== 0)
                (0,unlowered/* plain */.pj)();
            return text.length;
        }
        const char = text[stopAt];
        if (char === '"' || char === "'") {
            at = line.end = readString(text, stopAt, prefixBefore(text, stopAt)).end;
        }
        else if (char === '#') {
            const newline = text.indexOf('\n', stopAt);
            if (newline < 0) {
                if (depth !== 0)
                    (0,unlowered/* plain */.pj)();
                return text.length;
            }
            at = newline;
        }
        else if (char === '\\') {
            if (text[stopAt + 1] === '\n')
                at = stopAt + 2;
            else if (text[stopAt + 1] === '\r' && text[stopAt + 2] === '\n')
                at = stopAt + 3;
            else
                (0,unlowered/* plain */.pj)();
        }
        else if (char === '\n') {
            at = stopAt + 1;
            if (depth === 0)
                return at;
        }
        else {
            if (char === '(' || char === '[' || char === '{')
                depth++;
            else if (--depth < 0)
                (0,unlowered/* plain */.pj)();
            at = line.end = stopAt + 1;
        }
    }
}
function isBlank(code) {
    return code === 32 || code === 9 || code === 13 || code === 12;
}

// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __webpack_require__(33);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(136);
;// CONCATENATED MODULE: ./src/lang/wasm.ts



/**
 * Finds a .wasm asset: in the bundle's `wasm/` folder (dist/wasm, copied by the build),
 * or in node_modules when running from source. Searching upward from this module keeps
 * both dist/index.js and dist/cli/index.js working with one copy of the assets.
 */
function locateWasm(fileName, packageName) {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const tried = [];
    for (;;) {
        for (const candidate of [external_node_path_default().join(dir, 'wasm', fileName), external_node_path_default().join(dir, 'node_modules', packageName, fileName)]) {
            tried.push(candidate);
            if (external_node_fs_default().existsSync(candidate))
                return candidate;
        }
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`cannot find ${fileName}; looked in:\n  ${tried.join('\n  ')}`);
}

;// CONCATENATED MODULE: ./src/lang/python/tree-reader.ts


const REQUIRED = [
    '_ts_init',
    '_ts_tree_cursor_goto_first_child_wasm',
    '_ts_tree_cursor_goto_next_sibling_wasm',
    '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_goto_descendant_wasm',
    '_ts_tree_cursor_current_descendant_index_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm',
    '_ts_tree_cursor_current_field_id_wasm',
    '_ts_tree_cursor_start_index_wasm',
    '_ts_tree_cursor_end_index_wasm',
    '_ts_tree_cursor_current_node_is_named_wasm',
];
let tree_reader_exports;
/** The address of the module's transfer buffer, in 32-bit words. */
let transferWord = 0;
/** Binds the reader to the wasm module `Parser.init` filled in; left unbound when it lacks a function the reader calls. */
function bindTreeReader(moduleObject) {
    const candidate = moduleObject;
    if (REQUIRED.some((name) => typeof candidate[name] !== 'function') || !(candidate.HEAP32 instanceof Int32Array))
        return;
    tree_reader_exports = moduleObject;
    // returns the same static buffer web-tree-sitter took at init (and rewrites the two version words it read then)
    transferWord = tree_reader_exports._ts_init() >> 2;
}
/** The wasm address of a tree (web-tree-sitter keeps it at index 0). */
function addressOf(tree) {
    return tree[0];
}
/** Puts a cursor's four words into the transfer buffer, where the module's cursor functions work on it. */
function cursorToTransfer(wasm, cursor) {
    const words = cursor;
    for (let word = 0; word < 4; word++)
        wasm.HEAP32[transferWord + word] = words[word];
}
/** Takes the cursor back (its stack may have moved as it grew, and the heap with it). */
function cursorFromTransfer(wasm, cursor) {
    const words = cursor;
    const heap = wasm.HEAP32;
    for (let word = 0; word < 4; word++)
        words[word] = heap[transferWord + word];
}
/** Whether trees are read by this module (else the walker reads web-tree-sitter's nodes). */
function treeReaderBound() {
    return tree_reader_exports !== undefined;
}
/**
 * A cursor over `tree` that calls the module's cursor functions directly, for a walk that
 * makes no other tree-sitter call until `delete()` (the cursor lives in the transfer
 * buffer meanwhile); web-tree-sitter's own cursor when the reader is not bound.
 */
function walkTree(tree) {
    const cursor = tree.walk();
    const wasm = tree_reader_exports;
    if (!wasm)
        return cursor;
    const treeAddress = addressOf(tree);
    cursorToTransfer(wasm, cursor);
    return {
        get nodeIsNamed() {
            return wasm._ts_tree_cursor_current_node_is_named_wasm(treeAddress) === 1;
        },
        get nodeType() {
            // the error symbol (65535) has no name in the list
            return tree.language.types[wasm._ts_tree_cursor_current_node_type_id_wasm(treeAddress)] ?? 'ERROR';
        },
        get startIndex() {
            return wasm._ts_tree_cursor_start_index_wasm(treeAddress);
        },
        get endIndex() {
            return wasm._ts_tree_cursor_end_index_wasm(treeAddress);
        },
        gotoFirstChild: () => wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1,
        gotoNextSibling: () => wasm._ts_tree_cursor_goto_next_sibling_wasm(treeAddress) === 1,
        gotoParent: () => wasm._ts_tree_cursor_goto_parent_wasm(treeAddress) === 1,
        delete() {
            cursorFromTransfer(wasm, cursor);
            cursor.delete();
        },
    };
}
const grammars = new WeakMap();
function grammarOf(language) {
    let grammar = grammars.get(language);
    if (!grammar) {
        const types = [];
        const named = [];
        for (let id = 0; id < language.types.length; id++) {
            types.push(language.types[id] ?? 'ERROR');
            named.push(language.nodeTypeIsNamed(id));
        }
        const fieldIds = new Map();
        language.fields.forEach((name, id) => {
            if (name)
                fieldIds.set(name, id);
        });
        grammar = { types, named, fieldIds, functionDefinition: language.idForNodeType('function_definition', true) ?? -1, block: language.idForNodeType('block', true) ?? -1 };
        grammars.set(language, grammar);
    }
    return grammar;
}
/** The tree of a cut text does not stand for the original: the caller parses the whole text instead. */
class NeedsWholeParse extends Error {
    constructor(reason) {
        super(`the cut parse does not fit: ${reason}`);
    }
}
/** The error symbol's id (tree-sitter's ts_builtin_sym_error). */
const ERROR_TYPE_ID = 65535;
const NONE = -1;
const NO_CHILDREN = [];
/**
 * A tree read out of wasm, held as columns (one row per node, in the order read) so that
 * a large file costs a few typed arrays rather than an object per node; node objects are
 * made for the rows the walker asks for, once each. The wasm tree must outlive it:
 * `release()` before deleting that.
 */
class ReadTree {
    text;
    cuts;
    grammar;
    rows = 0;
    typeIds;
    fieldIds;
    starts;
    ends;
    parents;
    firstChildren;
    nextSiblings;
    /** Row → where a function body left unread is: its tree and descendant index there. */
    deferred = new Map();
    /** Row → the cut (its index) whose body the row is, not read yet. */
    cutBodies = new Map();
    sources;
    nodes = [];
    released = false;
    lines;
    /** `text` is the original text; with `cuts`, `tree` is the parse of their cut text. */
    constructor(tree, text, cuts) {
        this.text = text;
        this.cuts = cuts;
        this.grammar = grammarOf(tree.language);
        // about one node per three characters of Python; the columns grow when it has more
        const capacity = Math.max(64, text.length >> 2);
        this.typeIds = new Uint16Array(capacity);
        this.fieldIds = new Uint16Array(capacity);
        this.starts = new Int32Array(capacity);
        this.ends = new Int32Array(capacity);
        this.parents = new Int32Array(capacity);
        this.firstChildren = new Int32Array(capacity);
        this.nextSiblings = new Int32Array(capacity);
        this.sources = [{ tree, mapped: cuts !== undefined }];
        this.read(NONE, this.sources[0], 0);
        if (cuts && this.cutBodies.size !== cuts.cut.cuts.length)
            throw new NeedsWholeParse(`${cuts.cut.cuts.length} bodies cut, ${this.cutBodies.size} found in the tree`);
    }
    get rootNode() {
        return this.node(0);
    }
    /** After this the nodes keep what was read; reading a function body not read yet throws. */
    release() {
        this.released = true;
        for (const [index, source] of this.sources.entries()) {
            source.cursor?.delete();
            source.cursor = undefined;
            // the first tree is the caller's
            if (index > 0)
                source.tree.delete();
        }
    }
    node(row) {
        let node = this.nodes[row];
        if (!node) {
            node = new ReadNode(this, row);
            this.nodes[row] = node;
        }
        return node;
    }
    isCutBody(body) {
        return body instanceof ReadNode && body.owner === this && this.cutBodies.has(body.id);
    }
    typeIdOf(row) {
        return this.typeIds[row];
    }
    fieldIdOf(row) {
        return this.fieldIds[row];
    }
    startOf(row) {
        return this.starts[row];
    }
    endOf(row) {
        return this.ends[row];
    }
    parentOf(row) {
        return this.parents[row];
    }
    /** The rows of a node's children, in order (read first when the node is an unread body). */
    childRows(row) {
        if (this.cutBodies.has(row))
            this.readCutBody(row);
        const deferred = this.deferred.get(row);
        if (deferred) {
            this.deferred.delete(row);
            this.read(row, deferred.source, deferred.descendant);
        }
        const rows = [];
        for (let child = this.firstChildren[row]; child !== NONE; child = this.nextSiblings[child])
            rows.push(child);
        return rows;
    }
    /** Row and column (UTF-16 units, as web-tree-sitter gives them for a string) of an index. */
    pointAt(index) {
        return (this.lines ??= new line_index/* LineIndex */.r(this.text)).pointAt(index);
    }
    /**
     * Reads the subtree under `top` (an unread function body, at `descendant` of the
     * source's cursor), or the whole tree when NONE.
     */
    read(top, source, descendant) {
        if (this.released)
            throw new Error('the syntax tree was released before this function body was read');
        const wasm = tree_reader_exports;
        const treeAddress = addressOf(source.tree);
        const cursor = (source.cursor ??= source.tree.walk());
        cursorToTransfer(wasm, cursor);
        if (top === NONE)
            top = this.readCurrent(wasm, treeAddress, source, NONE, NONE);
        else
            wasm._ts_tree_cursor_goto_descendant_wasm(treeAddress, descendant);
        const parents = [top];
        // the last child read under each open parent
        const lastChildren = [NONE];
        let more = wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1;
        while (more) {
            const depth = parents.length - 1;
            const row = this.readCurrent(wasm, treeAddress, source, parents[depth], lastChildren[depth]);
            lastChildren[depth] = row;
            if (!this.deferred.has(row) && !this.cutBodies.has(row) && wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1) {
                parents.push(row);
                lastChildren.push(NONE);
                continue;
            }
            for (;;) {
                if (wasm._ts_tree_cursor_goto_next_sibling_wasm(treeAddress) === 1)
                    break;
                wasm._ts_tree_cursor_goto_parent_wasm(treeAddress);
                parents.pop();
                lastChildren.pop();
                if (parents.length === 0) {
                    more = false;
                    break;
                }
            }
        }
        cursorFromTransfer(wasm, cursor);
    }
    /**
     * A cut body is asked for: its function is parsed alone from the original text, and the
     * body's statements are read from that tree. Its def and body must span what the cut
     * tree said they span.
     */
    readCutBody(row) {
        if (this.released)
            throw new Error('the syntax tree was released before this function body was read');
        const cut = this.cuts.cut.cuts[this.cutBodies.get(row)];
        this.cutBodies.delete(row);
        const defRow = this.parents[row];
        const tree = this.cuts.parseFunction(cut, this.ends[defRow]);
        const source = { tree, mapped: false };
        this.sources.push(source);
        const def = tree.rootNode.namedChildren.find((child) => child?.type === 'function_definition' && child.startIndex === this.starts[defRow]);
        const body = def?.childForFieldName('body');
        if (!def || !body || def.endIndex !== this.ends[defRow] || body.startIndex !== this.starts[row] || body.endIndex !== this.ends[row])
            throw new NeedsWholeParse(`the function at offset ${cut.defStart} parsed alone spans other text`);
        const cursor = tree.walk();
        cursor.reset(body);
        source.cursor = cursor;
        // the cursor's root is the body: its descendant 0
        this.read(row, source, 0);
    }
    /** Appends the cursor's node as a row under `parent`, after `previous` (NONE: the first child). */
    readCurrent(wasm, treeAddress, source, parent, previous) {
        if (this.rows === this.typeIds.length)
            this.grow();
        const row = this.rows++;
        const typeId = wasm._ts_tree_cursor_current_node_type_id_wasm(treeAddress);
        this.typeIds[row] = typeId;
        this.fieldIds[row] = parent === NONE ? 0 : wasm._ts_tree_cursor_current_field_id_wasm(treeAddress);
        const start = wasm._ts_tree_cursor_start_index_wasm(treeAddress);
        const end = wasm._ts_tree_cursor_end_index_wasm(treeAddress);
        const cut = source.mapped ? this.cuts.cut : undefined;
        this.starts[row] = cut ? originalOffset(cut, start) : start;
        this.ends[row] = cut ? originalOffset(cut, end) : end;
        this.parents[row] = parent;
        this.firstChildren[row] = NONE;
        this.nextSiblings[row] = NONE;
        if (previous !== NONE)
            this.nextSiblings[previous] = row;
        else if (parent !== NONE)
            this.firstChildren[parent] = row;
        if (typeId === this.grammar.block && parent !== NONE && this.typeIds[parent] === this.grammar.functionDefinition) {
            const cutIndex = cut ? cutWithin(cut, start, end) : undefined;
            if (cutIndex !== undefined)
                this.cutBodies.set(row, cutIndex);
            else
                this.deferred.set(row, { source, descendant: wasm._ts_tree_cursor_current_descendant_index_wasm(treeAddress) });
        }
        this.nodes.push(undefined);
        return row;
    }
    grow() {
        const capacity = this.typeIds.length * 2;
        const grown = (column, make) => {
            const next = make(capacity);
            next.set(column);
            return next;
        };
        this.typeIds = grown(this.typeIds, (size) => new Uint16Array(size));
        this.fieldIds = grown(this.fieldIds, (size) => new Uint16Array(size));
        this.starts = grown(this.starts, (size) => new Int32Array(size));
        this.ends = grown(this.ends, (size) => new Int32Array(size));
        this.parents = grown(this.parents, (size) => new Int32Array(size));
        this.firstChildren = grown(this.firstChildren, (size) => new Int32Array(size));
        this.nextSiblings = grown(this.nextSiblings, (size) => new Int32Array(size));
    }
}
/** One row of a ReadTree as a node; made once per row, on first use. */
class ReadNode {
    owner;
    id;
    typeId;
    startIndex;
    endIndex;
    cachedText;
    cachedChildren;
    cachedNamed;
    constructor(owner, 
    /** Unique within the tree. */
    id) {
        this.owner = owner;
        this.id = id;
        this.typeId = owner.typeIdOf(id);
        this.startIndex = owner.startOf(id);
        this.endIndex = owner.endOf(id);
    }
    get type() {
        // the error symbol (65535) is past the list of names
        return this.owner.grammar.types[this.typeId] ?? 'ERROR';
    }
    get isNamed() {
        return this.typeId === ERROR_TYPE_ID || this.owner.grammar.named[this.typeId] === true;
    }
    get text() {
        return (this.cachedText ??= this.owner.text.slice(this.startIndex, this.endIndex));
    }
    get startPosition() {
        return this.owner.pointAt(this.startIndex);
    }
    get endPosition() {
        return this.owner.pointAt(this.endIndex);
    }
    get parent() {
        const row = this.owner.parentOf(this.id);
        return row === NONE ? null : this.owner.node(row);
    }
    get children() {
        if (!this.cachedChildren) {
            const rows = this.owner.childRows(this.id);
            this.cachedChildren = rows.length ? rows.map((row) => this.owner.node(row)) : NO_CHILDREN;
        }
        return this.cachedChildren;
    }
    get namedChildren() {
        return (this.cachedNamed ??= this.children.filter((child) => child.isNamed));
    }
    get nextNamedSibling() {
        const siblings = this.parent?.children ?? NO_CHILDREN;
        for (let index = siblings.indexOf(this) + 1; index < siblings.length; index++)
            if (siblings[index].isNamed)
                return siblings[index];
        return null;
    }
    child(index) {
        return this.children[index] ?? null;
    }
    childForFieldName(fieldName) {
        const fieldId = this.owner.grammar.fieldIds.get(fieldName);
        if (fieldId === undefined)
            return null;
        for (const child of this.children)
            if (this.owner.fieldIdOf(child.id) === fieldId)
                return child;
        return null;
    }
    childrenForFieldName(fieldName) {
        const fieldId = this.owner.grammar.fieldIds.get(fieldName);
        return fieldId === undefined ? [] : this.children.filter((child) => this.owner.fieldIdOf(child.id) === fieldId);
    }
    /** This node and its descendants of the given types, in order (as web-tree-sitter's, which starts at the node). */
    descendantsOfType(types) {
        const wanted = new Set(typeof types === 'string' ? [types] : types);
        const found = [];
        // preorder without recursion (trees may be deep)
        const pending = [this];
        while (pending.length) {
            const node = pending.pop();
            if (wanted.has(node.type))
                found.push(node);
            const children = node.children;
            for (let index = children.length - 1; index >= 0; index--)
                pending.push(children[index]);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/lang/python/parser.ts



let parserPromise;
/**
 * web-tree-sitter computes a node's type id with a call into wasm on every read (after
 * copying the node into wasm memory), and its text from two more; the lowering reads them
 * on the same Node object again and again (for 200 files of the standard library, 214k of
 * 343k type reads and 22k of 109k text reads repeat one already made). A Node never
 * changes once made (tokengate never edits a tree), so each node keeps what it read.
 */
function keepNodeReads() {
    for (const name of ['typeId', 'text']) {
        const getter = Object.getOwnPropertyDescriptor(web_tree_sitter/* Node */.bP.prototype, name)?.get;
        if (!getter)
            throw new Error(`web-tree-sitter's Node has no ${name} getter to keep`);
        const kept = Symbol(name);
        Object.defineProperty(web_tree_sitter/* Node */.bP.prototype, name, {
            configurable: true,
            get() {
                if (kept in this)
                    return this[kept];
                const value = getter.call(this);
                this[kept] = value;
                return value;
            },
        });
    }
}
keepNodeReads();
/** One web-tree-sitter parser with the Python grammar, loaded once per process. */
function getPythonParser() {
    parserPromise ??= (async () => {
        const runtimeWasm = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter');
        // Emscripten fills in the object given to init: the tree reader calls its cursor functions
        const moduleObject = { locateFile: () => runtimeWasm };
        await web_tree_sitter/* Parser */.iX.init(moduleObject);
        bindTreeReader(moduleObject);
        const language = await web_tree_sitter/* Language */.TM.load(locateWasm('tree-sitter-python.wasm', 'tree-sitter-python'));
        const parser = new web_tree_sitter/* Parser */.iX();
        parser.setLanguage(language);
        return parser;
    })();
    return parserPromise;
}
function parsePython(parser, text) {
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('tree-sitter returned no tree');
    return tree;
}

;// CONCATENATED MODULE: ./src/lang/python/depth.ts



const EXPRESSIONS = new Set([
    'attribute',
    'await',
    'binary_operator',
    'boolean_operator',
    'call',
    'comparison_operator',
    'concatenated_string',
    'conditional_expression',
    'dictionary',
    'dictionary_comprehension',
    'expression_list',
    'generator_expression',
    'lambda',
    'list',
    'list_comprehension',
    'named_expression',
    'not_operator',
    'parenthesized_expression',
    'set',
    'set_comprehension',
    'string',
    'subscript',
    'tuple',
    'unary_operator',
]);
const PATTERNS = new Set(['list_pattern', 'tuple_pattern', 'pattern_list', 'case_pattern', 'class_pattern', 'dict_pattern', 'union_pattern', 'splat_pattern']);
/** `...` (an unknown value) for expressions, `pass` for statements, `_` for patterns; parenthesized across lines. */
function choosePlaceholder(nodeType, text, start, end) {
    if (EXPRESSIONS.has(nodeType))
        return (0,lang_depth/* spansLines */.Rs)(text, start, end) ? (0,lang_depth/* placeholder */.qf)(text, start, end, '(...', ')') : (0,lang_depth/* placeholder */.qf)(text, start, end, '...');
    if (nodeType.endsWith('_statement') || nodeType === 'function_definition' || nodeType === 'class_definition' || nodeType === 'decorated_definition')
        return (0,lang_depth/* placeholder */.qf)(text, start, end, 'pass');
    if (PATTERNS.has(nodeType))
        return (0,lang_depth/* spansLines */.Rs)(text, start, end) ? (0,lang_depth/* placeholder */.qf)(text, start, end, '(_', ')') : (0,lang_depth/* placeholder */.qf)(text, start, end, '_');
    return undefined;
}
/**
 * The cuts that bring the tree within the budget (none for real code). `prune` skips
 * subtrees with too few tokens to reach the budget (counted in `starts`, the text's
 * tokenStarts, when the caller has them); without it every node is visited.
 */
function deepPythonCuts(tree, text, budget = lang_depth/* DEPTH_BUDGET */.w, prune = true, starts = prune ? (0,lang_depth/* tokenStarts */.pt)(text) : undefined) {
    const cuts = [];
    const cursor = walkTree(tree);
    let depth = 0;
    try {
        for (;;) {
            let descend = true;
            if (depth >= budget && cursor.nodeIsNamed) {
                // (keywords such as `lambda` and `await` are anonymous nodes named like the expressions they start)
                const cut = (0,lang_depth/* cutAt */.og)(choosePlaceholder, cursor.nodeType, text, cursor.startIndex, cursor.endIndex, depth, budget);
                if (cut) {
                    if (cut !== 'leave')
                        cuts.push(cut);
                    descend = false;
                }
            }
            else if (starts && !(0,lang_depth/* mayReachBudget */.qi)(starts, cursor.startIndex, cursor.endIndex, depth, budget)) {
                descend = false;
            }
            if (descend && cursor.gotoFirstChild()) {
                depth++;
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent())
                    return cuts;
                depth--;
            }
        }
    }
    finally {
        cursor.delete();
    }
}
/**
 * The tree and text to analyse: `tree` itself when it is within the budget, else the text
 * with the deep nodes cut, parsed again (a few rounds, should the new parse nest anew),
 * with the regions cut. The caller still owns `tree`; a new tree is the caller's to delete too.
 */
function withinDepthBudget(parser, tree, text, budget = lang_depth/* DEPTH_BUDGET */.w, prune = true) {
    const regions = [];
    let current = { tree, text };
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const found = deepPythonCuts(current.tree, current.text, budget, prune);
        if (found.length === 0)
            return { ...current, regions: (0,lang_depth/* mergeRegions */.KS)(regions) };
        regions.push(...(0,lang_depth/* cutRegions */.OG)(current.text, found, budget));
        const cutText = (0,lang_depth/* applyCuts */.eb)(current.text, found);
        const next = parsePython(parser, cutText);
        if (current.tree !== tree)
            current.tree.delete();
        current = { tree: next, text: cutText };
    }
    if (current.tree !== tree)
        current.tree.delete();
    throw new Error(`nesting deeper than ${budget} levels remained after ${MAX_ROUNDS} rounds of cutting`);
}
const MAX_ROUNDS = 5;

// EXTERNAL MODULE: ./src/lang/python/syntax.ts
var syntax = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/lang/python/imports.ts

/**
 * `import a.b` binds `a` (the package, members reached by attribute), `import a.b as c`
 * binds `c` to `a.b`, `from .m import x as y` binds `y` to `m.x` (the walker's qualified
 * names drop the leading dots; the specifier keeps them), `from m import *` binds '*'.
 */
function importBindings(node) {
    const bindings = [];
    if (node.type === 'import_statement') {
        for (const child of node.namedChildren) {
            if (child.type === 'dotted_name') {
                const top = child.text.split('.')[0];
                bindings.push({ local: top, specifier: top, imported: '*', qualified: top });
            }
            else if (child.type === 'aliased_import') {
                const full = child.childForFieldName('name')?.text;
                const alias = child.childForFieldName('alias')?.text;
                if (full && alias)
                    bindings.push({ local: alias, specifier: full, imported: '*', qualified: full });
            }
        }
        return bindings;
    }
    const moduleName = node.childForFieldName('module_name')?.text;
    if (!moduleName)
        return bindings;
    const base = moduleName.replace(/^\.+/, '');
    for (const child of node.childrenForFieldName('name')) {
        const name = child.type === 'dotted_name' ? child.text : child.type === 'aliased_import' ? child.childForFieldName('name')?.text : undefined;
        const local = child.type === 'aliased_import' ? child.childForFieldName('alias')?.text : name;
        if (name && local)
            bindings.push({ local, specifier: moduleName, imported: name, qualified: base ? `${base}.${name}` : name });
    }
    // `from app.models import *`: its names are used bare (link resolves them through the module)
    if (node.namedChildren.some((child) => child.type === 'wildcard_import'))
        bindings.push({ local: '*', specifier: moduleName, imported: '*', qualified: '' });
    return bindings;
}
/** The top-level package an import names (`a` for `import a.b`, `m` for `from .m.n import x`), if any. */
function importedPackage(binding) {
    return binding.specifier.replace(/^\.+/, '').split('.')[0] || undefined;
}
/**
 * What a module that is not lowered still offers other modules: its imports (a package's
 * __init__.py hands names on) and its literal constants (`SIGNING_KEY = "…"`, `API_PREFIX = "/api/v1"`).
 */
function unloweredModuleFacts(root) {
    const facts = { imports: [], exports: [], starExports: [], references: [] };
    for (const statement of root.namedChildren) {
        if (statement.type === 'import_statement' || statement.type === 'import_from_statement')
            facts.imports.push(...importBindings(statement));
        const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
        const value = assignment?.childForFieldName('right');
        const constant = value ? literalValue(value) : undefined;
        if (target?.type === 'identifier' && constant) {
            facts.exports.push({ name: target.text, loc: { line: target.startPosition.row + 1, column: target.startPosition.column + 1, endLine: target.endPosition.row + 1, endColumn: target.endPosition.column + 1 }, constant });
        }
    }
    return facts.imports.length || facts.exports.length ? facts : undefined;
}
/** A plain string or a whole number, as written. */
function literalValue(node) {
    if (node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation'))
        return { kind: 'string', value: (0,syntax/* stringContent */.R)(node) };
    if (node.type === 'integer' && /^\d+$/.test(node.text))
        return { kind: 'number', value: Number(node.text) };
    return undefined;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/lang/recognizer-rules.ts + 1 modules
var recognizer_rules = __webpack_require__(469);
// EXTERNAL MODULE: ./src/lang/lowering-base.ts
var lowering_base = __webpack_require__(504);
// EXTERNAL MODULE: ./src/engine/files.ts
var files = __webpack_require__(817);
// EXTERNAL MODULE: ./src/lang/python/sources.ts
var sources = __webpack_require__(945);
;// CONCATENATED MODULE: ./src/lang/python/imported-calls.ts
/** The imported function a call reaches, when link summarised it. */
function importedFunction(call, lowering) {
    const fact = lowering.importedFact(call.callee);
    return fact?.kind === 'function' ? fact : undefined;
}
/** The argument bound to a parameter of the callee: by keyword, else by position (`self` already left out). */
function argumentFor(call, parameter) {
    return call.kwargs.get(parameter.name) ?? call.args[parameter.index];
}
/** Whether a name used here is a function of another module that authenticates the request (its summary verifies a token). */
function importedVerifies(qualified, lowering) {
    const fact = lowering.importedFact(qualified);
    return fact?.kind === 'function' && fact.summary.verifies === true;
}
/** How the call is written (`security.decode`), for messages. */
function writtenCallee(call) {
    return call.node.childForFieldName('function')?.text ?? call.callee ?? 'the call';
}
/** The value an imported function returns at this call, from its summary. */
function importedCallValue(call, lowering, scope) {
    const fact = importedFunction(call, lowering);
    const returns = fact?.summary.returns;
    if (!fact || !returns)
        return undefined;
    switch (returns.kind) {
        case 'token':
            // a helper that reads the request's token: the token, read here (its own read is reported where it is written)
            lowering.markTokenTouched(scope);
            return { kind: 'token', source: { ...returns.source, loc: lowering.loc(call.node) }, transforms: [`${writtenCallee(call)}()`] };
        case 'param': {
            const argument = argumentFor(call, returns);
            if (argument?.kind !== 'token')
                return undefined;
            lowering.markTokenTouched(scope);
            return { ...argument, transforms: [...argument.transforms, ...returns.transforms, `${writtenCallee(call)}()`] };
        }
        case 'claims':
            // unverified claims are the JWT recognizer's (it records the decode here); verified ones decide nothing to report
            return returns.verified ? { kind: 'claims', verified: true, opId: lowering.newOpId() } : undefined;
    }
}

// EXTERNAL MODULE: ./src/lang/summaries.ts
var summaries = __webpack_require__(656);
;// CONCATENATED MODULE: ./src/lang/python/catalog/jwt.ts



const PYJWT_DECODE = { library: 'PyJWT', kind: 'decode', subjectArg: [0, 'jwt'], keyArg: [1, 'key'], algorithms: 'list', algorithmsArg: [2, 'algorithms'], options: 'pyjwt' };
const PYJWT_ENCODE = { library: 'PyJWT', kind: 'encode', subjectArg: [0, 'payload'], keyArg: [1, 'key'], algorithms: 'single', algorithmsArg: [2, 'algorithm'], options: 'none' };
const PYJWT_PEEK = { library: 'PyJWT', kind: 'header-peek', subjectArg: [0, 'jwt'], algorithms: 'none', options: 'none' };
const JOSE_DECODE = { library: 'python-jose', kind: 'decode', subjectArg: [0, 'token'], keyArg: [1, 'key'], algorithms: 'list', algorithmsArg: [2, 'algorithms'], options: 'jose' };
const JOSE_ENCODE = { library: 'python-jose', kind: 'encode', subjectArg: [0, 'claims'], keyArg: [1, 'key'], algorithms: 'single', algorithmsArg: [2, 'algorithm'], options: 'none' };
const JOSE_PEEK = { library: 'python-jose', kind: 'header-peek', subjectArg: [0, 'token'], algorithms: 'none', options: 'none' };
const JOSE_UNVERIFIED = { library: 'python-jose', kind: 'unverified-decode', subjectArg: [0, 'token'], algorithms: 'none', options: 'none' };
const AUTHLIB_DECODE = { library: 'authlib', kind: 'decode', subjectArg: [0, 's'], keyArg: [1, 'key'], algorithms: 'list', options: 'none', needsValidate: true };
const AUTHLIB_ENCODE = { library: 'authlib', kind: 'encode', subjectArg: [1, 'payload'], keyArg: [2, 'key'], algorithms: 'header', algorithmsArg: [0, 'header'], options: 'none' };
/** Module-level APIs by qualified name (import aliases already resolved). */
const MODULE_APIS = {
    'jwt.decode': PYJWT_DECODE,
    'jwt.decode_complete': PYJWT_DECODE,
    'jwt.api_jwt.decode': PYJWT_DECODE,
    'jwt.api_jwt.decode_complete': PYJWT_DECODE,
    'jwt.encode': PYJWT_ENCODE,
    'jwt.api_jwt.encode': PYJWT_ENCODE,
    'jwt.get_unverified_header': PYJWT_PEEK,
    'jwt.api_jws.get_unverified_header': PYJWT_PEEK,
    'jose.jwt.decode': JOSE_DECODE,
    'jose.jwt.encode': JOSE_ENCODE,
    'jose.jwt.get_unverified_header': JOSE_PEEK,
    'jose.jwt.get_unverified_headers': JOSE_PEEK,
    'jose.jwt.get_unverified_claims': JOSE_UNVERIFIED,
    'jose.jws.verify': { ...JOSE_DECODE, options: 'pyjwt' },
    'jose.jws.sign': { ...JOSE_ENCODE, algorithmsArg: [3, 'algorithm'] },
    'jose.jws.get_unverified_header': JOSE_PEEK,
    'jose.jws.get_unverified_headers': JOSE_PEEK,
    'jose.jws.get_unverified_claims': JOSE_UNVERIFIED,
    'authlib.jose.jwt.decode': AUTHLIB_DECODE,
    'authlib.jose.jwt.encode': AUTHLIB_ENCODE,
    'flask_jwt_extended.create_access_token': { library: 'flask-jwt-extended', kind: 'encode', subjectArg: [0, 'identity'], algorithms: 'none', options: 'none', tokenType: 'access' },
    'flask_jwt_extended.create_refresh_token': { library: 'flask-jwt-extended', kind: 'encode', subjectArg: [0, 'identity'], algorithms: 'none', options: 'none', tokenType: 'refresh' },
    'flask_jwt_extended.decode_token': { library: 'flask-jwt-extended', kind: 'decode', subjectArg: [0, 'encoded_token'], algorithms: 'none', options: 'none' },
};
const ITSDANGEROUS_TIMED = {
    api: 'itsdangerous',
    methods: {
        loads: { library: 'itsdangerous', kind: 'decode', subjectArg: [0, 's'], algorithms: 'none', options: 'itsdangerous' },
        unsign: { library: 'itsdangerous', kind: 'decode', subjectArg: [0, 'signed_value'], algorithms: 'none', options: 'itsdangerous' },
        dumps: { library: 'itsdangerous', kind: 'encode', subjectArg: [0, 'obj'], algorithms: 'none', options: 'none' },
    },
};
const PYJWT_INSTANCE = { api: 'jwt.PyJWT', methods: { decode: PYJWT_DECODE, decode_complete: PYJWT_DECODE, encode: PYJWT_ENCODE } };
const PYJWS_INSTANCE = { api: 'jwt.PyJWS', methods: { decode: PYJWT_DECODE, decode_complete: PYJWT_DECODE, encode: PYJWT_ENCODE, get_unverified_header: PYJWT_PEEK } };
const AUTHLIB_INSTANCE = { api: 'authlib.jose.JsonWebToken', methods: { decode: AUTHLIB_DECODE, encode: AUTHLIB_ENCODE } };
/** Constructors by qualified name. */
const INSTANCE_CLASSES = {
    'jwt.PyJWT': PYJWT_INSTANCE,
    'jwt.api_jwt.PyJWT': PYJWT_INSTANCE,
    'jwt.PyJWS': PYJWS_INSTANCE,
    'jwt.api_jws.PyJWS': PYJWS_INSTANCE,
    'authlib.jose.JsonWebToken': AUTHLIB_INSTANCE,
    'authlib.jose.rfc7519.JsonWebToken': AUTHLIB_INSTANCE,
    'itsdangerous.URLSafeTimedSerializer': ITSDANGEROUS_TIMED,
    'itsdangerous.TimedSerializer': ITSDANGEROUS_TIMED,
    'itsdangerous.url_safe.URLSafeTimedSerializer': ITSDANGEROUS_TIMED,
    'itsdangerous.timed.TimedSerializer': ITSDANGEROUS_TIMED,
    'itsdangerous.TimestampSigner': ITSDANGEROUS_TIMED,
    'itsdangerous.timed.TimestampSigner': ITSDANGEROUS_TIMED,
};
/** Calls that mean "now": evaluated as a zero duration so that now + timedelta(...) is the lifetime. */
const NOW_CALLS = new Set([
    'datetime.datetime.utcnow',
    'datetime.datetime.now',
    'datetime.utcnow',
    'datetime.now',
    'datetime.datetime.today',
    'time.time',
    'django.utils.timezone.now',
    'timezone.now',
    'arrow.utcnow',
    'arrow.now',
    'pendulum.now',
    'pendulum.today',
]);
/** Claims and header fields read to choose a key or issuer before a verified decode. */
const SELECTION_FIELDS = new Set(['kid', 'alg', 'jku', 'x5u', 'x5t', 'x5t#S256', 'x5c', 'iss', 'tid', 'typ', 'cty']);
/** Time claims: reading them (e.g. to refresh one's own token) decides nothing about who the caller is. */
const TIME_FIELDS = new Set(['exp', 'iat', 'nbf']);
const LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'log', 'fatal']);
/** Calls that only look at a value (claims reaching them decide nothing). */
const INSPECTING_CALLS = new Set(['print', 'str', 'repr', 'len', 'type', 'isinstance', 'bool', 'json.dumps', 'pprint.pprint', 'pprint', 'hasattr']);
const ALGORITHM_NAME = /^(?:[HRPE]S(?:256|384|512)|ES256K|EdDSA|none)$/i;
const REFRESH_HINT = /refresh/i;
const OTHER_PURPOSE_HINT = /reset|verif|confirm|invit|activat|e?mail|unsubscribe|magic|download|share|signup|register|onboard|password/i;
const ACCESS_HINT = /access|auth|session|login|bearer|id_token/i;
const STATE_KEY = 'jwt';
function stateOf(lowering) {
    let state = lowering.state.get(STATE_KEY);
    if (!state) {
        state = { ops: new Map(), uses: new Map(), instances: new WeakMap(), selectionVars: new Set() };
        lowering.state.set(STATE_KEY, state);
    }
    return state;
}
function usesOf(state, opId) {
    if (!state.ops.has(opId))
        return undefined; // claims from a silently evaluated helper
    let uses = state.uses.get(opId);
    if (!uses) {
        uses = { decision: false, selection: false, other: false, validated: false, escaped: false, returned: false, algChecked: false };
        state.uses.set(opId, uses);
    }
    return uses;
}
/** Keyword arguments with the string-keyed entries of `**dict` splats merged in. */
function effectiveKwargs(call) {
    if (call.splats.length === 0)
        return call.kwargs;
    const merged = new Map(call.kwargs);
    for (const splat of call.splats) {
        if (splat.kind !== 'dict')
            continue;
        for (const entry of splat.entries)
            if (entry.key !== null && !merged.has(entry.key))
                merged.set(entry.key, entry.value);
    }
    return merged;
}
function argument(call, kwargs, spec) {
    if (!spec)
        return undefined;
    return kwargs.get(spec[1]) ?? call.args[spec[0]];
}
function argumentNode(call, spec) {
    if (!spec)
        return undefined;
    return call.kwargNodes.get(spec[1]) ?? call.argNodes[spec[0]];
}
function dictEntry(value, key) {
    if (value?.kind !== 'dict')
        return undefined;
    for (let index = value.entries.length - 1; index >= 0; index--)
        if (value.entries[index].key === key)
            return value.entries[index].value;
    return undefined;
}
function boolOf(value) {
    if (value?.kind === 'bool')
        return value.value;
    if (value?.kind === 'number')
        return value.value !== 0;
    return undefined;
}
/** `ALGORITHMS.RS256` (python-jose constants) and `"RS256"` alike, as string values. */
function normalizeAlgorithm(value) {
    if (value.kind === 'unknown' && value.name) {
        const last = value.name.split('.').pop() ?? '';
        if (ALGORITHM_NAME.test(last))
            return { kind: 'string', value: last, via: value.name };
    }
    return value;
}
function normalizeAlgorithms(value) {
    if (value.kind === 'list')
        return { kind: 'list', items: value.items.map(normalizeAlgorithm) };
    return normalizeAlgorithm(value);
}
/** True when a value holds claims (or a header) from an unverified read of the token. */
function containsUnverified(value) {
    if (value.kind === 'claims')
        return !value.verified;
    if (value.kind === 'list')
        return value.items.some(containsUnverified);
    return false;
}
function claimsIn(value, out = []) {
    if (value.kind === 'claims')
        out.push(value.opId);
    else if (value.kind === 'list')
        for (const item of value.items)
            claimsIn(item, out);
    else if (value.kind === 'dict')
        for (const entry of value.entries)
            claimsIn(entry.value, out);
    return out;
}
/** The field an expression reads from claims: `claims["sub"]`, `claims.get("sub")`, or a variable holding a selection field. */
function fieldRead(node, lowering, scope) {
    if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1)
        return fieldRead(node.namedChildren[0], lowering, scope);
    if (node.type === 'subscript') {
        const index = node.childForFieldName('subscript');
        return index?.type === 'string' ? (0,syntax/* stringContent */.R)(index) : undefined;
    }
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get') {
            const first = node.childForFieldName('arguments')?.namedChildren[0];
            return first?.type === 'string' ? (0,syntax/* stringContent */.R)(first) : undefined;
        }
        return undefined;
    }
    if (node.type === 'identifier' && stateOf(lowering).selectionVars.has(`${scope.fn?.id ?? 0}:${node.text}`))
        return 'kid';
    return undefined;
}
function useOfField(field) {
    if (field !== undefined && SELECTION_FIELDS.has(field))
        return 'selection';
    if (field !== undefined && TIME_FIELDS.has(field))
        return 'other';
    return 'decision';
}
/** Records how the claims in `value`, written as `node`, are used in a context that acts on them. */
function recordUse(node, value, lowering, scope, forced, returned = false) {
    const opIds = claimsIn(value);
    if (opIds.length === 0)
        return;
    const state = stateOf(lowering);
    const field = fieldRead(node, lowering, scope);
    const use = forced ?? useOfField(field);
    const whole = field === undefined && (node.type === 'identifier' || node.type === 'attribute');
    for (const opId of opIds) {
        const uses = usesOf(state, opId);
        if (!uses)
            continue;
        // returning the claims whole decides for the callers: a decision, told apart so that callers elsewhere can be judged
        // instead (a claim returned, `….get("identity")`, is this function's own decision)
        if (returned && use === 'decision' && field === undefined)
            uses.returned = true;
        else
            uses[use] = true;
        if (whole && use === 'decision')
            uses.escaped = true;
    }
}
/**
 * A call to a function of another module that link summarised (second lowering): an
 * unverified decode wrapper is an unverified decode here, judged by how this code uses
 * its claims; an issuer whose lifetime or payload this call gives is an encode here.
 */
function importedOperation(call, lowering, scope, state) {
    const fact = importedFunction(call, lowering);
    if (!fact)
        return undefined;
    const { returns, issues } = fact.summary;
    const base = { api: writtenCallee(call), loc: lowering.loc(call.node), algorithmsFromToken: false, options: {}, resultUse: 'unused', functionId: scope.fn?.id, wrapper: (0,summaries/* definedIn */.bj)(fact) };
    if (returns?.kind === 'claims' && !returns.verified) {
        const id = lowering.newOpId();
        const result = { kind: 'claims', verified: false, opId: id };
        if (lowering.isSilent)
            return result;
        const subject = returns.tokenParam !== undefined ? call.args[returns.tokenParam] : call.args[0];
        const op = { ...base, id, kind: 'unverified-decode', api: `${base.api} (wraps ${returns.api})`, library: returns.library, subject, algorithms: 'not-applicable' };
        state.ops.set(id, op);
        lowering.model.jwtOps.push(op);
        lowering.markTokenTouched(scope);
        return result;
    }
    if (!issues || lowering.isSilent)
        return undefined;
    const lifetime = issues.lifetimeParam ? argumentFor(call, issues.lifetimeParam) : undefined;
    const payload = issues.payloadParam ? argumentFor(call, issues.payloadParam) : undefined;
    const expiresInSeconds = lifetime?.kind === 'duration' ? lifetime.seconds : undefined;
    const claims = payload ? payloadClaims(payload) : null;
    // the helper's own encode is judged where it is written; here only what this call adds
    if (expiresInSeconds === undefined && claims === null)
        return undefined;
    const op = {
        ...base,
        id: lowering.newOpId(),
        kind: 'encode',
        api: `${base.api} (wraps ${issues.api})`,
        library: issues.library,
        subject: payload,
        algorithms: 'not-applicable',
        payloadClaims: claims ?? issues.payloadClaims,
        expiresInSeconds: expiresInSeconds ?? issues.expiresInSeconds,
        tokenType: issues.tokenType ?? tokenTypeOf(PYJWT_ENCODE, payload, call, scope),
    };
    if (claims !== null && expiresInSeconds !== undefined && !claims.includes('exp'))
        op.payloadClaims = [...claims, 'exp'];
    lowering.model.jwtOps.push(op);
    return undefined;
}
function isLoggingCall(call) {
    if (call.callee && (INSPECTING_CALLS.has(call.callee) || call.callee.startsWith('logging.')))
        return true;
    if (call.method && LOG_METHODS.has(call.method)) {
        const receiver = call.receiverNode ? (0,syntax/* dottedName */._)(call.receiverNode) ?? '' : '';
        return /log/i.test(receiver) || receiver === 'app.logger' || receiver === 'current_app.logger';
    }
    return false;
}
function instanceOf(value, state) {
    if (value?.kind !== 'unknown' || !value.name?.endsWith('()'))
        return undefined;
    const known = state.instances.get(value);
    if (known)
        return known;
    const cls = INSTANCE_CLASSES[value.name.slice(0, -2)];
    return cls ? { cls } : undefined;
}
/** The API a call reaches: a module function, or a method of a recognized instance. */
function resolveApi(call, state) {
    const instance = instanceOf(call.receiver, state);
    if (instance) {
        const entry = call.method ? instance.cls.methods[call.method] : undefined;
        return entry ? { api: `${instance.cls.api}.${call.method}`, entry, instance } : undefined;
    }
    if (call.receiver && call.receiver.kind !== 'unknown')
        return undefined; // a local value, not a module
    const entry = call.callee ? MODULE_APIS[call.callee] : undefined;
    return entry && call.callee ? { api: call.callee, entry } : undefined;
}
function readOptions(entry, call, kwargs, instance) {
    const options = {};
    switch (entry.options) {
        case 'pyjwt':
        case 'jose': {
            for (const source of [instance?.options, kwargs.get('options') ?? (entry.options === 'pyjwt' && entry.library === 'PyJWT' ? call.args[3] : undefined)]) {
                if (source?.kind !== 'dict')
                    continue;
                const signature = boolOf(dictEntry(source, 'verify_signature'));
                const exp = boolOf(dictEntry(source, 'verify_exp'));
                const aud = boolOf(dictEntry(source, 'verify_aud'));
                const iss = boolOf(dictEntry(source, 'verify_iss'));
                if (signature !== undefined)
                    options.verifySignature = signature;
                if (exp !== undefined)
                    options.verifyExp = exp;
                if (aud !== undefined)
                    options.verifyAud = aud;
                if (iss !== undefined)
                    options.verifyIss = iss;
            }
            // PyJWT 1.x and jws.verify: verify=False; PyJWT 1.x positional verify
            const verify = boolOf(kwargs.get('verify')) ?? (entry.library === 'PyJWT' && call.args[2]?.kind === 'bool' ? call.args[2].value : undefined);
            if (verify === false)
                options.verifySignature = false;
            const verifyExpiration = boolOf(kwargs.get('verify_expiration'));
            if (verifyExpiration === false)
                options.verifyExp = false;
            break;
        }
        case 'itsdangerous': {
            const maxAge = kwargs.get('max_age') ?? call.args[1];
            if (!maxAge || maxAge.kind === 'none')
                options.verifyExp = false;
            break;
        }
        case 'none':
            break;
    }
    return options;
}
function readAlgorithms(entry, call, kwargs, instance) {
    switch (entry.algorithms) {
        case 'none':
            return 'not-applicable';
        case 'header': {
            const alg = dictEntry(argument(call, kwargs, entry.algorithmsArg), 'alg');
            return alg ? normalizeAlgorithm(alg) : 'missing';
        }
        case 'single': {
            const alg = argument(call, kwargs, entry.algorithmsArg);
            return alg ? normalizeAlgorithm(alg) : 'missing';
        }
        case 'list': {
            if (instance?.algorithms)
                return normalizeAlgorithms(instance.algorithms);
            let algorithms = argument(call, kwargs, entry.algorithmsArg);
            if (algorithms?.kind === 'bool')
                algorithms = undefined; // PyJWT 1.x positional verify flag
            return algorithms && algorithms.kind !== 'none' ? normalizeAlgorithms(algorithms) : 'missing';
        }
    }
}
/** The payload's claim names, or null when any part of it is not known. */
function payloadClaims(payload) {
    if (payload?.kind !== 'dict')
        return null;
    const names = [];
    for (const entry of payload.entries) {
        if (entry.key === null)
            return null;
        if (!names.includes(entry.key))
            names.push(entry.key);
    }
    return names;
}
/** Words near the call that say what the token is for: `refresh_token = …`, `{"access_token": …}`, `reset_token=…`. */
function nameNear(node) {
    let current = node.parent;
    for (let depth = 0; current && depth < 4; depth++, current = current.parent) {
        if (current.type === 'assignment')
            return current.childForFieldName('left')?.text;
        if (current.type === 'keyword_argument')
            return current.childForFieldName('name')?.text;
        if (current.type === 'pair')
            return current.childForFieldName('key')?.text;
        if (current.type === 'return_statement' || current.type === 'expression_statement')
            return undefined;
    }
    return undefined;
}
function purposeOf(text) {
    if (!text)
        return undefined;
    if (REFRESH_HINT.test(text))
        return 'refresh';
    if (OTHER_PURPOSE_HINT.test(text))
        return 'other';
    if (ACCESS_HINT.test(text))
        return 'access';
    return undefined;
}
function tokenTypeOf(entry, payload, call, scope) {
    if (entry.tokenType)
        return entry.tokenType;
    for (const claim of ['type', 'token_type', 'typ', 'purpose', 'use', 'scope']) {
        const value = dictEntry(payload, claim);
        const fromClaim = value?.kind === 'string' ? purposeOf(value.value) : undefined;
        if (fromClaim)
            return fromClaim;
    }
    return purposeOf(nameNear(call.node)) ?? purposeOf(scope.fn?.name);
}
function expirySeconds(entry, payload, kwargs) {
    if (entry.library === 'flask-jwt-extended') {
        const delta = kwargs.get('expires_delta');
        if (delta?.kind === 'duration')
            return delta.seconds;
        if (delta?.kind === 'number')
            return delta.value;
        return undefined;
    }
    const exp = dictEntry(payload, 'exp');
    return exp?.kind === 'duration' ? exp.seconds : undefined;
}
/** Key values bound to a name-less unknown (`open("public.pem").read()`) keep the name they are passed by. */
function keyValue(value, node) {
    if (value?.kind === 'unknown' && !value.name && node) {
        const name = (0,syntax/* dottedName */._)(node);
        if (name)
            return { kind: 'unknown', name };
    }
    return value;
}
/** Calls that are not token operations but matter to them: constructors, now(), claims methods. */
function auxiliaryCall(call, state, scope) {
    const callee = call.callee;
    if (callee && INSTANCE_CLASSES[callee]) {
        const value = { kind: 'unknown', name: `${callee}()` };
        const cls = INSTANCE_CLASSES[callee];
        state.instances.set(value, { cls, algorithms: cls === AUTHLIB_INSTANCE ? (call.args[0] ?? call.kwargs.get('algorithms')) : undefined, options: call.kwargs.get('options') });
        return value;
    }
    if (callee && NOW_CALLS.has(callee) && call.args.length === 0 && (call.kwargs.size === 0 || call.kwargs.has('tz')))
        return { kind: 'duration', seconds: 0 };
    if (callee && NOW_CALLS.has(callee) && call.args.length === 1 && call.kwargs.size === 0 && /now|today/.test(callee))
        return { kind: 'duration', seconds: 0 }; // now(timezone.utc)
    if ((callee === 'int' || callee === 'round' || callee === 'math.floor' || callee === 'math.ceil') && call.args[0]?.kind === 'duration')
        return call.args[0];
    const receiver = call.receiver;
    if (receiver?.kind === 'duration' && (call.method === 'timestamp' || call.method === 'total_seconds' || call.method === 'replace' || call.method === 'astimezone')) {
        return call.method === 'total_seconds' ? { kind: 'number', value: receiver.seconds } : receiver;
    }
    if (receiver?.kind === 'claims') {
        const uses = usesOf(state, receiver.opId);
        if (call.method === 'get')
            return receiver;
        if (call.method === 'validate' || call.method === 'validate_exp') {
            if (uses)
                uses.validated = true;
            return { kind: 'none' };
        }
    }
    if (receiver?.kind === 'dict' && call.method === 'update' && call.receiverNode?.type === 'identifier') {
        // payload.update({"exp": …}) / payload.update(exp=…): the bound dict gains the entries
        const first = call.args[0];
        const added = first?.kind === 'dict' ? [...first.entries] : first ? [{ key: null, value: first }] : [];
        for (const [key, value] of call.kwargs)
            added.push({ key, value });
        extendBoundDict(call.receiverNode.text, added, scope);
        return { kind: 'none' };
    }
    return undefined;
}
const jwtRecognizer = {
    onCall(call, lowering, scope) {
        const state = stateOf(lowering);
        const found = resolveApi(call, state);
        if (!found) {
            const imported = importedOperation(call, lowering, scope, state);
            if (imported)
                return imported;
            const value = auxiliaryCall(call, state, scope);
            if (!lowering.isSilent)
                noteArgumentUses(call, lowering, scope);
            return value;
        }
        const { api, entry, instance } = found;
        const id = lowering.newOpId();
        const kwargs = effectiveKwargs(call);
        const options = readOptions(entry, call, kwargs, instance);
        const unverified = entry.kind === 'unverified-decode' || (entry.kind === 'decode' && options.verifySignature === false);
        const kind = entry.kind === 'decode' && unverified ? 'unverified-decode' : entry.kind;
        const result = kind === 'encode' ? issuedToken(api, entry, call, kwargs, scope, lowering) : { kind: 'claims', verified: !unverified && kind !== 'header-peek', opId: id };
        if (lowering.isSilent)
            return result;
        const subject = argument(call, kwargs, entry.subjectArg);
        const keyNode = argumentNode(call, entry.keyArg);
        const algorithms = kind === 'encode' || kind === 'decode' ? readAlgorithms(entry, call, kwargs, instance) : 'not-applicable';
        const op = {
            id,
            kind,
            api,
            library: entry.library,
            loc: lowering.loc(call.node),
            subject,
            key: keyValue(argument(call, kwargs, entry.keyArg), keyNode),
            keyLoc: keyNode ? lowering.loc(keyNode) : undefined,
            algorithms,
            algorithmsFromToken: algorithms !== 'missing' && algorithms !== 'not-applicable' && containsUnverified(algorithms) && !algorithmsChecked(algorithms, state),
            options,
            resultUse: 'unused',
            functionId: scope.fn?.id,
        };
        if (kind === 'encode') {
            op.payloadClaims = entry.library === 'flask-jwt-extended' ? flaskJwtExtendedClaims(kwargs) : entry.library === 'itsdangerous' ? null : payloadClaims(subject);
            op.expiresInSeconds = expirySeconds(entry, subject, kwargs);
            op.tokenType = tokenTypeOf(entry, subject, call, scope);
        }
        state.ops.set(id, op);
        if (entry.needsValidate)
            usesOf(state, id);
        lowering.model.jwtOps.push(op);
        if (scope.fn)
            scope.fn.touchesToken = true;
        // claims handed to a verification call choose its key or issuer; re-signing them is a decision
        for (const [index, value] of call.args.entries())
            recordUse(call.argNodes[index], value, lowering, scope, kind === 'encode' && index === entry.subjectArg[0] ? 'decision' : 'selection');
        for (const [name, value] of call.kwargs)
            recordUse(call.kwargNodes.get(name), value, lowering, scope, kind === 'encode' && name === entry.subjectArg[1] ? 'decision' : 'selection');
        return result;
    },
    onSubscript(node, object, index, lowering, scope) {
        // keys[header["kid"]] chooses a key; USERS[claims["sub"]] looks the caller up
        if (index.kind === 'claims' && object.kind !== 'claims') {
            const indexNode = node.childForFieldName('subscript');
            if (indexNode)
                recordUse(indexNode, index, lowering, scope);
        }
    },
    onCondition(condition, _value, lowering, scope) {
        conditionLeaves(condition, lowering, scope);
    },
    onCompare(node, operator, _left, _right, lowering, scope) {
        const operands = node.namedChildren;
        const values = operands.map((operand) => lowering.evalExpr(operand, scope));
        operands.forEach((operand, index) => {
            const value = values[index];
            if (value.kind !== 'claims')
                return;
            recordUse(operand, value, lowering, scope);
            const other = values[index === 0 ? 1 : index - 1];
            // header["alg"] in ALLOWED / not in ("RS256",): an allow-list check before using the header's alg
            if (index === 0 && (operator === 'in' || operator === 'not in') && fieldRead(operand, lowering, scope) === 'alg' && other?.kind !== 'string') {
                const uses = usesOf(stateOf(lowering), value.opId);
                if (uses)
                    uses.algChecked = true;
            }
        });
    },
    onReturn(node, value, lowering, scope) {
        const expression = node.namedChildren[0];
        if (expression)
            recordUse(expression, value, lowering, scope, undefined, true);
    },
    onAssign(target, value, valueNode, lowering, scope) {
        const state = stateOf(lowering);
        if (target.type === 'subscript' && value.kind === 'bool' && !value.value)
            optInByCaller(target, lowering, scope);
        if (value.kind === 'claims' && target.type === 'identifier') {
            const key = `${scope.fn?.id ?? 0}:${target.text}`;
            if (SELECTION_FIELDS.has(fieldRead(valueNode, lowering, scope) ?? ''))
                state.selectionVars.add(key);
            else
                state.selectionVars.delete(key);
            return;
        }
        // g.user = claims, request.user_id = claims["sub"], session["user"] = …
        if ((target.type === 'attribute' || target.type === 'subscript') && claimsIn(value).length > 0)
            recordUse(valueNode, value, lowering, scope);
    },
    onModuleEnd(lowering) {
        const state = lowering.state.get(STATE_KEY);
        if (!state)
            return;
        const verifiedInFile = [...state.ops.values()].some((op) => op.kind === 'decode');
        for (const op of state.ops.values()) {
            const uses = state.uses.get(op.id);
            if (!uses)
                continue;
            if (uses.decision)
                op.resultUse = 'decision';
            else if (uses.returned) {
                op.resultUse = 'decision';
                op.decidedByReturn = true;
            }
            else if (uses.selection)
                op.resultUse = op.kind === 'header-peek' || verifiedInFile ? 'key-selection' : 'other';
            else if (uses.other)
                op.resultUse = 'other';
            // authlib checks exp only in claims.validate(); when the claims leave the function, the caller may validate
            if (op.library === 'authlib' && op.kind === 'decode' && !uses.validated && !uses.escaped)
                op.options.verifyExp = false;
        }
    },
};
const CHECK_OPTIONS = new Set(['verify_signature', 'verify_exp', 'verify_aud', 'verify_iss']);
/**
 * `if allow_expired: options["verify_exp"] = False`, where allow_expired is a parameter: the
 * caller opts in (a library's own allow_expired switch), so the option is not off as written.
 * The entry is rebound as unknown, named after the parameter.
 */
function optInByCaller(target, lowering, scope) {
    const object = target.childForFieldName('value');
    const key = target.childForFieldName('subscript');
    if (object?.type !== 'identifier' || key?.type !== 'string' || !CHECK_OPTIONS.has((0,syntax/* stringContent */.R)(key)))
        return;
    let def = target.parent;
    const conditions = [];
    for (; def && def.type !== 'function_definition'; def = def.parent) {
        if (def.type === 'if_statement' || def.type === 'elif_clause') {
            const condition = def.childForFieldName('condition');
            if (condition)
                conditions.push(condition);
        }
    }
    const parameters = new Set((def?.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier')))?.text));
    const switchedBy = conditions.flatMap((condition) => identifiersIn(condition)).find((name) => parameters.has(name));
    if (!switchedBy)
        return;
    for (let current = scope; current; current = current.parent) {
        const bound = current.vars.get(object.text);
        if (!bound)
            continue;
        if (bound.kind === 'dict')
            current.vars.set(object.text, { kind: 'dict', entries: bound.entries.map((entry) => (entry.key === (0,syntax/* stringContent */.R)(key) ? { key: entry.key, value: { kind: 'unknown', name: switchedBy } } : entry)) });
        return;
    }
}
function identifiersIn(node) {
    if (node.type === 'identifier')
        return [node.text];
    return node.namedChildren.flatMap(identifiersIn);
}
/** The token an encode returns: an issued token (strong), with its purpose when the code says it. */
function issuedToken(api, entry, call, kwargs, scope, lowering) {
    const purpose = tokenTypeOf(entry, argument(call, kwargs, entry.subjectArg), call, scope);
    return { kind: 'token', source: { kind: 'issued', name: `${api}()`, loc: lowering.loc(call.node), strength: 'strong', ...(purpose ? { purpose } : {}) }, transforms: [] };
}
function extendBoundDict(name, added, scope) {
    for (let current = scope; current; current = current.parent) {
        const bound = current.vars.get(name);
        if (!bound)
            continue;
        if (bound.kind === 'dict')
            current.vars.set(name, { kind: 'dict', entries: [...bound.entries, ...added] });
        return;
    }
}
function algorithmsChecked(algorithms, state) {
    const opIds = claimsIn(algorithms);
    return opIds.length > 0 && opIds.every((opId) => state.uses.get(opId)?.algChecked === true);
}
function flaskJwtExtendedClaims(kwargs) {
    const claims = ['sub', 'iat', 'nbf', 'jti', 'type', 'fresh'];
    if (boolOf(kwargs.get('expires_delta')) !== false)
        claims.push('exp');
    return claims;
}
function holdsClaims(value) {
    return value.kind === 'claims' || ((value.kind === 'list' || value.kind === 'dict') && claimsIn(value).length > 0);
}
/** Names that hold the key a verified decode will use. */
const KEY_TARGET = /^(?:\w+_)?(?:key|secret|jwk|jwks|cert|certificate)$/i;
/** Callbacks and helpers that choose a verification key from a token's (unverified) header and claims. */
const KEY_SELECTING_CALL = /(?:key|secret|jwks?|cert)_?(?:callback|loader|resolver|lookup|provider|getter|for|from)(?:_|$)|^_*(?:get|find|resolve|select|load|fetch|lookup|pick|choose)_(?:(?:signing|public|verification|verify|decode|decoding|jwt|token|jws|rsa|hmac|issuer|tenant)_)?(?:key|secret|jwks?|cert|certificate)s?$/i;
/** The claims go to a call that picks the key (`secret = self._decode_key_callback(header, claims)`), not to a decision. */
function selectsKey(call) {
    if (call.method && KEY_SELECTING_CALL.test(call.method))
        return true;
    const parent = call.node.parent;
    const target = parent?.type === 'assignment' && parent.childForFieldName('right')?.id === call.node.id ? parent.childForFieldName('left') : undefined;
    return target?.type === 'identifier' && KEY_TARGET.test(target.text);
}
/** Claims reaching a call's arguments: a lookup or a check unless the call only logs, inspects or picks the key. */
function noteArgumentUses(call, lowering, scope) {
    if (!call.args.some(holdsClaims) && ![...call.kwargs.values()].some(holdsClaims))
        return;
    const forced = isLoggingCall(call) ? 'other' : selectsKey(call) ? 'selection' : undefined;
    call.args.forEach((value, index) => recordUse(call.argNodes[index], value, lowering, scope, forced));
    for (const [name, value] of call.kwargs)
        recordUse(call.kwargNodes.get(name), value, lowering, scope, forced);
}
function conditionLeaves(node, lowering, scope) {
    if (node.type === 'not_operator' || node.type === 'boolean_operator' || node.type === 'parenthesized_expression') {
        for (const child of node.namedChildren)
            conditionLeaves(child, lowering, scope);
        return;
    }
    if (node.type === 'comparison_operator')
        return; // onCompare saw it
    recordUse(node, lowering.evalExpr(node, scope), lowering, scope);
}

;// CONCATENATED MODULE: ./src/lang/python/catalog/lifetimes.ts

/** Settings whose plain number means seconds (flask-jwt-extended accepts an int) or a timedelta. */
const EXACT_SETTINGS = {
    JWT_ACCESS_TOKEN_EXPIRES: 'access',
    JWT_REFRESH_TOKEN_EXPIRES: 'refresh',
    JWT_EXPIRATION_DELTA: 'access',
    JWT_REFRESH_EXPIRATION_DELTA: 'refresh',
};
/** Keys of settings dicts: simplejwt (SIMPLE_JWT, NINJA_JWT), djangorestframework-jwt (JWT_AUTH), graphql-jwt. */
const SETTINGS_DICTS = new Set(['SIMPLE_JWT', 'NINJA_JWT', 'JWT_AUTH', 'GRAPHQL_JWT']);
const DICT_KEYS = {
    ACCESS_TOKEN_LIFETIME: 'access',
    REFRESH_TOKEN_LIFETIME: 'refresh',
    SLIDING_TOKEN_LIFETIME: 'access',
    SLIDING_TOKEN_REFRESH_LIFETIME: 'refresh',
    JWT_EXPIRATION_DELTA: 'access',
    JWT_REFRESH_EXPIRATION_DELTA: 'refresh',
};
/** `ACCESS_TOKEN_EXPIRE_MINUTES = 30`, `refresh_token_expire_days: int = 7`: the unit is in the name. */
const UNIT_NAME = /^(?:jwt_)?(access|refresh)_token_(?:expires?|expiry|expiration|lifetime|ttl)_(seconds|minutes|hours|days)$/i;
const UNIT_SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
function settingSeconds(value, unitSeconds) {
    if (value.kind === 'bool' && !value.value && unitSeconds === undefined)
        return false;
    if (value.kind === 'duration' && unitSeconds === undefined)
        return value.seconds;
    if (value.kind === 'number' && value.value > 0)
        return value.value * (unitSeconds ?? 1);
    return undefined;
}
/** The setting a name stands for, with its token type and, for unit-suffixed constants, the unit. */
function settingFor(name) {
    const exact = EXACT_SETTINGS[name];
    if (exact)
        return { tokenType: exact };
    const match = UNIT_NAME.exec(name);
    if (match)
        return { tokenType: match[1].toLowerCase() === 'refresh' ? 'refresh' : 'access', unitSeconds: UNIT_SECONDS[match[2].toLowerCase()] };
    return undefined;
}
function record(lowering, name, value, node) {
    const setting = settingFor(name);
    if (!setting)
        return;
    const seconds = settingSeconds(value, setting.unitSeconds);
    if (seconds === undefined)
        return;
    lowering.model.lifetimes.push({ name, value: seconds, loc: lowering.loc(node), tokenType: setting.tokenType });
}
/** The name an assignment target sets: `X`, `self.X`, `app.config["X"]`, `settings.X`. */
function targetName(target) {
    if (target.type === 'identifier')
        return target.text;
    if (target.type === 'attribute')
        return target.childForFieldName('attribute')?.text;
    if (target.type === 'subscript') {
        const index = target.childForFieldName('subscript');
        return index?.type === 'string' ? (0,syntax/* stringContent */.R)(index) : undefined;
    }
    return undefined;
}
function recordSettingsDict(lowering, dictName, dictNode, value) {
    if (value.kind !== 'dict' || dictNode.type !== 'dictionary')
        return;
    for (const pair of dictNode.namedChildren) {
        if (pair.type !== 'pair')
            continue;
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        if (keyNode?.type !== 'string' || !valueNode)
            continue;
        const key = (0,syntax/* stringContent */.R)(keyNode);
        const tokenType = DICT_KEYS[key];
        if (!tokenType)
            continue;
        const entry = value.entries.find((candidate) => candidate.key === key);
        const seconds = entry ? settingSeconds(entry.value, undefined) : undefined;
        if (seconds !== undefined)
            lowering.model.lifetimes.push({ name: `${dictName}["${key}"]`, value: seconds, loc: lowering.loc(valueNode), tokenType });
    }
}
const lifetimesRecognizer = {
    onAssign(target, value, valueNode, lowering) {
        const name = targetName(target);
        if (!name)
            return;
        if (SETTINGS_DICTS.has(name)) {
            recordSettingsDict(lowering, name, valueNode, value);
            return;
        }
        record(lowering, name, value, valueNode);
    },
    onCall(call, lowering, scope) {
        // app.config.update(JWT_ACCESS_TOKEN_EXPIRES=…), app.config.from_mapping(…)
        if (lowering.isSilent || (call.method !== 'update' && call.method !== 'from_mapping'))
            return undefined;
        const receiver = call.receiverNode?.text ?? '';
        if (!/config$/i.test(receiver))
            return undefined;
        for (const [name, value] of call.kwargs)
            record(lowering, name, value, call.kwargNodes.get(name));
        const mapping = call.argNodes[0];
        if (mapping?.type === 'dictionary') {
            for (const pair of mapping.namedChildren) {
                const keyNode = pair.type === 'pair' ? pair.childForFieldName('key') : null;
                const valueNode = pair.childForFieldName('value');
                if (keyNode?.type === 'string' && valueNode)
                    record(lowering, (0,syntax/* stringContent */.R)(keyNode), lowering.evalExpr(valueNode, scope), valueNode);
            }
        }
        return undefined;
    },
};

;// CONCATENATED MODULE: ./src/lang/python/catalog/secrets.ts

const secrets_STATE_KEY = 'secrets';
/**
 * Names of settings that hold a secret (Flask, flask-jwt-extended, Django, pydantic settings,
 * config classes): SECRET_KEY, JWT_SECRET, STRIPE_SECRET_KEY, SIGNING_KEY, API_KEY…
 */
const SETTING_NAME = /(?:^|_)secret(?:_|$)|(?:^|_)(?:signing|private|hmac|jwt|token|session|encryption|api|master)_?key$|^(?:secret|signing|private)_?key$/i;
/** Names that are about a secret without holding one: its file, variable, header, algorithm, the public half. */
const NOT_SETTING_NAME = /public|(?:^|_)(?:name|env|var|header|path|file|url|uri|id|prefix|suffix|algorithm|alg|ttl|expiry|expires|lifetime|length|len|location|type|field|fallbacks?|rotation|version)$/i;
/** Keys of framework settings dicts that hold the signing secret. */
const SETTINGS_DICT_KEYS = {
    SIMPLE_JWT: ['SIGNING_KEY'],
    NINJA_JWT: ['SIGNING_KEY'],
    JWT_AUTH: ['JWT_SECRET_KEY', 'JWT_PRIVATE_KEY'],
    GRAPHQL_JWT: ['JWT_SECRET_KEY', 'JWT_PRIVATE_KEY'],
};
/** Flask `app.config[...]` keys that hold a signing secret: the known ones, and any named like a secret. */
const CONFIG_KEYS = new Set(['SECRET_KEY', 'JWT_SECRET_KEY', 'JWT_PRIVATE_KEY', 'JWT_SECRET', 'SECURITY_PASSWORD_SALT']);
function isSecretSetting(name) {
    return CONFIG_KEYS.has(name) || (SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name));
}
/** Names that hold a secret or static credential (for env lookups with a literal fallback). */
const SECRETISH_NAME = /(?:^|_)(?:secret|secret_key|signing_key|private_key|hmac_key|jwt_key|api_key|apikey)$|(?:^|_)secret(?:_|$)|(?:^|_)(?:auth|admin|service|static|master|api|bearer|access)_token$/i;
const NOT_SECRET_NAME = /(?:^|_)(?:name|env|var|header|path|file|url|uri|id|len|length|type|field|prefix|fallbacks?|algorithm|alg|ttl|expiry|lifetime)$/i;
/** Module-level assignments that mark a Django or Flask settings module. */
const SETTINGS_MARKERS = new Set(['INSTALLED_APPS', 'ROOT_URLCONF', 'MIDDLEWARE', 'DATABASES', 'WSGI_APPLICATION', 'ALLOWED_HOSTS', 'AUTH_USER_MODEL']);
const SETTINGS_FILE = /(?:^|\/)(?:settings[^/]*|[^/]*_settings|config|conf|local_settings|production|prod|dev|development|base)\.py$|(?:^|\/)settings\//;
/** itsdangerous classes whose first argument is the secret key. */
const ITSDANGEROUS_CLASSES = new Set(['Serializer', 'URLSafeSerializer', 'TimedSerializer', 'URLSafeTimedSerializer', 'Signer', 'TimestampSigner', 'JSONWebSignatureSerializer', 'TimedJSONWebSignatureSerializer']);
function secrets_stateOf(lowering) {
    let state = lowering.state.get(secrets_STATE_KEY);
    if (!state) {
        state = { literals: new Map(), moduleSettings: [], settingsMarkers: false, recorded: new Set() };
        lowering.state.set(secrets_STATE_KEY, state);
    }
    return state;
}
function isPlainString(node) {
    if (node.type === 'concatenated_string')
        return node.namedChildren.every(isPlainString);
    return node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation');
}
/** A PEM public key or certificate is not a secret, wherever it is written. */
function isPublicMaterial(text) {
    return /-----BEGIN (?:RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|^ssh-(?:rsa|ed25519) /.test(text);
}
/** A value worth recording: a non-empty literal, or an env lookup with a non-empty literal fallback. */
function secretLiteral(value) {
    const literal = value.kind === 'env' ? value.fallback : value;
    return literal?.kind === 'string' && literal.value.trim() !== '' && !isPublicMaterial(literal.value);
}
/** Where the literal behind `node` is written: the node itself, or the constant it names. */
function originOf(node, value, state, lowering) {
    if (!secretLiteral(value))
        return undefined;
    if (isPlainString(node) || (value.kind === 'env' && (node.type === 'call' || node.type === 'boolean_operator')))
        return { value, loc: lowering.loc(node) };
    const imported = value.kind === 'string' || value.kind === 'env' ? value.from : undefined;
    if (imported)
        return { value, loc: lowering.loc(node), definedIn: imported };
    const name = (0,syntax/* dottedName */._)(node);
    const bound = name ? state.literals.get(name) : undefined;
    // the constant must still hold the same literal (a rebinding would have replaced it)
    return bound && sameLiteral(bound.value, value) ? bound : undefined;
}
function sameLiteral(a, b) {
    if (a.kind === 'string' && b.kind === 'string')
        return a.value === b.value;
    if (a.kind === 'env' && b.kind === 'env')
        return a.name === b.name && a.fallback?.kind === 'string' && b.fallback?.kind === 'string' && a.fallback.value === b.fallback.value;
    return false;
}
function secrets_record(lowering, state, binding) {
    const key = `${binding.loc.line}:${binding.loc.column}`;
    if (state.recorded.has(key))
        return;
    state.recorded.add(key);
    lowering.model.secrets.push(binding);
}
function contextFor(value, context) {
    return value.kind === 'env' ? 'env-fallback' : context;
}
/** The class a statement-level assignment sits in, if any (`class Config: SECRET_KEY = …`). */
function enclosingClass(target) {
    const statement = target.parent?.parent;
    const block = statement?.parent;
    const owner = block?.parent;
    return statement?.type === 'expression_statement' && block?.type === 'block' && owner?.type === 'class_definition' ? owner : undefined;
}
function isModuleLevel(target) {
    const statement = target.parent?.parent;
    return statement?.type === 'expression_statement' && statement.parent?.type === 'module';
}
function isConfigClass(cls) {
    const name = cls.childForFieldName('name')?.text ?? '';
    const bases = cls.childForFieldName('superclasses')?.text ?? '';
    // ProductionConfig, Settings, AppConf: the name ends with it (ConfigProvider, SettingsLoader do not)
    return /(?:config|settings|conf)$/i.test(name) || /Settings|Config/.test(bases);
}
function onIdentifierAssign(target, value, valueNode, lowering, state) {
    const name = target.text;
    if (isModuleLevel(target) && SETTINGS_MARKERS.has(name))
        state.settingsMarkers = true;
    const origin = originOf(valueNode, value, state, lowering);
    if (!origin) {
        state.literals.delete(name);
        if (valueNode.type === 'dictionary' && SETTINGS_DICT_KEYS[name])
            secrets_recordSettingsDict(name, valueNode, value, lowering, state);
        else if (value.kind === 'env' && isSecretName(name))
            recordGeneratedFallback(name, target, value, valueNode, lowering, state);
        else if (valueNode.type === 'dictionary' && !REJECT_LIST_NAME.test(name))
            recordCredentialEntries(valueNode, value, lowering, state);
        return;
    }
    state.literals.set(name, origin);
    const direct = origin.loc.line === lowering.loc(valueNode).line && origin.loc.column === lowering.loc(valueNode).column;
    if (!direct)
        return; // `KEY = SECRET`: the binding, if any, is recorded where the literal is
    const cls = enclosingClass(target);
    const setting = SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name);
    if (setting && cls && isConfigClass(cls)) {
        const className = cls.childForFieldName('name')?.text ?? 'Config';
        secrets_record(lowering, state, { name: `${className}.${name}`, value, loc: origin.loc, context: contextFor(value, 'setting') });
    }
    else if (setting && isModuleLevel(target) && value.kind === 'string') {
        state.moduleSettings.push({ name, value, loc: origin.loc, context: 'setting' });
    }
    else if (value.kind === 'env' && isSecretName(name)) {
        secrets_record(lowering, state, { name, value, loc: origin.loc, context: 'env-fallback' });
    }
    else if (value.kind === 'string' && isOutgoingCredential(value.value, name)) {
        secrets_record(lowering, state, { name, value, loc: origin.loc, context: 'credential' });
    }
}
function isSecretName(name) {
    return (SECRETISH_NAME.test(name) && !NOT_SECRET_NAME.test(name)) || (SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name));
}
// ---- generated fallbacks ----
/** Python's `random` module: a Mersenne Twister, predictable and not meant for secrets. */
const WEAK_RANDOM = /^random\.(?:choices|choice|randint|randrange|random|getrandbits|sample|randbytes|shuffle)$/;
const STRONG_RANDOM = /^(?:secrets\.|os\.urandom$|random\.SystemRandom|uuid\.uuid4$|Crypto\.Random|nacl\.utils\.random$)/;
/** The `random.*` call behind an expression or a helper defined in this file, with the length it draws (`k=6`, `range(6)`). */
function weakGenerator(node, lowering, depth = 0) {
    if (!node || depth > 2)
        return undefined;
    let found;
    let strong = false;
    const visit = (current) => {
        if (current.type === 'call') {
            const fn = current.childForFieldName('function');
            const callee = fn ? lowering.qualifiedName(fn) : undefined;
            if (callee && STRONG_RANDOM.test(callee))
                strong = true;
            else if (callee && WEAK_RANDOM.test(callee)) {
                const k = current.childForFieldName('arguments')?.namedChildren.find((argument) => argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'k')?.childForFieldName('value');
                found ??= { api: callee, ...(k?.type === 'integer' ? { length: Number(k.text) } : {}) };
            }
            else if (callee === 'range' && found && found.length === undefined) {
                const bound = current.childForFieldName('arguments')?.namedChildren[0];
                if (bound?.type === 'integer')
                    found.length = Number(bound.text);
            }
            else if (callee && !callee.includes('.') && lowering.functionDefs.has(callee)) {
                const inner = weakGenerator(lowering.functionDefs.get(callee).childForFieldName('body') ?? undefined, lowering, depth + 1);
                if (inner)
                    found ??= inner;
            }
        }
        for (const child of current.namedChildren)
            if (child.type !== 'lambda')
                visit(child);
    };
    visit(node);
    return strong ? undefined : found;
}
/** `JWT_SECRET = os.getenv("JWT_SECRET", generate_random_secret())` where the helper draws from `random`. */
function recordGeneratedFallback(name, target, value, valueNode, lowering, state) {
    const fallbackNode = valueNode.type === 'boolean_operator'
        ? (valueNode.childForFieldName('right') ?? undefined)
        : valueNode.type === 'call'
            ? (valueNode.childForFieldName('arguments')?.namedChildren.filter((argument) => argument.type !== 'keyword_argument' && argument.type !== 'comment')[1] ??
                valueNode.childForFieldName('arguments')?.namedChildren.find((argument) => argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'default')?.childForFieldName('value') ??
                undefined)
            : undefined;
    const generated = weakGenerator(fallbackNode ?? undefined, lowering);
    if (!generated)
        return;
    const cls = enclosingClass(target);
    const qualified = cls && isConfigClass(cls) ? `${cls.childForFieldName('name')?.text ?? 'Config'}.${name}` : name;
    secrets_record(lowering, state, { name: qualified, value, loc: lowering.loc(valueNode), context: 'env-fallback', generated });
}
// ---- static credentials ----
/** A JWT written out: three base64url parts, the first two JSON objects (`eyJ…`). */
const JWT_LITERAL = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}$/;
/** An Authorization header value with the credential in it. */
const AUTH_HEADER_LITERAL = /^(?:Bearer|Token|Basic|JWT|Api-Key|ApiKey)\s+[\w.~+/=-]{16,}$/i;
/** Names of headers, keywords and attributes that carry an outgoing credential. */
const CREDENTIAL_KEY = /^(?:authorization|x-api-key|x-auth-token|x-access-token)$|(?:^|[-_])(?:api[-_]?key|apikey|access[-_]?token|auth[-_]?token|api[-_]?token|bearer[-_]?token|client[-_]?secret|private[-_]?token|subscription[-_]?key|token)$/i;
/** Dicts and lists kept to reject known placeholders (`PLACEHOLDER_SECRETS = {...}`). */
const REJECT_LIST_NAME = /placeholder|default|insecure|weak|reject|forbidden|banned|known|blocked|invalid|example|sample|dummy/i;
const PLACEHOLDER_WORD = /your|example|change|replace|xxx|placeholder|dummy|sample|fake|insert|<|\{/i;
/** A long, mixed, random-looking literal: what an API key or token looks like, not a word or a path. */
function looksLikeCredential(text) {
    if (text.length < 16 || /\s/.test(text) || !/[A-Za-z]/.test(text) || !/\d/.test(text) || PLACEHOLDER_WORD.test(text))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('/') || /^[\d.:-]+$/.test(text))
        return false;
    return new Set(text).size >= 10;
}
/** A credential sent by this code: a JWT or Authorization value anywhere, or a credential-looking literal under a credential name. */
function isOutgoingCredential(text, name) {
    const trimmed = text.trim();
    if (JWT_LITERAL.test(trimmed))
        return true;
    if (AUTH_HEADER_LITERAL.test(trimmed))
        return !PLACEHOLDER_WORD.test(trimmed.replace(/^\S+\s+/, ''));
    const last = name?.replace(/^.*[.[]["']?|["']?\]$/g, '');
    return last !== undefined && CREDENTIAL_KEY.test(last) && looksLikeCredential(trimmed);
}
/** `headers={"Authorization": "Bearer eyJ…"}`, `{"api_key": "…"}` in a call or an assignment. */
function recordCredentialEntries(dict, value, lowering, state, owner) {
    // the cheap test on the evaluated dict first: most dicts hold no credential-looking literal
    if (value.kind !== 'dict' || !value.entries.some((entry) => entry.key !== null && entry.value.kind === 'string' && isOutgoingCredential(entry.value.value, entry.key)))
        return;
    for (const pair of dict.namedChildren) {
        if (pair.type !== 'pair')
            continue;
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        if (keyNode?.type !== 'string' || !valueNode || !isPlainString(valueNode))
            continue;
        const key = (0,syntax/* stringContent */.R)(keyNode);
        const entry = value.entries.find((candidate) => candidate.key === key)?.value;
        if (entry?.kind !== 'string' || !isOutgoingCredential(entry.value, key))
            continue;
        secrets_record(lowering, state, { name: `the "${key}" value${owner ? ` passed to ${owner}` : ''}`, value: entry, loc: lowering.loc(valueNode), context: 'credential' });
    }
}
/** `requests.get(url, headers={...})`, `Client(api_key="…")`: credentials written into a call's arguments. */
function onCredentialArguments(call, lowering, state) {
    const api = call.callee ?? call.method ?? 'a call';
    for (const [keyword, node] of call.kwargNodes) {
        const value = call.kwargs.get(keyword);
        if (!value)
            continue;
        if (node.type === 'dictionary')
            recordCredentialEntries(node, value, lowering, state, api);
        else if (value.kind === 'string' && isPlainString(node) && isOutgoingCredential(value.value, keyword)) {
            secrets_record(lowering, state, { name: `the ${keyword} passed to ${api}`, value, loc: lowering.loc(node), context: 'credential' });
        }
    }
    call.argNodes.forEach((node, index) => {
        const value = call.args[index];
        if (value && node.type === 'dictionary')
            recordCredentialEntries(node, value, lowering, state, api);
    });
}
// ---- credentials checked against a literal ----
const COMPARE_CALLS = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
/** Parts of a presented credential that are not secret. */
const NOT_SECRET_PART = new Set(['first-part', '.username', '.type', '.scheme', '.realm']);
const SENTINEL_LITERAL = /^(?:bearer|basic|token|jwt|digest|null|undefined|none|nil|false|true|0|-1)$/i;
/** A credential the request presented (a header, query, cookie, form field or security scheme), not a name-only token or a claim of one. */
function presentedCredential(value) {
    if (value?.kind !== 'token' || value.source.strength !== 'strong' || value.source.kind === 'issued')
        return false;
    return !value.transforms.some((transform) => NOT_SECRET_PART.has(transform));
}
/** `secrets.compare_digest(presented, b"swordfish")`, `if token == "s3cr3t-api-token"`: the literal is a static credential. */
function onComparedLiteral(presented, otherNode, other, lowering, state) {
    if (!otherNode || !other || !presentedCredential(presented))
        return;
    const origin = originOf(otherNode, other, state, lowering);
    if (origin?.value.kind !== 'string')
        return;
    const literal = origin.value.value.trim();
    if (literal.length < 6 || /\s/.test(literal) || SENTINEL_LITERAL.test(literal))
        return;
    const direct = isPlainString(otherNode);
    const name = direct ? 'the credential the presented token is compared with' : ((0,syntax/* dottedName */._)(otherNode) ?? 'a constant');
    secrets_record(lowering, state, { name, value: origin.value, loc: origin.loc, context: 'credential' });
}
/** `SIMPLE_JWT = {"SIGNING_KEY": "…"}` and the like. */
function secrets_recordSettingsDict(dictName, dict, value, lowering, state) {
    if (value.kind !== 'dict')
        return;
    const keys = SETTINGS_DICT_KEYS[dictName] ?? [];
    for (const pair of dict.namedChildren) {
        if (pair.type !== 'pair')
            continue;
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        if (!keyNode || !valueNode || keyNode.type !== 'string' || !keys.includes((0,syntax/* stringContent */.R)(keyNode)))
            continue;
        const key = (0,syntax/* stringContent */.R)(keyNode);
        const entry = value.entries.find((candidate) => candidate.key === key)?.value;
        if (!entry)
            continue;
        const origin = originOf(valueNode, entry, state, lowering);
        if (origin)
            secrets_record(lowering, state, { name: `${dictName}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
    }
}
/** `app.config["SECRET_KEY"] = …`, `app.secret_key = …`, `settings.SECRET_KEY = …`, `headers["Authorization"] = "Bearer …"`. */
function onTargetAssign(target, value, valueNode, lowering, state) {
    const name = (0,syntax/* dottedName */._)(target);
    if (!name)
        return;
    const configKey = /(?:^|\.)config\["([A-Za-z_]+)"\]$/.exec(name)?.[1];
    const isSetting = configKey !== undefined ? isSecretSetting(configKey) : /\.(?:secret_key|SECRET_KEY|JWT_SECRET_KEY|jwt_secret_key)$/.test(name);
    if (!isSetting) {
        if (value.kind === 'string' && isPlainString(valueNode) && isOutgoingCredential(value.value, name))
            secrets_record(lowering, state, { name, value, loc: lowering.loc(valueNode), context: 'credential' });
        return;
    }
    const origin = originOf(valueNode, value, state, lowering);
    if (origin)
        secrets_record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting'), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
}
/** `app.config.update(SECRET_KEY="…")`, `app.config.from_mapping({...})`. */
function onConfigUpdate(call, lowering, state) {
    const owner = call.receiverNode ? (0,syntax/* dottedName */._)(call.receiverNode) : undefined;
    if (!owner || !/(?:^|\.)config$/.test(owner))
        return;
    for (const [key, valueNode] of call.kwargNodes) {
        const value = call.kwargs.get(key);
        if (!value || !isSecretSetting(key))
            continue;
        const origin = originOf(valueNode, value, state, lowering);
        if (origin)
            secrets_record(lowering, state, { name: `${owner}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
    }
    const dict = call.argNodes[0];
    const dictValue = call.args[0];
    if (dict?.type !== 'dictionary' || dictValue?.kind !== 'dict')
        return;
    for (const pair of dict.namedChildren) {
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        if (pair.type !== 'pair' || keyNode?.type !== 'string' || !valueNode)
            continue;
        const key = (0,syntax/* stringContent */.R)(keyNode);
        const value = dictValue.entries.find((entry) => entry.key === key)?.value;
        if (!value || !isSecretSetting(key))
            continue;
        const origin = originOf(valueNode, value, state, lowering);
        if (origin)
            secrets_record(lowering, state, { name: `${owner}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
    }
}
/** The key argument of a call: its node and value, by position or keyword. */
function keyArgument(call, index, keyword) {
    const byKeyword = call.kwargNodes.get(keyword);
    if (byKeyword)
        return [byKeyword, call.kwargs.get(keyword)];
    const node = call.argNodes[index];
    const value = call.args[index];
    return node && value ? [node, value] : undefined;
}
function recordKey(call, argument, lowering, state) {
    const [node, value] = argument;
    const origin = originOf(node, value, state, lowering);
    if (!origin)
        return;
    const direct = !origin.definedIn && origin.loc.line === lowering.loc(node).line && origin.loc.column === lowering.loc(node).column;
    const api = call.callee ?? call.method ?? 'the call';
    const name = direct ? `the key passed to ${api}` : ((0,syntax/* dottedName */._)(node) ?? 'a constant');
    secrets_record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, direct ? 'key-argument' : 'constant-used-as-key'), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
}
/** A JWT call just recorded by the JWT recognizer (which runs before this one) for this call node. */
function jwtKeyArgument(call, lowering) {
    const op = lowering.model.jwtOps.at(-1);
    const loc = lowering.loc(call.node);
    if (!op?.keyLoc || op.loc.line !== loc.line || op.loc.column !== loc.column)
        return undefined;
    const keyLoc = op.keyLoc;
    const candidates = [...call.argNodes.map((node, index) => [node, call.args[index]]), ...[...call.kwargNodes].map(([keyword, node]) => [node, call.kwargs.get(keyword)])];
    for (const [node, value] of candidates) {
        if (value && node.startPosition.row + 1 === keyLoc.line && node.startPosition.column + 1 === keyLoc.column)
            return [node, value];
    }
    return undefined;
}
const secretsRecognizer = {
    onAssign(target, value, valueNode, lowering, _scope) {
        const state = secrets_stateOf(lowering);
        if (target.type === 'identifier')
            onIdentifierAssign(target, value, valueNode, lowering, state);
        else if (target.type === 'subscript' || target.type === 'attribute')
            onTargetAssign(target, value, valueNode, lowering, state);
    },
    onCall(call, lowering, _scope) {
        if (lowering.isSilent)
            return undefined;
        const state = secrets_stateOf(lowering);
        if (call.method === 'update' || call.method === 'from_mapping') {
            onConfigUpdate(call, lowering, state);
            return undefined;
        }
        const jwtKey = jwtKeyArgument(call, lowering);
        if (jwtKey) {
            recordKey(call, jwtKey, lowering, state);
            return undefined;
        }
        // hmac.new(b"literal", msg, sha256): the literal is the MAC key
        if (call.callee === 'hmac.new' || call.callee === 'hmac.HMAC' || call.callee === 'hmac.digest') {
            const key = keyArgument(call, 0, 'key');
            if (key)
                recordKey(call, key, lowering, state);
            return undefined;
        }
        if (call.callee && COMPARE_CALLS.has(call.callee)) {
            const [first, second] = call.args;
            onComparedLiteral(first, call.argNodes[1], second, lowering, state);
            onComparedLiteral(second, call.argNodes[0], first, lowering, state);
            return undefined;
        }
        if (call.kwargNodes.size > 0 || call.argNodes.some((node) => node.type === 'dictionary'))
            onCredentialArguments(call, lowering, state);
        if (call.callee?.startsWith('itsdangerous.') && ITSDANGEROUS_CLASSES.has(call.callee.slice('itsdangerous.'.length))) {
            const key = keyArgument(call, 0, 'secret_key');
            if (key)
                recordKey(call, key, lowering, state);
        }
        return undefined;
    },
    onCompare(node, operator, left, right, lowering) {
        if (lowering.isSilent || (operator !== '==' && operator !== '!='))
            return;
        const operands = node.namedChildren;
        if (operands.length !== 2)
            return;
        const state = secrets_stateOf(lowering);
        onComparedLiteral(left, operands[1], right, lowering, state);
        onComparedLiteral(right, operands[0], left, lowering, state);
    },
    onModuleEnd(lowering) {
        const state = lowering.state.get(secrets_STATE_KEY);
        if (!state || state.moduleSettings.length === 0)
            return;
        if (!state.settingsMarkers && !SETTINGS_FILE.test(lowering.model.file))
            return;
        for (const binding of state.moduleSettings)
            secrets_record(lowering, state, binding);
        lowering.model.secrets.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    },
};

// EXTERNAL MODULE: ./src/model/values.ts
var model_values = __webpack_require__(855);
;// CONCATENATED MODULE: ./src/lang/python/catalog/sinks.ts


// ---- logs ----
const sinks_LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg', 'trace', 'success']);
/** Receivers that are loggers by name: `logger`, `log`, `self.logger`, `app.logger`, `current_app.logger`, `LOG`. */
const LOGGER_NAME = /^(?:_{0,2}log|_{0,2}logger|log_?|logging|(?:audit|access|security|app|request|auth|error|event)_?log(?:ger)?|structlog)$/i;
/** Calls that make a logger: `logging.getLogger(__name__)`, `structlog.get_logger()`, `logger.bind(user=…)`. */
const LOGGER_FACTORY = /(?:^|\.)(?:getLogger|get_logger|getChild|bind|new|opt|LoggerAdapter|Logger|wrap_logger)\(\)$/;
/** Whole calls that write to a log or the console. */
const OUTPUT_CALLS = new Set(['print', 'pprint', 'pprint.pprint', 'sys.stdout.write', 'sys.stderr.write', 'sys.stdout.writelines', 'sys.stderr.writelines', 'click.echo', 'click.secho', 'typer.echo', 'warnings.warn']);
// ---- responses ----
/** Top-level modules whose response classes and helpers send their arguments to the client. */
const WEB_MODULES = new Set(['flask', 'fastapi', 'starlette', 'django', 'rest_framework', 'werkzeug', 'quart', 'sanic', 'aiohttp', 'falcon', 'tornado', 'litestar', 'ninja', 'apiflask', 'flask_restful', 'flask_restx']);
const RESPONSE_CALLS = new Set([
    'jsonify',
    'make_response',
    'Response',
    'JSONResponse',
    'ORJSONResponse',
    'UJSONResponse',
    'PlainTextResponse',
    'HTMLResponse',
    'HttpResponse',
    'JsonResponse',
    'HttpResponseBadRequest',
    'HttpResponseForbidden',
    'json_response',
    'json',
    'text',
    'html',
    'HTTPException',
    'abort',
    'AuthenticationFailed',
    'NotAuthenticated',
    'PermissionDenied',
    'ValidationError',
    'HTTPUnauthorized',
    'HTTPForbidden',
    'HTTPBadRequest',
    'Unauthorized',
    'Forbidden',
    'BadRequest',
    'SanicException',
]);
/** Decorator methods that register a route handler whose return value is the response body. */
const ROUTE_METHODS = new Set(['route', 'api_route', 'get', 'post', 'put', 'patch', 'delete']);
/** Calls whose string result contains their argument. */
const SERIALIZERS = new Set(['json.dumps', 'orjson.dumps', 'ujson.dumps', 'simplejson.dumps', 'pprint.pformat', 'base64.b64encode', 'base64.urlsafe_b64encode']);
// ---- URLs ----
const HTTP_CLIENT_MODULES = new Set(['requests', 'httpx', 'urllib3', 'aiohttp', 'urllib']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream', 'urlopen', 'Request', 'fetch', 'ws_connect', 'websocket_connect']);
/** Receivers named like an HTTP client or session. */
const HTTP_CLIENT_NAME = /^(?:http|https|http_client|client|async_client|session|http_session|s)$/;
const HTTP_CLIENT_FACTORY = /^(?:requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession|urllib3\.PoolManager)\(\)$/;
const REDIRECT_CALLS = new Set(['redirect', 'RedirectResponse', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'HTTPFound', 'HTTPSeeOther', 'HTTPTemporaryRedirect']);
/** URL builders whose keyword arguments become query or path parameters. */
const URL_FOR_CALLS = new Set(['flask.url_for', 'url_for', 'django.urls.reverse', 'reverse', 'request.url_for', 'request.url.include_query_params']);
const URLENCODE_CALLS = new Set(['urllib.parse.urlencode', 'urllib.urlencode', 'urlencode', 'urllib.parse.quote', 'urllib.parse.quote_plus', 'yarl.URL.with_query', 'furl.furl.add']);
// ---- cache keys ----
/** Methods whose first argument is a key. */
const KEY_METHODS = new Set([
    'get',
    'set',
    'add',
    'setex',
    'psetex',
    'setnx',
    'getset',
    'getdel',
    'getex',
    'delete',
    'delete_many',
    'unlink',
    'exists',
    'expire',
    'expireat',
    'pexpire',
    'ttl',
    'pttl',
    'incr',
    'incrby',
    'decr',
    'hset',
    'hget',
    'hgetall',
    'hdel',
    'hmset',
    'hincrby',
    'sadd',
    'srem',
    'sismember',
    'lpush',
    'rpush',
    'zadd',
    'touch',
    'pop',
    'setdefault',
    'get_or_set',
    'has_key',
]);
/** Methods whose second argument is also a key (hash fields). */
const FIELD_METHODS = new Set(['hset', 'hget', 'hdel', 'hincrby', 'hexists']);
/** Receivers named like a cache or key-value store. */
const CACHE_NAME = /^(?:r|rds|redis\w*|\w*_redis|redis_?(?:client|conn|pool)|\w*cache\w*|kv|\w*_kv|store|\w*_store|memcache[d]?|mc|pipe|pipeline|\w*(?:blacklist|denylist|blocklist|revoked|revocations)\w*|limiter|rate_limiter)$/i;
const CACHE_FACTORY = /^(?:redis\.(?:Redis|StrictRedis|from_url|Redis\.from_url|StrictRedis\.from_url|asyncio\.Redis|asyncio\.from_url|asyncio\.Redis\.from_url)|aioredis\.(?:from_url|Redis|create_redis_pool)|Redis|StrictRedis|Redis\.from_url|pymemcache\.client\.\w+\.Client|pymemcache\.client\.base\.Client|memcache\.Client|bmemcached\.Client|cachetools\.\w+Cache|TTLCache|LRUCache|diskcache\.Cache|flask_caching\.Cache|Cache)\(\)$/;
/** Module-level containers that are in-process caches when created empty. */
const EMPTY_CACHE_FACTORY = /^(?:dict|collections\.OrderedDict|OrderedDict|collections\.defaultdict|defaultdict|cachetools\.\w+Cache|TTLCache|LRUCache|weakref\.WeakValueDictionary)\(\)$/;
/** Django ORM and SQLAlchemy calls whose keyword arguments are stored or looked up in a database. */
const ORM_METHODS = new Set(['create', 'filter', 'get', 'exclude', 'update', 'get_or_create', 'update_or_create', 'filter_by']);
const sinks_STATE_KEY = 'sinks';
function sinks_stateOf(lowering) {
    let state = lowering.state.get(sinks_STATE_KEY);
    if (!state) {
        state = { loggers: new Set(), caches: new Set(), dictCaches: new Set(), localDicts: new Set(), httpClients: new Set(), routeFunctions: new Set(), hashNames: new Map(), sawHash: false };
        lowering.state.set(sinks_STATE_KEY, state);
    }
    return state;
}
function sinks_record(lowering, sink, api, node, value) {
    if (lowering.isSilent)
        return;
    lowering.model.flows.push({ sink, api, loc: lowering.loc(node), value, hashed: false });
}
/** The token among values, preferring one that is not a redacted slice (`"%s…%s", token[:4], token`). */
function tokenIn(values) {
    let redacted;
    for (const value of values) {
        const token = (0,model_values/* firstToken */.wk)(value);
        if (token && !token.transforms.includes('redacted-slice'))
            return token;
        redacted ??= token;
    }
    return redacted;
}
function lastSegment(name) {
    const withoutIndex = name.replace(/\[[^\]]*\]$/, '');
    return withoutIndex.slice(withoutIndex.lastIndexOf('.') + 1);
}
/** The callee as written (`current_app.logger.info`, not its import-resolved name), for messages. */
function writtenName(call, receiver) {
    const fn = call.node.childForFieldName('function');
    const written = fn ? (0,syntax/* dottedName */._)(fn) : undefined;
    return written ?? (receiver ? `${receiver}.${call.method}` : (call.method ?? 'call'));
}
function configured(lowering, list, name) {
    return name !== undefined && lowering.config.names[list].some((entry) => name === entry || name.endsWith(`.${entry}`));
}
/** True when `name` is a Python builtin here: not imported, not defined at module level. */
function isBuiltin(name, lowering) {
    return !lowering.imports.has(name) && !lowering.functionDefs.has(name) && !lowering.moduleScope.vars.has(name);
}
function functionKey(scope) {
    return scope.fn?.id ?? 0;
}
/** The dotted name of a receiver, resolved through imports; calls are described as `callee()`. */
function receiverName(call, lowering) {
    const node = call.receiverNode;
    if (!node)
        return undefined;
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        const callee = fn ? lowering.qualifiedName(fn) ?? (fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined) : undefined;
        return callee ? `${callee}()` : undefined;
    }
    return lowering.qualifiedName(node);
}
// ---- logs ----
function isLogCall(call, receiver, lowering, state) {
    const { callee, method } = call;
    if (callee && OUTPUT_CALLS.has(callee) && (callee.includes('.') || isBuiltin(callee, lowering)))
        return true;
    if (configured(lowering, 'loggers', callee))
        return true;
    if (!method || !sinks_LOG_METHODS.has(method) || !receiver)
        return false;
    if (receiver === 'logging' || receiver === 'structlog' || receiver === 'loguru.logger')
        return true;
    if (state.loggers.has(receiver) || configured(lowering, 'loggers', receiver))
        return true;
    if (receiver.endsWith('()'))
        return LOGGER_FACTORY.test(receiver);
    return LOGGER_NAME.test(lastSegment(receiver));
}
// ---- responses ----
function isResponseCall(callee) {
    if (!callee)
        return false;
    const last = lastSegment(callee);
    if (!RESPONSE_CALLS.has(last))
        return false;
    const head = callee.split('.')[0];
    // `json`, `text`, `html` are response helpers only when qualified by a web module (sanic.response.json)
    if (!callee.includes('.'))
        return !['json', 'text', 'html', 'ValidationError'].includes(last);
    return WEB_MODULES.has(head);
}
function isRouteDecorator(decorator) {
    const expression = decorator.namedChildren[0];
    if (expression?.type !== 'call')
        return false;
    const fn = expression.childForFieldName('function');
    if (fn?.type !== 'attribute')
        return false;
    const method = fn.childForFieldName('attribute')?.text;
    if (!method || !ROUTE_METHODS.has(method))
        return false;
    // the first argument is the path: `@app.get("/me")`, `@bp.route("/me", methods=[...])`
    const first = expression.childForFieldName('arguments')?.namedChildren[0];
    return first?.type === 'string' && /^["']{1,3}\//.test(first.text.replace(/^[rRuUbB]+/, ''));
}
// ---- URLs ----
/** The node built the URL itself (not a name holding one built earlier). */
function buildsValue(node) {
    if (!node)
        return false;
    return node.type === 'string' || node.type === 'concatenated_string' || node.type === 'binary_operator' || (node.type === 'call' && node.childForFieldName('function')?.childForFieldName('attribute')?.text === 'format');
}
function builtUrl(value, node) {
    return value?.kind === 'token' && value.transforms.at(-1) === 'url' && buildsValue(node) ? value : undefined;
}
/**
 * 'known' for HTTP client libraries and sessions bound from them; 'named' for receivers only
 * named like a client (`client.get(...)`), whose URL must visibly be built with the token.
 */
function httpClientCall(call, receiver, state) {
    const { callee, method } = call;
    if (!method || !HTTP_METHODS.has(method))
        return undefined;
    if (callee && HTTP_CLIENT_MODULES.has(callee.split('.')[0]) && (callee.split('.').length === 2 || callee.startsWith('urllib.request.')))
        return 'known';
    if (!receiver || isSessionObject(receiver))
        return undefined;
    if (state.httpClients.has(receiver) || HTTP_CLIENT_FACTORY.test(receiver))
        return 'known';
    return HTTP_CLIENT_NAME.test(lastSegment(receiver)) ? 'named' : undefined;
}
/** A URL consumer's URL argument: recorded unless it names a URL already recorded where it was built. */
function onUrlArgument(call, api, value, node, lowering) {
    const token = value ? (0,model_values/* firstToken */.wk)(value) : undefined;
    if (!token)
        return false;
    // a URL built earlier was recorded where it was built (assignment, urlencode, return)
    if (token.transforms.includes('url') && !(token.transforms.at(-1) === 'url' && buildsValue(node)))
        return true;
    sinks_record(lowering, 'url', api, call.node, token);
    return true;
}
// ---- cache keys and hash() ----
function isCacheReceiver(receiver, lowering, state) {
    if (state.dictCaches.has(receiver))
        return 'in-process';
    if (receiver === 'flask.session' || receiver === 'request.session' || receiver === 'self.request.session')
        return 'shared';
    if (state.caches.has(receiver) || configured(lowering, 'caches', receiver) || CACHE_FACTORY.test(receiver))
        return 'shared';
    if (receiver.endsWith('()'))
        return undefined;
    if (state.httpClients.has(receiver))
        return undefined;
    return CACHE_NAME.test(lastSegment(receiver)) || /(?:^|\.)caches\[/.test(receiver) ? 'shared' : undefined;
}
/** `session[...]` in Flask (`from flask import session`) or Django (`request.session`). */
function isSessionObject(name) {
    return name === 'flask.session' || name === 'session' || name === 'request.session' || name === 'self.request.session' || name === 'quart.session';
}
/** hash(...) in an assignment's right side: remember the assigned name, so `redis.set(f"k:{h}", …)` is seen. */
function noteHashAssignment(hashCall, lowering, scope, state) {
    let child = hashCall;
    for (let node = hashCall.parent; node; child = node, node = node.parent) {
        if (node.type === 'assignment') {
            const left = node.childForFieldName('left');
            const inRight = node.childForFieldName('right')?.id === child.id;
            const name = inRight && left && (left.type === 'identifier' || left.type === 'attribute') ? (0,syntax/* dottedName */._)(left) : undefined;
            const argument = hashCall.childForFieldName('arguments')?.namedChildren[0];
            if (name)
                state.hashNames.set(`${functionKey(scope)}:${name}`, argument ? ((0,syntax/* dottedName */._)(argument) ?? 'an expression') : 'a value');
            return;
        }
        if (node.type === 'lambda' || node.type === 'block' || node.type === 'module' || node.type.endsWith('_statement') && node.type !== 'expression_statement')
            return;
    }
}
/** Whether an expression holds a value made by the built-in hash(): a call in it, or a name bound to one. */
function containsHash(node, lowering, scope, state) {
    if (!node)
        return false;
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        if (fn?.type === 'identifier' && fn.text === 'hash' && isBuiltin('hash', lowering))
            return true;
    }
    if (node.type === 'identifier')
        return hashedThrough(node.text, scope, state) !== undefined;
    if (node.type === 'lambda')
        return false;
    for (const child of node.namedChildren)
        if (containsHash(child, lowering, scope, state))
            return true;
    return false;
}
/** What a name bound to a hash() result hashed (`key = hash(token)` → 'token'). */
function hashedThrough(name, scope, state) {
    return state.hashNames.get(`${functionKey(scope)}:${name}`) ?? state.hashNames.get(`0:${name}`);
}
/**
 * The flow's value for hash(): a stand-in naming what was hashed (source name) and, when the
 * hash was bound to a name first, that name (`key`). hash() applies to any value, not only tokens.
 */
function hashedValue(node, lowering, scope, state) {
    const found = hashUse(node, scope, state) ?? { hashed: 'a value' };
    return { kind: 'token', source: { kind: 'named', name: found.hashed, loc: lowering.loc(node), strength: 'strong' }, transforms: ['hash()'], name: found.via };
}
function hashUse(node, scope, state) {
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        if (fn?.type === 'identifier' && fn.text === 'hash') {
            const argument = node.childForFieldName('arguments')?.namedChildren[0];
            return { hashed: argument ? ((0,syntax/* dottedName */._)(argument) ?? 'an expression') : 'a value' };
        }
    }
    if (node.type === 'identifier') {
        const hashed = hashedThrough(node.text, scope, state);
        return hashed ? { hashed, via: node.text } : undefined;
    }
    for (const child of node.namedChildren) {
        const found = hashUse(child, scope, state);
        if (found)
            return found;
    }
    return undefined;
}
/** Records the hash-key flow when a key or stored value in `nodes` is built with hash(). */
function onStore(api, at, nodes, lowering, scope, state) {
    const hashed = nodes.find((node) => containsHash(node, lowering, scope, state));
    if (hashed)
        sinks_record(lowering, 'hash-key', api, at, hashedValue(hashed, lowering, scope, state));
}
/** `key_func=lambda: request.headers["Authorization"]` or a module-level function returning a token. */
function keyFunctionToken(node, lowering, scope) {
    if (!node)
        return undefined;
    if (node.type === 'lambda') {
        const body = node.childForFieldName('body');
        return body ? (0,model_values/* firstToken */.wk)(lowering.evalExpr(body, scope)) : undefined;
    }
    if (node.type === 'identifier') {
        const def = lowering.functionDefs.get(node.text);
        return def ? (0,model_values/* firstToken */.wk)(lowering.helperReturn(def, scope)) : undefined;
    }
    return undefined;
}
function onCacheCall(call, receiver, kind, lowering, scope, state) {
    const method = call.method;
    const api = writtenName(call, receiver);
    const keys = [call.args[0], ...(FIELD_METHODS.has(method) ? [call.args[1]] : []), call.kwargs.get('key'), call.kwargs.get('name')];
    const keyToken = tokenIn(keys.filter((key) => key !== undefined));
    if (keyToken)
        sinks_record(lowering, 'cache-key', api, call.node, keyToken);
    // hash() keys or values only matter when the store is shared between processes
    if (kind === 'shared')
        onStore(api, call.node, [...call.argNodes, ...call.kwargNodes.values()], lowering, scope, state);
}
function onSubscriptKey(node, objectName, index, valueNode, lowering, scope, state) {
    if (!objectName || state.localDicts.has(`${functionKey(scope)}:${objectName}`))
        return;
    const session = isSessionObject(objectName) || (lowering.qualifiedName(node.childForFieldName('value')) ?? '') === 'flask.session';
    const inProcess = state.dictCaches.has(objectName);
    const configuredCache = configured(lowering, 'caches', objectName);
    if (!session && !inProcess && !configuredCache)
        return;
    const api = `${objectName}[…]`;
    const token = (0,model_values/* firstToken */.wk)(index);
    if (token)
        sinks_record(lowering, 'cache-key', api, node, token);
    if (session || configuredCache)
        onStore(api, node, [node.childForFieldName('subscript') ?? undefined, valueNode], lowering, scope, state);
}
// ---- the recognizer ----
const sinksRecognizer = {
    onFunction(def, decorators, fn, lowering, scope) {
        const route = decorators.find(isRouteDecorator);
        if (!route)
            return;
        sinks_stateOf(lowering).routeFunctions.add(fn.id);
        if (lowering.importedModules.has('fastapi'))
            implicitQueryTokens(def, route, lowering, scope);
    },
    onAssign(target, value, valueNode, lowering, scope) {
        const state = sinks_stateOf(lowering);
        const name = target.type === 'identifier' || target.type === 'attribute' ? (0,syntax/* dottedName */._)(target) : undefined;
        const made = value.kind === 'unknown' ? value.name : undefined;
        if (name && made) {
            if (LOGGER_FACTORY.test(made) && /logg|structlog|loguru|log\b/i.test(made))
                state.loggers.add(name);
            else if (CACHE_FACTORY.test(made))
                state.caches.add(name);
            else if (HTTP_CLIENT_FACTORY.test(made))
                state.httpClients.add(name);
        }
        if (target.type === 'identifier' && isEmptyContainer(value, valueNode)) {
            if (scope === lowering.moduleScope)
                state.dictCaches.add(target.text);
            else
                state.localDicts.add(`${functionKey(scope)}:${target.text}`);
        }
        // `_cache[token] = user`, `session[token] = …`, `session["key"] = hash(token)`
        if (target.type === 'subscript') {
            const object = target.childForFieldName('value');
            const indexNode = target.childForFieldName('subscript');
            const objectName = object ? ((0,syntax/* dottedName */._)(object) ?? undefined) : undefined;
            if (indexNode && objectName && (isSessionObject(objectName) || state.dictCaches.has(objectName) || configured(lowering, 'caches', objectName))) {
                onSubscriptKey(target, objectName, lowering.evalExpr(indexNode, scope), valueNode, lowering, scope, state);
            }
        }
        // url = f"https://…?token={token}": the URL is built here
        const url = builtUrl(value, valueNode);
        if (url)
            sinks_record(lowering, 'url', 'URL built with the token', valueNode, url);
    },
    onSubscript(node, object, index, lowering, scope) {
        void object;
        if (lowering.isSilent)
            return;
        const objectNode = node.childForFieldName('value');
        if (!objectNode || (objectNode.type !== 'identifier' && objectNode.type !== 'attribute'))
            return;
        // cheap test first: this runs for every subscript
        const state = sinks_stateOf(lowering);
        if (objectNode.type === 'identifier' && !state.dictCaches.has(objectNode.text) && objectNode.text !== 'session' && lowering.config.names.caches.length === 0)
            return;
        if (objectNode.type === 'attribute' && objectNode.childForFieldName('attribute')?.text !== 'session' && lowering.config.names.caches.length === 0)
            return;
        const objectName = (0,syntax/* dottedName */._)(objectNode);
        // reads and `del`: `_cache[token]`, `session[token]` (assignment targets come through onAssign)
        if (objectName)
            onSubscriptKey(node, objectName, index, undefined, lowering, scope, state);
    },
    onReturn(node, value, lowering, scope) {
        const expression = node.namedChildren[0];
        const url = builtUrl(value, expression);
        if (url && expression) {
            sinks_record(lowering, 'url', 'URL built with the token', expression, url);
            return;
        }
        if (!scope.fn || !sinks_stateOf(lowering).routeFunctions.has(scope.fn.id))
            return;
        const token = responseToken(value);
        if (token && expression)
            sinks_record(lowering, 'response', `the return value of ${scope.fn.name}()`, expression, token);
    },
    onCall(call, lowering, scope) {
        const state = sinks_stateOf(lowering);
        const { callee, method } = call;
        if (callee === 'hash' && isBuiltin('hash', lowering)) {
            state.sawHash = true;
            noteHashAssignment(call.node, lowering, scope, state);
            return undefined;
        }
        // rate limiters keyed by the bearer token: Limiter(key_func=lambda: request.headers["Authorization"])
        const keyFunction = call.kwargNodes.get('key_func') ?? call.kwargNodes.get('key_function');
        if (keyFunction) {
            const token = keyFunctionToken(keyFunction, lowering, scope);
            const fn = call.node.childForFieldName('function');
            if (token)
                sinks_record(lowering, 'cache-key', `${(fn ? (0,syntax/* dottedName */._)(fn) : undefined) ?? method}(key_func=…)`, keyFunction, token);
        }
        const anyToken = tokenIn([...call.args, ...call.kwargs.values()]);
        // params={"access_token": settings.FB_TOKEN}: the parameter name says what goes into the query string
        if (!anyToken && call.kwargNodes.get('params')?.type === 'dictionary')
            onTokenNamedParams(call, receiverName(call, lowering), lowering, state);
        // the cheap exit for most calls: no token in the arguments, and no hash() key to look for
        if (!anyToken && !state.sawHash)
            return undefined;
        const receiver = receiverName(call, lowering);
        // json.dumps({"token": token}) is a string holding the token
        if (anyToken && callee && SERIALIZERS.has(callee))
            return { ...anyToken, transforms: [...anyToken.transforms, callee] };
        // response.set_cookie("access_token", token): Werkzeug, Starlette and Django default to neither httponly nor secure
        if (method === 'set_cookie' && call.receiverNode) {
            const token = (0,model_values/* firstToken */.wk)(call.kwargs.get('value') ?? call.args[1] ?? { kind: 'none' });
            // a flag set from configuration (`secure=config.cookie_secure`) is the deployment's decision
            const flagOn = (flag) => {
                const value = call.kwargs.get(flag);
                return value !== undefined && !(value.kind === 'bool' && !value.value) && value.kind !== 'none';
            };
            const missing = ['httponly', 'secure'].filter((flag) => !flagOn(flag));
            if (token && missing.length && !lowering.isSilent)
                lowering.model.flows.push({ sink: 'storage', api: writtenName(call, receiver), loc: lowering.loc(call.node), value: token, hashed: false, detail: `set without ${missing.join(' and ')}` });
            return undefined;
        }
        if (isLogCall(call, receiver, lowering, state)) {
            const token = tokenIn([...call.args, ...call.kwargs.values()]);
            if (token)
                sinks_record(lowering, 'log', writtenName(call, receiver), call.node, token);
            return undefined;
        }
        if (isResponseCall(callee)) {
            const token = tokenIn([...call.args, ...call.kwargs.values()]);
            if (token)
                sinks_record(lowering, 'response', writtenName(call, receiver), call.node, token);
            return undefined;
        }
        if (callee && REDIRECT_CALLS.has(lastSegment(callee))) {
            const index = call.args.findIndex((argument) => (0,model_values/* firstToken */.wk)(argument));
            const api = writtenName(call, receiver);
            if (index >= 0)
                onUrlArgument(call, api, call.args[index], call.argNodes[index], lowering);
            else
                onUrlArgument(call, api, call.kwargs.get('url') ?? call.kwargs.get('location'), call.kwargNodes.get('url') ?? call.kwargNodes.get('location'), lowering);
            return undefined;
        }
        if (callee && (URLENCODE_CALLS.has(callee) || (URL_FOR_CALLS.has(callee) && (callee.includes('.') || lowering.imports.has(callee))))) {
            const token = tokenIn([...call.args, ...call.kwargs.values()]);
            if (token) {
                sinks_record(lowering, 'url', writtenName(call, receiver), call.node, token);
                return token.transforms.includes('url') ? token : { ...token, transforms: [...token.transforms, callee.split('.').pop(), 'url'] };
            }
            return undefined;
        }
        const client = httpClientCall(call, receiver, state);
        if (client) {
            const api = writtenName(call, receiver);
            const urlIndex = method === 'request' ? 1 : 0;
            const urlNode = call.kwargNodes.get('url') ?? call.argNodes[urlIndex];
            if (client === 'known' || buildsValue(urlNode))
                onUrlArgument(call, api, call.kwargs.get('url') ?? call.args[urlIndex], urlNode, lowering);
            const params = call.kwargs.get('params');
            const paramsToken = params ? (0,model_values/* firstToken */.wk)(params) : undefined;
            if (paramsToken)
                sinks_record(lowering, 'url', `${api}(params=…)`, call.kwargNodes.get('params'), paramsToken);
            return undefined;
        }
        if (method && receiver) {
            // a local `cache = {}` shadows an imported cache of the same name
            const local = call.receiverNode?.type === 'identifier' && state.localDicts.has(`${functionKey(scope)}:${call.receiverNode.text}`);
            const cache = !local && (KEY_METHODS.has(method) || FIELD_METHODS.has(method)) ? isCacheReceiver(receiver, lowering, state) : undefined;
            if (cache) {
                onCacheCall(call, receiver, cache, lowering, scope, state);
                return undefined;
            }
            // Token.objects.filter(key_hash=hash(token)), session.query(T).filter_by(h=hash(token))
            if (ORM_METHODS.has(method) && (/\.objects$/.test(receiver) || method === 'filter_by')) {
                onStore(writtenName(call, receiver), call.node, [...call.kwargNodes.values()], lowering, scope, state);
            }
        }
        // a URL built right in an argument: send_link(f"https://app/?token={token}")
        for (const [index, argument] of call.args.entries()) {
            const url = builtUrl(argument, call.argNodes[index]);
            if (url)
                sinks_record(lowering, 'url', 'URL built with the token', call.argNodes[index], url);
        }
        for (const [name, argument] of call.kwargs) {
            const url = builtUrl(argument, call.kwargNodes.get(name));
            if (url)
                sinks_record(lowering, 'url', 'URL built with the token', call.kwargNodes.get(name), url);
        }
        return undefined;
    },
};
/** Query parameter names that carry a credential. */
const TOKEN_QUERY_PARAM = /^(?:access_token|auth_token|api_key|apikey|api-key|token|jwt|id_token|refresh_token|client_secret|key)$/i;
/** An HTTP client call whose `params` dict sends a credential-named parameter with a value from elsewhere (not a literal). */
function onTokenNamedParams(call, receiver, lowering, state) {
    if (lowering.isSilent || !httpClientCall(call, receiver, state))
        return;
    const dict = call.kwargNodes.get('params');
    for (const pair of dict.namedChildren) {
        const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const value = pair.childForFieldName('value');
        if (key?.type !== 'string' || !value || value.type === 'string' || value.type === 'none')
            continue;
        const name = key.text.replace(/^[rRuUbBfF]*["']|["']$/g, '');
        if (!TOKEN_QUERY_PARAM.test(name))
            continue;
        const token = { kind: 'token', source: { kind: 'named', name, loc: lowering.loc(key), strength: 'strong' }, transforms: [], name: (0,syntax/* dottedName */._)(value) ?? name };
        sinks_record(lowering, 'url', `${writtenName(call, receiver)}(params=…)`, value, token);
    }
}
/** Annotations FastAPI reads from the query string when the parameter has no other marker. */
const SCALAR_ANNOTATION = /^(?:str|Optional\[str\]|str\s*\|\s*None|None\s*\|\s*str|typing\.Optional\[str\])$/;
/**
 * FastAPI reads a scalar route parameter that is not in the path from the query string:
 * `@app.get("/export") def export(token: str)` takes `?token=`. Such token-named parameters
 * become query sources (strong), and the read is recorded.
 */
function implicitQueryTokens(def, decorator, lowering, scope) {
    const path = decorator.namedChildren[0]?.childForFieldName('arguments')?.namedChildren[0]?.text ?? '';
    for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
        if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter' && parameter.type !== 'default_parameter' && parameter.type !== 'identifier')
            continue;
        const nameNode = parameter.type === 'identifier' ? parameter : parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier') : parameter.childForFieldName('name');
        const name = nameNode?.text;
        if (!name || path.includes(`{${name}}`) || path.includes(`{${name}:`))
            continue;
        const defaultNode = parameter.childForFieldName('value');
        if (defaultNode && defaultNode.type !== 'string' && defaultNode.type !== 'none')
            continue; // Depends(), Header(), Body()… say where it comes from
        const annotation = parameter.childForFieldName('type')?.text;
        if (annotation !== undefined && !SCALAR_ANNOTATION.test(annotation))
            continue;
        const bound = scope.vars.get(name);
        if (bound?.kind !== 'token' || bound.source.kind !== 'named')
            continue;
        const source = { kind: 'query', name, loc: bound.source.loc, strength: 'strong' };
        scope.vars.set(name, { ...bound, source });
        if (!lowering.isSilent)
            lowering.model.queryReads.push({ name, loc: source.loc, api: 'query string' });
    }
}
/**
 * The token in a route handler's return value. A refresh endpoint handing back the refresh
 * token it received under `refresh_token` is the OAuth token response, not a reflection.
 */
function responseToken(value) {
    if (value.kind === 'dict') {
        for (const entry of value.entries) {
            if (entry.key === 'refresh_token')
                continue;
            const token = (0,model_values/* firstToken */.wk)(entry.value);
            if (token)
                return token;
        }
        return undefined;
    }
    if (value.kind === 'list') {
        for (const item of value.items) {
            const token = responseToken(item);
            if (token)
                return token;
        }
        return undefined;
    }
    return value.kind === 'token' ? value : undefined;
}
function isEmptyContainer(value, valueNode) {
    if (value.kind === 'dict' && value.entries.length === 0)
        return valueNode.type === 'dictionary' || valueNode.type === 'call';
    return value.kind === 'unknown' && value.name !== undefined && EMPTY_CACHE_FACTORY.test(value.name);
}

;// CONCATENATED MODULE: ./src/lang/python/catalog/checks.ts

const checks_STATE_KEY = 'checks';
function checks_stateOf(lowering) {
    let state = lowering.state.get(checks_STATE_KEY);
    if (!state) {
        state = { guardedNames: new Map(), splitOrigins: new Map(), verifyInTry: new Map() };
        lowering.state.set(checks_STATE_KEY, state);
    }
    return state;
}
function checks_functionKey(scope) {
    return scope.fn?.id ?? 0;
}
/** The name under string-method calls: `header.lower().strip()` → `header`. */
function baseName(node) {
    let current = node;
    while (current?.type === 'call') {
        const fn = current.childForFieldName('function');
        current = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
    }
    while (current?.type === 'subscript')
        current = current.childForFieldName('value');
    return current ? (0,syntax/* dottedName */._)(current) : undefined;
}
/**
 * Names a condition proves to hold at least two space-separated parts:
 * `x.startswith("Bearer ")`, `len(parts) == 2`, `" " in x`, `x[:7] == "Bearer "`, `re.match(…, x)`.
 */
function collectGuards(node, into) {
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        const args = node.childForFieldName('arguments')?.namedChildren ?? [];
        const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
        if (method === 'startswith' && fn?.type === 'attribute')
            addName(into, baseName(fn.childForFieldName('object')));
        if ((method === 'match' || method === 'fullmatch') && args[1])
            addName(into, baseName(args[1]));
    }
    else if (node.type === 'comparison_operator') {
        const operands = node.namedChildren;
        const operators = node.childrenForFieldName('operators').map((operator) => operator.text);
        for (const operand of operands) {
            if (operand.type === 'call' && operand.childForFieldName('function')?.text === 'len') {
                addName(into, baseName(operand.childForFieldName('arguments')?.namedChildren[0]));
            }
            if (operand.type === 'subscript' && operand.childForFieldName('subscript')?.type === 'slice')
                addName(into, baseName(operand));
        }
        if (operators.some((operator) => operator === 'in' || operator === 'not in') && operands[0]?.type === 'string' && operands[0].text.includes(' ')) {
            addName(into, baseName(operands[1]));
        }
    }
    for (const child of node.namedChildren)
        if (child.type !== 'lambda')
            collectGuards(child, into);
}
function addName(into, name) {
    if (name)
        into.add(name);
}
/** `a if <guard> else b` and `<guard> and a` around the subscript: guards written in the same expression. */
function guardedInExpression(node, names) {
    let child = node;
    for (let parent = node.parent; parent && !isStatementBoundary(parent); child = parent, parent = parent.parent) {
        const guards = new Set();
        if (parent.type === 'conditional_expression' && parent.namedChildren[0]?.id === child.id && parent.namedChildren[1]) {
            collectGuards(parent.namedChildren[1], guards);
        }
        else if (parent.type === 'boolean_operator' && parent.childForFieldName('operator')?.text === 'and' && parent.childForFieldName('right')?.id === child.id) {
            const left = parent.childForFieldName('left');
            if (left)
                collectGuards(left, guards);
        }
        if (names.some((name) => guards.has(name)))
            return true;
    }
    return false;
}
function isStatementBoundary(node) {
    return node.type.endsWith('_statement') || node.type === 'block' || node.type === 'module' || node.type === 'function_definition';
}
/** The exception names an except clause catches, as written ([] for a bare except). */
function caughtNames(clause) {
    const spec = clause.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment');
    if (!spec)
        return [];
    const types = spec.type === 'as_pattern' ? spec.namedChildren[0] : spec;
    if (!types)
        return [];
    const items = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren : [types];
    return items.map((item) => item.text);
}
const CATCHES_INDEX_ERROR = new Set(['IndexError', 'LookupError', 'Exception', 'BaseException']);
function catchesIndexError(clause) {
    const names = caughtNames(clause);
    return names.length === 0 || names.some((name) => CATCHES_INDEX_ERROR.has(name.split('.').pop()));
}
/** An enclosing try in the same function whose handlers catch IndexError. */
function insideIndexErrorTry(lowering, scope) {
    const fnLine = scope.fn?.loc.line ?? 0;
    return lowering.tryStack.some((tryNode) => tryNode.startPosition.row + 1 >= fnLine && tryNode.namedChildren.some((clause) => clause.type === 'except_clause' && catchesIndexError(clause)));
}
function isHeaderSplit(value) {
    if (value.kind !== 'token' || value.source.kind !== 'auth-header')
        return false;
    const last = value.transforms.at(-1);
    return last === 'split' || last === 'rsplit';
}
function onSplitIndex(node, object, lowering, scope, state) {
    const objectNode = node.childForFieldName('value');
    const names = [];
    if (objectNode?.type === 'call')
        addTo(names, baseName(objectNode));
    else if (objectNode) {
        const name = (0,syntax/* dottedName */._)(objectNode);
        addTo(names, name);
        addTo(names, name ? state.splitOrigins.get(name) : undefined);
    }
    const guards = state.guardedNames.get(checks_functionKey(scope));
    const guarded = names.some((name) => guards?.has(name)) || guardedInExpression(node, names) || insideIndexErrorTry(lowering, scope);
    lowering.model.splits.push({ loc: lowering.loc(node), value: object, guarded });
}
function addTo(names, name) {
    if (name)
        names.push(name);
}
// ---- comparisons ----
function operandName(node, value) {
    if (!node)
        return undefined;
    const name = (0,syntax/* dottedName */._)(node);
    if (name)
        return name;
    if (node.type === 'string') {
        // f"Bearer {API_TOKEN}": the interpolated name says what the token is compared with
        for (const child of node.namedChildren) {
            const expression = child.type === 'interpolation' ? child.childForFieldName('expression') : null;
            const inner = expression ? (0,syntax/* dottedName */._)(expression) : undefined;
            if (inner)
                return inner;
        }
    }
    if (value.kind === 'env')
        return `environment variable ${value.name}`;
    if (value.kind === 'unknown')
        return value.name;
    return undefined;
}
function presentedFirst(left, right) {
    if (left.kind !== 'token')
        return false;
    if (right.kind !== 'token')
        return true;
    return left.source.strength === 'strong' || right.source.strength === 'weak';
}
/** Query builders whose arguments are SQL expressions: `User.token == token` there is a WHERE clause, not a comparison in Python. */
const QUERY_METHODS = new Set(['where', 'filter', 'filter_by', 'having', 'join', 'outerjoin', 'and_', 'or_', 'not_', 'exclude', 'get_or_none', 'first_or_404', 'one_or_none', 'find', 'find_one', 'select', 'query', 'case']);
/** A comparison written inside a query builder call (`select(User).where(User.token == token)`, `Q(...)`). */
function isQueryExpression(node) {
    for (let current = node.parent; current && !isStatementBoundary(current); current = current.parent) {
        if (current.type !== 'argument_list')
            continue;
        const call = current.parent;
        const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
        const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
        if (name && QUERY_METHODS.has(name.replace(/^\w+\./, '')))
            return true;
    }
    return false;
}
// ---- verification handlers ----
/** Calls whose name says they verify a token (beyond the JWT catalog). */
const VERIFY_CALL = /(?:^|_)(?:verify|authenticate)(?:_|$)|^(?:decode|validate|check|parse)_(?:\w+_)?(?:token|jwt|auth\w*|credentials?)$|(?:token|jwt)_(?:verify|decode|validate)$|^unsign$/i;
const NOT_TOKEN_VERIFY = /password|passwd|email|otp|captcha|checksum|ssl|cert/i;
/** Calls that end the request with a denial. */
const DENY_CALL = /^(?:abort|exit|_exit|deny|reject|unauthori[sz]ed|forbidden|permission_denied|fail|raise_\w+)$/;
/** Attributes that mark the request's identity: assigning them in a handler marks it unauthenticated. */
const IDENTITY_ATTRIBUTE = /(?:^|_)(?:user|identity|principal|auth|authenticated|claims|payload|token)$/i;
function verifyCallName(call) {
    const method = call.method;
    if (!method || NOT_TOKEN_VERIFY.test(method))
        return undefined;
    if (VERIFY_CALL.test(method))
        return call.callee ?? method;
    const receiverName = call.receiver?.kind === 'unknown' ? call.receiver.name : undefined;
    if ((method === 'decode' || method === 'verify') && receiverName && /jwt|token/i.test(receiverName))
        return call.callee ?? method;
    if ((method === 'loads' || method === 'unsign') && receiverName && /serializer|signer/i.test(receiverName))
        return call.callee ?? method;
    return undefined;
}
function noteVerification(call, lowering, scope, state) {
    if (lowering.tryStack.length === 0)
        return;
    const op = lowering.model.jwtOps.at(-1);
    const loc = lowering.loc(call.node);
    const opId = op && op.kind === 'decode' && op.loc.line === loc.line && op.loc.column === loc.column ? op.id : undefined;
    const name = opId === undefined ? verifyCallName(call) : undefined;
    if (opId === undefined && !name)
        return;
    const fnLine = scope.fn?.loc.line ?? 0;
    for (const tryNode of lowering.tryStack) {
        if (tryNode.startPosition.row + 1 < fnLine)
            continue;
        let evidence = state.verifyInTry.get(tryNode.id);
        if (!evidence)
            state.verifyInTry.set(tryNode.id, (evidence = { opIds: [], calls: [] }));
        if (opId !== undefined)
            evidence.opIds.push(opId);
        if (name)
            evidence.calls.push(name);
    }
}
/** Descendants of a handler block, not entering nested functions, classes or lambdas. */
function* handlerNodes(node) {
    for (const child of node.namedChildren) {
        if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda' || child.type === 'decorated_definition')
            continue;
        yield child;
        yield* handlerNodes(child);
    }
}
/** Calls and literal words that make an anonymous identity. */
const ANONYMOUS = /anonymous|guest|unauthenticated|nobody|empty|null_?user/i;
/** An anonymous or empty value: nothing a protected path could mistake for a verified caller. */
function isAnonymousValue(node) {
    if (!node)
        return false;
    switch (node.type) {
        case 'none':
        case 'false':
            return true;
        case 'integer':
            return node.text === '0';
        case 'string':
            return node.namedChildren.every((child) => child.type !== 'string_content') || ANONYMOUS.test(node.text);
        case 'list':
        case 'tuple':
            return node.namedChildren.length === 0;
        case 'dictionary':
            // {} or {"role": "guest"}: every value empty or saying anonymous
            return node.namedChildren.every((pair) => pair.type !== 'pair' || isAnonymousValue(pair.childForFieldName('value')));
        case 'call': {
            const fn = node.childForFieldName('function');
            const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
            if (name && ANONYMOUS.test(name))
                return true;
            // dict(), list(), User() with no arguments are empty too only for the containers
            return (name === 'dict' || name === 'list' || name === 'set' || name === 'tuple') && (node.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0;
        }
        default:
            return false;
    }
}
function handlerShape(block) {
    const assigned = new Set();
    const anonymized = new Set();
    let denies = false;
    for (const node of handlerNodes(block)) {
        if (node.type === 'return_statement' || node.type === 'raise_statement' || node.type === 'continue_statement')
            denies = true;
        else if (node.type === 'call') {
            const fn = node.childForFieldName('function');
            const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
            if (name && DENY_CALL.test(name))
                denies = true;
        }
        else if (node.type === 'assignment') {
            const left = node.childForFieldName('left');
            if (left?.type === 'identifier') {
                assigned.add(left.text);
                if (isAnonymousValue(node.childForFieldName('right')))
                    anonymized.add(left.text);
            }
            if (left?.type === 'attribute' && IDENTITY_ATTRIBUTE.test(left.childForFieldName('attribute')?.text ?? ''))
                denies = true;
        }
    }
    return { denies, assigned, anonymized };
}
/**
 * The handler replaces what the try computed (`user = verify(token)`) with an anonymous or
 * empty identity, and no code after the try reads another name the try set or claims read
 * without verification: the request goes on unauthenticated, not as the token's subject.
 */
function replacedWithAnonymous(shape, verifiedNames, following, unverifiedNames) {
    if (![...shape.anonymized].some((name) => verifiedNames.has(name)))
        return false;
    const leftover = new Set([...verifiedNames, ...unverifiedNames].filter((name) => !shape.anonymized.has(name)));
    return leftover.size === 0 || !following.some((statement) => mentionsName(statement, leftover));
}
/** The statements that run after `statement` completes, in order, up to the function body. */
function* followingStatements(statement) {
    let current = statement;
    while (current) {
        for (let next = current.nextNamedSibling; next; next = next.nextNamedSibling)
            if (next.type !== 'comment')
                yield next;
        const block = current.parent;
        if (!block || block.type !== 'block')
            return;
        let owner = block.parent;
        if (!owner || owner.type === 'function_definition' || owner.type === 'class_definition')
            return;
        // a block inside an else/elif/except/finally clause belongs to the statement that owns the clause
        while (owner && !owner.type.endsWith('_statement'))
            owner = owner.parent;
        current = owner;
    }
}
function isDenyingExit(statement) {
    if (statement.type === 'raise_statement')
        return true;
    if (statement.type !== 'return_statement')
        return false;
    const value = statement.namedChildren[0];
    return !value || value.type === 'none' || value.type === 'false';
}
function mentionsName(node, names) {
    if (node.type === 'identifier')
        return names.has(node.text);
    return node.namedChildren.some((child) => mentionsName(child, names));
}
/** A later condition reads one of the names the handler assigned, or returns it as is: the failure is checked. */
function checkedLater(following, names) {
    if (names.size === 0)
        return false;
    for (const statement of following) {
        // `return claims`: the placeholder goes back to the caller, who decides
        const returned = statement.type === 'return_statement' ? statement.namedChildren[0] : undefined;
        if (returned?.type === 'identifier' && names.has(returned.text))
            return true;
        const conditions = [];
        if (statement.type === 'if_statement' || statement.type === 'while_statement') {
            const condition = statement.childForFieldName('condition');
            if (condition)
                conditions.push(condition);
            for (const alternative of statement.childrenForFieldName('alternative')) {
                const elif = alternative.type === 'elif_clause' ? alternative.childForFieldName('condition') : null;
                if (elif)
                    conditions.push(elif);
            }
        }
        else if (statement.type === 'assert_statement' && statement.namedChildren[0]) {
            conditions.push(statement.namedChildren[0]);
        }
        if (conditions.some((condition) => mentionsName(condition, names)))
            return true;
    }
    return false;
}
/**
 * Names the try body assigns at its top level (`user = verify(token)`): when a later
 * condition tests one of them, a failed verification is noticed (optional authentication).
 */
function assignedInBody(tryNode) {
    const names = new Set();
    for (const statement of tryNode.childForFieldName('body')?.namedChildren ?? []) {
        const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
        if (left?.type === 'identifier')
            names.add(left.text);
    }
    return names;
}
/** before_request hooks and middleware: returning nothing lets the request through. */
function isPassThroughHook(tryNode, scope) {
    if (scope.fn?.role === 'middleware')
        return true;
    let node = tryNode.parent;
    while (node && node.type !== 'function_definition')
        node = node.parent;
    const decorated = node?.parent?.type === 'decorated_definition' ? node.parent : undefined;
    return decorated?.namedChildren.some((child) => child.type === 'decorator' && /before_(?:app_)?request|before_first_request/.test(child.text)) ?? false;
}
/** Names of this function's scope that hold claims read without verification. */
function unverifiedClaimNames(scope) {
    const names = new Set();
    for (const [name, value] of scope.vars)
        if (value.kind === 'claims' && !value.verified)
            names.add(name);
    return names;
}
function onVerifyTry(tryNode, evidence, lowering, scope) {
    const following = [...followingStatements(tryNode)];
    const firstAfter = following[0];
    const continues = firstAfter ? !isDenyingExit(firstAfter) : isPassThroughHook(tryNode, scope);
    const verifiedNames = assignedInBody(tryNode);
    const unverifiedNames = unverifiedClaimNames(scope);
    for (const clause of tryNode.namedChildren) {
        if (clause.type !== 'except_clause' && clause.type !== 'except_group_clause')
            continue;
        const block = clause.namedChildren.find((child) => child.type === 'block');
        const shape = block ? handlerShape(block) : { denies: false, assigned: new Set(), anonymized: new Set() };
        const handler = {
            loc: lowering.loc(clause),
            catches: caughtNames(clause),
            swallows: !shape.denies && !checkedLater(following, new Set([...shape.assigned, ...verifiedNames])) && !replacedWithAnonymous(shape, verifiedNames, following, unverifiedNames),
            continuesToProtectedCode: continues,
            verifyOpIds: [...evidence.opIds],
        };
        if (evidence.calls.length > 0)
            handler.verifyCalls = [...evidence.calls];
        lowering.model.verifyHandlers.push(handler);
    }
}
const checksRecognizer = {
    onCondition(condition, _value, lowering, scope) {
        const guards = new Set();
        collectGuards(condition, guards);
        if (guards.size === 0)
            return;
        const state = checks_stateOf(lowering);
        const key = checks_functionKey(scope);
        const known = state.guardedNames.get(key);
        if (known)
            for (const name of guards)
                known.add(name);
        else
            state.guardedNames.set(key, guards);
    },
    onAssign(target, value, valueNode, lowering) {
        if (target.type !== 'identifier' || !isHeaderSplit(value) || valueNode.type !== 'call')
            return;
        const origin = baseName(valueNode);
        if (origin)
            checks_stateOf(lowering).splitOrigins.set(target.text, origin);
    },
    onSubscript(node, object, index, lowering, scope) {
        if (!isHeaderSplit(object) || index.kind !== 'number' || index.value < 1)
            return;
        onSplitIndex(node, object, lowering, scope, checks_stateOf(lowering));
    },
    onCompare(node, operator, left, right, lowering) {
        if (operator !== '==' && operator !== '!=')
            return;
        if (left.kind !== 'token' && right.kind !== 'token')
            return;
        if (isQueryExpression(node))
            return;
        const leftIsPresented = presentedFirst(left, right);
        const presented = (leftIsPresented ? left : right);
        if (presented.source.kind === 'issued')
            return;
        const against = leftIsPresented ? right : left;
        const operands = node.namedChildren;
        const againstNode = operands.length === 2 ? operands[leftIsPresented ? 1 : 0] : undefined;
        lowering.model.compares.push({ loc: lowering.loc(node), operator, presented, against, againstName: operandName(againstNode, against) });
    },
    onCall(call, lowering, scope) {
        if (!lowering.isSilent)
            noteVerification(call, lowering, scope, checks_stateOf(lowering));
        return undefined;
    },
    onTry(tryNode, lowering, scope) {
        const evidence = lowering.state.get(checks_STATE_KEY)?.verifyInTry.get(tryNode.id);
        if (evidence)
            onVerifyTry(tryNode, evidence, lowering, scope);
    },
};

// EXTERNAL MODULE: ./src/lang/configured-resources.ts
var configured_resources = __webpack_require__(394);
// EXTERNAL MODULE: ./src/model/cfg.ts
var cfg = __webpack_require__(911);
;// CONCATENATED MODULE: ./src/lang/python/cfg.ts

const CATCH_ALL = new Set(['Exception', 'BaseException']);
const ABORT = /^(?:flask\.)?abort$|\.abort$/;
/** What may raise: calls, awaits, a yield (the caller throws into it), subscripts (KeyError, IndexError). */
const MAY_RAISE = ['call', 'await', 'yield', 'subscript'];
function locOf(node) {
    return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 };
}
/** The CFG of a function_definition node; `events` are that function's resource events. */
function buildPythonCfg(def, events = []) {
    const builder = new PyCfgBuilder(def);
    return builder.build(events);
}
class PyCfgBuilder {
    def;
    b;
    ranges = [];
    constructor(def) {
        this.def = def;
        this.b = new cfg/* CfgBuilder */.M5(locOf(def));
    }
    build(events) {
        const body = this.def.childForFieldName('body');
        const ctx = { raise: () => this.b.raiseExit, ret: () => this.b.exit };
        const first = body ? this.block(body.namedChildren, this.b.exit, ctx) : this.b.exit;
        this.b.edge(this.b.entry, first);
        this.b.placeEvents(events, this.ranges);
        return this.b.finish();
    }
    block(statements, next, ctx) {
        let entry = next;
        for (let index = statements.length - 1; index >= 0; index--)
            entry = this.statement(statements[index], entry, ctx);
        return entry;
    }
    /** A statement node over `range` (defaults to the statement), with an exception edge when it may raise. */
    simple(node, ctx, range = node, label) {
        const id = this.b.add('stmt', locOf(node), label ?? ctx.label);
        if (range) {
            this.ranges.push([id, range.startIndex, range.endIndex]);
            if (mayRaise(range))
                this.b.excEdge(id, [ctx.raise()]);
        }
        return id;
    }
    statement(node, next, ctx) {
        switch (node.type) {
            case 'comment':
                return next;
            case 'return_statement': {
                const id = this.simple(node, ctx);
                this.b.edge(id, ctx.ret());
                return id;
            }
            case 'raise_statement': {
                const id = this.b.add('stmt', locOf(node), ctx.label);
                this.ranges.push([id, node.startIndex, node.endIndex]);
                this.b.excEdge(id, [ctx.raise()]);
                return id;
            }
            case 'break_statement': {
                const id = this.b.add('stmt', locOf(node), ctx.label);
                this.b.edge(id, ctx.brk ? ctx.brk() : next);
                return id;
            }
            case 'continue_statement': {
                const id = this.b.add('stmt', locOf(node), ctx.label);
                this.b.edge(id, ctx.cont ? ctx.cont() : next);
                return id;
            }
            case 'expression_statement': {
                const expression = node.namedChildren[0];
                if (expression && isAbort(expression)) {
                    // abort(401) raises HTTPException: no normal successor
                    const id = this.simple(node, ctx);
                    this.b.excEdge(id, [ctx.raise()]);
                    return id;
                }
                const isYield = expression?.type === 'yield' || (expression?.type === 'assignment' && expression.childForFieldName('right')?.type === 'yield');
                const id = this.simple(node, ctx, node, isYield ? 'yield' : undefined);
                this.b.edge(id, next);
                return id;
            }
            case 'if_statement':
                return this.ifStatement(node, next, ctx);
            case 'while_statement':
            case 'for_statement':
                return this.loop(node, next, ctx);
            case 'try_statement':
                return this.tryStatement(node, next, ctx);
            case 'with_statement': {
                const clause = node.namedChildren.find((child) => child.type === 'with_clause') ?? null;
                const id = this.simple(node, ctx, clause);
                const body = node.childForFieldName('body');
                this.b.edge(id, body ? this.block(body.namedChildren, next, ctx) : next);
                return id;
            }
            case 'match_statement': {
                const subject = node.childForFieldName('subject');
                const id = this.simple(node, ctx, subject);
                const body = node.childForFieldName('body');
                const cases = body?.namedChildren.filter((child) => child.type === 'case_clause') ?? [];
                for (const clause of cases) {
                    const consequence = clause.childForFieldName('consequence');
                    this.b.edge(id, consequence ? this.block(consequence.namedChildren, next, ctx) : next);
                }
                this.b.edge(id, next);
                return id;
            }
            case 'function_definition':
            case 'class_definition':
            case 'decorated_definition': {
                // a nested definition only binds a name here; its body is its own function
                const id = this.b.add('stmt', locOf(node), ctx.label);
                this.b.edge(id, next);
                return id;
            }
            default: {
                const id = this.simple(node, ctx);
                this.b.edge(id, next);
                return id;
            }
        }
    }
    ifStatement(node, next, ctx) {
        let alternative = next;
        const alternatives = node.childrenForFieldName('alternative');
        for (let index = alternatives.length - 1; index >= 0; index--) {
            const clause = alternatives[index];
            if (clause.type === 'else_clause') {
                const body = clause.childForFieldName('body');
                alternative = body ? this.block(body.namedChildren, next, ctx) : next;
            }
            else {
                const condition = clause.childForFieldName('condition');
                const id = this.simple(clause, ctx, condition);
                const consequence = clause.childForFieldName('consequence');
                const then = consequence ? this.block(consequence.namedChildren, next, ctx) : next;
                this.b.edge(id, then);
                this.b.edge(id, alternative);
                this.markCondition(id, condition, then, alternative);
                alternative = id;
            }
        }
        const condition = node.childForFieldName('condition');
        const id = this.simple(node, ctx, condition);
        const consequence = node.childForFieldName('consequence');
        const then = consequence ? this.block(consequence.namedChildren, next, ctx) : next;
        this.b.edge(id, then);
        this.b.edge(id, alternative);
        this.markCondition(id, condition, then, alternative);
        return id;
    }
    /**
     * Records the condition (to drop witnesses that take it both ways) and, for
     * `if not redis.set(k, v, nx=True):` / `if not acquired:`, the branch where an acquire failed.
     */
    markCondition(id, condition, then, otherwise) {
        if (!condition || then === otherwise)
            return;
        const negated = condition.type === 'not_operator';
        const core = negated ? (condition.namedChildren[0] ?? condition) : condition;
        this.b.node(id).branch = { condition: core.text.replace(/\s+/g, ''), negated, then, otherwise };
        let tested = condition;
        let failsWhenTrue = false;
        if (tested.type === 'not_operator') {
            failsWhenTrue = true;
            tested = tested.childForFieldName('argument') ?? tested.namedChildren[0] ?? null;
        }
        else if (tested.type === 'comparison_operator' && tested.namedChildren[1]?.type === 'none' && /^is\b(?!\s+not)/.test(tested.text.slice(tested.namedChildren[0].endIndex - tested.startIndex).trim())) {
            failsWhenTrue = true;
            tested = tested.namedChildren[0] ?? null;
        }
        while (tested && (tested.type === 'parenthesized_expression' || tested.type === 'await'))
            tested = tested.namedChildren[0] ?? null;
        if (!tested)
            return;
        const target = failsWhenTrue ? then : otherwise;
        if (tested.type === 'call')
            this.b.node(id).acquireFailed = { target };
        else if (tested.type === 'identifier')
            this.b.node(id).acquireFailed = { target, variable: tested.text };
    }
    loop(node, next, ctx) {
        const header = node.type === 'while_statement' ? node.childForFieldName('condition') : node.childForFieldName('right');
        const id = this.simple(node, ctx, header);
        const elseClause = node.childForFieldName('alternative');
        const elseBody = elseClause?.childForFieldName('body');
        const afterLoop = elseBody ? this.block(elseBody.namedChildren, next, ctx) : next;
        const body = node.childForFieldName('body');
        const bodyEntry = body ? this.block(body.namedChildren, id, { ...ctx, brk: () => next, cont: () => id }) : id;
        this.b.edge(id, bodyEntry);
        this.b.edge(id, afterLoop);
        return id;
    }
    tryStatement(node, next, ctx) {
        const handlers = node.namedChildren.filter((child) => child.type === 'except_clause' || child.type === 'except_group_clause');
        const elseBody = node.namedChildren.find((child) => child.type === 'else_clause')?.childForFieldName('body');
        const finallyBlock = node.namedChildren.find((child) => child.type === 'finally_clause')?.namedChildren.find((child) => child.type === 'block');
        let afterTry = next;
        let inner = ctx;
        if (finallyBlock) {
            const statements = finallyBlock.namedChildren;
            ({ afterTry, inner } = (0,cfg/* throughFinally */.vV)(ctx, next, (continuation, finallyCtx) => this.block(statements, continuation, finallyCtx)));
        }
        let bodyCtx = inner;
        if (handlers.length) {
            const dispatch = this.b.add('handler');
            for (const handler of handlers) {
                const id = this.b.add('handler', locOf(handler), 'except');
                const block = handler.namedChildren.find((child) => child.type === 'block');
                this.b.edge(id, block ? this.block(block.namedChildren, afterTry, { ...inner, label: 'except' }) : afterTry);
                this.b.edge(dispatch, id);
            }
            if (!handlers.some(catchesAll))
                this.b.edge(dispatch, inner.raise());
            bodyCtx = { ...inner, raise: () => dispatch };
        }
        const afterBody = elseBody ? this.block(elseBody.namedChildren, afterTry, inner) : afterTry;
        const body = node.childForFieldName('body');
        return body ? this.block(body.namedChildren, afterBody, bodyCtx) : afterBody;
    }
}
function mayRaise(node) {
    if (MAY_RAISE.includes(node.type))
        return true;
    return node.descendantsOfType(MAY_RAISE).length > 0;
}
function isAbort(expression) {
    const call = expression.type === 'await' ? expression.namedChildren[0] : expression;
    if (call?.type !== 'call')
        return false;
    const callee = call.childForFieldName('function')?.text ?? '';
    return ABORT.test(callee);
}
/** A bare `except:` or one naming Exception/BaseException catches whatever the body raises. */
function catchesAll(handler) {
    const caught = handler.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment');
    if (!caught)
        return true;
    const type = caught.type === 'as_pattern' ? caught.namedChildren[0] : caught;
    if (!type)
        return true;
    const names = type.type === 'tuple' ? type.namedChildren.map((child) => child.text) : [type.text];
    return names.some((name) => CATCH_ALL.has(name.split('.').pop() ?? name));
}

;// CONCATENATED MODULE: ./src/lang/python/catalog/resources.ts
/**
 * Python recognizer: acquire/release of token-keyed resources, for the exactly-once rules.
 *
 * Records a ResourceEvent on the enclosing function for each catalog call whose key is
 * derived from a token (the token, its claims, a string built from them): cache/redis
 * set vs delete, sadd vs srem, lock handles, register/unregister, module-level dicts and
 * sets, plus the names configured under `resources:`. The key is described by its shape
 * with token-derived parts folded (`redis:session:<token>`), so two calls on the same key
 * compare equal also across functions. Also sets framework roles (FastAPI exception
 * handlers, yield dependencies, Flask teardown and error handlers, routes) and builds the
 * CFG of each function with events at the end of the module, while the tree is alive.
 */




/** Names that acquire or release only on a cache-like receiver (`cache.set`, `SESSIONS.pop`). */
const GENERIC = new Map([
    ['set', 'acquire'],
    ['add', 'acquire'],
    ['incr', 'acquire'],
    ['delete', 'release'],
    ['pop', 'release'],
    ['remove', 'release'],
    ['discard', 'release'],
    ['decr', 'release'],
    ['invalidate', 'release'],
    ['evict', 'release'],
]);
/** Names specific enough to mean acquire/release on any receiver. */
const SPECIFIC = new Map([
    ['setex', 'acquire'],
    ['psetex', 'acquire'],
    ['setnx', 'acquire'],
    ['hset', 'acquire'],
    ['hsetnx', 'acquire'],
    ['sadd', 'acquire'],
    ['zadd', 'acquire'],
    ['register', 'acquire'],
    ['acquire', 'acquire'],
    ['lock', 'acquire'],
    ['unlink', 'release'],
    ['srem', 'release'],
    ['hdel', 'release'],
    ['zrem', 'release'],
    ['unregister', 'release'],
    ['release', 'release'],
    ['unlock', 'release'],
    ['close', 'release'],
]);
/** Calls whose key is the first two arguments (set or hash name, member). */
const MEMBER_KEYED = new Set(['sadd', 'srem', 'zadd', 'zrem', 'hset', 'hsetnx', 'hdel']);
/** Handle methods: the key is what the handle was created with (`lock = redis.lock(f"lock:{token}")`). */
const HANDLE_METHODS = new Set(['acquire', 'release', 'lock', 'unlock', 'close']);
const HANDLE_FACTORIES = new Set(['lock', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'open', 'lease']);
/** Receivers that are caches, stores or registries by name. */
const CACHE_RECEIVER = /^(?:r|rds|redis\w*|\w*_redis|\w*cache|cache\w*|\w*_store|store|sessions|\w+_sessions|active_\w+|lru|\w*limiter|revoked\w*|blacklist|denylist|blocklist|allowlist|kv|memcache[d]?|mc|locks|leases|\w+_locks|\w+_leases|registry|\w+_registry|slots|inflight|in_flight)$/i;
/** Module-level assignments that make a name a cache-like container. */
const CONTAINER_FACTORIES = /(?:^|\.)(?:Redis|StrictRedis|from_url|Cache|TTLCache|LRUCache|LFUCache|dict|set|defaultdict|OrderedDict|WeakValueDictionary|Client|MemcacheClient)$/;
function state(lowering) {
    let current = lowering.state.get('resources');
    if (!current) {
        const configured = (0,configured_resources/* configuredResourceCalls */.c)(lowering.config);
        current = { containers: new Set(), shapes: new Map(), handles: new Map(), defs: new Map(), pendingRoles: [], configured };
        lowering.state.set('resources', current);
    }
    return current;
}
function isTokenDerived(value) {
    const token = (0,model_values/* firstToken */.wk)(value);
    return (token !== undefined && token.source.kind !== 'issued') || value.kind === 'claims';
}
function scopedLookup(map, name, scope) {
    for (let current = scope; current; current = current.parent) {
        const found = map.get(`${current.fn?.id ?? 0}:${name}`);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/**
 * The key's shape: literal text kept, token-derived parts folded to `<token>` / `<claims>`,
 * claim reads kept (`<claims>[jti]`), names resolved to the shape they were assigned.
 */
function shapeOf(node, lowering, scope, depth = 0) {
    if (depth > 8)
        return '…';
    switch (node.type) {
        case 'string': {
            let text = '';
            for (const child of node.namedChildren) {
                if (child.type === 'string_content' || child.type === 'escape_sequence')
                    text += child.text;
                else if (child.type === 'interpolation') {
                    const expression = child.childForFieldName('expression');
                    if (expression)
                        text += shapeOf(expression, lowering, scope, depth + 1);
                }
            }
            return text;
        }
        case 'concatenated_string':
            return node.namedChildren.map((child) => shapeOf(child, lowering, scope, depth + 1)).join('');
        case 'parenthesized_expression':
        case 'await':
            return node.namedChildren[0] ? shapeOf(node.namedChildren[0], lowering, scope, depth + 1) : '';
        case 'binary_operator': {
            const left = node.childForFieldName('left');
            const right = node.childForFieldName('right');
            const operator = node.childForFieldName('operator')?.text ?? '';
            const joined = operator === '+' ? '' : operator;
            return `${left ? shapeOf(left, lowering, scope, depth + 1) : ''}${joined}${right ? shapeOf(right, lowering, scope, depth + 1) : ''}`;
        }
        case 'identifier': {
            const assigned = scopedLookup(state(lowering).shapes, node.text, scope);
            if (assigned !== undefined)
                return assigned;
            break;
        }
        case 'subscript': {
            const object = node.childForFieldName('value');
            const index = node.childForFieldName('subscript');
            if (object && lowering.evalExpr(object, scope).kind === 'claims')
                return `${shapeOf(object, lowering, scope, depth + 1)}[${index?.type === 'string' ? (0,syntax/* stringContent */.R)(index) : (index?.text ?? '')}]`;
            break;
        }
        case 'call': {
            const callee = node.childForFieldName('function');
            const argument = node.childForFieldName('arguments')?.namedChildren[0];
            // claims.get("jti") reads a claim like claims["jti"]
            if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get' && argument?.type === 'string') {
                const object = callee.childForFieldName('object');
                if (object && lowering.evalExpr(object, scope).kind === 'claims')
                    return `${shapeOf(object, lowering, scope, depth + 1)}[${(0,syntax/* stringContent */.R)(argument)}]`;
            }
            if (callee?.type === 'identifier' && (callee.text === 'str' || callee.text === 'repr') && argument)
                return shapeOf(argument, lowering, scope, depth + 1);
            // hash(token), hashlib.sha256(token.encode()).hexdigest(): still keyed by the token
            const hashed = hashedShape(node, lowering, scope, depth);
            if (hashed !== undefined)
                return hashed;
            // verifier.key_id(token), session_key(claims): a key computed from the token or its claims is keyed by them
            const returned = lowering.evalExpr(node, scope);
            if ((0,model_values/* firstToken */.wk)(returned) || returned.kind === 'claims')
                break;
            const given = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment').map((child) => shapeOf(child, lowering, scope, depth + 1));
            if (callee && given.some((shape) => shape.includes('<token>') || shape.includes('<claims>')))
                return `${callee.text.replace(/\s+/g, '')}(${given.join(',')})`;
            break;
        }
        default:
            break;
    }
    const value = lowering.evalExpr(node, scope);
    const token = (0,model_values/* firstToken */.wk)(value);
    if (token && token.source.kind !== 'issued')
        return '<token>';
    if (value.kind === 'claims')
        return '<claims>';
    if (value.kind === 'string')
        return value.value;
    return node.text.replace(/\s+/g, '');
}
/** Hashing and encoding calls: a key made with them is still keyed by what they were given. */
const HASHING = new Set(['hash', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'blake2b', 'blake2s', 'new', 'hexdigest', 'digest', 'encode', 'b64encode', 'urlsafe_b64encode', 'hmac']);
function calleeName(call) {
    const callee = call.childForFieldName('function');
    if (callee?.type === 'identifier')
        return callee.text;
    if (callee?.type === 'attribute')
        return callee.childForFieldName('attribute')?.text;
    return undefined;
}
/** `name(shape)` for a hashing call over a token-derived receiver or argument. */
function hashedShape(call, lowering, scope, depth) {
    const name = calleeName(call);
    if (!name || !HASHING.has(name))
        return undefined;
    const callee = call.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    const argument = call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
    for (const inner of [receiver, argument]) {
        if (!inner)
            continue;
        const shape = shapeOf(inner, lowering, scope, depth + 1);
        if (shape.includes('<token>') || shape.includes('<claims>'))
            return name === 'encode' ? shape : `${name}(${shape})`;
    }
    return undefined;
}
/** The key's shape when some part of it derives from a token or its claims. */
function keyShape(node, lowering, scope) {
    const shape = shapeOf(node, lowering, scope);
    return shape.includes('<token>') || shape.includes('<claims>') ? shape : undefined;
}
function resources_receiverName(call) {
    return call.receiverNode ? (0,syntax/* dottedName */._)(call.receiverNode) : undefined;
}
function resources_lastSegment(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
function isCacheLike(name, lowering) {
    if (!name)
        return false;
    if (state(lowering).containers.has(name))
        return true;
    return CACHE_RECEIVER.test(resources_lastSegment(name)) || lowering.config.names.caches.some((cache) => name === cache || name.endsWith(`.${cache}`));
}
/** Inside `with …:` items the context manager releases on exit: no event. */
function isWithItem(node) {
    for (let current = node.parent, depth = 0; current && depth < 3; current = current.parent, depth++) {
        if (current.type === 'with_item')
            return true;
        if (current.type !== 'as_pattern' && current.type !== 'await' && current.type !== 'parenthesized_expression')
            return false;
    }
    return false;
}
function resources_record(lowering, scope, kind, api, key, node, idempotent) {
    const fn = scope.fn;
    if (!fn || lowering.isSilent)
        return;
    const event = { kind, api, key, loc: lowering.loc(node), idempotent, offset: node.startIndex };
    (fn.events ??= []).push(event);
}
function configuredKind(call, lowering) {
    const entries = state(lowering).configured.get(call.method);
    if (!entries)
        return undefined;
    const full = call.callee ?? call.method;
    const matches = entries.filter((entry) => full === entry.name || full.endsWith(`.${entry.name}`) || entry.name === call.method);
    if (!matches.length)
        return undefined;
    const kind = matches.find((entry) => entry.kind !== 'idempotent')?.kind;
    return { ...(kind ? { kind } : {}), idempotent: matches.some((entry) => entry.kind === 'idempotent') };
}
function onResourceCall(call, lowering, scope) {
    const method = call.method;
    const configured = configuredKind(call, lowering);
    const receiver = resources_receiverName(call);
    let kind = configured?.kind;
    if (!kind) {
        kind = SPECIFIC.get(method);
        if (!kind) {
            kind = GENERIC.get(method);
            if (kind && !isCacheLike(receiver, lowering))
                kind = undefined;
        }
    }
    if (!kind)
        return;
    if (isWithItem(call.node))
        return;
    const owner = receiver ? resources_lastSegment(receiver) : '';
    let key;
    // redis.lock(name) makes a lock handle; only handle.acquire() takes it
    if (method === 'lock' && call.args.length > 0 && !configured?.kind)
        return;
    if (HANDLE_METHODS.has(method) && call.args.length === 0 && receiver && !receiver.includes('.')) {
        key = scopedLookup(state(lowering).handles, receiver, scope);
    }
    else if (MEMBER_KEYED.has(method) && call.argNodes.length >= 2) {
        const name = shapeOf(call.argNodes[0], lowering, scope);
        const member = shapeOf(call.argNodes[1], lowering, scope);
        if (/<token>|<claims>/.test(name + member))
            key = `${owner}:${name}|${member}`;
    }
    else if (call.argNodes[0]) {
        const shape = keyShape(call.argNodes[0], lowering, scope);
        if (shape !== undefined)
            key = `${owner}:${shape}`;
    }
    if (key === undefined)
        return;
    // dict.pop(key, None) and set.discard are written to be repeatable
    const idempotent = (configured?.idempotent ?? false) || method === 'discard' || (method === 'pop' && (call.args.length >= 2 || call.kwargs.has('default')));
    resources_record(lowering, scope, kind, receiver ? `${receiver}.${method}` : method, key, call.node, idempotent);
}
const ROLE_DECORATORS = [
    [/\.(?:exception_handler|errorhandler)\(/, 'error-handler'],
    [/\.(?:teardown_request|teardown_appcontext|after_request)\b/, 'teardown'],
    [/\.(?:route|get|post|put|patch|delete|api_route|websocket)\(/, 'route'],
];
const ROLE_REGISTRATIONS = new Map([
    ['add_exception_handler', 'error-handler'],
    ['register_error_handler', 'error-handler'],
    ['teardown_request', 'teardown'],
    ['teardown_appcontext', 'teardown'],
    ['after_request', 'teardown'],
]);
const resourcesRecognizer = {
    // only the exactly-once rules read resource events: with both off, no event or graph is built
    readBy: [
        ['TG501', 'double-release'],
        ['TG502', 'release-missing'],
    ],
    onCall(call, lowering, scope) {
        const method = call.method;
        if (method === undefined)
            return undefined;
        // the O(1) check first: most calls are none of these
        if (!GENERIC.has(method) && !SPECIFIC.has(method) && !ROLE_REGISTRATIONS.has(method) && !state(lowering).configured.has(method))
            return undefined;
        const registration = ROLE_REGISTRATIONS.get(method);
        if (registration) {
            // app.register_error_handler(401, handler), app.teardown_request(release_session)
            const target = call.argNodes.at(-1);
            if (target?.type === 'identifier')
                state(lowering).pendingRoles.push({ name: target.text, role: registration });
            return undefined;
        }
        // keys come from tokens: skip functions that have not touched one (unless a captured key shape exists)
        const current = state(lowering);
        if (!scope.fn || lowering.isSilent || (!scope.fn.touchesToken && current.shapes.size === 0 && current.handles.size === 0))
            return undefined;
        onResourceCall(call, lowering, scope);
        return undefined;
    },
    onAssign(target, value, valueNode, lowering, scope) {
        const fn = scope.fn;
        if (scope === lowering.moduleScope) {
            if (target.type !== 'identifier')
                return;
            const valueType = valueNode.type;
            const factory = valueType === 'call' ? valueNode.childForFieldName('function')?.text : undefined;
            if (valueType === 'dictionary' || valueType === 'set' || (factory && CONTAINER_FACTORIES.test(factory)))
                state(lowering).containers.add(target.text);
            return;
        }
        // claims from a helper mark the function as token-touching too (its keys may come from them)
        if (fn && value.kind === 'claims')
            fn.touchesToken = true;
        if (!fn?.touchesToken)
            return;
        const current = state(lowering);
        if (target.type === 'identifier') {
            const slot = `${scope.fn?.id ?? 0}:${target.text}`;
            // ok = redis.set(key, "1", nx=True): a later `if not ok:` tests this acquire
            const lastEvent = scope.fn?.events?.at(-1);
            const valueCall = valueNode.type === 'await' ? valueNode.namedChildren[0] : valueNode;
            if (lastEvent?.kind === 'acquire' && valueCall && lastEvent.offset === valueCall.startIndex)
                lastEvent.boundTo = target.text;
            const worthShaping = isTokenDerived(value) || valueNode.type === 'string' || valueNode.type === 'binary_operator' || (valueNode.type === 'call' && HASHING.has(calleeName(valueNode) ?? ''));
            const shape = worthShaping ? keyShape(valueNode, lowering, scope) : undefined;
            if (shape !== undefined) {
                current.shapes.set(slot, shape);
                return;
            }
            // lock = redis.lock(f"lock:{token}"): the handle is keyed by what it was made from
            const call = valueNode.type === 'await' ? valueNode.namedChildren[0] : valueNode;
            if (call?.type !== 'call')
                return;
            const callee = call.childForFieldName('function');
            const factory = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
            const argument = call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
            const shapeOfArgument = factory && HANDLE_FACTORIES.has(factory) && argument ? keyShape(argument, lowering, scope) : undefined;
            if (shapeOfArgument !== undefined)
                current.handles.set(slot, `${factory}:${shapeOfArgument}`);
            return;
        }
        if (target.type === 'subscript' && scope.fn) {
            // SESSIONS[token] = user: the container holds an entry keyed by the token
            const object = target.childForFieldName('value');
            const index = target.childForFieldName('subscript');
            const name = object ? (0,syntax/* dottedName */._)(object) : undefined;
            if (!object || !index || !name || !isCacheLike(name, lowering))
                return;
            const shape = keyShape(index, lowering, scope);
            if (shape !== undefined)
                resources_record(lowering, scope, 'acquire', `${name}[…] =`, `${resources_lastSegment(name)}:${shape}`, target, false);
        }
    },
    onSubscript(node, _object, _index, lowering, scope) {
        // del SESSIONS[token]
        if (!scope.fn?.touchesToken || lowering.isSilent)
            return;
        const parent = node.parent;
        const inDelete = parent?.type === 'delete_statement' || (parent?.type === 'expression_list' && parent.parent?.type === 'delete_statement');
        if (!inDelete || !scope.fn)
            return;
        const object = node.childForFieldName('value');
        const indexNode = node.childForFieldName('subscript');
        const name = object ? (0,syntax/* dottedName */._)(object) : undefined;
        if (!name || !indexNode || !isCacheLike(name, lowering))
            return;
        const shape = keyShape(indexNode, lowering, scope);
        if (shape !== undefined)
            resources_record(lowering, scope, 'release', `del ${name}[…]`, `${resources_lastSegment(name)}:${shape}`, node, false);
    },
    onFunction(def, decorators, fn, lowering) {
        state(lowering).defs.set(fn.id, def);
        if (fn.role)
            return;
        for (const decorator of decorators) {
            const text = decorator.text;
            const role = ROLE_DECORATORS.find(([pattern]) => pattern.test(text))?.[1];
            if (role) {
                fn.role = role;
                return;
            }
        }
    },
    onModuleEnd(lowering) {
        const current = state(lowering);
        for (const pending of current.pendingRoles) {
            const fn = lowering.model.functions.find((candidate) => candidate.name === pending.name);
            if (fn && !fn.role)
                fn.role = pending.role;
        }
        for (const fn of lowering.model.functions) {
            if (!fn.events?.length)
                continue;
            const def = current.defs.get(fn.id);
            if (!def)
                continue;
            // a generator with resource events around its yield: a FastAPI dependency with teardown
            if (!fn.role && def.descendantsOfType('yield').length > 0)
                fn.role = 'dependency';
            // the tree is freed when lowering ends, so the graph is built now, only for functions with events
            fn.cfg = buildPythonCfg(def, fn.events);
        }
    },
};

// EXTERNAL MODULE: ./src/model/routes.ts
var routes = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/lang/python/frameworks/function-auth.ts

const function_auth_STATE_KEY = 'py-function-auth';
function factsTable(lowering) {
    let table = lowering.state.get(function_auth_STATE_KEY);
    if (!table) {
        table = new Map();
        lowering.state.set(function_auth_STATE_KEY, table);
    }
    return table;
}
function factsOf(lowering, fn) {
    const table = factsTable(lowering);
    let facts = table.get(fn.id);
    if (!facts) {
        facts = { fn, parentId: undefined, readsToken: false, denies401: false, denies403: false, verifyCall: undefined, calls: new Set() };
        table.set(fn.id, facts);
    }
    return facts;
}
/** A token the request presented (an issued one is the login's output, not a check). */
function isStrongToken(value) {
    return value?.kind === 'token' && value.source.strength === 'strong' && value.source.kind !== 'issued';
}
/** Marks the function when a value read from the request's token sources passes through. */
function noteValue(value, lowering, scope) {
    if (scope.fn && !lowering.isSilent && isStrongToken(value))
        factsOf(lowering, scope.fn).readsToken = true;
}
/** 401 / 403 from a status value: a number or a named constant (`status.HTTP_401_UNAUTHORIZED`, `HTTPStatus.FORBIDDEN`). */
function statusOf(value) {
    if (value?.kind === 'number')
        return value.value === 401 ? 401 : value.value === 403 ? 403 : undefined;
    if (value?.kind === 'unknown' && value.name) {
        if (/401|UNAUTHORI[SZ]ED/i.test(value.name))
            return 401;
        if (/403|FORBIDDEN/i.test(value.name))
            return 403;
    }
    return undefined;
}
/** Exceptions and responses that mean "not authenticated" / "not allowed" by their name alone. */
const DENY_401_CLASS = /^(?:Unauthori[sz]ed|unauthorized|NotAuthenticated|AuthenticationFailed|HTTPUnauthorized|NoAuthorizationError|InvalidTokenError|AuthError|AuthenticationError|redirect_to_login)$/;
const DENY_403_CLASS = /^(?:Forbidden|PermissionDenied|HTTPForbidden)$/;
const STATUS_KEYWORDS = ['status', 'status_code', 'code'];
/** Calls that verify a token by name, also without a token argument (they read the request themselves). */
const COMPARE_DIGEST = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
const SELF_READING_VERIFY = new Set(['verify_jwt_in_request', 'verify_jwt_refresh_token_in_request']);
/** Helpers that authenticate the current request by name (`user = current_user()`), when their body is in another file. */
const SELF_READING_AUTH = /^(?:get_)?(?:current|authenticated|logged_in)_user(?:_id)?$|^require_(?:auth|authentication|user|login|token)$|^authenticate(?:_request)?$|^verify_request$/;
/** Webhook signature checks: Stripe's construct_event, hand-written verify_signature helpers. */
const SIGNATURE_VERIFY = /^(?:construct_event|verify_signature|verify_webhook(?:_signature)?|validate_signature|validate_webhook(?:_signature)?|check_signature|verify_hmac|verify_header)$/;
const VERIFY_NAME = /(?:^|_)(?:verify|authenticate|validate|check)(?:_|$)|(?:token|jwt|auth)_(?:verify|decode|validate|check)|^decode_(?:\w+_)?(?:token|jwt)$|^(?:get_)?current_user$/i;
const function_auth_NOT_TOKEN_VERIFY = /password|passwd|email|otp|captcha|checksum|ssl|cert|signature|webhook/i;
/** Records what a call says about its function: a denial, a verify-like call, a token passed on. */
function noteCall(call, lowering, scope) {
    if (!scope.fn || lowering.isSilent)
        return;
    const facts = factsOf(lowering, scope.fn);
    let tokenArgument = false;
    for (const value of call.args)
        if (isStrongToken(value))
            tokenArgument = true;
    for (const value of call.kwargs.values())
        if (isStrongToken(value))
            tokenArgument = true;
    if (tokenArgument || isStrongToken(call.receiver))
        facts.readsToken = true;
    const name = call.method ?? '';
    let status;
    if (DENY_401_CLASS.test(name))
        status = 401;
    else if (DENY_403_CLASS.test(name))
        status = 403;
    else {
        for (const value of call.args)
            status ??= call.args.length <= 3 && value.kind === 'number' ? statusOf(value) : undefined;
        for (const keyword of STATUS_KEYWORDS)
            status ??= statusOf(call.kwargs.get(keyword));
        // redirect(url_for("login")): session authentication sending strangers to sign in
        if (name === 'redirect' && /log_?in|sign_?in/i.test(call.argNodes[0]?.text ?? ''))
            status = 403;
    }
    if (name === 'redirect')
        facts.redirects = true;
    if (status === 401)
        facts.denies401 = true;
    if (status === 403)
        facts.denies403 = true;
    const local = call.callee !== undefined && !call.callee.includes('.') && lowering.functionDefs.has(call.callee);
    if (local)
        facts.calls.add(call.callee);
    if (SELF_READING_VERIFY.has(name) && call.callee !== undefined)
        facts.verifyCall ??= call.callee;
    else if (!local && importedVerifies(call.callee, lowering))
        facts.verifyCall ??= call.callee; // a function of another module that authenticates
    else if (SIGNATURE_VERIFY.test(name))
        facts.verifyCall ??= call.callee ?? name; // a webhook checking its sender's signature
    else if (COMPARE_DIGEST.has(call.callee ?? ''))
        facts.verifyCall ??= call.callee; // a credential checked in constant time
    else if (!local && call.receiver === undefined && SELF_READING_AUTH.test(name))
        facts.verifyCall ??= name;
    else if ((tokenArgument || isStrongToken(call.receiver)) && VERIFY_NAME.test(name) && !function_auth_NOT_TOKEN_VERIFY.test(name))
        facts.verifyCall ??= call.callee ?? name;
}
/** Session authentication tests: Django's `request.user.is_authenticated`, flask-login's `current_user.is_authenticated` (not role checks on an already authenticated user). */
const IDENTITY_TEST = /\b(?:(?:self\.)?request\.user|current_user|g\.user)\.(?:is_authenticated|is_anonymous)\b/;
/** A condition of the function that tests the signed-in identity: with a denial it is an inline check. */
function noteCondition(condition, lowering, scope) {
    if (scope.fn && !lowering.isSilent && IDENTITY_TEST.test(condition.text))
        factsOf(lowering, scope.fn).checksIdentity = true;
}
/** `return jsonify(error=…), 401` */
function noteReturn(value, lowering, scope) {
    noteValue(value, lowering, scope);
    if (!scope.fn || lowering.isSilent || value.kind !== 'list')
        return;
    const status = value.items.length >= 2 ? statusOf(value.items[value.items.length - 1]) : undefined;
    if (status === 401)
        factsOf(lowering, scope.fn).denies401 = true;
    if (status === 403)
        factsOf(lowering, scope.fn).denies403 = true;
}
/** Function ids that hold a JWT decode (verifying or not: a decode is an attempt to authenticate). */
function decodingFunctions(lowering) {
    const ids = new Set();
    for (const op of lowering.model.jwtOps)
        if ((op.kind === 'decode' || op.kind === 'unverified-decode') && op.functionId !== undefined)
            ids.add(op.functionId);
    return ids;
}
/**
 * A handler checks inline when it decodes a token, calls a verify-like function on one,
 * or reads one and denies with 401/403 itself (an API key compared, then `abort(403)`).
 */
function checksInline(facts, decoding, localFacts) {
    if (!facts)
        return false;
    if (decoding.has(facts.fn.id) || facts.verifyCall !== undefined || ((facts.readsToken || facts.checksIdentity === true) && (facts.denies401 || facts.denies403)))
        return true;
    // `if current_user.is_anonymous: return redirect(url_for("index"))`: it handles anonymous callers itself
    if (facts.checksIdentity === true && facts.redirects === true)
        return true;
    // one call away: `user = current_user()` where current_user is defined in this file and verifies
    if (!localFacts)
        return false;
    for (const name of facts.calls)
        if (checksInline(localFacts(name), decoding))
            return true;
    return false;
}
/**
 * A hook, dependency or decorator guards what it wraps when it (or a function nested in
 * it: a decorator's wrapper) reads the token, verifies it, or denies with 401/403.
 */
function guards(fnId, table, decoding, children, seen = new Set()) {
    if (seen.has(fnId))
        return false;
    seen.add(fnId);
    const facts = table.get(fnId);
    if (decoding.has(fnId))
        return true;
    if (facts && (facts.readsToken || facts.denies401 || facts.denies403 || facts.verifyCall !== undefined))
        return true;
    return (children.get(fnId) ?? []).some((child) => guards(child, table, decoding, children, seen));
}
function childrenOf(table) {
    const children = new Map();
    for (const facts of table.values()) {
        if (facts.parentId === undefined)
            continue;
        const list = children.get(facts.parentId) ?? [];
        list.push(facts.fn.id);
        children.set(facts.parentId, list);
    }
    return children;
}

;// CONCATENATED MODULE: ./src/lang/python/frameworks/django.ts

const DRF_BASE = /APIView$|ViewSet$|^GenericAPIView$|^(?:List|Create|Retrieve|Update|Destroy|ListCreate|RetrieveUpdate|RetrieveDestroy|RetrieveUpdateDestroy)APIView$/;
const DJANGO_VIEW_BASE = /^(?:View|TemplateView|RedirectView|ListView|DetailView|CreateView|UpdateView|DeleteView|FormView|ArchiveIndexView|YearArchiveView|MonthArchiveView|DayArchiveView|DateDetailView)$/;
/** The HTTP methods of DRF generic views and viewsets that define no handler methods themselves. */
const GENERIC_METHODS = [
    [/^ReadOnlyModelViewSet$/, ['GET']],
    [/^ListAPIView$|^RetrieveAPIView$/, ['GET']],
    [/^CreateAPIView$/, ['POST']],
    [/^ListCreateAPIView$/, ['GET', 'POST']],
    [/^UpdateAPIView$/, ['PUT', 'PATCH']],
    [/^DestroyAPIView$/, ['DELETE']],
    [/^RetrieveUpdateAPIView$/, ['GET', 'PUT', 'PATCH']],
    [/^RetrieveDestroyAPIView$/, ['GET', 'DELETE']],
    [/^RetrieveUpdateDestroyAPIView$/, ['GET', 'PUT', 'PATCH', 'DELETE']],
    [/ViewSet$/, ['*']],
];
/** ViewSet actions and the HTTP method each answers. */
const ACTION_METHODS = { list: 'GET', retrieve: 'GET', create: 'POST', update: 'PUT', partial_update: 'PATCH', destroy: 'DELETE' };
/** Mixins that make a class-based view require a signed-in or permitted user. */
const AUTH_MIXIN = /^(?:LoginRequired|PermissionRequired|UserPassesTest|Staff(?:user|Member)?Required|SuperuserRequired|GroupRequired|MultiplePermissionsRequired|Access)Mixin$/;
/** The framework a class with these bases belongs to, when it is a Django or DRF view. */
function djangoClassFramework(bases, lowering) {
    if (lowering.importedModules.has('rest_framework') && bases.some((base) => DRF_BASE.test(base)))
        return 'drf';
    if (lowering.importedModules.has('django') && bases.some((base) => DJANGO_VIEW_BASE.test(base)))
        return 'django';
    return undefined;
}
/** The methods Django's generic class-based views answer. */
const DJANGO_GENERIC_METHODS = [
    [/^(?:TemplateView|RedirectView|ListView|DetailView|ArchiveIndexView|YearArchiveView|MonthArchiveView|DayArchiveView|DateDetailView)$/, ['GET']],
    [/^(?:CreateView|UpdateView|FormView|DeleteView)$/, ['GET', 'POST']],
];
/** The methods a view class answers when it defines none itself (generic views, model viewsets). */
function genericMethods(bases) {
    for (const [pattern, methods] of DJANGO_GENERIC_METHODS)
        if (bases.some((base) => pattern.test(base)))
            return methods;
    for (const [pattern, methods] of GENERIC_METHODS)
        if (bases.some((base) => pattern.test(base)))
            return methods;
    return ['*'];
}
/** `LoginRequiredMixin` among the bases. */
function authMixin(bases) {
    return bases.find((base) => AUTH_MIXIN.test(base));
}
/** `method_decorator(login_required, name="dispatch")` → the decorator it applies. */
function methodDecoratorTarget(call) {
    const callee = call.childForFieldName('function');
    if (!callee || ((0,syntax/* dottedName */._)(callee) ?? '').split('.').pop() !== 'method_decorator')
        return undefined;
    return call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment') ?? undefined;
}
const PERMISSION_CLASS = /^(?:Is\w+|\w*Permission\w*|Has\w+|DjangoModelPermissions\w*|DjangoObjectPermissions|TokenHasScope\w*|TokenHasReadWriteScope)$/;
/**
 * What a `get_permissions()` override returns: the permission classes it names. Only
 * AllowAny: public; another permission class: authentication (for some actions at least).
 */
function getPermissionsAuth(def) {
    const names = new Set();
    const visit = (node) => {
        if (node.type === 'identifier' || node.type === 'attribute') {
            const last = ((0,syntax/* dottedName */._)(node) ?? node.text).split('.').pop() ?? '';
            if (last === 'AllowAny' || PERMISSION_CLASS.test(last))
                names.add(last);
            if (node.type === 'attribute')
                return;
        }
        for (const child of node.namedChildren)
            visit(child);
    };
    const body = def.childForFieldName('body');
    if (body)
        visit(body);
    const protecting = [...names].filter((name) => name !== 'AllowAny');
    if (protecting.length)
        return { evidence: `get_permissions(${protecting.join(', ')})` };
    return names.has('AllowAny') ? { public: true } : undefined;
}
/** The permission classes a `REST_FRAMEWORK = {...}` settings dict makes the default, when they authenticate. */
function restFrameworkDefaultAuth(dict) {
    if (dict.type !== 'dictionary')
        return undefined;
    for (const pair of dict.namedChildren) {
        const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const value = pair.childForFieldName('value');
        if (key?.type !== 'string' || (0,syntax/* stringContent */.R)(key) !== 'DEFAULT_PERMISSION_CLASSES' || !value)
            continue;
        const names = value.namedChildren.filter((child) => child.type === 'string').map((child) => (0,syntax/* stringContent */.R)(child).split('.').pop() ?? '');
        const protecting = names.filter((name) => name !== 'AllowAny');
        if (protecting.length)
            return `REST_FRAMEWORK DEFAULT_PERMISSION_CLASSES (${protecting.join(', ')})`;
    }
    return undefined;
}
/** `MIDDLEWARE = [..., "django.contrib.auth.middleware.LoginRequiredMiddleware"]`: every Django view requires login. */
function loginRequiredMiddleware(list) {
    if (list.type !== 'list' && list.type !== 'tuple')
        return undefined;
    const entry = list.namedChildren.find((child) => child.type === 'string' && /LoginRequiredMiddleware$/.test((0,syntax/* stringContent */.R)(child)));
    return entry ? (0,syntax/* stringContent */.R)(entry).split('.').pop() : undefined;
}
const METHOD_DECORATORS = { require_GET: ['GET'], require_POST: ['POST'], require_safe: ['GET', 'HEAD'] };
const RESPONSE_RETURN = /\breturn\s+(?:[\w.]+\.)?(?:render|redirect|render_to_response|HttpResponse\w*|JsonResponse|Response|TemplateResponse|FileResponse|StreamingHttpResponse)\(/;
/** The HTTP methods a view decorator restricts to: `@require_POST`, `@require_http_methods(["GET"])`, `@api_view(["GET", "POST"])`. */
function decoratorMethods(expression) {
    const call = expression.type === 'call' ? expression : undefined;
    const name = ((call ? (0,syntax/* dottedName */._)(call.childForFieldName('function')) : (0,syntax/* dottedName */._)(expression)) ?? '').split('.').pop() ?? '';
    if (METHOD_DECORATORS[name])
        return METHOD_DECORATORS[name];
    if (call && (name === 'require_http_methods' || name === 'api_view')) {
        const list = call.childForFieldName('arguments')?.namedChildren[0];
        const methods = (list?.namedChildren ?? []).filter((child) => child.type === 'string').map((child) => (0,syntax/* stringContent */.R)(child).toUpperCase());
        return methods.length ? methods : name === 'api_view' ? ['GET'] : undefined;
    }
    if (name === 'api_view')
        return ['GET'];
    return undefined;
}
/** A private function, or one the module calls itself (`return render_page(request, context)`): a helper of the views. */
function isViewHelper(def, lowering) {
    const name = def.childForFieldName('name')?.text ?? '';
    if (name.startsWith('_'))
        return true;
    const calls = lowering.text.match(new RegExp(`(?<![\\w.])${name}\\(`, 'g'))?.length ?? 0;
    return calls > 1; // the def itself is one
}
/**
 * A module-level function view: its first parameter is `request`, in a Django or DRF file,
 * and it is decorated as a view or returns a response without being a helper of other views. Its HTTP methods, '*' when open.
 */
function functionView(def, decorators, lowering) {
    if (!lowering.importedModules.has('django') && !lowering.importedModules.has('rest_framework'))
        return undefined;
    if (def.parent?.type !== 'module' && def.parent?.parent?.type !== 'module')
        return undefined;
    const first = def.childForFieldName('parameters')?.namedChildren[0];
    const firstName = first?.type === 'identifier' ? first.text : first?.type === 'typed_parameter' ? first.namedChildren.find((child) => child.type === 'identifier')?.text : undefined;
    if (firstName !== 'request')
        return undefined;
    let methods;
    let apiView = false;
    for (const decorator of decorators) {
        const expression = decorator.namedChildren[0];
        if (!expression)
            continue;
        methods ??= decoratorMethods(expression);
        if (/^@\s*(?:[\w.]+\.)?api_view\b/.test(decorator.text))
            apiView = true;
    }
    if (decorators.length === 0 && (!RESPONSE_RETURN.test(lowering.text.slice(def.startIndex, def.endIndex)) || isViewHelper(def, lowering)))
        return undefined;
    return { framework: apiView ? 'drf' : 'django', methods: methods ?? ['*'] };
}

;// CONCATENATED MODULE: ./src/lang/python/frameworks/routes.ts





const routes_STATE_KEY = 'py-routes';
function routes_stateOf(lowering) {
    let state = lowering.state.get(routes_STATE_KEY);
    if (!state) {
        state = { groups: new Map(), handlers: new Map(), handlersByFn: new Map(), classes: new Map(), routes: [], mounts: [], middleware: [], aliases: new Map(), settingsAuth: [], dependencyClasses: new Map() };
        lowering.state.set(routes_STATE_KEY, state);
    }
    return state;
}
// ---- vocabulary ----
const GROUP_FACTORIES = {
    Flask: { framework: 'flask', app: true },
    Quart: { framework: 'flask', app: true },
    APIFlask: { framework: 'flask', app: true },
    Blueprint: { framework: 'flask', app: false },
    APIBlueprint: { framework: 'flask', app: false },
    Api: { framework: 'flask', app: false }, // Flask-RESTful / Flask-RESTX
    Namespace: { framework: 'flask', app: false },
    FastAPI: { framework: 'fastapi', app: true },
    APIRouter: { framework: 'fastapi', app: false },
};
const routes_WEB_MODULES = ['flask', 'fastapi', 'quart', 'apiflask', 'flask_restful', 'flask_restx', 'starlette'];
const ROUTE_DECORATORS = {
    route: undefined,
    api_route: undefined,
    get: 'GET',
    post: 'POST',
    put: 'PUT',
    patch: 'PATCH',
    delete: 'DELETE',
    head: 'HEAD',
    options: 'OPTIONS',
};
/** Receivers named like an app, blueprint or router, when they are not bound in this file. */
const ROUTER_NAME = /^(?:app|application|api|bp|blueprint|router|ns|[a-z]\w*_(?:bp|blueprint|router|api|app|ns)|(?:bp|api|router)_\w+)$/;
const HTTP_METHOD_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy']);
const CLASS_VIEW_BASES = { MethodView: 'flask', View: 'flask', Resource: 'flask' };
/** Decorators that authenticate by name (also as `auth.login_required`, `oidc.require_login`). */
const AUTH_DECORATOR = /^(?:\w+_)?(?:login|auth|authentication|jwt|token|api_key|apikey|bearer|permission|permissions|role|roles|scope|scopes|admin|user|staff|superuser|staff_member)_(?:required|needed)$|^(?:requires?|needs?)_(?:auth|authentication|login|token|jwt|api_key|permission|permissions|role|roles|scope|scopes|user|admin)$|^(?:authenticated|protected|roles_accepted|require_oauth|accept_token|authorize|authorized|user_passes_test)$/;
/** Decorators that mark a route public on purpose. */
const PUBLIC_DECORATOR = /^(?:public|public_route|public_endpoint|no_auth|allow_anonymous|skip_auth|auth_exempt|login_exempt|login_not_required|unauthenticated)$/;
/** Dependencies whose name says they authenticate, when their body is not in this file. */
const AUTH_DEPENDENCY_NAME = /current_?\w*?user|superuser|auth|token|jwt|verify|logged_?in|login|permission|principal|credential|api_?key|bearer|require|admin|scope|role|session_?user|identity|protect|guard|oauth/i;
/** Annotated dependency aliases named for the authenticated caller: `CurrentUser`, `AuthUser`, `TokenDep`, `CurrentSuperuserDep`. */
const IMPORTED_AUTH_ALIAS = /^(?:Current|Authenticated|Auth|Verified|Active)[A-Z]\w*$|^\w*(?:User|Principal|Identity|Claims|Token|Auth)Dep$/;
/** FastAPI security schemes: a Depends on one reads the bearer token (and rejects requests without it). */
const SECURITY_SCHEMES = new Set(['OAuth2PasswordBearer', 'OAuth2AuthorizationCodeBearer', 'OAuth2', 'HTTPBearer', 'HTTPBasic', 'HTTPDigest', 'APIKeyHeader', 'APIKeyCookie', 'APIKeyQuery', 'OpenIdConnect']);
const AUTH_MIDDLEWARE = /auth|jwt|token|bearer/i;
/**
 * Handlers public by name: sign-in, sign-up, token and password-reset requests, health,
 * OAuth callbacks, and routes named anonymous or public.
 */
const PUBLIC_HANDLER = /^(?:login|logout|log_in|log_out|sign_?in|sign_?up|sign_?out|(?:login|log_in|sign_?in|logout|log_out|sign_?out)_\w+|\w+_(?:login|logout)|register|registration|health|healthz|health_?check|ping|liveness|readiness|favicon|robots_txt|(?:forgot|reset|request|recover)_password(?:_request)?|password_reset(?:_request)?|request_password_reset|(?:oauth|sso|auth)_?callback|\w+_oauth_callback|(?:get_)?anonymous|\w+_anonymous|public|public_\w+|\w+_public|(?:obtain|refresh|get|create|issue)_(?:access_)?token(?:_pair)?|token(?:_obtain(?:_pair)?|_refresh)?)$/;
/** Handlers of an application's home page. */
const HOME_HANDLER = /^(?:index|home|root|landing)$/;
function routes_lastSegment(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
function firstExpression(decorator) {
    return decorator.namedChildren.find((child) => child.type !== 'comment') ?? undefined;
}
function keywordArgument(call, name) {
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name)
            return argument.childForFieldName('value') ?? undefined;
    }
    return undefined;
}
function positionalArguments(call) {
    return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment' && child.type !== 'dictionary_splat' && child.type !== 'list_splat');
}
function literal(node) {
    if (node?.type !== 'string' || node.namedChildren.some((child) => child.type === 'interpolation'))
        return undefined;
    return (0,syntax/* stringContent */.R)(node);
}
/** A path argument: a literal, or a constant the walker already knows. */
function pathOf(node, lowering, scope) {
    if (!node)
        return undefined;
    const direct = literal(node);
    if (direct !== undefined)
        return direct;
    const value = lowering.evalExpr(node, scope);
    return value.kind === 'string' ? value.value : undefined;
}
function methodsOf(node, lowering, scope) {
    if (!node)
        return undefined;
    const value = lowering.evalExpr(node, scope);
    if (value.kind !== 'list')
        return undefined;
    const methods = value.items.flatMap((item) => (item.kind === 'string' ? [item.value.toUpperCase()] : []));
    return methods.length ? methods : undefined;
}
/** The targets of `Depends(x)` / `Security(x)` found in a dependency list, a default value or an `Annotated[...]` type. */
function dependsTargets(node, lowering, out = [], depth = 0) {
    if (!node || depth > 6)
        return out;
    if (node.type === 'call') {
        const callee = node.childForFieldName('function');
        const name = callee ? routes_lastSegment((0,syntax/* dottedName */._)(callee) ?? '') : '';
        if (name === 'Depends' || name === 'Security') {
            const target = positionalArguments(node)[0] ?? keywordArgument(node, 'dependency');
            if (target)
                out.push(target);
        }
        return out;
    }
    if (node.type === 'identifier') {
        const aliased = routes_stateOf(lowering).aliases.get(node.text);
        if (aliased)
            out.push(...aliased);
        else if (lowering.imports.has(node.text)) {
            // `current_user: CurrentUser` with the alias imported from another module: the dependency link resolved it to,
            // or, when link knows nothing of it (not in the tree), an Annotated alias named for the authenticated caller
            const fact = lowering.importedFact(lowering.importedName(node.text));
            if (fact ? fact.kind === 'function' : IMPORTED_AUTH_ALIAS.test(node.text))
                out.push(node);
        }
        return out;
    }
    if (node.type === 'list' || node.type === 'tuple' || node.type === 'subscript' || node.type === 'type' || node.type === 'generic_type' || node.type === 'type_parameter' || node.type === 'parenthesized_expression') {
        for (const child of node.namedChildren)
            dependsTargets(child, lowering, out, depth + 1);
    }
    return out;
}
/** DRF permission/authentication class lists: AllowAny only (or nothing) is public on purpose. */
function permissionListAuth(list, setting) {
    const names = (list?.namedChildren ?? []).filter((child) => child.type !== 'comment').map((child) => routes_lastSegment((0,syntax/* dottedName */._)(child) ?? child.text));
    if (names.length === 0 || names.every((name) => name === 'AllowAny'))
        return { public: setting === 'permission_classes' };
    return { evidence: { kind: 'decorator', name: `${setting}(${names.join(', ')})` } };
}
function decoratorAuth(expression, lowering) {
    // @method_decorator(login_required, name="dispatch"): the decorator it applies
    const applied = expression.type === 'call' ? methodDecoratorTarget(expression) : undefined;
    if (applied)
        return decoratorAuth(applied, lowering);
    const call = expression.type === 'call' ? expression : undefined;
    const nameNode = call ? call.childForFieldName('function') : expression;
    const name = nameNode ? (lowering.qualifiedName(nameNode) ?? (0,syntax/* dottedName */._)(nameNode)) : undefined;
    if (!name)
        return {};
    const last = routes_lastSegment(name);
    const written = nameNode ? ((0,syntax/* dottedName */._)(nameNode) ?? name) : name;
    if (call && (last === 'permission_classes' || last === 'authentication_classes'))
        return permissionListAuth(positionalArguments(call)[0], last);
    // @action(detail=True, methods=["post"], permission_classes=[AllowAny])
    const permissionKeyword = call ? keywordArgument(call, 'permission_classes') : undefined;
    if (permissionKeyword)
        return permissionListAuth(permissionKeyword, 'permission_classes');
    // @jwt_required(optional=True): anonymous requests are let through on purpose
    if (call && keywordArgument(call, 'optional')?.type === 'true')
        return { public: true };
    if (PUBLIC_DECORATOR.test(last))
        return { public: true };
    const configured = lowering.config.names['auth-decorators'];
    if (AUTH_DECORATOR.test(last) || configured.includes(last) || configured.includes(written) || configured.includes(name) || importedVerifies(name, lowering))
        return { evidence: { kind: 'decorator', name: written } };
    const local = call ? undefined : name;
    if (local && lowering.functionDefs.has(local))
        return { custom: local };
    if (call && lowering.functionDefs.has(name))
        return { custom: name }; // a decorator factory defined here
    return {};
}
function isWebFile(lowering) {
    return routes_WEB_MODULES.some((module) => lowering.importedModules.has(module));
}
/** The group a route or hook is registered on: a bound app/blueprint/router, or a name that looks like one. */
function groupFor(receiver, lowering, state) {
    if (!receiver)
        return undefined;
    const known = state.groups.get(receiver);
    if (known)
        return { name: receiver, group: known };
    const last = routes_lastSegment(receiver);
    // `from panel import panel`: a router or blueprint of another module, whatever its name (link says so in a second lowering)
    const [head, ...rest] = receiver.split('.');
    const imported = lowering.imports.has(head) ? lowering.importedFact([lowering.importedName(head), ...rest].join('.')) : undefined;
    if (!ROUTER_NAME.test(last) && imported?.kind !== 'group')
        return undefined;
    if (!isWebFile(lowering) && !lowering.imports.has(head))
        return undefined;
    const group = {
        framework: imported?.kind === 'group' ? imported.framework : lowering.importedModules.has('fastapi') && !lowering.importedModules.has('flask') ? 'fastapi' : 'flask',
        app: last === 'app' || last === 'application',
        prefix: '',
        dependencies: [],
        decorators: [],
        hooks: [],
        loc: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        defined: false,
    };
    state.groups.set(receiver, group);
    return { name: receiver, group };
}
function joinPath(prefix, path) {
    if (!prefix)
        return path;
    return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/$/, '') || '/';
}
// ---- hooks ----
function onGroupAssign(target, valueNode, lowering, state) {
    if (valueNode.type !== 'call')
        return;
    const callee = valueNode.childForFieldName('function');
    const qualified = callee ? lowering.qualifiedName(callee) : undefined;
    const factory = qualified ? GROUP_FACTORIES[routes_lastSegment(qualified)] : undefined;
    const name = (0,syntax/* dottedName */._)(target);
    if (!factory || !name || !qualified)
        return;
    const head = qualified.split('.')[0];
    if (!routes_WEB_MODULES.includes(head) && !isWebFile(lowering))
        return;
    const prefix = literal(keywordArgument(valueNode, 'prefix') ?? keywordArgument(valueNode, 'url_prefix') ?? (routes_lastSegment(qualified) === 'Namespace' ? keywordArgument(valueNode, 'path') : undefined)) ?? '';
    const decorators = (keywordArgument(valueNode, 'decorators')?.namedChildren ?? []).filter((child) => child.type !== 'comment').map((child) => decoratorAuth(child, lowering));
    state.groups.set(name, {
        framework: factory.framework,
        app: factory.app,
        prefix,
        dependencies: dependsTargets(keywordArgument(valueNode, 'dependencies'), lowering),
        decorators,
        hooks: [],
        loc: lowering.loc(valueNode),
        defined: true,
    });
}
function onRegistrationCall(call, lowering, scope, state) {
    const method = call.method;
    const receiver = call.receiverNode ? (0,syntax/* dottedName */._)(call.receiverNode) : undefined;
    if (!method || !receiver)
        return;
    switch (method) {
        case 'add_url_rule': {
            const found = groupFor(receiver, lowering, state);
            const path = pathOf(call.kwargNodes.get('rule') ?? call.argNodes[0], lowering, scope);
            const view = call.kwargNodes.get('view_func') ?? call.argNodes[2];
            if (!found || path === undefined || !view)
                return;
            state.routes.push({
                framework: found.group.framework,
                group: found.name,
                // class views answer the methods they define; a function view answers GET unless told
                methods: methodsOf(call.kwargNodes.get('methods'), lowering, scope) ?? (isClassView(view) ? [] : ['GET']),
                path: joinPath(found.group.prefix, path),
                handler: viewName(view),
                loc: lowering.loc(call.node),
                viewNode: view,
                dependencies: [],
            });
            return;
        }
        case 'add_resource': {
            const found = groupFor(receiver, lowering, state);
            const resource = call.argNodes[0];
            const path = pathOf(call.argNodes[1], lowering, scope);
            if (!found || !resource || path === undefined)
                return;
            state.routes.push({ framework: 'flask', group: found.name, methods: [], path: joinPath(found.group.prefix, path), handler: resource.text, loc: lowering.loc(call.node), viewClass: (0,syntax/* dottedName */._)(resource), dependencies: [] });
            return;
        }
        case 'include_router':
        case 'register_blueprint': {
            const child = call.argNodes[0] ?? call.kwargNodes.get(method === 'include_router' ? 'router' : 'blueprint');
            const target = child ? (0,syntax/* dottedName */._)(child) : undefined;
            const qualified = child ? lowering.qualifiedName(child) : undefined;
            if (!target || !qualified)
                return;
            const prefix = pathOf(call.kwargNodes.get(method === 'include_router' ? 'prefix' : 'url_prefix'), lowering, scope) ?? '';
            const dependencies = method === 'include_router' ? dependsTargets(call.kwargNodes.get('dependencies'), lowering) : [];
            state.mounts.push({ framework: method === 'include_router' ? 'fastapi' : 'flask', parent: receiver, target, qualified, prefix, dependencies, loc: lowering.loc(call.node) });
            return;
        }
        case 'before_request':
        case 'before_app_request': {
            const found = groupFor(receiver, lowering, state);
            const hook = call.argNodes[0];
            if (found && hook?.type === 'identifier')
                found.group.hooks.push({ name: hook.text, appWide: method === 'before_app_request' || found.group.app });
            return;
        }
        case 'add_middleware': {
            const middleware = call.argNodes[0] ? (0,syntax/* dottedName */._)(call.argNodes[0]) : undefined;
            if (middleware && AUTH_MIDDLEWARE.test(routes_lastSegment(middleware)) && groupFor(receiver, lowering, state)?.group.app)
                state.middleware.push({ name: middleware, loc: lowering.loc(call.node) });
            return;
        }
    }
}
function isClassView(view) {
    return view.type === 'call' && (view.childForFieldName('function')?.text.endsWith('.as_view') || positionalArguments(view).some(isClassView));
}
function viewName(view) {
    if (view.type === 'call') {
        const callee = view.childForFieldName('function');
        const owner = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'as_view' ? callee.childForFieldName('object') : undefined;
        if (owner)
            return owner.text;
        const inner = positionalArguments(view)[0];
        return inner ? viewName(inner) : view.text;
    }
    return (0,syntax/* dottedName */._)(view) ?? view.text;
}
function onDefinition(def, decorators, fn, lowering, scope, state) {
    factsOf(lowering, fn).parentId = scope.parent?.fn?.id;
    for (const value of scope.vars.values())
        noteValue(value, lowering, scope);
    const info = { fn, decorators: [], dependencies: [] };
    const routes = [];
    for (const decorator of decorators) {
        const expression = firstExpression(decorator);
        if (!expression)
            continue;
        const callee = expression.type === 'call' ? expression.childForFieldName('function') : expression;
        const attribute = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
        const receiver = callee?.type === 'attribute' ? (0,syntax/* dottedName */._)(callee.childForFieldName('object')) : undefined;
        if (attribute === 'before_request' || attribute === 'before_app_request' || (attribute === 'middleware' && expression.type === 'call')) {
            const found = groupFor(receiver, lowering, state);
            if (found) {
                found.group.hooks.push({ name: fn.name, fnId: fn.id, appWide: attribute === 'before_app_request' || found.group.app });
                continue;
            }
        }
        if (expression.type === 'call' && attribute !== undefined && attribute in ROUTE_DECORATORS) {
            const found = groupFor(receiver, lowering, state);
            const path = pathOf(positionalArguments(expression)[0] ?? keywordArgument(expression, 'rule') ?? keywordArgument(expression, 'path'), lowering, scope.parent ?? scope);
            if (found && path !== undefined) {
                const fixed = ROUTE_DECORATORS[attribute];
                routes.push({
                    framework: found.group.framework,
                    group: found.name,
                    methods: fixed ? [fixed] : (methodsOf(keywordArgument(expression, 'methods'), lowering, scope.parent ?? scope) ?? ['GET']),
                    path: joinPath(found.group.prefix, path),
                    handler: fn.name,
                    loc: lowering.loc(decorator),
                    handlerDef: def.id,
                    dependencies: dependsTargets(keywordArgument(expression, 'dependencies'), lowering),
                });
                continue;
            }
        }
        info.decorators.push(decoratorAuth(expression, lowering));
    }
    for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
        dependsTargets(parameter.childForFieldName('value'), lowering, info.dependencies);
        dependsTargets(parameter.childForFieldName('type'), lowering, info.dependencies);
    }
    // Django and DRF function views are routed in urls.py: the view itself, grouped by module
    const view = routes.length === 0 ? functionView(def, decorators, lowering) : undefined;
    if (view) {
        const identity = identityParameter(def);
        routes.push({ framework: view.framework, group: 'views', methods: view.methods, path: '', handler: fn.name, loc: lowering.loc(def.childForFieldName('name') ?? def), handlerDef: def.id, dependencies: [], ...(identity ? { identityParameter: identity } : {}) });
    }
    const identity = routes.length > 0 ? identityParameter(def) : undefined;
    for (const route of routes) {
        if (identity && route.identityParameter === undefined && route.framework !== 'fastapi')
            route.identityParameter = identity;
    }
    state.handlers.set(def.id, info);
    state.handlersByFn.set(fn.id, info);
    state.routes.push(...routes);
}
/** Parameters named like the caller's identity with a None default (`user=None`): an auth decorator fills them in. */
const IDENTITY_PARAMETER = /^(?:user|current_user|auth_user|authenticated_user|request_user|identity|principal|account|member)$/;
function identityParameter(def) {
    for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
        if (parameter.type !== 'default_parameter' && parameter.type !== 'typed_default_parameter')
            continue;
        const name = parameter.childForFieldName('name')?.text;
        if (name && IDENTITY_PARAMETER.test(name) && parameter.childForFieldName('value')?.type === 'none')
            return name;
    }
    return undefined;
}
function onClassView(cls, decorators, lowering, scope, state) {
    const name = cls.childForFieldName('name')?.text;
    const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).map((base) => routes_lastSegment(lowering.qualifiedName(base) ?? base.text));
    if (!name)
        return;
    if (lowering.importedModules.has('fastapi'))
        noteDependencyClass(cls, name, bases, state);
    let framework = djangoClassFramework(bases, lowering);
    if (!framework && bases.some((base) => CLASS_VIEW_BASES[base]) && isWebFile(lowering))
        framework = 'flask';
    else if (!framework && state.classes.has(bases[0] ?? ''))
        framework = state.classes.get(bases[0]).framework; // a view deriving from a view defined here
    if (!framework)
        return;
    const inherited = state.classes.get(bases[0] ?? '');
    const view = { framework, decorators: [...(inherited?.decorators ?? [])], methodDefs: [], methods: [] };
    const mixin = authMixin(bases);
    if (mixin)
        view.decorators.push({ evidence: { kind: 'decorator', name: mixin } });
    // @method_decorator(login_required, name="dispatch") on the class
    for (const decorator of decorators) {
        const expression = firstExpression(decorator);
        if (expression?.type === 'call' && methodDecoratorTarget(expression))
            view.decorators.push(decoratorAuth(expression, lowering));
    }
    const methodRoutes = [];
    for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
        const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        if (assignment?.type === 'assignment') {
            const setting = assignment.childForFieldName('left')?.text;
            const right = assignment.childForFieldName('right') ?? undefined;
            if (setting === 'permission_classes' || setting === 'authentication_classes')
                view.decorators.push(permissionListAuth(right, setting));
            else if ((setting === 'decorators' || setting === 'method_decorators') && right) {
                const elements = right.type === 'dictionary' ? right.namedChildren.flatMap((pair) => pair.childForFieldName('value')?.namedChildren ?? []) : right.namedChildren;
                for (const element of elements)
                    if (element.type !== 'comment')
                        view.decorators.push(decoratorAuth(element, lowering));
            }
            continue;
        }
        const decorated = statement.type === 'decorated_definition' ? statement : undefined;
        const def = decorated ? decorated.childForFieldName('definition') : statement;
        const method = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
        if (!def || !method)
            continue;
        const methodDecorators = decorated?.namedChildren.filter((child) => child.type === 'decorator') ?? [];
        if (framework === 'drf' && method === 'get_permissions') {
            const found = getPermissionsAuth(def);
            if (found)
                view.decorators.push('public' in found ? { public: true } : { evidence: { kind: 'decorator', name: found.evidence } });
            continue;
        }
        // decorators on dispatch() guard every method of the view
        if ((framework === 'django' || framework === 'drf') && method === 'dispatch') {
            for (const decorator of methodDecorators) {
                const expression = firstExpression(decorator);
                if (expression)
                    view.decorators.push(decoratorAuth(expression, lowering));
            }
            continue;
        }
        // @action(detail=True, methods=["post"]): an extra ViewSet route
        const action = methodDecorators.find((decorator) => /^@\s*(?:[\w.]+\.)?action\(/.test(decorator.text));
        if (framework === 'drf' && action) {
            const list = keywordArgument(firstExpression(action), 'methods');
            const methods = (list?.namedChildren ?? []).filter((child) => child.type === 'string').map((child) => (0,syntax/* stringContent */.R)(child).toUpperCase());
            methodRoutes.push({ def, decorator: action, methods: methods.length ? methods : ['GET'] });
            continue;
        }
        if (HTTP_METHOD_NAMES.has(method)) {
            view.methodDefs.push(def.id);
            view.methods.push(method.toUpperCase());
            methodRoutes.push({ def, decorator: undefined, methods: [ACTION_METHODS[method] ?? method.toUpperCase()] });
        }
    }
    state.classes.set(name, view);
    // flask-restx: @ns.route("/items") on the resource class
    for (const decorator of decorators) {
        const expression = firstExpression(decorator);
        const callee = expression?.type === 'call' ? expression.childForFieldName('function') : undefined;
        if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'route')
            continue;
        const found = groupFor((0,syntax/* dottedName */._)(callee.childForFieldName('object')), lowering, state);
        const path = pathOf(positionalArguments(expression)[0], lowering, scope);
        if (found && path !== undefined)
            state.routes.push({ framework: 'flask', group: found.name, methods: [], path: joinPath(found.group.prefix, path), handler: name, loc: lowering.loc(decorator), viewClass: name, dependencies: [] });
    }
    // Django and DRF views are routed in urls.py: one route per method, grouped by module
    if (framework === 'drf' || framework === 'django') {
        for (const { def, methods } of methodRoutes) {
            const method = def.childForFieldName('name')?.text ?? 'view';
            const identity = identityParameter(def);
            state.routes.push({ framework, group: 'views', methods, path: '', handler: `${name}.${method}`, loc: lowering.loc(def.childForFieldName('name') ?? def), handlerDef: def.id, ownerClass: name, dependencies: [], ...(identity ? { identityParameter: identity } : {}) });
        }
        if (methodRoutes.length === 0 && !inherited) {
            state.routes.push({ framework, group: 'views', methods: genericMethods(bases), path: '', handler: name, loc: lowering.loc(cls.childForFieldName('name') ?? cls), ownerClass: name, dependencies: [] });
        }
    }
}
/** FastAPI class dependencies: `class JWTBearer(HTTPBearer)`, or a class whose `__call__` reads or checks the token. */
function noteDependencyClass(cls, name, bases, state) {
    const scheme = bases.find((base) => SECURITY_SCHEMES.has(base));
    let callDef;
    for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
        const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
        if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === '__call__')
            callDef = def.id;
    }
    if (scheme || callDef !== undefined)
        state.dependencyClasses.set(name, { ...(scheme ? { scheme } : {}), ...(callDef !== undefined ? { callDef } : {}) });
}
function makeResolver(lowering, state) {
    const table = factsTable(lowering);
    const decoding = decodingFunctions(lowering);
    const children = childrenOf(table);
    const guarded = new Map();
    return {
        lowering,
        state,
        guards(fnId) {
            let known = guarded.get(fnId);
            if (known === undefined)
                guarded.set(fnId, (known = guards(fnId, table, decoding, children)));
            return known;
        },
        inline: (fnId) => checksInline(table.get(fnId), decoding, (name) => {
            const def = lowering.functionDefs.get(name);
            const fn = def ? state.handlers.get(def.id)?.fn : undefined;
            return fn ? table.get(fn.id) : undefined;
        }),
    };
}
function handlerByName(name, resolver) {
    const def = resolver.lowering.functionDefs.get(name);
    return def ? resolver.state.handlers.get(def.id) : undefined;
}
/** Evidence from a decorator: named auth, or a decorator defined here whose wrapper guards. */
function evidenceOfDecorator(decorator, resolver, seen) {
    if (decorator.evidence)
        return decorator.evidence;
    if (!decorator.custom || seen.has(decorator.custom))
        return undefined;
    seen.add(decorator.custom);
    const info = handlerByName(decorator.custom, resolver);
    if (info && (resolver.guards(info.fn.id) || functionAuth(info, resolver, seen).length > 0))
        return { kind: 'decorator', name: decorator.custom };
    return undefined;
}
/** Evidence from a Depends target: a security scheme, a dependency that guards (or depends on one that does), or an auth-like name. */
function evidenceOfDependency(target, resolver, seen) {
    const { lowering } = resolver;
    const expression = target.type === 'call' ? target.childForFieldName('function') : target;
    const name = expression ? (lowering.qualifiedName(expression) ?? (0,syntax/* dottedName */._)(expression)) : undefined;
    if (!name)
        return undefined;
    const written = expression ? ((0,syntax/* dottedName */._)(expression) ?? name) : name;
    if (target.type === 'call' && SECURITY_SCHEMES.has(routes_lastSegment(name)))
        return { kind: 'dependency', name: `${routes_lastSegment(name)}()` };
    // Depends(JWTBearer()), Depends(RoleChecker(["admin"])): a class dependency defined here
    const dependencyClass = target.type === 'call' ? resolver.state.dependencyClasses.get(routes_lastSegment(name)) : undefined;
    if (dependencyClass?.scheme)
        return { kind: 'dependency', name: `${routes_lastSegment(name)}()` };
    if (dependencyClass?.callDef !== undefined) {
        const call = resolver.state.handlers.get(dependencyClass.callDef);
        if (call && (resolver.guards(call.fn.id) || functionAuth(call, resolver, seen).length > 0))
            return { kind: 'dependency', name: `${routes_lastSegment(name)}()` };
    }
    const bound = lowering.lookup(written, lowering.moduleScope);
    if (bound?.kind === 'unknown' && bound.name?.endsWith('()') && SECURITY_SCHEMES.has(routes_lastSegment(bound.name.slice(0, -2))))
        return { kind: 'dependency', name: written };
    const info = handlerByName(written, resolver);
    if (info && !seen.has(written)) {
        seen.add(written);
        if (resolver.guards(info.fn.id) || functionAuth(info, resolver, seen).length > 0)
            return { kind: 'dependency', name: written };
    }
    // a dependency of another module: by what link knows it does, else by its name
    if (importedVerifies(name, lowering) || AUTH_DEPENDENCY_NAME.test(routes_lastSegment(written)))
        return { kind: 'dependency', name: written };
    return undefined;
}
/** The evidence a function carries itself: auth decorators and Depends on something that authenticates. */
function functionAuth(info, resolver, seen) {
    const evidence = [];
    for (const decorator of info.decorators) {
        const found = evidenceOfDecorator(decorator, resolver, seen);
        if (found)
            evidence.push(found);
    }
    for (const target of info.dependencies) {
        const found = evidenceOfDependency(target, resolver, seen);
        if (found)
            evidence.push(found);
    }
    return evidence;
}
function hookEvidence(hook, resolver) {
    const info = hook.fnId !== undefined ? resolver.state.handlersByFn.get(hook.fnId) : handlerByName(hook.name, resolver);
    // `bp.before_request(check_token)` with the hook imported from another module
    if (!info)
        return importedVerifies(resolver.lowering.imports.get(hook.name), resolver.lowering) ? { kind: 'hook', name: hook.name } : undefined;
    // the hook checks the token itself, or carries an auth decorator (@bp.before_request @jwt_required())
    if (resolver.guards(info.fn.id) || functionAuth(info, resolver, new Set()).length)
        return { kind: 'hook', name: hook.name };
    return undefined;
}
function groupEvidence(group, resolver) {
    const own = [];
    const appWide = [];
    for (const target of group.dependencies) {
        const found = evidenceOfDependency(target, resolver, new Set());
        if (found)
            (group.app ? appWide : own).push({ kind: 'router-dependency', name: found.name });
    }
    for (const decorator of group.decorators) {
        const found = evidenceOfDecorator(decorator, resolver, new Set());
        if (found)
            own.push({ kind: 'router-dependency', name: found.name });
    }
    for (const hook of group.hooks) {
        const found = hookEvidence(hook, resolver);
        if (found)
            (hook.appWide ? appWide : own).push(found);
    }
    return { own, appWide };
}
function viewAuth(route, resolver) {
    const result = { evidence: [], public: false, handlerFnIds: [] };
    const addDecorator = (decorator) => {
        if (decorator.public)
            result.public = true;
        const found = evidenceOfDecorator(decorator, resolver, new Set());
        if (found)
            result.evidence.push(found);
    };
    const addHandler = (info) => {
        if (!info)
            return;
        result.handlerFnIds.push(info.fn.id);
        for (const decorator of info.decorators)
            if (decorator.public)
                result.public = true;
        result.evidence.push(...functionAuth(info, resolver, new Set()));
    };
    const addClass = (name) => {
        const view = name ? resolver.state.classes.get(routes_lastSegment(name)) : undefined;
        if (!view)
            return;
        for (const decorator of view.decorators)
            addDecorator(decorator);
        for (const defId of view.methodDefs)
            addHandler(resolver.state.handlers.get(defId));
        if (route.methods.length === 0)
            route.methods = view.methods;
    };
    if (route.handlerDef !== undefined)
        addHandler(resolver.state.handlers.get(route.handlerDef));
    if (route.viewClass)
        addClass(route.viewClass);
    if (route.ownerClass)
        for (const decorator of resolver.state.classes.get(route.ownerClass)?.decorators ?? [])
            addDecorator(decorator);
    // view_func=login_required(handler), view_func=ItemAPI.as_view("items"), view_func=handler
    for (let view = route.viewNode; view;) {
        if (view.type === 'call') {
            const callee = view.childForFieldName('function');
            if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'as_view') {
                addClass((0,syntax/* dottedName */._)(callee.childForFieldName('object')));
                break;
            }
            addDecorator(decoratorAuth(view, resolver.lowering));
            if (callee)
                addDecorator(decoratorAuth(callee, resolver.lowering));
            view = positionalArguments(view)[0];
        }
        else {
            const name = (0,syntax/* dottedName */._)(view);
            if (name)
                addHandler(handlerByName(name, resolver));
            break;
        }
    }
    for (const target of route.dependencies) {
        const found = evidenceOfDependency(target, resolver, new Set());
        if (found)
            result.evidence.push(found);
    }
    return result;
}
/** `SignUpView.post` → `sign_up`, `PasswordResetAPIView` → `password_reset`: a view class named for what it does. */
function classPurpose(handler) {
    const owner = handler.includes('.') ? handler.slice(0, handler.indexOf('.')) : /^[A-Z]/.test(handler) ? handler : undefined;
    if (!owner)
        return undefined;
    return owner
        .replace(/(?:API)?(?:View|ViewSet|Resource|Handler|Endpoint)$/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
function isPublicRoute(route, group) {
    if ((0,routes/* isPublicRoutePath */.M)(route.path))
        return true;
    if (PUBLIC_HANDLER.test(route.handler))
        return true;
    const purpose = classPurpose(route.handler);
    if (purpose && PUBLIC_HANDLER.test(purpose))
        return true;
    // Django's home page view (`def index(request)`, `class HomeView(TemplateView)`): urls.py routes it at "/"
    if ((route.framework === 'django' || route.framework === 'drf') && (HOME_HANDLER.test(route.handler) || (purpose !== undefined && HOME_HANDLER.test(purpose))))
        return true;
    if (route.methods.length === 1 && (0,routes/* isSignUpRoute */.c)(route.methods[0], route.path))
        return true;
    // an application's home page (on a blueprint or router, "/" is the prefix's collection)
    if (group?.app && (route.path === '/' || HOME_HANDLER.test(route.handler)))
        return true;
    return false;
}
function resolveRoutes(lowering) {
    const state = lowering.state.get(routes_STATE_KEY);
    if (!state)
        return;
    const resolver = makeResolver(lowering, state);
    const model = lowering.model;
    const ownByGroup = new Map();
    const appWide = [];
    for (const [name, group] of state.groups) {
        const evidence = groupEvidence(group, resolver);
        ownByGroup.set(name, evidence.own);
        for (const found of evidence.appWide)
            appWide.push({ framework: group.framework, evidence: found });
    }
    for (const middleware of state.middleware)
        appWide.push({ framework: 'fastapi', evidence: { kind: 'hook', name: middleware.name } });
    for (const { framework, evidence } of appWide)
        model.globalAuth.push({ framework, name: evidence.name, loc: lowering.loc(lowering.tree.rootNode) });
    // settings that make authentication the default for every view of the project
    for (const setting of state.settingsAuth)
        model.globalAuth.push({ framework: setting.framework, name: setting.name, loc: setting.loc });
    // every mount goes to link, which joins them across files (prefixes, the auth they apply, the groups they form)
    for (const mount of state.mounts) {
        const evidence = mount.dependencies.map((target) => evidenceOfDependency(target, resolver, new Set())).filter((found) => found !== undefined);
        const names = evidence.map((found) => found.name).join(', ');
        const auth = evidence.length ? [{ kind: 'router-dependency', name: `include_router(${mount.target}, dependencies=[${names}])` }] : [];
        if (evidence.length && state.groups.has(mount.target))
            ownByGroup.set(mount.target, [...(ownByGroup.get(mount.target) ?? []), ...evidence.map((found) => ({ kind: 'router-dependency', name: found.name }))]);
        (model.routerMounts ??= []).push({ framework: mount.framework, parent: mount.parent, child: mount.qualified, prefix: mount.prefix, auth, loc: mount.loc });
    }
    for (const [name, group] of state.groups) {
        if (group.defined)
            (model.routerGroups ??= []).push({ framework: group.framework, name, prefix: group.prefix, auth: ownByGroup.get(name) ?? [], loc: group.loc });
    }
    let id = model.routes.length;
    for (const pending of state.routes) {
        const group = state.groups.get(pending.group);
        const view = viewAuth(pending, resolver);
        const auth = [...view.evidence, ...(ownByGroup.get(pending.group) ?? [])];
        for (const wide of appWide)
            if (wide.framework === pending.framework)
                auth.push(wide.evidence);
        for (const fnId of view.handlerFnIds) {
            if (resolver.inline(fnId)) {
                auth.push({ kind: 'inline', name: pending.handler });
                break;
            }
        }
        const route = {
            id: ++id,
            framework: pending.framework,
            group: pending.group,
            method: (pending.methods.length ? pending.methods : ['*']).join(','),
            path: pending.path,
            handler: pending.handler,
            loc: pending.loc,
            auth: dedupe(auth),
            public: view.public || isPublicRoute(pending, group),
            ...(pending.identityParameter ? { identityParameter: pending.identityParameter } : {}),
        };
        model.routes.push(route);
    }
}
function dedupe(evidence) {
    const seen = new Set();
    return evidence.filter((found) => {
        const key = `${found.kind}:${found.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Whether a function's decorators or Depends parameters authenticate (a dependency built on one that verifies), for its summary. */
function dependenciesAuthenticate(lowering, fnId) {
    const state = lowering.state.get(routes_STATE_KEY);
    const info = state?.handlersByFn.get(fnId);
    return state !== undefined && info !== undefined && functionAuth(info, makeResolver(lowering, state), new Set()).length > 0;
}
/** `CurrentUser = Annotated[User, Depends(get_current_user)]` aliases of this module, for other modules that import them. */
function dependencyAliases(lowering) {
    return lowering.state.get(routes_STATE_KEY)?.aliases ?? new Map();
}
/** `REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": [...]}`, `MIDDLEWARE = [..., "…LoginRequiredMiddleware"]` in a settings module. */
function onSettings(name, valueNode, lowering, state) {
    if (name === 'REST_FRAMEWORK') {
        const auth = restFrameworkDefaultAuth(valueNode);
        if (auth)
            state.settingsAuth.push({ framework: 'drf', name: auth, loc: lowering.loc(valueNode) });
        return;
    }
    const middleware = loginRequiredMiddleware(valueNode);
    if (middleware)
        for (const framework of ['django', 'drf'])
            state.settingsAuth.push({ framework, name: middleware, loc: lowering.loc(valueNode) });
}
const routesRecognizer = {
    onCall(call, lowering, scope) {
        if (lowering.isSilent)
            return undefined;
        noteCall(call, lowering, scope);
        if (call.receiverNode)
            onRegistrationCall(call, lowering, scope, routes_stateOf(lowering));
        return undefined;
    },
    onAssign(target, value, valueNode, lowering, scope) {
        noteValue(value, lowering, scope);
        onGroupAssign(target, valueNode, lowering, routes_stateOf(lowering));
        if (target.type === 'identifier' && (target.text === 'REST_FRAMEWORK' || target.text === 'MIDDLEWARE') && scope === lowering.moduleScope)
            onSettings(target.text, valueNode, lowering, routes_stateOf(lowering));
        if (target.type === 'identifier' && valueNode.type === 'subscript' && /^(?:typing\.)?Annotated$/.test(valueNode.childForFieldName('value')?.text ?? '')) {
            const targets = dependsTargets(valueNode, lowering);
            if (targets.length)
                routes_stateOf(lowering).aliases.set(target.text, targets);
        }
    },
    onFunction(def, decorators, fn, lowering, scope) {
        onDefinition(def, decorators, fn, lowering, scope, routes_stateOf(lowering));
    },
    onClass(cls, decorators, lowering, scope) {
        onClassView(cls, decorators, lowering, scope, routes_stateOf(lowering));
    },
    onCondition(condition, value, lowering, scope) {
        noteValue(value, lowering, scope);
        noteCondition(condition, lowering, scope);
    },
    onCompare(_node, _operator, left, right, lowering, scope) {
        noteValue(left, lowering, scope);
        noteValue(right, lowering, scope);
    },
    onReturn(_node, value, lowering, scope) {
        noteReturn(value, lowering, scope);
    },
    onModuleEnd(lowering) {
        resolveRoutes(lowering);
    },
};

// EXTERNAL MODULE: ./src/lang/python/frameworks/verification-sites.ts
var verification_sites = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/lang/python/catalog/jwt-settings.ts

/** flask-jwt-extended's query-string parameter unless JWT_QUERY_STRING_NAME says otherwise. */
const DEFAULT_QUERY_NAME = 'jwt';
const COOKIE_SETTINGS = {
    JWT_COOKIE_SECURE: 'is sent over plain HTTP as well (JWT_COOKIE_SECURE = False)',
    JWT_COOKIE_CSRF_PROTECT: 'authenticates cross-site requests without a CSRF check (JWT_COOKIE_CSRF_PROTECT = False)',
};
function onSetting(name, value, node, lowering) {
    if (lowering.isSilent || (!lowering.importedModules.has('flask_jwt_extended') && !lowering.importedModules.has('flask')))
        return;
    if (name === 'JWT_TOKEN_LOCATION') {
        const locations = value.kind === 'list' ? value.items : [value];
        if (locations.some((location) => location.kind === 'string' && location.value === 'query_string')) {
            lowering.model.queryReads.push({ name: DEFAULT_QUERY_NAME, loc: lowering.loc(node), api: 'JWT_TOKEN_LOCATION with "query_string"' });
        }
        return;
    }
    const detail = COOKIE_SETTINGS[name];
    if (detail && value.kind === 'bool' && !value.value) {
        lowering.model.flows.push({
            sink: 'storage',
            api: `the flask-jwt-extended token cookies`,
            loc: lowering.loc(node),
            value: { kind: 'token', source: { kind: 'cookie', name: 'access_token_cookie', loc: lowering.loc(node), strength: 'strong' }, transforms: [] },
            hashed: false,
            detail,
        });
    }
}
const jwtSettingsRecognizer = {
    readBy: [
        ['TG402', 'token-in-url'],
        ['TG702', 'insecure-storage'],
    ],
    onAssign(target, value, valueNode, lowering) {
        const name = targetName(target);
        if (name && name.startsWith('JWT_'))
            onSetting(name, value, valueNode, lowering);
    },
    onCall(call, lowering, _scope) {
        // app.config.update(JWT_COOKIE_SECURE=False, …)
        if (lowering.isSilent || (call.method !== 'update' && call.method !== 'from_mapping') || !/config$/i.test(call.receiverNode?.text ?? ''))
            return undefined;
        for (const [name, value] of call.kwargs)
            if (name.startsWith('JWT_'))
                onSetting(name, value, call.kwargNodes.get(name), lowering);
        return undefined;
    },
};

;// CONCATENATED MODULE: ./src/lang/python/frameworks/graphql.ts

const API = 'a GraphQL query argument (GraphQL over GET carries arguments in the query string)';
const GRAPHENE_FIELDS = new Set(['graphene.Field', 'graphene.List', 'graphene.NonNull', 'graphene.relay.ConnectionField']);
const GRAPHENE_SCALARS = /^graphene\.(?:String|ID|Argument|NonNull)$/;
const STRAWBERRY_QUERY = /^strawberry\.(?:field|type\.field)$/;
function onGrapheneField(call, lowering) {
    if (!call.callee || !GRAPHENE_FIELDS.has(call.callee))
        return;
    for (const [name, node] of call.kwargNodes) {
        if (!(0,sources/* isTokenLikeName */.y9)(name) || node.type !== 'call')
            continue;
        const scalar = node.childForFieldName('function');
        const qualified = scalar ? lowering.qualifiedName(scalar) : undefined;
        if (qualified && GRAPHENE_SCALARS.test(qualified))
            lowering.model.queryReads.push({ name, loc: lowering.loc(node), api: API });
    }
}
function onStrawberryResolver(def, decorators, lowering) {
    const isQuery = decorators.some((decorator) => {
        const expression = decorator.namedChildren[0];
        const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
        const qualified = callee ? lowering.qualifiedName(callee) : undefined;
        return qualified !== undefined && STRAWBERRY_QUERY.test(qualified);
    });
    if (!isQuery)
        return;
    for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
        const nameNode = parameter.type === 'identifier' ? parameter : parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier') : parameter.childForFieldName('name');
        if (nameNode && (0,sources/* isTokenLikeName */.y9)(nameNode.text))
            lowering.model.queryReads.push({ name: nameNode.text, loc: lowering.loc(nameNode), api: API });
    }
}
const graphqlRecognizer = {
    readBy: [['TG402', 'token-in-url']],
    onCall(call, lowering, _scope) {
        if (!lowering.isSilent && lowering.importedModules.has('graphene'))
            onGrapheneField(call, lowering);
        return undefined;
    },
    onFunction(def, decorators, _fn, lowering) {
        if (decorators.length > 0 && lowering.importedModules.has('strawberry'))
            onStrawberryResolver(def, decorators, lowering);
    },
};

;// CONCATENATED MODULE: ./src/lang/python/frameworks/connexion.ts


const APP_CLASSES = /^(?:App|FlaskApp|AsyncApp|AioHttpApp)$/;
const connexion_STATE_KEY = 'py-connexion';
function connexion_stateOf(lowering) {
    let state = lowering.state.get(connexion_STATE_KEY);
    if (!state) {
        state = { apps: new Map() };
        lowering.state.set(connexion_STATE_KEY, state);
    }
    return state;
}
function usesConnexion(lowering) {
    return lowering.importedModules.has('connexion');
}
function connexion_keywordArgument(call, name) {
    for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name)
            return argument.childForFieldName('value') ?? undefined;
    }
    return undefined;
}
/** A string literal, or the string inside `Path("openapi.yaml")`. */
function literalPath(node) {
    if (!node)
        return undefined;
    if (node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation'))
        return (0,syntax/* stringContent */.R)(node);
    if (node.type === 'call') {
        const first = node.childForFieldName('arguments')?.namedChildren[0];
        return first?.type === 'string' ? literalPath(first) : undefined;
    }
    return undefined;
}
const connexionRecognizer = {
    readBy: [
        ['TG701', 'missing-auth-route'],
        ['TG801', 'spec-auth-not-enforced'],
        ['TG803', 'spec-auth-undocumented'],
    ],
    onAssign(target, _value, valueNode, lowering) {
        if (!usesConnexion(lowering) || valueNode.type !== 'call')
            return;
        const callee = valueNode.childForFieldName('function');
        const qualified = callee ? lowering.qualifiedName(callee) : undefined;
        const name = (0,syntax/* dottedName */._)(target);
        if (!qualified || !name || !qualified.startsWith('connexion') || !APP_CLASSES.test(qualified.slice(qualified.lastIndexOf('.') + 1)))
            return;
        connexion_stateOf(lowering).apps.set(name, literalPath(connexion_keywordArgument(valueNode, 'specification_dir')) ?? '');
    },
    onCall(call, lowering) {
        if (call.method !== 'add_api' || !call.receiverNode || !usesConnexion(lowering) || lowering.isSilent)
            return undefined;
        const receiver = (0,syntax/* dottedName */._)(call.receiverNode);
        const apps = connexion_stateOf(lowering).apps;
        if (!receiver || (!apps.has(receiver) && !/(?:^|_)app$|^application$/.test(receiver)))
            return undefined;
        const document = literalPath(call.kwargNodes.get('specification') ?? call.argNodes[0]);
        if (!document)
            return undefined;
        const basePath = literalPath(call.kwargNodes.get('base_path'));
        (lowering.model.specMounts ??= []).push({
            framework: 'connexion',
            document,
            specificationDir: apps.get(receiver) ?? '',
            ...(basePath !== undefined ? { basePath } : {}),
            loc: lowering.loc(call.node),
        });
        return undefined;
    },
    onModuleEnd(lowering) {
        // the facts are noted by the routes recognizer, which runs before this one
        const table = factsTable(lowering);
        if (table.size === 0)
            return;
        const decoding = decodingFunctions(lowering);
        const topLevel = new Map();
        for (const facts of table.values())
            if (facts.parentId === undefined && !topLevel.has(facts.fn.name))
                topLevel.set(facts.fn.name, facts);
        for (const facts of table.values()) {
            if (checksInline(facts, decoding, (name) => topLevel.get(name)))
                facts.fn.inlineAuth = facts.fn.name;
        }
    },
};

;// CONCATENATED MODULE: ./src/lang/python/exports.ts



const exports_STATE_KEY = 'py-exports';
/** Parameters that carry a token's lifetime into an issuing helper. */
const LIFETIME_PARAMETER = /expir|ttl|lifetime|delta|duration|max_age/i;
/** Values worth telling another module: what a key, lifetime or algorithm list can be. */
const CONSTANT_KINDS = new Set(['string', 'number', 'bool', 'env', 'duration', 'list']);
function exports_stateOf(lowering) {
    let state = lowering.state.get(exports_STATE_KEY);
    if (!state) {
        state = { defs: new Map(), tokenCallees: new Map() };
        lowering.state.set(exports_STATE_KEY, state);
    }
    return state;
}
/** `def f` at module level (also decorated), or a method of a module-level class: its owner's name. */
function placeOf(def) {
    const statement = def.parent?.type === 'decorated_definition' ? def.parent : def;
    const container = statement.parent;
    if (container?.type === 'module')
        return {};
    const cls = container?.type === 'block' ? container.parent : null;
    const clsStatement = cls?.parent?.type === 'decorated_definition' ? cls.parent : cls;
    if (cls?.type === 'class_definition' && clsStatement?.parent?.type === 'module')
        return { owner: cls.childForFieldName('name')?.text };
    return undefined;
}
function parameterNames(def, method) {
    const names = (def.childForFieldName('parameters')?.namedChildren ?? []).flatMap((parameter) => {
        const name = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'));
        return name?.type === 'identifier' ? [name.text] : [];
    });
    return method && (names[0] === 'self' || names[0] === 'cls') ? names.slice(1) : names;
}
function isImported(qualified, lowering) {
    return lowering.importBindings.some((binding) => binding.local !== '*' && (qualified === binding.qualified || qualified.startsWith(`${binding.qualified}.`)));
}
function returnSummary(fn, def, params, lowering) {
    const returns = lowering.returnsOf.get(fn.id);
    if (!returns?.length)
        return undefined;
    const fromValues = (0,summaries/* returnedValueSummary */.HF)(returns, lowering.model.jwtOps, params);
    if (fromValues === 'none')
        return undefined;
    if (fromValues)
        return fromValues;
    const called = returns.find((value) => value.kind === 'unknown' && value.name?.endsWith('()') && isImported(value.name.slice(0, -2), lowering));
    if (called?.kind === 'unknown')
        return { kind: 'call', callee: called.name.slice(0, -2) };
    // `return header.split()[1]`: derived from a parameter not named like a token (one silent walk)
    if (params.length && returns.some((value) => value.kind === 'unknown')) {
        const through = lowering.parameterReturned(def);
        // the walker counts `self`; callers do not pass it
        const index = through ? through.index - (parameterNames(def, false).length - params.length) : -1;
        if (through && index >= 0)
            return { kind: 'param', index, name: through.name, transforms: through.transforms };
    }
    return undefined;
}
/**
 * It verifies a token (a verifying decode, a verify call) or reads one and denies with
 * 401/403, itself or in a function nested in it (a decorator's wrapper).
 */
function authenticates(fnId, lowering, depth = 0) {
    const table = factsTable(lowering);
    const facts = table.get(fnId);
    if (lowering.model.jwtOps.some((op) => op.functionId === fnId && op.kind === 'decode' && op.options.verifySignature !== false))
        return true;
    if (facts?.verifyCall !== undefined || (facts?.readsToken && (facts.denies401 || facts.denies403)))
        return true;
    return depth < 2 && [...table.values()].some((child) => child.parentId === fnId && authenticates(child.fn.id, lowering, depth + 1));
}
function summarise(fn, def, method, lowering, state) {
    const params = parameterNames(def, method);
    const summary = { params };
    const returns = returnSummary(fn, def, params, lowering);
    if (returns)
        summary.returns = returns;
    const ops = lowering.model.jwtOps.filter((op) => op.functionId === fn.id);
    if (authenticates(fn.id, lowering) || dependenciesAuthenticate(lowering, fn.id))
        summary.verifies = true;
    const via = state.tokenCallees.get(fn.id);
    if (via?.size && !summary.verifies)
        summary.verifiesVia = [...via].sort();
    const issues = (0,summaries/* issuerSummary */.ul)(ops.find((op) => op.kind === 'encode'), params, LIFETIME_PARAMETER);
    if (issues)
        summary.issues = issues;
    return summary.returns || summary.verifies || summary.verifiesVia || summary.issues ? summary : undefined;
}
/** `NAME = value` at module level or in a module-level class body, with the node its name is written at. */
function assignments(block) {
    const found = [];
    for (const statement of block.namedChildren) {
        const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
        const value = assignment?.childForFieldName('right');
        if (target?.type === 'identifier' && value)
            found.push({ target, value });
    }
    return found;
}
function constantExports(lowering, exports) {
    const root = lowering.tree.rootNode;
    const classes = new Set();
    for (const statement of root.namedChildren) {
        const cls = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
        const name = cls?.type === 'class_definition' ? cls.childForFieldName('name')?.text : undefined;
        const body = cls?.childForFieldName('body');
        if (!name || !body)
            continue;
        classes.add(name);
        // class attributes were evaluated when the body was walked: these reads hit the walker's memo
        for (const { target, value } of assignments(body)) {
            const evaluated = lowering.evalExpr(value, lowering.moduleScope);
            if (CONSTANT_KINDS.has(evaluated.kind))
                exports.push({ name: `${name}.${target.text}`, loc: lowering.loc(target), constant: evaluated });
        }
    }
    for (const { target, value } of assignments(root)) {
        const name = target.text;
        const bound = lowering.moduleScope.vars.get(name);
        if (!bound)
            continue;
        if (CONSTANT_KINDS.has(bound.kind))
            exports.push({ name, loc: lowering.loc(target), constant: bound });
        else if (bound.kind === 'unknown' && bound.name) {
            // `settings = Settings()`: members read through the instance are the class's; `verify = security.verify`: an alias
            const instanceOf = bound.name.endsWith('()') ? bound.name.slice(0, -2) : undefined;
            if (instanceOf && classes.has(instanceOf))
                exports.push({ name, loc: lowering.loc(target), local: instanceOf });
            else if (!instanceOf && value.type !== 'call' && bound.name !== name && (classes.has(bound.name) || isImported(bound.name, lowering)))
                exports.push({ name, loc: lowering.loc(target), local: bound.name });
        }
    }
}
const exportsRecognizer = {
    onFunction(def, _decorators, fn, lowering) {
        if (lowering.isSilent)
            return;
        const place = placeOf(def);
        if (place)
            exports_stateOf(lowering).defs.set(fn.id, { def, ...place });
    },
    onCall(call, lowering, scope) {
        if (lowering.isSilent || !scope.fn || !call.callee || !isImported(call.callee, lowering))
            return undefined;
        const passesToken = [...call.args, ...call.kwargs.values()].some((value) => value.kind === 'token');
        if (passesToken) {
            const state = exports_stateOf(lowering);
            const callees = state.tokenCallees.get(scope.fn.id) ?? new Set();
            callees.add(call.callee);
            state.tokenCallees.set(scope.fn.id, callees);
        }
        return undefined;
    },
    onModuleEnd(lowering) {
        const state = exports_stateOf(lowering);
        const exports = [];
        for (const fn of lowering.model.functions) {
            const place = state.defs.get(fn.id);
            if (!place)
                continue;
            const summary = summarise(fn, place.def, place.owner !== undefined, lowering, state);
            if (summary)
                exports.push({ name: place.owner ? `${place.owner}.${fn.name}` : fn.name, loc: fn.loc, function: summary, functionId: fn.id });
        }
        constantExports(lowering, exports);
        // `CurrentUser = Annotated[User, Depends(get_current_user)]`: the alias stands for its dependency
        for (const [name, targets] of dependencyAliases(lowering)) {
            const target = targets[0];
            const callee = target?.type === 'call' ? target.childForFieldName('function') : target;
            const qualified = callee ? lowering.qualifiedName(callee) : undefined;
            if (qualified && qualified !== name)
                exports.push({ name, loc: lowering.loc(target), local: qualified });
        }
        // routers and blueprints: routes in other files that import them are on the same group
        for (const group of lowering.model.routerGroups ?? [])
            exports.push({ name: group.name, loc: group.loc, group: group.framework });
        lowering.model.module = { imports: lowering.importBindings, exports, starExports: [], references: [...lowering.references].sort(), tokenCalls: [...new Set([...state.tokenCallees.values()].flatMap((callees) => [...callees]))].sort() };
    },
};

;// CONCATENATED MODULE: ./src/lang/python/recognizers.ts












const RECOGNIZERS = [jwtRecognizer, secretsRecognizer, sinksRecognizer, checksRecognizer, resourcesRecognizer, routesRecognizer, lifetimesRecognizer, verification_sites/* verificationSitesRecognizer */.d, connexionRecognizer, jwtSettingsRecognizer, graphqlRecognizer, exportsRecognizer];

// EXTERNAL MODULE: ./src/lang/relevance.ts
var relevance = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/lang/python/lower.ts











/** Text that must appear, outside comment-only lines, for a file to be worth lowering; the others are only parsed. */
const RELEVANT = /token|jwt|bearer|authori[sz]|secret|passw|flask|fastapi|django|starlette|connexion|jose|authlib|itsdangerous|rest_framework|session|api_?key/gi;
/** unstable-key: the built-in hash() in a file that talks to a shared store, whatever the names say. */
const HASH_CALL = /(?<![\w.])hash\(/;
const SHARED_STORE = /redis|memcache|cache|\.objects\.|filter_by/i;
/**
 * Words without which an undecorated function's body records no fact: token sources and
 * names, verification, denial, dependencies, stores and releases, nested decorators. Half
 * of the lowered lines in the standard library sit in functions without any of them, so
 * their bodies are not walked (the function itself is still known to the recognizers).
 */
const FUNCTION_RELEVANT = /token|jwt|bearer|authori[sz]|authent|secret|passw|session|api_?key|verify|decode|claims|jti|depends|security|abort|HTTPException|40[13]|unauthori|forbidden|permission|(?<![\w.])hash\(|cache|redis|acquire|release|invalidat|revoke|request|flask|fastapi|django|starlette|jose|authlib|itsdangerous|rest_framework|(?:send|deliver|sms|text|mail|notify)_?\w*?(?:code|otp|pin)|^\s*@/im;
/**
 * Decorators that do not make a function worth walking: they make it a property (with its
 * setter), abstract or a typing overload, never a route, a dependency, a handler or a
 * helper that hands an argument on (a static or class method may be one: those stay
 * walked, for the summary link gives callers in other files). A function with these alone
 * is walked on its words, as an undecorated one.
 */
const INERT_DECORATOR = /^@[ \t]*(?:(?:functools\.)?cached_property|(?:abc\.)?abstractmethod|(?:typing\.)?overload|property|[\p{ID_Start}_][\p{ID_Continue}]*\.(?:setter|getter|deleter))[ \t]*$/u;
function isRelevantPython(text) {
    return (0,relevance/* hasWordOutsideCommentLines */.A)(text, RELEVANT, '#') || (HASH_CALL.test(text) && SHARED_STORE.test(text));
}
const UNKNOWN = { kind: 'unknown' };
class PythonLowering extends lowering_base/* LoweringBase */.v {
    tree;
    text;
    config;
    model;
    functionRelevant = FUNCTION_RELEVANT;
    moduleScope;
    /** Module-level function definitions, for helper-return evaluation. */
    functionDefs = new Map();
    /** The recognizers whose facts some rule in force reads. */
    recognizers;
    memo = new Map();
    helperReturns = new Map();
    /** Per helper: the parameter its return value derives from (null: none), for token arguments passed through. */
    helperPassThrough = new Map();
    /** Enclosing try statements (innermost last), for handlers that guard a call. */
    tryStack = [];
    constructor(tree, text, file, config, imported) {
        super();
        this.tree = tree;
        this.text = text;
        this.config = config;
        this.imported = imported;
        this.model = (0,types/* emptyFileModel */.H)(file, 'python', countLines(text));
        this.model.isTest = (0,files/* isTestFile */.hl)(file);
        this.moduleScope = { vars: new Map(), parent: undefined, fn: undefined, returns: [] };
        this.recognizers = (0,recognizer_rules/* activeRecognizers */.Y)(RECOGNIZERS, config);
    }
    loc(node) {
        return {
            line: node.startPosition.row + 1,
            column: node.startPosition.column + 1,
            endLine: node.endPosition.row + 1,
            endColumn: node.endPosition.column + 1,
        };
    }
    lower() {
        const root = this.tree.rootNode;
        for (const child of root.namedChildren) {
            const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
            if (def?.type === 'function_definition') {
                const name = def.childForFieldName('name')?.text;
                if (name)
                    this.functionDefs.set(name, def);
            }
        }
        this.walkBlock(root, this.moduleScope);
        for (const recognizer of this.recognizers)
            recognizer.onModuleEnd?.(this);
        this.model.frameworks = [...this.importedModules].sort();
        return this.model;
    }
    // ---- statements ----
    walkBlock(block, scope) {
        for (const statement of block.namedChildren)
            this.walkStatement(statement, scope);
    }
    walkStatement(node, scope) {
        switch (node.type) {
            case 'expression_statement':
                for (const child of node.namedChildren)
                    this.evalExpr(child, scope);
                return;
            case 'import_statement':
            case 'import_from_statement':
                this.recordImport(node);
                return;
            case 'decorated_definition': {
                const decorators = node.namedChildren.filter((child) => child.type === 'decorator');
                const definition = node.childForFieldName('definition');
                if (definition?.type === 'function_definition')
                    this.walkFunction(definition, decorators, scope);
                else if (definition?.type === 'class_definition')
                    this.walkClass(definition, decorators, scope);
                return;
            }
            case 'function_definition':
                this.walkFunction(node, [], scope);
                return;
            case 'class_definition':
                this.walkClass(node, [], scope);
                return;
            case 'return_statement': {
                const expression = node.namedChildren[0];
                const value = expression ? this.evalExpr(expression, scope) : { kind: 'none' };
                scope.returns.push(value);
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onReturn?.(node, value, this, scope);
                return;
            }
            case 'if_statement': {
                this.walkCondition(node.childForFieldName('condition'), scope);
                const consequence = node.childForFieldName('consequence');
                if (consequence)
                    this.walkBlock(consequence, scope);
                for (const alternative of node.childrenForFieldName('alternative')) {
                    if (alternative.type === 'elif_clause') {
                        this.walkCondition(alternative.childForFieldName('condition'), scope);
                        const body = alternative.childForFieldName('consequence');
                        if (body)
                            this.walkBlock(body, scope);
                    }
                    else {
                        const body = alternative.childForFieldName('body');
                        if (body)
                            this.walkBlock(body, scope);
                    }
                }
                return;
            }
            case 'while_statement': {
                this.walkCondition(node.childForFieldName('condition'), scope);
                this.walkChildBlocks(node, scope);
                return;
            }
            case 'assert_statement': {
                const condition = node.namedChildren[0];
                this.walkCondition(condition ?? null, scope);
                for (const rest of node.namedChildren.slice(1))
                    this.evalExpr(rest, scope);
                return;
            }
            case 'for_statement': {
                const right = node.childForFieldName('right');
                const left = node.childForFieldName('left');
                const iterable = right ? this.evalExpr(right, scope) : UNKNOWN;
                if (left)
                    this.bindTarget(left, elementOf(iterable), scope);
                this.walkChildBlocks(node, scope);
                return;
            }
            case 'try_statement': {
                this.tryStack.push(node);
                const body = node.childForFieldName('body');
                if (body)
                    this.walkBlock(body, scope);
                this.tryStack.pop();
                for (const clause of node.namedChildren) {
                    if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
                        const alias = clause.namedChildren.find((child) => child.type === 'as_pattern');
                        const target = alias?.childForFieldName('alias');
                        if (target)
                            this.bindTarget(target, UNKNOWN, scope);
                        for (const child of clause.namedChildren)
                            if (child.type === 'block')
                                this.walkBlock(child, scope);
                    }
                    else if (clause.type === 'else_clause' || clause.type === 'finally_clause') {
                        for (const child of clause.namedChildren)
                            if (child.type === 'block')
                                this.walkBlock(child, scope);
                    }
                }
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onTry?.(node, this, scope);
                return;
            }
            case 'with_statement': {
                for (const clause of node.namedChildren) {
                    if (clause.type !== 'with_clause')
                        continue;
                    for (const item of clause.namedChildren) {
                        const value = item.childForFieldName('value');
                        if (!value)
                            continue;
                        if (value.type === 'as_pattern') {
                            const inner = value.namedChildren[0];
                            const bound = inner ? this.evalExpr(inner, scope) : UNKNOWN;
                            const target = value.childForFieldName('alias');
                            if (target)
                                this.bindTarget(target, bound, scope);
                        }
                        else {
                            this.evalExpr(value, scope);
                        }
                    }
                }
                const body = node.childForFieldName('body');
                if (body)
                    this.walkBlock(body, scope);
                return;
            }
            case 'match_statement':
            case 'block':
            case 'module':
                for (const child of node.namedChildren) {
                    if (child.type === 'block' || isStatement(child))
                        this.walkStatement(child, scope);
                    else
                        this.evalExpr(child, scope);
                }
                return;
            case 'raise_statement':
            case 'delete_statement':
            case 'print_statement':
            case 'exec_statement':
                for (const child of node.namedChildren)
                    this.evalExpr(child, scope);
                return;
            case 'global_statement':
            case 'nonlocal_statement':
            case 'pass_statement':
            case 'break_statement':
            case 'continue_statement':
            case 'comment':
            case 'future_import_statement':
                return;
            default:
                // ERROR nodes and statements this walker does not model: analyse what is inside.
                for (const child of node.namedChildren) {
                    if (child.type === 'block' || isStatement(child))
                        this.walkStatement(child, scope);
                    else
                        this.evalExpr(child, scope);
                }
        }
    }
    walkChildBlocks(node, scope) {
        for (const child of node.namedChildren) {
            if (child.type === 'block')
                this.walkBlock(child, scope);
            else if (child.type === 'else_clause') {
                const body = child.childForFieldName('body');
                if (body)
                    this.walkBlock(body, scope);
            }
        }
    }
    walkCondition(condition, scope) {
        if (!condition)
            return;
        const value = this.evalExpr(condition, scope);
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onCondition?.(condition, value, this, scope);
    }
    walkFunction(def, decorators, outer) {
        for (const decorator of decorators)
            for (const child of decorator.namedChildren)
                this.evalExpr(child, outer);
        const name = def.childForFieldName('name')?.text ?? '<anonymous>';
        const fn = { id: this.nextFunctionId++, name, loc: this.loc(def), touchesToken: false };
        const scope = { vars: new Map(), parent: outer, fn, returns: [] };
        const parameters = def.childForFieldName('parameters');
        if (parameters)
            this.bindParameters(parameters, scope, outer);
        if (!this.isSilent) {
            this.model.functions.push(fn);
            for (const recognizer of this.recognizers)
                recognizer.onFunction?.(def, decorators, fn, this, scope);
        }
        const body = def.childForFieldName('body');
        const walkedForDecorators = decorators.some((decorator) => !INERT_DECORATOR.test(decorator.text.trim()));
        // a body cut out of the parse was cut for the same words, in a wider text: it would be turned down
        if (body && (walkedForDecorators || this.isSilent || (!this.tree.isCutBody?.(body) && this.mayCarryFacts(this.text.slice(def.startIndex, def.endIndex)))))
            this.walkBlock(body, scope);
        if (!this.isSilent)
            this.returnsOf.set(fn.id, scope.returns);
        outer.vars.set(name, { kind: 'unknown', name });
    }
    walkClass(cls, decorators, outer) {
        for (const decorator of decorators)
            for (const child of decorator.namedChildren)
                this.evalExpr(child, outer);
        const superclasses = cls.childForFieldName('superclasses');
        if (superclasses)
            for (const child of superclasses.namedChildren)
                this.evalExpr(child, outer);
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onClass?.(cls, decorators, this, outer);
        // Class bodies share the module's view of names: methods see module constants, and
        // class attributes (Django settings classes, config objects) are recorded like assignments.
        const body = cls.childForFieldName('body');
        if (body)
            this.walkBlock(body, { vars: new Map(), parent: outer, fn: outer.fn, returns: [] });
        const name = cls.childForFieldName('name')?.text;
        if (name)
            outer.vars.set(name, { kind: 'unknown', name });
    }
    bindParameters(parameters, scope, outer) {
        for (const parameter of parameters.namedChildren) {
            let nameNode = null;
            let defaultNode = null;
            let typeNode = null;
            switch (parameter.type) {
                case 'identifier':
                    nameNode = parameter;
                    break;
                case 'typed_parameter':
                    nameNode = parameter.namedChildren.find((child) => child.type === 'identifier') ?? null;
                    typeNode = parameter.childForFieldName('type');
                    break;
                case 'default_parameter':
                case 'typed_default_parameter':
                    nameNode = parameter.childForFieldName('name');
                    defaultNode = parameter.childForFieldName('value');
                    typeNode = parameter.childForFieldName('type');
                    break;
                default:
                    continue;
            }
            if (!nameNode)
                continue;
            const name = nameNode.text;
            const source = (0,sources/* tokenSourceOfParameter */.FO)(name, defaultNode, typeNode, this, outer, this.loc(nameNode), parameters.parent?.childForFieldName('name')?.text);
            scope.vars.set(name, source ? this.tokenValue(source, name) : { kind: 'unknown', name });
        }
    }
    recordImport(node) {
        for (const binding of importBindings(node)) {
            if (binding.local !== '*')
                this.imports.set(binding.local, binding.qualified);
            const top = importedPackage(binding);
            if (top)
                this.importedModules.add(top);
            this.importBindings.push(binding);
        }
    }
    // ---- names ----
    /** A bare name that may come from a `from x import *`: noted as a reference, and named as such. */
    starImported(name) {
        if (!this.importBindings.some((binding) => binding.local === '*'))
            return undefined;
        this.references.add(name);
        return this.imported?.names[name] ? name : undefined;
    }
    nameOf(node) {
        return (0,syntax/* dottedName */._)(node);
    }
    // ---- expressions ----
    evalExpr(node, scope) {
        if (!this.isSilent) {
            const cached = this.memo.get(node.id);
            if (cached)
                return cached;
        }
        const value = (0,model_values/* withinValueDepth */.Mn)(this.evalUncached(node, scope));
        if (!this.isSilent)
            this.memo.set(node.id, value);
        if (value.kind === 'token')
            this.markTokenTouched(scope);
        return value;
    }
    evalUncached(node, scope) {
        switch (node.type) {
            case 'string':
                return this.evalString(node, scope);
            case 'concatenated_string': {
                const parts = node.namedChildren.map((child) => this.evalExpr(child, scope));
                return joinStrings(parts, 'concatenation');
            }
            case 'integer': {
                const parsed = Number(node.text.replace(/_/g, ''));
                return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
            }
            case 'float': {
                const parsed = Number(node.text.replace(/_/g, ''));
                return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
            }
            case 'true':
                return { kind: 'bool', value: true };
            case 'false':
                return { kind: 'bool', value: false };
            case 'none':
                return { kind: 'none' };
            case 'identifier': {
                const name = node.text;
                const bound = this.lookup(name, scope);
                if (bound)
                    return bound.kind === 'token' ? { ...bound, name } : bound;
                const qualified = this.importedName(name) ?? this.starImported(name);
                return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified ?? name };
            }
            case 'attribute':
                return this.evalAttribute(node, scope);
            case 'subscript':
                return this.evalSubscript(node, scope);
            case 'call':
                return this.evalCall(node, scope);
            case 'await':
            case 'parenthesized_expression':
            case 'expression_list':
                if (node.namedChildren.length === 1)
                    return this.evalExpr(node.namedChildren[0], scope);
                return { kind: 'list', items: node.namedChildren.map((child) => this.evalExpr(child, scope)) };
            case 'list':
            case 'tuple':
            case 'set':
                return { kind: 'list', items: node.namedChildren.filter((child) => child.type !== 'comment').map((child) => this.evalExpr(child, scope)) };
            case 'dictionary':
                return this.evalDictionary(node, scope);
            case 'binary_operator':
                return this.evalBinary(node, scope);
            case 'boolean_operator': {
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                const leftValue = left ? this.evalExpr(left, scope) : UNKNOWN;
                const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
                // `a or b`: either may be the result; a token on either side taints it.
                if (leftValue.kind === 'token')
                    return leftValue;
                if (rightValue.kind === 'token')
                    return rightValue;
                if (node.childForFieldName('operator')?.text === 'or' && leftValue.kind === 'unknown')
                    return rightValue;
                // `os.environ.get("SECRET_KEY") or "dev-key"`: the literal is the lookup's fallback
                if (node.childForFieldName('operator')?.text === 'or' && leftValue.kind === 'env' && isEmptyFallback(leftValue.fallback) && rightValue.kind !== 'unknown')
                    return { kind: 'env', name: leftValue.name, fallback: rightValue };
                return UNKNOWN;
            }
            case 'conditional_expression': {
                const values = node.namedChildren.map((child) => this.evalExpr(child, scope));
                // `a if condition else b`: the condition (values[1]) is tested, never the result
                const results = values.filter((_, index) => index !== 1);
                return results.find((value) => value.kind === 'token') ?? results[0] ?? UNKNOWN;
            }
            case 'comparison_operator':
                return this.evalComparison(node, scope);
            case 'not_operator':
            case 'unary_operator': {
                const argument = node.namedChildren[0];
                const value = argument ? this.evalExpr(argument, scope) : UNKNOWN;
                if (node.type === 'unary_operator' && node.child(0)?.text === '-' && value.kind === 'number')
                    return { kind: 'number', value: -value.value };
                return UNKNOWN;
            }
            case 'assignment':
                return this.evalAssignment(node, scope);
            case 'augmented_assignment': {
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
                if (left?.type === 'identifier' && rightValue.kind === 'token')
                    scope.vars.set(left.text, rightValue);
                return rightValue;
            }
            case 'named_expression': {
                const name = node.childForFieldName('name');
                const valueNode = node.childForFieldName('value');
                const value = valueNode ? this.evalExpr(valueNode, scope) : UNKNOWN;
                if (name)
                    scope.vars.set(name.text, value);
                return value;
            }
            case 'lambda':
                return UNKNOWN;
            case 'list_comprehension':
            case 'set_comprehension':
            case 'generator_expression':
            case 'dictionary_comprehension': {
                const inner = { vars: new Map(), parent: scope, fn: scope.fn, returns: [] };
                for (const clause of node.namedChildren.filter((child) => child.type === 'for_in_clause')) {
                    const right = clause.childForFieldName('right');
                    const left = clause.childForFieldName('left');
                    const iterable = right ? this.evalExpr(right, inner) : UNKNOWN;
                    if (left)
                        this.bindTarget(left, elementOf(iterable), inner);
                }
                for (const child of node.namedChildren)
                    if (child.type !== 'for_in_clause')
                        this.evalExpr(child, inner);
                return UNKNOWN;
            }
            default:
                for (const child of node.namedChildren)
                    this.evalExpr(child, scope);
                return UNKNOWN;
        }
    }
    evalString(node, scope) {
        const interpolations = node.namedChildren.filter((child) => child.type === 'interpolation');
        const prefix = node.child(0)?.text ?? '';
        if (interpolations.length === 0) {
            if (/[bB]/.test(prefix) && !/[rR]/.test(prefix))
                return { kind: 'string', value: (0,syntax/* stringContent */.R)(node) };
            return { kind: 'string', value: (0,syntax/* stringContent */.R)(node) };
        }
        const parts = [];
        for (const interpolation of interpolations) {
            const expression = interpolation.childForFieldName('expression');
            if (expression)
                parts.push(this.evalExpr(expression, scope));
        }
        // a container interpolated whole (`f"{headers}"`, `f"{token_json}"`) writes out the token inside it
        const token = parts.map(model_values/* firstToken */.wk).find((part) => part !== undefined);
        if (token)
            return urlIfShaped((0,model_values/* withTransform */.Fv)(preferUnredacted(parts) ?? token, 'f-string'), (0,syntax/* stringContent */.R)(node));
        return { kind: 'unknown' };
    }
    evalDictionary(node, scope) {
        const entries = [];
        for (const pair of node.namedChildren) {
            if (pair.type === 'pair') {
                const keyNode = pair.childForFieldName('key');
                const valueNode = pair.childForFieldName('value');
                const key = keyNode ? this.evalExpr(keyNode, scope) : UNKNOWN;
                const value = valueNode ? this.evalExpr(valueNode, scope) : UNKNOWN;
                entries.push({ key: key.kind === 'string' ? key.value : null, value });
            }
            else if (pair.type === 'dictionary_splat') {
                const inner = pair.namedChildren[0];
                const value = inner ? this.evalExpr(inner, scope) : UNKNOWN;
                if (value.kind === 'dict')
                    entries.push(...value.entries);
                else
                    entries.push({ key: null, value });
            }
        }
        return { kind: 'dict', entries };
    }
    evalBinary(node, scope) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text;
        const leftValue = left ? this.evalExpr(left, scope) : UNKNOWN;
        const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
        if (operator === '+') {
            if (leftValue.kind === 'string' && rightValue.kind === 'string')
                return { kind: 'string', value: leftValue.value + rightValue.value };
            if (leftValue.kind === 'number' && rightValue.kind === 'number')
                return { kind: 'number', value: leftValue.value + rightValue.value };
            if (isDuration(leftValue) && isDuration(rightValue))
                return { kind: 'duration', seconds: durationSeconds(leftValue) + durationSeconds(rightValue) };
            // now() + 3600 where a recognizer evaluates now() as a zero duration (expiry arithmetic)
            if (isDuration(leftValue) && rightValue.kind === 'number')
                return { kind: 'duration', seconds: durationSeconds(leftValue) + rightValue.value };
            if (leftValue.kind === 'number' && isDuration(rightValue))
                return { kind: 'duration', seconds: leftValue.value + durationSeconds(rightValue) };
            const joined = joinStrings([leftValue, rightValue], 'concatenation');
            // `BASE + "?token=" + token`: the literal sits in a nested `+` whose value is unknown
            return joined.kind === 'token' ? urlIfShaped(joined, concatenatedLiterals(node)) : joined;
        }
        if (operator === '%') {
            const token = (0,model_values/* firstToken */.wk)(rightValue);
            if (token)
                return urlIfShaped((0,model_values/* withTransform */.Fv)(token, '%-format'), leftValue.kind === 'string' ? leftValue.value : '');
            return UNKNOWN;
        }
        if (operator === '*' && leftValue.kind === 'number' && rightValue.kind === 'number')
            return { kind: 'number', value: leftValue.value * rightValue.value };
        if (operator === '*' && isDuration(leftValue) && rightValue.kind === 'number')
            return { kind: 'duration', seconds: durationSeconds(leftValue) * rightValue.value };
        if (operator === '*' && leftValue.kind === 'number' && isDuration(rightValue))
            return { kind: 'duration', seconds: durationSeconds(rightValue) * leftValue.value };
        return UNKNOWN;
    }
    evalComparison(node, scope) {
        const operands = node.namedChildren;
        const values = operands.map((operand) => this.evalExpr(operand, scope));
        const operators = node.childrenForFieldName('operators').map((operator) => operator.text);
        if (!this.isSilent) {
            for (let index = 0; index + 1 < values.length; index++) {
                const operator = operators[index] ?? '';
                for (const recognizer of this.recognizers)
                    recognizer.onCompare?.(node, operator, values[index], values[index + 1], this, scope);
            }
        }
        return UNKNOWN;
    }
    evalAssignment(node, scope) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!right) {
            // annotated declaration without a value
            return UNKNOWN;
        }
        const value = this.evalExpr(right, scope);
        if (left) {
            this.bindTarget(left, value, scope);
            if (!this.isSilent)
                for (const recognizer of this.recognizers)
                    recognizer.onAssign?.(left, value, right, this, scope);
        }
        return value;
    }
    bindTarget(target, value, scope) {
        if (target.type === 'identifier') {
            scope.vars.set(target.text, value.kind === 'token' ? { ...value, name: target.text } : value);
            return;
        }
        if (target.type === 'pattern_list' || target.type === 'tuple_pattern' || target.type === 'list_pattern' || target.type === 'tuple' || target.type === 'list') {
            const targets = target.namedChildren;
            targets.forEach((child, index) => {
                let element;
                if (value.kind === 'list')
                    element = value.items[index] ?? UNKNOWN;
                else if (value.kind === 'token')
                    element = markSchemePart((0,model_values/* withTransform */.Fv)(value, 'unpack'), value, index);
                else
                    element = UNKNOWN;
                this.bindTarget(child, element, scope);
            });
            return;
        }
        if (target.type === 'attribute' || target.type === 'subscript') {
            // self.token = … / config["X"] = …: remember token-derived values by their dotted text
            const name = (0,syntax/* dottedName */._)(target) ?? target.text;
            if (value.kind === 'token' || value.kind === 'claims')
                scope.vars.set(name, value);
            if (target.type === 'subscript') {
                const object = target.childForFieldName('value');
                if (object)
                    this.evalExpr(object, scope);
                if (object?.type === 'identifier')
                    this.setDictEntry(object.text, target.childForFieldName('subscript'), value, scope);
            }
        }
    }
    /**
     * `payload["exp"] = …` on a name bound to a dict: rebind the name to the dict with that
     * entry (also while silent); a computed key adds an entry with a null key (contents unknown).
     */
    setDictEntry(name, keyNode, value, scope) {
        const literal = keyNode?.type === 'string' && !keyNode.namedChildren.some((child) => child.type === 'interpolation');
        const key = literal ? (0,syntax/* stringContent */.R)(keyNode) : null;
        for (let current = scope; current; current = current.parent) {
            const bound = current.vars.get(name);
            if (!bound)
                continue;
            if (bound.kind === 'dict')
                current.vars.set(name, { kind: 'dict', entries: [...bound.entries.filter((entry) => key === null || entry.key !== key), { key, value }] });
            return;
        }
    }
    evalAttribute(node, scope) {
        const object = node.childForFieldName('object');
        const attribute = node.childForFieldName('attribute')?.text ?? '';
        const dotted = (0,syntax/* dottedName */._)(node);
        if (dotted) {
            const bound = this.lookup(dotted, scope);
            if (bound)
                return bound;
        }
        const source = (0,sources/* tokenSourceOfAttribute */._H)(node, this, scope);
        if (source)
            return this.tokenValue(source);
        const objectValue = object ? this.evalExpr(object, scope) : UNKNOWN;
        if (objectValue.kind === 'token') {
            // HTTPAuthorizationCredentials.credentials, request.authorization.token …
            return (0,model_values/* withTransform */.Fv)(objectValue, `.${attribute}`);
        }
        if (objectValue.kind === 'claims')
            return objectValue;
        if (objectValue.kind === 'duration' && (attribute === 'seconds' || attribute === 'total_seconds'))
            return { kind: 'number', value: objectValue.seconds };
        const qualified = this.qualifiedName(node);
        return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified };
    }
    evalSubscript(node, scope) {
        const object = node.childForFieldName('value');
        const indexNode = node.childForFieldName('subscript');
        const source = (0,sources/* tokenSourceOfSubscript */.F3)(node, this, scope);
        const objectValue = object ? this.evalExpr(object, scope) : UNKNOWN;
        const index = indexNode ? this.evalExpr(indexNode, scope) : UNKNOWN;
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onSubscript?.(node, objectValue, index, this, scope);
        if (source)
            return this.tokenValue(source);
        if (objectValue.kind === 'token' && indexNode?.type === 'slice')
            return (0,model_values/* withTransform */.Fv)(objectValue, sliceTransform(indexNode));
        if (objectValue.kind === 'token')
            return markSchemePart((0,model_values/* withTransform */.Fv)(objectValue, 'index'), objectValue, index.kind === 'number' ? index.value : undefined);
        if (objectValue.kind === 'claims')
            return objectValue;
        if (objectValue.kind === 'dict' && index.kind === 'string')
            return objectValue.entries.find((entry) => entry.key === index.value)?.value ?? UNKNOWN;
        if (objectValue.kind === 'list' && index.kind === 'number')
            return objectValue.items.at(index.value) ?? UNKNOWN;
        if (objectValue.kind === 'list')
            return (0,model_values/* firstToken */.wk)(objectValue) ?? UNKNOWN;
        const dotted = (0,syntax/* dottedName */._)(node);
        return dotted ? { kind: 'unknown', name: dotted } : UNKNOWN;
    }
    evalCall(node, scope) {
        const functionNode = node.childForFieldName('function');
        const argumentsNode = node.childForFieldName('arguments');
        let receiver;
        let receiverNode;
        let method;
        if (functionNode?.type === 'attribute') {
            receiverNode = functionNode.childForFieldName('object') ?? undefined;
            method = functionNode.childForFieldName('attribute')?.text;
            receiver = receiverNode ? this.evalExpr(receiverNode, scope) : undefined;
        }
        else if (functionNode?.type === 'identifier') {
            method = functionNode.text;
        }
        else if (functionNode) {
            this.evalExpr(functionNode, scope);
        }
        const args = [];
        const argNodes = [];
        const kwargs = new Map();
        const kwargNodes = new Map();
        const splats = [];
        if (argumentsNode) {
            for (const argument of argumentsNode.namedChildren) {
                if (argument.type === 'keyword_argument') {
                    const name = argument.childForFieldName('name')?.text;
                    const valueNode = argument.childForFieldName('value');
                    if (name && valueNode) {
                        kwargs.set(name, this.evalExpr(valueNode, scope));
                        kwargNodes.set(name, valueNode);
                    }
                }
                else if (argument.type === 'dictionary_splat') {
                    const inner = argument.namedChildren[0];
                    if (inner)
                        splats.push(this.evalExpr(inner, scope));
                }
                else if (argument.type === 'list_splat') {
                    const inner = argument.namedChildren[0];
                    if (inner)
                        this.evalExpr(inner, scope);
                }
                else if (argument.type !== 'comment') {
                    args.push(this.evalExpr(argument, scope));
                    argNodes.push(argument);
                }
            }
        }
        const callee = functionNode ? this.qualifiedName(functionNode) : undefined;
        const call = { node, callee, method, receiver, receiverNode, args, argNodes, kwargs, kwargNodes, splats };
        const source = (0,sources/* tokenSourceOfCall */.Op)(call, this, scope);
        if (source)
            return this.tokenValue(source);
        let result;
        if (!this.isSilent) {
            for (const recognizer of this.recognizers) {
                const produced = recognizer.onCall?.(call, this, scope);
                if (produced && !result)
                    result = produced;
            }
        }
        else {
            for (const recognizer of this.recognizers) {
                // in silent mode recognizers may still give values (a decode's claims) but must not record facts
                const produced = recognizer.onCall?.(call, this, scope);
                if (produced && !result)
                    result = produced;
            }
        }
        if (result)
            return result;
        return this.builtinCallValue(call, scope);
    }
    /** What well-known pure calls return: string methods on tokens, str(), format, dict(), timedelta, getenv. */
    builtinCallValue(call, scope) {
        const { method, receiver, args, kwargs } = call;
        if (receiver?.kind === 'token' && method && TOKEN_PRESERVING_METHODS.has(method))
            return (0,model_values/* withTransform */.Fv)(receiver, method);
        if (receiver?.kind === 'string' && method === 'format') {
            const token = [...args, ...kwargs.values()].map(model_values/* firstToken */.wk).find(Boolean);
            return token ? urlIfShaped((0,model_values/* withTransform */.Fv)(token, '.format'), receiver.value) : UNKNOWN;
        }
        if (receiver?.kind === 'string' && method === 'join') {
            const token = args[0] ? (0,model_values/* firstToken */.wk)(args[0]) : undefined;
            return token ? (0,model_values/* withTransform */.Fv)(token, 'join') : UNKNOWN;
        }
        if (receiver?.kind === 'string' && method && STRING_PRESERVING_METHODS.has(method))
            return receiver;
        const callee = call.callee;
        if ((callee === 'str' || callee === 'repr' || callee === 'bytes') && args[0]) {
            const token = (0,model_values/* firstToken */.wk)(args[0]);
            if (token)
                return (0,model_values/* withTransform */.Fv)(token, callee);
            if (args[0].kind === 'string')
                return args[0];
        }
        if (callee === 'dict')
            return { kind: 'dict', entries: [...kwargs].map(([key, value]) => ({ key, value })) };
        if (callee === 'list' || callee === 'tuple' || callee === 'set' || callee === 'frozenset')
            return args[0] ?? { kind: 'list', items: [] };
        if (callee === 'int' && args[0]?.kind === 'number')
            return args[0];
        if (callee === 'int' && args[0]?.kind === 'string' && /^\d+$/.test(args[0].value))
            return { kind: 'number', value: Number(args[0].value) };
        // int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "60")): the literal default is what runs when the variable is unset
        if (callee === 'int' && args[0]?.kind === 'env' && args[0].fallback?.kind === 'number')
            return args[0].fallback;
        if (callee === 'int' && args[0]?.kind === 'env' && args[0].fallback?.kind === 'string' && /^\d+$/.test(args[0].fallback.value))
            return { kind: 'number', value: Number(args[0].fallback.value) };
        if (callee === 'os.getenv' || callee === 'os.environ.get' || callee === 'environ.get' || callee === 'getenv') {
            const name = args[0]?.kind === 'string' ? args[0].value : '?';
            const fallback = args[1] ?? kwargs.get('default');
            return fallback ? { kind: 'env', name, fallback } : { kind: 'env', name };
        }
        if (callee === 'datetime.timedelta' || callee === 'timedelta')
            return durationFromKeywords(args, kwargs);
        if (callee && this.functionDefs.has(callee) && !callee.includes('.')) {
            const def = this.functionDefs.get(callee);
            const returned = this.helperReturn(def, scope);
            return returned.kind === 'unknown' || returned.kind === 'none' ? (this.passedThrough(def, call, scope) ?? returned) : returned;
        }
        if (call.receiver?.kind === 'env' && method === 'get')
            return call.receiver;
        return importedCallValue(call, this, scope) ?? { kind: 'unknown', name: callee ? `${callee}()` : undefined };
    }
    /** The value a module-level helper returns, evaluated once, without recording facts. */
    /**
     * `bearer(header)` where the helper returns something derived from its parameter
     * (`return header.split()[1]`): the token argument, with the helper's transforms. Only
     * asked when a token is passed and the helper's own return value is unknown.
     */
    passedThrough(def, call, scope) {
        if (!call.args.some((argument) => argument.kind === 'token') && ![...call.kwargs.values()].some((argument) => argument.kind === 'token'))
            return undefined;
        let through = this.helperPassThrough.get(def.id);
        if (through === undefined) {
            this.helperPassThrough.set(def.id, null); // recursion guard
            through = this.parameterReturned(def);
            this.helperPassThrough.set(def.id, through);
        }
        if (!through)
            return undefined;
        const argument = call.kwargs.get(through.name) ?? call.args[through.index];
        if (argument?.kind !== 'token')
            return undefined;
        this.markTokenTouched(scope);
        return { ...argument, transforms: [...argument.transforms, ...through.transforms, `${def.childForFieldName('name')?.text ?? 'helper'}()`] };
    }
    /** Which parameter a helper returns a value derived from, found by walking it once with each parameter as a marked token. */
    parameterReturned(def) {
        const parameters = def.childForFieldName('parameters');
        const body = def.childForFieldName('body');
        if (!parameters || !body)
            return null;
        const names = parameters.namedChildren.map((parameter) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier')))?.text);
        const inner = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
        this.silent++;
        try {
            names.forEach((name, index) => {
                if (name)
                    inner.vars.set(name, this.tokenValue({ kind: 'named', name: `${PARAMETER_MARK}${index}`, loc: this.loc(parameters), strength: 'weak' }, name));
            });
            this.walkBlock(body, inner);
        }
        finally {
            this.silent--;
        }
        for (const value of inner.returns) {
            if (value.kind !== 'token' || !value.source.name.startsWith(PARAMETER_MARK))
                continue;
            const index = Number(value.source.name.slice(PARAMETER_MARK.length));
            return { index, name: names[index] ?? '', transforms: value.transforms };
        }
        return null;
    }
    helperReturn(def, scope) {
        const cached = this.helperReturns.get(def.id);
        if (cached)
            return cached;
        this.helperReturns.set(def.id, UNKNOWN); // recursion guard
        this.silent++;
        let result = UNKNOWN;
        try {
            const inner = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
            const parameters = def.childForFieldName('parameters');
            if (parameters)
                this.bindParameters(parameters, inner, this.moduleScope);
            const body = def.childForFieldName('body');
            if (body)
                this.walkBlock(body, inner);
            result = inner.returns.find((value) => value.kind === 'token') ?? inner.returns.find((value) => value.kind === 'claims') ?? inner.returns[0] ?? UNKNOWN;
            if (result.kind === 'token')
                result = (0,model_values/* withTransform */.Fv)(result, `${def.childForFieldName('name')?.text ?? 'helper'}()`);
        }
        finally {
            this.silent--;
        }
        this.helperReturns.set(def.id, result);
        if (result.kind === 'token')
            this.markTokenTouched(scope);
        return result;
    }
}
/** Marks the stand-in token bound to a helper's parameter while finding what it returns. */
const PARAMETER_MARK = '\u0000parameter:';
const TOKEN_PRESERVING_METHODS = new Set([
    'split',
    'rsplit',
    'partition',
    'rpartition',
    'strip',
    'lstrip',
    'rstrip',
    'removeprefix',
    'removesuffix',
    'replace',
    'lower',
    'upper',
    'casefold',
    'encode',
    'decode',
    'format',
    'splitlines',
    'get',
]);
const STRING_PRESERVING_METHODS = new Set(['encode', 'strip', 'lower', 'upper']);
function isStatement(node) {
    return node.type.endsWith('_statement') || node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'decorated_definition';
}
function joinStrings(parts, transform) {
    const token = preferUnredacted(parts) ?? parts.map(model_values/* firstToken */.wk).find(Boolean);
    if (token)
        return urlIfShaped((0,model_values/* withTransform */.Fv)(token, transform), parts.map((part) => (part.kind === 'string' ? part.value : ' ')).join(''));
    if (parts.every((part) => part.kind === 'string'))
        return { kind: 'string', value: parts.map((part) => part.value).join('') };
    return UNKNOWN;
}
/** Literal text that builds a URL: a scheme, or a query parameter being assigned (`?token=`, `&jwt=`). */
const URL_SHAPED = /^[a-z][a-z0-9+.-]*:\/\/|[?&][\w.[\]-]+=/i;
/** Marks a token built into URL-shaped text with the 'url' transform (once: later string building keeps it). */
function urlIfShaped(token, literalText) {
    if (token.transforms.includes('url') || !URL_SHAPED.test(literalText))
        return token;
    return (0,model_values/* withTransform */.Fv)(token, 'url');
}
/** The longest slice treated as a redacted prefix or suffix (`token[:8]`, `token[-4:]`). */
const REDACTED_SLICE_MAX = 8;
/** 'redacted-slice' for a literal slice of at most REDACTED_SLICE_MAX characters, 'slice' otherwise. */
function sliceTransform(slice) {
    const bounds = [];
    let current;
    let sawValue = false;
    for (const child of slice.children) {
        if (child.type === ':') {
            bounds.push(sawValue ? current : undefined);
            current = undefined;
            sawValue = false;
        }
        else if (child.isNamed) {
            sawValue = true;
            const text = child.text.replace(/\s+/g, '');
            current = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
        }
    }
    bounds.push(sawValue ? current : undefined);
    const [start, stop, step] = bounds;
    if ([start, stop, step].some((bound) => bound !== undefined && Number.isNaN(bound)))
        return 'slice';
    if (step !== undefined && step !== 1)
        return 'slice';
    const from = start ?? 0;
    let length;
    if (stop === undefined)
        length = from < 0 ? -from : undefined; // token[-4:]
    else if (from >= 0 && stop >= 0)
        length = stop - from; // token[:8], token[2:6]
    else if (from < 0 && stop < 0)
        length = stop - from; // token[-6:-2]
    return length !== undefined && length <= REDACTED_SLICE_MAX ? 'redacted-slice' : 'slice';
}
/** The literal strings of a `+` chain, in order (`a + "?token=" + t` → "?token="). */
function concatenatedLiterals(node) {
    if (node.type === 'string')
        return (0,syntax/* stringContent */.R)(node);
    if (node.type === 'parenthesized_expression')
        return node.namedChildren.map(concatenatedLiterals).join('');
    if (node.type !== 'binary_operator' || node.childForFieldName('operator')?.text !== '+')
        return ' ';
    return node.namedChildren.map(concatenatedLiterals).join('');
}
/**
 * The first part of a split or partitioned header is the scheme ("Bearer"), not the
 * credential: `header.split()[0]`, `scheme, _, token = header.partition(" ")`. Marked
 * 'first-part' so that sinks can tell it from the token.
 */
function markSchemePart(result, split, index) {
    const last = split.transforms.at(-1);
    const isSplit = last === 'split' || last === 'rsplit' || last === 'partition' || last === 'rpartition';
    return isSplit && index === 0 ? (0,model_values/* withTransform */.Fv)(result, 'first-part') : result;
}
/** The first token among parts that is not a redacted slice: `f"{token[:6]}…{token}"` still carries the whole token. */
function preferUnredacted(parts) {
    for (const part of parts) {
        const token = (0,model_values/* firstToken */.wk)(part);
        if (token && !token.transforms.includes('redacted-slice'))
            return token;
    }
    return undefined;
}
function elementOf(iterable) {
    if (iterable.kind === 'list')
        return iterable.items.find((item) => item.kind === 'token') ?? UNKNOWN;
    if (iterable.kind === 'token')
        return (0,model_values/* withTransform */.Fv)(iterable, 'iterate');
    return UNKNOWN;
}
/** No fallback, or one that is falsy (`os.environ.get("X", "") or "literal"`): `or` goes on to the right side. */
function isEmptyFallback(fallback) {
    return fallback === undefined || fallback.kind === 'none' || (fallback.kind === 'string' && fallback.value === '') || (fallback.kind === 'bool' && !fallback.value);
}
function isDuration(value) {
    return value.kind === 'duration';
}
function durationSeconds(value) {
    return value.seconds;
}
const SECONDS_PER_UNIT = { weeks: 604800, days: 86400, hours: 3600, minutes: 60, seconds: 1, milliseconds: 0.001, microseconds: 0.000001 };
const TIMEDELTA_POSITIONAL = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
function durationFromKeywords(args, kwargs) {
    let seconds = 0;
    for (const [index, value] of args.entries()) {
        if (value.kind !== 'number')
            return UNKNOWN;
        seconds += value.value * SECONDS_PER_UNIT[TIMEDELTA_POSITIONAL[index]];
    }
    for (const [key, value] of kwargs) {
        const unit = SECONDS_PER_UNIT[key];
        if (unit === undefined || value.kind !== 'number')
            return UNKNOWN;
        seconds += value.value * unit;
    }
    return { kind: 'duration', seconds };
}
function countLines(text) {
    if (text.length === 0)
        return 0;
    let lines = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        lines++;
    return text.endsWith('\n') ? lines - 1 : lines;
}

;// CONCATENATED MODULE: ./src/lang/python/recover.ts

/** Share of the file inside top-level ERROR nodes above which the file is too broken to analyse. */
const MAX_ERROR_SHARE = 0.5;
/** Blanking more than this share of the file's non-blank lines means it was mostly broken. */
const MAX_BLANKED_SHARE = 0.5;
const recover_MAX_ROUNDS = 5;
/** A line that can start a top-level statement: a name, a keyword or a decorator at column 0. */
const TOP_LEVEL_START = /^[A-Za-z_@]/;
function errorShare(root, length) {
    if (length === 0)
        return 0;
    let errorBytes = 0;
    for (const child of root.children) {
        if (child.type === 'ERROR')
            errorBytes += child.endIndex - child.startIndex;
    }
    return errorBytes / length;
}
/**
 * One unclosed bracket or string early in a file turns everything after it into one
 * ERROR node. Blanking the lines from the first top-level error up to the next line that
 * starts a top-level statement (with spaces, so every line and column stays where it
 * was) lets the rest of the file parse again. Returns the tree and text to analyse, or
 * undefined when the file stays mostly broken. The caller still owns `tree`.
 */
function recoverFromErrors(parser, text, tree) {
    if (!tree.rootNode.hasError || errorShare(tree.rootNode, text.length) <= MAX_ERROR_SHARE)
        return { tree, text };
    const lines = text.split('\n');
    const nonBlank = lines.filter((line) => line.trim() !== '').length;
    let blanked = 0;
    let current = tree;
    let source = text;
    const release = (candidate) => {
        if (candidate !== tree)
            candidate.delete();
    };
    for (let round = 0; round < recover_MAX_ROUNDS; round++) {
        const error = current.rootNode.children.find((child) => child.type === 'ERROR');
        if (!error)
            break;
        let end = error.startPosition.row + 1;
        while (end < lines.length && !TOP_LEVEL_START.test(lines[end]))
            end++;
        for (let row = error.startPosition.row; row < end; row++) {
            if (lines[row].trim() !== '')
                blanked++;
            lines[row] = ' '.repeat(lines[row].length);
        }
        if (blanked > nonBlank * MAX_BLANKED_SHARE)
            break;
        source = lines.join('\n');
        const next = parsePython(parser, source);
        release(current);
        current = next;
        if (errorShare(current.rootNode, source.length) <= MAX_ERROR_SHARE)
            return { tree: current, text: source };
    }
    release(current);
    return undefined;
}

;// CONCATENATED MODULE: ./src/lang/python/analyse-file.ts











/** The whole text parsed (recovered from errors, within the depth budget) and lowered when it is worth it. */
function analyseWhole(parser, text, relPath, config, imported) {
    let tree;
    try {
        tree = parsePython(parser, text);
    }
    catch (error) {
        return { ok: false, reason: `could not be parsed (${error.message})`, internal: true };
    }
    const parsed = recoverFromErrors(parser, text, tree);
    const owned = new Set([tree]);
    try {
        if (!parsed)
            return { ok: false, reason: 'too broken to parse (most of the file is syntax errors)' };
        owned.add(parsed.tree);
        let analysed = { ...parsed, regions: [] };
        let model;
        if (isRelevantPython(parsed.text)) {
            const lower = (budget, prune) => {
                analysed = withinDepthBudget(parser, parsed.tree, parsed.text, budget, prune);
                owned.add(analysed.tree);
                const read = treeReaderBound() ? new ReadTree(analysed.tree, analysed.text) : undefined;
                try {
                    return new PythonLowering(read ?? analysed.tree, analysed.text, relPath, config, imported).lower();
                }
                finally {
                    read?.release();
                }
            };
            try {
                model = lower(lang_depth/* DEPTH_BUDGET */.w, true);
            }
            catch (error) {
                // the budget is meant to prevent this; should a shape escape it, try once with half of it, every node walked
                if (!(0,lang_depth/* isStackOverflow */.fF)(error))
                    throw error;
                model = lower(lang_depth/* DEPTH_BUDGET */.w / 2, false);
            }
            if (analysed.regions.length)
                model.notAnalysed = analysed.regions;
        }
        else {
            // nothing to lower, but a package's __init__.py may hand names on, a settings module offers its literals
            model = (0,unlowered/* unloweredModel */.Xe)(relPath, 'python', countLines(text), unloweredModuleFacts(parsed.tree.rootNode));
        }
        // lines blanked to recover from an unclosed bracket were syntax errors too
        model.hasSyntaxErrors = tree.rootNode.hasError;
        if ((0,suppress/* mayContainSuppression */.PD)(analysed.text))
            model.suppressions = findSuppressions(analysed.tree.rootNode, analysed.text);
        return { ok: true, model };
    }
    finally {
        for (const owner of owned)
            owner.delete();
    }
}
/**
 * The file parsed with the bodies the walker leaves alone cut out (./body-cuts.ts), and
 * lowered; undefined when there are none, or when the cut parse does not stand for the
 * whole (a syntax error, nesting near the depth budget, a cut body asked for that does
 * not parse alone as it did in place): the caller then parses the whole text.
 */
function analyseWithCuts(parser, text, relPath, config, imported) {
    if (!treeReaderBound() || (0,suppress/* mayContainSuppression */.PD)(text) || !isRelevantPython(text))
        return undefined;
    const aliases = securityImportNames(text);
    const cuts = findBodyCuts(text, {
        mayCarryFacts: (functionText) => FUNCTION_RELEVANT.test(functionText) || aliases.some((alias) => functionText.includes(alias)),
        isInertDecorator: (decoratorText) => INERT_DECORATOR.test(decoratorText),
    });
    if (cuts.length === 0)
        return undefined;
    const cut = cutText(text, cuts);
    let tree;
    let lines;
    let starts;
    try {
        tree = parsePython(parser, cut.text);
        if (tree.rootNode.hasError || deepPythonCuts(tree, cut.text).length > 0)
            return undefined;
        const parseFunction = (body, end) => {
            lines ??= new line_index/* LineIndex */.r(text);
            const alone = parser.parse(text, null, { includedRanges: [{ startIndex: body.defStart, endIndex: end, startPosition: lines.pointAt(body.defStart), endPosition: lines.pointAt(end) }] });
            if (!alone)
                throw new NeedsWholeParse('tree-sitter returned no tree');
            // the function sits one or three levels down in the whole tree (in a class body): the budget's check allows for that
            starts ??= (0,lang_depth/* tokenStarts */.pt)(text);
            if (alone.rootNode.hasError || deepPythonCuts(alone, text, lang_depth/* DEPTH_BUDGET */.w - 2, true, starts).length > 0) {
                alone.delete();
                throw new NeedsWholeParse(`the function at offset ${body.defStart} does not parse alone within the budget`);
            }
            return alone;
        };
        const read = new ReadTree(tree, text, { cut, parseFunction });
        try {
            const model = new PythonLowering(read, text, relPath, config, imported).lower();
            model.hasSyntaxErrors = false;
            return { ok: true, model };
        }
        finally {
            read.release();
        }
    }
    catch (error) {
        if (error instanceof NeedsWholeParse || (0,lang_depth/* isStackOverflow */.fF)(error))
            return undefined;
        throw error;
    }
    finally {
        tree?.delete();
    }
}
/** Any case: a malformed suppression is reported too. */
const MARKER = /tokengate/i;
function findSuppressions(root, text) {
    const comments = [];
    const lines = text.split('\n');
    lines.forEach((lineText, index) => {
        // the comment is the first '#' outside a string: earlier ones may sit inside string literals
        for (let at = lineText.indexOf('#'); at >= 0 && MARKER.test(lineText.slice(at)); at = lineText.indexOf('#', at + 1)) {
            const node = root.descendantForPosition({ row: index, column: at });
            if (node?.type !== 'comment')
                continue;
            const suppression = (0,suppress/* parseSuppression */.$I)(node.text.slice(1), index + 1, at + 1, lineText.slice(0, at).trim() === '');
            if (suppression)
                comments.push(suppression);
            return;
        }
    });
    return comments;
}

;// CONCATENATED MODULE: ./src/lang/python/top-level-scan.ts




const NUMBER = /[0-9][\w.]*/y;
/** What an indented line is skimmed for. */
const INDENTED_STOPS = /["'#()[\]{}\\\n]/g;
const OPERATOR_CHARS = '()[]{}:;,.=+-*/%&|^~<>!@';
const CAN_START_STATEMENT = new Set(['(', '[', '{', '-', '+', '~', '*', '@', '.']);
/** The facts, undefined when there are none, or NEEDS_PARSE when the text is not plain enough to read this way. */
function scanModuleFacts(text) {
    return (0,unlowered/* readIfPlain */.U0)(() => readFacts(text));
}
function readFacts(text) {
    const statements = topLevelStatements(text);
    const facts = { imports: [], exports: [], starExports: [], references: [] };
    let lines;
    for (const statement of statements) {
        const first = statement[0];
        if (first.kind === 'name' && first.text === 'import')
            facts.imports.push(...plainImport(statement, text));
        else if (first.kind === 'name' && first.text === 'from')
            facts.imports.push(...fromImport(statement, text));
        else if (first.kind === 'name') {
            const constant = literalAssignment(statement);
            if (constant) {
                lines ??= new line_index/* LineIndex */.r(text);
                facts.exports.push({ name: first.text, loc: lines.locOf(first.start, first.end), constant });
            }
        }
    }
    return facts.imports.length || facts.exports.length ? facts : undefined;
}
/** The tokens of each logical line whose first token starts a line (column 0). */
function topLevelStatements(text) {
    const statements = [];
    let current = [];
    let topLevel = false;
    let depth = 0;
    if (text.charCodeAt(0) === 0xfeff)
        (0,unlowered/* plain */.pj)();
    let at = 0;
    let lineStart = true;
    const end = () => {
        if (topLevel && current.length) {
            if (current.some((token) => token.kind === 'op' && token.text === ';'))
                (0,unlowered/* plain */.pj)();
            statements.push(current);
        }
        current = [];
        topLevel = false;
    };
    while (at < text.length) {
        if (lineStart) {
            lineStart = false;
            if (depth === 0 && current.length === 0) {
                // a logical line begins: at column 0 it is a top-level statement (blank and comment lines hold no token)
                const first = text[at];
                topLevel = first !== ' ' && first !== '\t' && first !== '\f';
                if (first === '\f')
                    (0,unlowered/* plain */.pj)();
            }
        }
        if (!topLevel) {
            // inside an indented statement only strings, comments, brackets and line ends matter
            INDENTED_STOPS.lastIndex = at;
            const stop = INDENTED_STOPS.exec(text);
            if (!stop)
                break;
            at = stop.index;
            if (text[at] === '"' || text[at] === "'") {
                at = readString(text, at, prefixBefore(text, at)).end;
                continue;
            }
        }
        const char = text[at];
        if (char === '\n') {
            at++;
            lineStart = true;
            if (depth === 0)
                end();
            continue;
        }
        if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
            at++;
            continue;
        }
        if (char === '#') {
            const newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length : newline;
            continue;
        }
        if (char === '\\') {
            // a line continuation: the logical line goes on
            if (text[at + 1] === '\n')
                at += 2;
            else if (text[at + 1] === '\r' && text[at + 2] === '\n')
                at += 3;
            else
                (0,unlowered/* plain */.pj)();
            continue;
        }
        if (char === '"' || char === "'") {
            const token = readString(text, at, '');
            push(token);
            at = token.end;
            continue;
        }
        const stop = nameEnd(text, at);
        if (stop > at) {
            const word = text.slice(at, stop);
            if ((text[stop] === '"' || text[stop] === "'") && STRING_PREFIX.test(word)) {
                const token = readString(text, stop, word);
                token.start = at;
                push(token);
                at = token.end;
            }
            else {
                push({ kind: 'name', text: word, start: at, end: stop });
                at = stop;
            }
            continue;
        }
        if (char >= '0' && char <= '9') {
            NUMBER.lastIndex = at;
            NUMBER.test(text);
            push({ kind: 'number', text: text.slice(at, NUMBER.lastIndex), start: at, end: NUMBER.lastIndex });
            at = NUMBER.lastIndex;
            continue;
        }
        if (OPERATOR_CHARS.includes(char)) {
            if (char === '(' || char === '[' || char === '{')
                depth++;
            else if (char === ')' || char === ']' || char === '}') {
                depth--;
                if (depth < 0)
                    (0,unlowered/* plain */.pj)();
            }
            push({ kind: 'op', text: char, start: at, end: at + 1 });
            at++;
            continue;
        }
        (0,unlowered/* plain */.pj)();
    }
    if (depth !== 0)
        (0,unlowered/* plain */.pj)();
    end();
    return statements;
    function push(token) {
        if (topLevel && current.length === 0 && token.kind === 'op' && !CAN_START_STATEMENT.has(token.text))
            (0,unlowered/* plain */.pj)();
        current.push(token);
    }
}
/** A dotted name from `tokens[at]`, written without spaces: its text and the index after it. */
function dotted(tokens, at, source) {
    if (tokens[at]?.kind !== 'name')
        return undefined;
    let next = at + 1;
    while (tokens[next]?.text === '.' && tokens[next + 1]?.kind === 'name')
        next += 2;
    const name = source.slice(tokens[at].start, tokens[next - 1].end);
    // `a . b` is a dotted name the tree writes with its spaces: not plain
    if (/\s/.test(name))
        (0,unlowered/* plain */.pj)();
    return { name, next };
}
const KEYWORDS = new Set(['import', 'from', 'as']);
/** `import a.b`, `import a.b as c, d` (as importBindings reads the tree). */
function plainImport(tokens, source) {
    const bindings = [];
    let at = 1;
    for (;;) {
        const name = dotted(tokens, at, source);
        if (!name || KEYWORDS.has(name.name))
            (0,unlowered/* plain */.pj)();
        at = name.next;
        if (tokens[at]?.text === 'as') {
            const alias = tokens[at + 1];
            if (alias?.kind !== 'name')
                (0,unlowered/* plain */.pj)();
            bindings.push({ local: alias.text, specifier: name.name, imported: '*', qualified: name.name });
            at += 2;
        }
        else {
            const top = name.name.split('.')[0];
            bindings.push({ local: top, specifier: top, imported: '*', qualified: top });
        }
        if (at === tokens.length)
            return bindings;
        if (tokens[at]?.text !== ',')
            (0,unlowered/* plain */.pj)();
        at++;
    }
}
/** `from m import x as y, z`, `from . import (x,)`, `from .m import *` (as importBindings reads the tree). */
function fromImport(tokens, source) {
    let at = 1;
    const moduleStart = tokens[at]?.start;
    while (tokens[at]?.text === '.')
        at++;
    const named = tokens[at]?.kind === 'name' && tokens[at].text !== 'import' ? dotted(tokens, at, source) : undefined;
    if (named)
        at = named.next;
    if (moduleStart === undefined || at === 1)
        (0,unlowered/* plain */.pj)();
    const moduleName = source.slice(moduleStart, tokens[at - 1].end);
    if (/\s/.test(moduleName))
        (0,unlowered/* plain */.pj)();
    if (tokens[at]?.text !== 'import')
        (0,unlowered/* plain */.pj)();
    at++;
    // the tree calls this a future import, which importBindings does not read
    if (moduleName === '__future__')
        return [];
    const base = moduleName.replace(/^\.+/, '');
    if (tokens[at]?.text === '*' && at + 1 === tokens.length)
        return [{ local: '*', specifier: moduleName, imported: '*', qualified: '' }];
    let last = tokens.length;
    if (tokens[at]?.text === '(') {
        if (tokens[last - 1]?.text !== ')')
            (0,unlowered/* plain */.pj)();
        at++;
        last--;
    }
    const bindings = [];
    while (at < last) {
        const name = dotted(tokens, at, source);
        if (!name || KEYWORDS.has(name.name))
            (0,unlowered/* plain */.pj)();
        at = name.next;
        let local = name.name;
        if (tokens[at]?.text === 'as') {
            const alias = tokens[at + 1];
            if (alias?.kind !== 'name')
                (0,unlowered/* plain */.pj)();
            local = alias.text;
            at += 2;
        }
        bindings.push({ local, specifier: moduleName, imported: name.name, qualified: base ? `${base}.${name.name}` : name.name });
        if (at === last)
            break;
        if (tokens[at]?.text !== ',')
            (0,unlowered/* plain */.pj)();
        at++;
    }
    if (!bindings.length)
        (0,unlowered/* plain */.pj)();
    return bindings;
}
/** `NAME = "text"` or `NAME = 123`, also with a type (`NAME: str = "text"`): the constant, as literalValue reads it. */
function literalAssignment(tokens) {
    let at = 1;
    if (tokens[at]?.text === ':') {
        // the annotation runs to the assignment's `=` (brackets in it hold no `=` of their own at this level)
        at++;
        let depth = 0;
        while (at < tokens.length && !(depth === 0 && tokens[at].text === '=')) {
            const text = tokens[at].text;
            if (tokens[at].kind === 'op' && (text === '(' || text === '[' || text === '{'))
                depth++;
            else if (tokens[at].kind === 'op' && (text === ')' || text === ']' || text === '}'))
                depth--;
            at++;
        }
    }
    if (tokens[at]?.kind !== 'op' || tokens[at].text !== '=' || at + 2 !== tokens.length)
        return undefined;
    // `a = = b`, `a == b` and `a <= b` come apart into one-character operators: the `=` must stand alone
    const value = tokens[at + 1];
    if (tokens[at - 1]?.kind === 'op' && tokens[at - 1].end === tokens[at].start)
        return undefined;
    if (value.kind === 'string')
        return value.notLiteral ? undefined : { kind: 'string', value: value.text };
    if (value.kind === 'number' && /^\d+$/.test(value.text))
        return { kind: 'number', value: Number(value.text) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/lang/python/index.ts






const pythonFrontEnd = {
    async prepare() {
        await getPythonParser();
    },
    async analyse(text, relPath, config, imported) {
        // a file with nothing to lower is read for its module facts without a parse when its text is plain
        if (!isRelevantPython(text) && !(0,suppress/* mayContainSuppression */.PD)(text)) {
            const module = scanModuleFacts(text);
            if (module !== unlowered/* NEEDS_PARSE */.M4)
                return { ok: true, model: (0,unlowered/* unloweredModel */.Xe)(relPath, 'python', countLines(text), module) };
        }
        const parser = await getPythonParser();
        return analyseWithCuts(parser, text, relPath, config, imported) ?? analyseWhole(parser, text, relPath, config, imported);
    },
    async parseOnly(text) {
        const parser = await getPythonParser();
        parsePython(parser, text).delete();
    },
};


/***/ })

};
