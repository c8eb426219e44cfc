export const id = 51;
export const ids = [51];
export const modules = {

/***/ 9394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configuredResourceCalls)
/* harmony export */ });
/** `resources:` from the config, by each call's last name segment (what a call site shows). */
function configuredResourceCalls(config) {
    const configured = new Map();
    const add = (kind, names) => {
        for (const name of names) {
            const last = name.split('.').pop();
            configured.set(last, [...(configured.get(last) ?? []), { kind, name }]);
        }
    };
    add('acquire', config.resources.acquire);
    add('release', config.resources.release);
    add('idempotent', config.resources.idempotent);
    return configured;
}


/***/ }),

/***/ 8061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ mergeRegions),
/* harmony export */   OG: () => (/* binding */ cutRegions),
/* harmony export */   Rs: () => (/* binding */ spansLines),
/* harmony export */   eb: () => (/* binding */ applyCuts),
/* harmony export */   fF: () => (/* binding */ isStackOverflow),
/* harmony export */   og: () => (/* binding */ cutAt),
/* harmony export */   pt: () => (/* binding */ tokenStarts),
/* harmony export */   qf: () => (/* binding */ placeholder),
/* harmony export */   qi: () => (/* binding */ mayReachBudget),
/* harmony export */   w: () => (/* binding */ DEPTH_BUDGET)
/* harmony export */ });
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4457);

/** Tree levels analysed; deeper nodes are cut. */
const DEPTH_BUDGET = 200;
/** Below the budget, a node with too few tokens to reach it is not walked: each token adds at most this many levels… */
const LEVELS_PER_TOKEN = 2;
/** …plus a few wrapper nodes that own no token (expression statements, blocks). */
const WRAPPER_LEVELS = 8;
/** Past the budget, a node with no placeholder that fits is descended into; this far past it, it is blanked. */
const HARD_EXTRA = 40;
/**
 * Per text offset, how many tokens may start before it. Each ASCII punctuation character
 * and each non-ASCII character counts as one, and so does each run of word characters: never
 * fewer than the real tokens (string contents count too), so that the walk skips only
 * subtrees that cannot reach the budget.
 */
function tokenStarts(text) {
    const length = text.length;
    const starts = new Int32Array(length + 1);
    let count = 0;
    let previous = BLANK;
    for (let index = 0; index < length; index++) {
        starts[index] = count;
        const code = text.charCodeAt(index);
        const kind = code < 128 ? CHARACTER_KIND[code] : OTHER;
        // a word character starts a token only after one that is not a word character; any other character is a token
        count += kind === WORD ? (previous === WORD ? 0 : 1) : kind === OTHER ? 1 : 0;
        previous = kind;
    }
    starts[length] = count;
    return starts;
}
const BLANK = 0;
const WORD = 1;
const OTHER = 2;
/**
 * Per ASCII code, its kind for tokenStarts: blank (space, tab, line breaks, vertical tab,
 * form feed), word (letters, digits, `_`, `$`) or other. A table read instead of range
 * tests: the count runs over every character of every lowered file (about 0.1 s over the
 * Python standard library before; 0.6-0.75x of that with the table, measured cold and warm).
 */
const CHARACTER_KIND = (() => {
    const kinds = new Uint8Array(128).fill(OTHER);
    for (const code of [9, 10, 11, 12, 13, 32])
        kinds[code] = BLANK;
    for (const [first, last] of [[48, 57], [65, 90], [97, 122]])
        for (let code = first; code <= last; code++)
            kinds[code] = WORD;
    kinds[95] = WORD;
    kinds[36] = WORD;
    return kinds;
})();
/** Whether a node `depth` levels down, spanning start..end, may hold a node at the budget's depth. */
function mayReachBudget(starts, start, end, depth, budget) {
    return depth + LEVELS_PER_TOKEN * (starts[end] - starts[start]) + WRAPPER_LEVELS >= budget;
}
/**
 * What to do with a node at `depth`: nothing yet (undefined: walk on), leave it (a
 * placeholder from an earlier cut), cut it with a placeholder, or blank it (none fits).
 */
function cutAt(choose, nodeType, text, start, end, depth, budget) {
    if (depth < budget)
        return undefined;
    if (PLACEHOLDERS.has(text.slice(start, end).replace(/\s+/g, '')))
        return 'leave';
    return choose(nodeType, text, start, end) ?? (depth >= budget + HARD_EXTRA ? { start, end, open: '', close: '' } : undefined);
}
/** What the placeholders read as, without their blanks: a node holding only one is not cut again. */
const PLACEHOLDERS = new Set(['...', '(...)', 'pass', '_', '(_)', '(void0)', 'void0', 'any', ';', '{}', '[]', '()', '']);
/** A placeholder for start..end when `open` and `close` fit: enough characters, and no line break where they are written. */
function placeholder(text, start, end, open, close = '') {
    if (end - start < open.length + close.length)
        return undefined;
    for (let index = start; index < start + open.length; index++)
        if (isLineBreak(text.charCodeAt(index)))
            return undefined;
    for (let index = end - close.length; index < end; index++)
        if (isLineBreak(text.charCodeAt(index)))
            return undefined;
    return { start, end, open, close };
}
function spansLines(text, start, end) {
    for (let index = start; index < end; index++)
        if (isLineBreak(text.charCodeAt(index)))
            return true;
    return false;
}
function isLineBreak(code) {
    return code === 10 || code === 13;
}
/**
 * The text with every cut applied (cuts do not overlap): the same lines, and every column
 * outside the cuts where it was. Lines wholly inside a cut are left empty (a parser takes
 * long runs of blank space slowly), so offsets after a multi-line cut move.
 */
function applyCuts(text, cuts) {
    const ordered = [...cuts].sort((a, b) => a.start - b.start);
    const parts = [];
    let at = 0;
    for (const cut of ordered) {
        parts.push(text.slice(at, cut.start));
        const inner = text.slice(cut.start + cut.open.length, cut.end - cut.close.length);
        const lines = inner.split(/(\r?\n|\r)/);
        if (lines.length === 1) {
            parts.push(cut.open, ' '.repeat(inner.length), cut.close);
        }
        else {
            // the first line ends after the opening text; the last keeps its width, so that what follows the cut stays in its column
            const last = lines.length - 1;
            parts.push(cut.open, ...lines.map((line, index) => (index % 2 === 1 ? line : index === last ? ' '.repeat(line.length) : '')), cut.close);
        }
        at = cut.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** The lines and columns each cut covers in `text` (the text the cut offsets refer to). */
function cutRegions(text, cuts, budget) {
    const lines = new _line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(text);
    return cuts.map((cut) => ({ loc: lines.locOf(cut.start, cut.end), reason: `nested deeper than ${budget} levels` }));
}
/** Regions in line order, those on touching or overlapping lines merged: what the report lists as not analysed. */
function mergeRegions(regions) {
    const ordered = [...regions].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    const merged = [];
    for (const region of ordered) {
        const last = merged.at(-1);
        if (last && last.reason === region.reason && region.loc.line <= last.loc.endLine + 1) {
            const { endLine, endColumn } = region.loc;
            if (endLine > last.loc.endLine || (endLine === last.loc.endLine && endColumn > last.loc.endColumn))
                last.loc = { ...last.loc, endLine, endColumn };
            continue;
        }
        merged.push({ loc: { ...region.loc }, reason: region.reason });
    }
    return merged;
}
/** A stack overflow (V8's RangeError), as opposed to any other failure. */
function isStackOverflow(error) {
    return error instanceof RangeError && /call stack/i.test(error.message);
}


/***/ }),

/***/ 4457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Where the lines of a text start, to turn an offset into a row and column. */
class LineIndex {
    starts = [0];
    /** Lines end at LF, as tree-sitter counts them; or at each match of `breaks` (a global regex), as the TypeScript compiler does. */
    constructor(text, breaks) {
        if (!breaks) {
            for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
                this.starts.push(at + 1);
            return;
        }
        breaks.lastIndex = 0;
        for (let match = breaks.exec(text); match; match = breaks.exec(text))
            this.starts.push(match.index + match[0].length);
    }
    /** How many lines start in the text (one more than its line breaks). */
    get lineStarts() {
        return this.starts.length;
    }
    /** Row and column from 0, in UTF-16 units (as web-tree-sitter gives them for a string). */
    pointAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { row: low, column: offset - this.starts[low] };
    }
    /** The span from `start` to `end` as a Loc (lines and columns from 1). */
    locOf(start, end) {
        const from = this.pointAt(start);
        const to = this.pointAt(end);
        return { line: from.row + 1, column: from.column + 1, endLine: to.row + 1, endColumn: to.column + 1 };
    }
}


/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ LoweringBase)
/* harmony export */ });
/* harmony import */ var _recognizer_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);

class LoweringBase {
    /** Local name → qualified import name (`jwt` → 'jwt', `v` → 'jose.jwtVerify'). */
    imports = new Map();
    /** Top-level modules or packages imported (`flask`, `jwt`, `express`, `@nestjs/jwt`…). */
    importedModules = new Set();
    /** Per-recognizer state, keyed by the recognizer's name. */
    state = new Map();
    /** The file's imports as written, for the module graph (link). */
    importBindings = [];
    /** Qualified names used through an import: what link may tell a second lowering about. */
    references = new Set();
    /** Per function id, the values its returns produced (for the function's summary). */
    returnsOf = new Map();
    /** What link resolved this file's imports to (a second lowering); undefined on the first. */
    imported;
    /** Above 0 while evaluating a helper's return value: no facts are recorded then. */
    silent = 0;
    nextFunctionId = 1;
    nextOpId = 1;
    get isSilent() {
        return this.silent > 0;
    }
    newOpId() {
        return this.nextOpId++;
    }
    /** The dotted name with its first part resolved through imports: `pyjwt.decode` → 'jwt.decode'. */
    qualifiedName(node) {
        const dotted = this.nameOf(node);
        if (!dotted)
            return undefined;
        const dot = dotted.indexOf('.');
        const head = dot < 0 ? dotted : dotted.slice(0, dot);
        const resolved = this.imports.get(head);
        if (!resolved)
            return dotted;
        const qualified = dot < 0 ? resolved : resolved + dotted.slice(dot);
        this.references.add(qualified);
        return qualified;
    }
    /** The local name resolved through imports (`security` → '../lib/insecurity'), noted as a reference. */
    importedName(local) {
        const resolved = this.imports.get(local);
        if (resolved)
            this.references.add(resolved);
        return resolved;
    }
    /** What link knows of a qualified name used through an import (second lowering only). */
    importedFact(qualified) {
        return qualified === undefined ? undefined : this.imported?.names[qualified];
    }
    /** An imported constant's value at its use, marked with where it is defined. */
    importedConstant(qualified) {
        const fact = this.importedFact(qualified);
        if (fact?.kind !== 'constant')
            return undefined;
        const from = { file: fact.file, line: fact.loc.line, column: fact.loc.column, name: fact.name };
        const value = fact.value;
        if (value.kind === 'string')
            return { ...value, via: value.via ?? fact.name, from };
        if (value.kind === 'env')
            return { ...value, from };
        return value;
    }
    lookup(name, scope) {
        for (let current = scope; current; current = current.parent) {
            const value = current.vars.get(name);
            if (value)
                return value;
        }
        return undefined;
    }
    tokenValue(source, name) {
        // a token read from a query string is itself a finding's fact (token-in-url), wherever it flows
        if (source.kind === 'query' && !this.isSilent)
            this.model.queryReads.push({ name: source.name, loc: source.loc, api: 'query string' });
        return { kind: 'token', source, transforms: [], name };
    }
    /** Marks the enclosing function as touching a token (the CFG is built only for those). */
    markTokenTouched(scope) {
        if (scope.fn && !this.isSilent)
            scope.fn.touchesToken = true;
    }
    /** Whether a function's text may lead to a fact: a relevant word, or a token library's local name (`decode as d`). */
    mayCarryFacts(functionText) {
        return this.functionRelevant.test(functionText) || (0,_recognizer_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .securityAliases */ .R)(this.imports).some((alias) => functionText.includes(alias));
    }
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ verificationSitesRecognizer),
/* harmony export */   w: () => (/* binding */ keyLabel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Python recognizer: hand-written token verification sites, for scattered-validation. A
 * site is a function that takes the token from the request itself (a strong token source:
 * header, cookie, query, a FastAPI security scheme) and verifies it: a verifying JWT decode
 * of that token, or a comparison of it with a named secret. One site per function and kind;
 * a shared helper that receives the token as a parameter is not a site (its callers are
 * the ones reading the request, and they share its verification).
 */

const STATE_KEY = 'py-verification-sites';
const COMPARE_DIGEST = new Set(['hmac.compare_digest', 'secrets.compare_digest', 'compare_digest']);
function isRequestToken(value) {
    return value?.kind === 'token' && value.source.strength === 'strong' && value.source.kind !== 'issued';
}
/** A name for the key or secret that identifies the issuer, never its value: `SECRET_KEY`, `env.JWT_SECRET`, `literal#1a2b3c4d`. */
function keyLabel(value) {
    if (!value)
        return '?';
    switch (value.kind) {
        case 'unknown':
            // `API_KEY.encode()` is still API_KEY
            return value.name ? lastName(value.name.replace(/(?:\.(?:encode|decode|strip|lower|upper|get_secret_value)\(\))+$/, '')) : '?';
        case 'env':
            return `env.${value.name}`;
        case 'string':
            return value.via ? lastName(value.via) : `literal#${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value.value).digest('hex').slice(0, 8)}`;
        default:
            return value.kind;
    }
}
/** `settings.SECRET_KEY` → `SECRET_KEY`; `app.config["JWT_SECRET"]` → `JWT_SECRET`. */
function lastName(name) {
    const subscript = /\["([^"]+)"\]$/.exec(name);
    if (subscript)
        return subscript[1];
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
function sitesOf(lowering) {
    let sites = lowering.state.get(STATE_KEY);
    if (!sites) {
        sites = new Map();
        lowering.state.set(STATE_KEY, sites);
    }
    return sites;
}
function addSite(site, lowering) {
    const sites = sitesOf(lowering);
    const key = `${site.functionId}:${site.tokenKind}`;
    if (!sites.has(key))
        sites.set(key, site);
}
/** Scheme words a presented header is compared with: parsing, not verification. */
const SCHEME_WORD = /^(?:bearer|basic|token|jwt|digest)$/i;
/** Only comparisons with a named secret are verification: a constant, a setting, an environment value. */
function isNamedSecret(value) {
    if (value.kind === 'env')
        return true;
    if (value.kind === 'string')
        return value.via !== undefined && !SCHEME_WORD.test(value.value.trim()) && value.value !== '';
    return value.kind === 'unknown' && value.name !== undefined;
}
function compareSite(presented, against, node, lowering, scope) {
    if (!scope.fn || lowering.isSilent || !isRequestToken(presented) || !isNamedSecret(against))
        return;
    const label = keyLabel(against);
    addSite({ loc: lowering.loc(node), function: scope.fn.name, functionId: scope.fn.id, tokenKind: `bearer-compare:${label}` }, lowering);
}
const verificationSitesRecognizer = {
    onCompare(node, operator, left, right, lowering, scope) {
        if (operator !== '==' && operator !== '!=')
            return;
        if (isRequestToken(left))
            compareSite(left, right, node, lowering, scope);
        else if (isRequestToken(right))
            compareSite(right, left, node, lowering, scope);
    },
    onCall(call, lowering, scope) {
        if (!call.callee || !COMPARE_DIGEST.has(call.callee) || call.args.length < 2)
            return undefined;
        const [first, second] = call.args;
        if (isRequestToken(first))
            compareSite(first, second, call.node, lowering, scope);
        else if (isRequestToken(second))
            compareSite(second, first, call.node, lowering, scope);
        return undefined;
    },
    onModuleEnd(lowering) {
        const names = new Map(lowering.model.functions.map((fn) => [fn.id, fn.name]));
        for (const op of lowering.model.jwtOps) {
            if (op.kind !== 'decode' || op.functionId === undefined || !isRequestToken(op.subject))
                continue;
            addSite({ loc: op.loc, function: names.get(op.functionId) ?? '<function>', functionId: op.functionId, tokenKind: `jwt:${keyLabel(op.key)}` }, lowering);
        }
        const sites = lowering.state.get(STATE_KEY);
        if (sites)
            lowering.model.verificationSites.push(...[...sites.values()].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column));
    },
};


/***/ }),

/***/ 4945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ tokenSourceOfSubscript),
/* harmony export */   FO: () => (/* binding */ tokenSourceOfParameter),
/* harmony export */   Op: () => (/* binding */ tokenSourceOfCall),
/* harmony export */   _H: () => (/* binding */ tokenSourceOfAttribute),
/* harmony export */   y9: () => (/* binding */ isTokenLikeName)
/* harmony export */ });
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4960);

/** Names that hold a bearer token: token, access_token, jwt, bearer, id_token, auth_token… */
const TOKEN_NAME = /^(?:[a-z0-9]+_)*(?:token|jwt|bearer|bearer_token|jwt_token)$/i;
/** Names that look like tokens but are not bearer tokens. */
const NOT_TOKEN_NAME = /(?:^|_)(?:csrf|xsrf|max|num|n|next|page|pagination|continuation|cancel|cancellation|lexer|parser|tokenize|sentence|word)_token$|^(?:tokens?_(?:type|url|endpoint|uri|count|len|length|limit|expiry|expires|ttl|lifetime|name|kind))$/i;
function isTokenLikeName(name) {
    return TOKEN_NAME.test(name) && !NOT_TOKEN_NAME.test(name);
}
/** Header names that carry a bearer token or API credential. */
const TOKEN_HEADERS = new Set(['authorization', 'x-auth-token', 'x-access-token', 'x-api-key', 'x-token', 'api-key', 'x-jwt', 'token', 'proxy-authorization']);
const META_TOKEN_KEYS = new Set(['HTTP_AUTHORIZATION', 'HTTP_X_AUTH_TOKEN', 'HTTP_X_ACCESS_TOKEN', 'HTTP_X_API_KEY']);
/** Request parameter names that carry a token in a query string, cookie or form. */
const TOKEN_PARAM = /^(?:[a-z0-9]+[_-])*(?:token|jwt|bearer|api[_-]?key|apikey|auth)$/i;
const REQUEST_NAMES = new Set(['request', 'req', 'self.request', 'flask.request', 'r']);
function isRequest(name) {
    return name !== undefined && REQUEST_NAMES.has(name);
}
/** request.<collection> → the source kind its token-named entries have. */
const COLLECTION_KIND = {
    args: 'query',
    query_params: 'query',
    GET: 'query',
    values: 'query',
    cookies: 'cookie',
    COOKIES: 'cookie',
    form: 'form',
    POST: 'form',
    data: 'form',
    json: 'form',
};
function keyLiteral(node) {
    if (!node || node.type !== 'string')
        return undefined;
    if (node.namedChildren.some((child) => child.type === 'interpolation'))
        return undefined;
    return (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .stringContent */ .R)(node);
}
function sourceFor(collection, key, loc) {
    if (collection === 'headers') {
        return TOKEN_HEADERS.has(key.toLowerCase()) ? { kind: 'auth-header', name: key, loc, strength: 'strong' } : undefined;
    }
    if (collection === 'META') {
        return META_TOKEN_KEYS.has(key) ? { kind: 'auth-header', name: key, loc, strength: 'strong' } : undefined;
    }
    const kind = COLLECTION_KIND[collection];
    if (kind && TOKEN_PARAM.test(key) && !/csrf|xsrf/i.test(key))
        return { kind, name: key, loc, strength: 'strong' };
    return undefined;
}
/** `request.headers.get("Authorization")`, `request.args.get("token")`, `request.META.get(...)`. */
function tokenSourceOfCall(call, lowering, _scope) {
    if (call.method !== 'get' && call.method !== 'getlist' && call.method !== 'pop')
        return undefined;
    const receiver = call.receiverNode;
    if (receiver?.type !== 'attribute')
        return undefined;
    const collection = receiver.childForFieldName('attribute')?.text;
    const owner = receiver.childForFieldName('object');
    if (!collection || !owner || !isRequest((0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .dottedName */ ._)(owner)))
        return undefined;
    const key = keyLiteral(call.argNodes[0]);
    if (key === undefined)
        return undefined;
    return sourceFor(collection, key, lowering.loc(call.node));
}
/** `request.headers["Authorization"]`, `request.args["token"]`, `request.META["HTTP_AUTHORIZATION"]`. */
function tokenSourceOfSubscript(node, lowering, _scope) {
    const object = node.childForFieldName('value');
    if (object?.type !== 'attribute')
        return undefined;
    const collection = object.childForFieldName('attribute')?.text;
    const owner = object.childForFieldName('object');
    if (!collection || !owner || !isRequest((0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .dottedName */ ._)(owner)))
        return undefined;
    const key = keyLiteral(node.childForFieldName('subscript'));
    if (key === undefined)
        return undefined;
    return sourceFor(collection, key, lowering.loc(node));
}
/** `request.authorization` (werkzeug), `request.auth` (DRF, the authenticated token), `body.reset_code` of a FastAPI body model. */
function tokenSourceOfAttribute(node, lowering, _scope) {
    const attribute = node.childForFieldName('attribute')?.text;
    if (!attribute || (attribute !== 'authorization' && !BODY_CREDENTIAL_FIELD.test(attribute)))
        return undefined;
    const object = node.childForFieldName('object');
    if (!object)
        return undefined;
    if (attribute === 'authorization' && isRequest((0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .dottedName */ ._)(object)))
        return { kind: 'auth-header', name: 'Authorization', loc: lowering.loc(node), strength: 'strong' };
    if (object.type === 'identifier' && BODY_CREDENTIAL_FIELD.test(attribute) && isBodyModelParameter(object.text, node))
        return { kind: 'form', name: attribute, loc: lowering.loc(node), strength: 'strong' };
    return undefined;
}
/** Fields of a request body that carry a credential: tokens and API keys, one-time reset, verification and login codes. */
const BODY_CREDENTIAL_FIELD = /^(?:[a-z0-9]+_)*(?:token|jwt|api_?key|apikey)$|^(?:[a-z0-9]+_)*(?:reset|verification|verify|confirm|confirmation|activation|otp|mfa|totp|one_time|magic|login)_(?:password_)?(?:code|pin|otp)$|^(?:otp|totp|otp_code|mfa_code|pin_code)$/i;
/** Annotations that are not a body model: request objects, sessions, plain scalars. */
const NOT_BODY_MODEL = /^(?:Request|WebSocket|Response|Session|AsyncSession|BackgroundTasks|HTTPConnection|str|int|float|bool|bytes|dict|list|Any|Optional|Union)$/;
/**
 * `name` is a parameter, annotated with a model class, of the FastAPI route handler that
 * holds `node`: FastAPI fills it from the request body.
 */
function isBodyModelParameter(name, node) {
    let def = node.parent;
    while (def && def.type !== 'function_definition')
        def = def.parent;
    const decorated = def?.parent?.type === 'decorated_definition' ? def.parent : undefined;
    if (!def || !decorated?.namedChildren.some((child) => child.type === 'decorator' && /^@\s*\w+\.(?:get|post|put|patch|delete|api_route)\(/.test(child.text)))
        return false;
    for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
        if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter')
            continue;
        const parameterName = parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier')?.text : parameter.childForFieldName('name')?.text;
        if (parameterName !== name)
            continue;
        const annotation = parameter.childForFieldName('type')?.text ?? '';
        const head = annotation.split(/[.[]/).pop() ?? annotation;
        return /^[A-Z]\w*$/.test(head) && !NOT_BODY_MODEL.test(head) && parameter.childForFieldName('value') === null;
    }
    return false;
}
/** The `Depends(...)`/`Security(...)` call inside an `Annotated[...]` annotation. */
function annotatedDependency(typeNode, depth = 0) {
    if (depth > 4)
        return undefined;
    for (const child of typeNode.namedChildren) {
        if (child.type === 'call') {
            const callee = child.childForFieldName('function')?.text.split('.').pop();
            if (callee === 'Depends' || callee === 'Security')
                return child;
        }
        const inner = annotatedDependency(child, depth + 1);
        if (inner)
            return inner;
    }
    return undefined;
}
/** Callables that make FastAPI give a handler the presented bearer token. */
const FASTAPI_BEARER_SCHEMES = new Set([
    'OAuth2PasswordBearer',
    'OAuth2AuthorizationCodeBearer',
    'OAuth2',
    'HTTPBearer',
    'APIKeyHeader',
    'APIKeyCookie',
    'APIKeyQuery',
    'HTTPBasic',
]);
function lastName(dotted) {
    return dotted?.split('.').pop();
}
/** Names bound to `OAuth2PasswordBearer(...)` and the like, across the module. */
function isBearerScheme(expression, lowering, scope) {
    if (expression.type === 'call') {
        const callee = lastName(lowering.qualifiedName(expression.childForFieldName('function')));
        return callee && FASTAPI_BEARER_SCHEMES.has(callee) ? callee : undefined;
    }
    if (expression.type === 'identifier') {
        // `oauth2_scheme = OAuth2PasswordBearer(...)` evaluates to unknown named after the call
        const bound = lowering.lookup(expression.text, scope);
        const callee = bound?.kind === 'unknown' && bound.name?.endsWith('()') ? lastName(bound.name.slice(0, -2)) : undefined;
        if (callee && FASTAPI_BEARER_SCHEMES.has(callee))
            return callee;
    }
    return undefined;
}
/**
 * A parameter is a token when FastAPI injects one (`Depends(oauth2_scheme)`,
 * `Security(HTTPBearer())`, `Header()` named authorization, `Query()` named token), or,
 * weakly, when its name says token.
 */
/** A one-time code by name, in a function whose name says it delivers one (`send_code_to_phone_number(phone, code)`). */
const ONE_TIME_CODE = /^(?:code|otp|pin|otp_code|sms_code|mfa_code|verification_code|reset_code|reset_password_code|one_time_code|login_code)$/;
const DELIVERS_CODE = /(?:send|deliver|text|sms|mail|notify|dispatch)_?\w*?(?:code|otp|pin)|(?:code|otp|pin)s?_(?:to|via|by)_/i;
function tokenSourceOfParameter(name, defaultNode, typeNode, lowering, outer, loc, functionName) {
    // credentials: Annotated[HTTPBasicCredentials, Depends(security)]: the marker sits in the annotation
    const annotated = defaultNode === null && typeNode ? annotatedDependency(typeNode) : undefined;
    if (annotated)
        defaultNode = annotated;
    if (defaultNode?.type === 'call') {
        const callee = lastName(lowering.qualifiedName(defaultNode.childForFieldName('function')));
        const firstArgument = defaultNode.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
        if ((callee === 'Depends' || callee === 'Security') && firstArgument) {
            const scheme = isBearerScheme(firstArgument, lowering, outer);
            if (scheme)
                return { kind: scheme === 'APIKeyQuery' ? 'query' : scheme === 'APIKeyCookie' ? 'cookie' : 'dependency', name, loc, strength: 'strong' };
        }
        const alias = defaultNode.childForFieldName('arguments')?.namedChildren.find((child) => child.type === 'keyword_argument' && child.childForFieldName('name')?.text === 'alias');
        const effective = alias ? keyLiteral(alias.childForFieldName('value')) ?? name : name;
        if (callee === 'Header' && TOKEN_HEADERS.has(effective.toLowerCase().replace(/_/g, '-')))
            return { kind: 'auth-header', name: effective, loc, strength: 'strong' };
        if (callee === 'Query' && TOKEN_PARAM.test(effective))
            return { kind: 'query', name: effective, loc, strength: 'strong' };
        if (callee === 'Cookie' && TOKEN_PARAM.test(effective))
            return { kind: 'cookie', name: effective, loc, strength: 'strong' };
    }
    if (isTokenLikeName(name))
        return { kind: 'named', name, loc, strength: 'weak' };
    if (functionName && ONE_TIME_CODE.test(name) && DELIVERS_CODE.test(functionName))
        return { kind: 'named', name, loc, strength: 'weak' };
    return undefined;
}


/***/ }),

/***/ 4960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ stringContent),
/* harmony export */   _: () => (/* binding */ dottedName)
/* harmony export */ });
function dottedName(node) {
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'attribute') {
        const object = node.childForFieldName('object');
        const attribute = node.childForFieldName('attribute');
        if (!object || !attribute)
            return undefined;
        const head = dottedName(object);
        return head ? `${head}.${attribute.text}` : undefined;
    }
    if (node.type === 'subscript') {
        const object = node.childForFieldName('value');
        const index = node.childForFieldName('subscript');
        const head = object ? dottedName(object) : undefined;
        if (!head || index?.type !== 'string')
            return undefined;
        return `${head}[${JSON.stringify(stringContent(index))}]`;
    }
    return undefined;
}
/** The literal content of a string node without prefix and quotes (escapes left as written). */
function stringContent(node) {
    let content = '';
    for (const child of node.namedChildren) {
        if (child.type === 'string_content' || child.type === 'escape_sequence')
            content += child.text;
    }
    return content;
}


/***/ }),

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ securityAliases),
/* harmony export */   Y: () => (/* binding */ activeRecognizers)
/* harmony export */ });
/* harmony import */ var _engine_rule_setting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);

function activeRecognizers(recognizers, config) {
    return recognizers.filter((recognizer) => !recognizer.readBy || recognizer.readBy.some(([id, name]) => (0,_engine_rule_setting_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleSetting */ .l)(config, id, name) !== 'off'));
}
/** Modules whose imported names lead to token facts under any local name. */
const SECURITY_MODULE = /^(?:jwt|jose|authlib|itsdangerous|flask_jwt_extended|rest_framework_simplejwt|jsonwebtoken|jws|jwt-simple|jwt-decode|passport-jwt|passport|express-jwt|koa-jwt|@nestjs\/jwt|@fastify\/jwt|@nestjs\/passport|crypto|node:crypto|hmac|secrets)(?:[./]|$)/;
const aliasCache = new WeakMap();
/** Local names bound to imports from token libraries (`d` after `from jwt import decode as d`). */
function securityAliases(imports) {
    const cached = aliasCache.get(imports);
    if (cached && cached.size === imports.size)
        return cached.aliases;
    const aliases = [...imports].filter(([, qualified]) => SECURITY_MODULE.test(qualified)).map(([local]) => local);
    aliasCache.set(imports, { size: imports.size, aliases });
    return aliases;
}


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ hasWordOutsideCommentLines)
/* harmony export */ });
/**
 * Whether a file's code holds one of the words that make it worth lowering. A match on a
 * line that holds only a comment (`# ...`, `// ...`) does not count: licence headers and
 * prose hold no fact the lowering reads, and in the Python standard library they were the
 * only matches of a sixth of the bytes that were parsed for them. A file that is not
 * lowered still gives its module facts (imports, literal constants) and its suppression
 * comments, as before.
 */
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
/** `words` must be global (flag g); `commentStart` is the language's line comment (`#`, `//`). */
function hasWordOutsideCommentLines(text, words, commentStart) {
    words.lastIndex = 0;
    try {
        for (let match = words.exec(text); match; match = words.exec(text)) {
            if (!onCommentLine(text, match.index, commentStart))
                return true;
            // nothing after the match on a comment line can count: go on from the next line
            const end = text.indexOf('\n', match.index);
            if (end < 0)
                return false;
            words.lastIndex = end + 1;
        }
        return false;
    }
    finally {
        words.lastIndex = 0;
    }
}
function onCommentLine(text, index, commentStart) {
    let start = index;
    while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE)
        start--;
    while (start < index && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB))
        start++;
    return text.startsWith(commentStart, start);
}


/***/ }),

/***/ 7656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ returnedValueSummary),
/* harmony export */   bj: () => (/* binding */ definedIn),
/* harmony export */   ul: () => (/* binding */ issuerSummary)
/* harmony export */ });
/**
 * The summary the returned values give, `'none'` when returned unverified claims are judged
 * here (a claim read in the function) and so are not the callers' to judge, or undefined
 * when the values say nothing and the front end looks further.
 */
function returnedValueSummary(returns, jwtOps, params) {
    const claims = returns.find((value) => value.kind === 'claims');
    if (claims) {
        const op = jwtOps.find((candidate) => candidate.id === claims.opId);
        // unverified claims are the callers' to judge only when they are returned whole; a claim read here is judged here
        if (!claims.verified && op && !op.decidedByReturn)
            return 'none';
        const subject = op?.subject?.kind === 'token' ? params.indexOf(op.subject.name ?? op.subject.source.name) : -1;
        return { kind: 'claims', verified: claims.verified, api: op?.api ?? 'a token decode', library: op?.library ?? '', ...(subject >= 0 ? { tokenParam: subject } : {}) };
    }
    const token = returns.find((value) => value.kind === 'token');
    if (token?.source.strength === 'strong')
        return { kind: 'token', source: { kind: token.source.kind, name: token.source.name, strength: 'strong' } };
    if (token && params.includes(token.source.name))
        return { kind: 'param', index: params.indexOf(token.source.name), name: token.source.name, transforms: token.transforms };
    return undefined;
}
/** The token an issuing function signs: its claims and lifetime, or the parameters that carry them (`lifetimeParameter` names a lifetime). */
function issuerSummary(op, params, lifetimeParameter) {
    if (!op)
        return undefined;
    const issuer = { api: op.api, library: op.library, payloadClaims: op.payloadClaims ?? null };
    if (op.expiresInSeconds !== undefined)
        issuer.expiresInSeconds = op.expiresInSeconds;
    if (op.tokenType)
        issuer.tokenType = op.tokenType;
    const lifetime = params.findIndex((name) => lifetimeParameter.test(name));
    if (op.expiresInSeconds === undefined && lifetime >= 0)
        issuer.lifetimeParam = { index: lifetime, name: params[lifetime] };
    const payload = op.subject?.kind === 'unknown' && op.subject.name ? params.indexOf(op.subject.name) : -1;
    if (op.payloadClaims === null && payload >= 0)
        issuer.payloadParam = { index: payload, name: params[payload] };
    return issuer;
}
/** Where an imported function is defined, for a finding's related location. */
function definedIn(fact) {
    return { file: fact.file, line: fact.loc.line, column: fact.loc.column, name: fact.name };
}


/***/ }),

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ NEEDS_PARSE),
/* harmony export */   U0: () => (/* binding */ readIfPlain),
/* harmony export */   Xe: () => (/* binding */ unloweredModel),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var _engine_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4817);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/**
 * What the front ends share for a file with nothing to lower: its model, and the way their
 * top-level scans (python/top-level-scan.ts, typescript/top-level-scan.ts) give up on text
 * that is not plain enough to read without a parse.
 */


/** A top-level scan's answer for text it leaves to the parse. */
const NEEDS_PARSE = Symbol('needs parse');
class Plainness extends Error {
}
/** Gives up: the text is not plain (called anywhere inside `readIfPlain`). */
function plain() {
    throw new Plainness();
}
/** What `read` returns, or NEEDS_PARSE when it gave up. */
function readIfPlain(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof Plainness)
            return NEEDS_PARSE;
        throw error;
    }
}
/** The model of a file with nothing to lower: its lines and what it offers other modules. */
function unloweredModel(relPath, language, lines, module) {
    const model = (0,_model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyFileModel */ .H)(relPath, language, lines);
    model.isTest = (0,_engine_files_js__WEBPACK_IMPORTED_MODULE_0__/* .isTestFile */ .hl)(relPath);
    if (module)
        model.module = module;
    return model;
}


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ withTransform),
/* harmony export */   Mn: () => (/* binding */ withinValueDepth),
/* harmony export */   wk: () => (/* binding */ firstToken)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_DEPTH, valueDepth */
/** Transforms kept in order; past this many, a transform already listed is not listed again (a loop of `t = t.strip()`). */
const MAX_TRANSFORMS = 64;
function withTransform(value, transform) {
    if (value.transforms.length >= MAX_TRANSFORMS && value.transforms.includes(transform))
        return value;
    return { ...value, transforms: [...value.transforms, transform] };
}
/**
 * Containers nested deeper than this (`x1 = [x0]`, `x2 = [x1]`, … over thousands of lines)
 * read as unknown: the helpers over values recurse into them, and the model crosses to
 * the scan workers by structured clone.
 */
const MAX_VALUE_DEPTH = 32;
const depths = new WeakMap();
/** How deep containers nest in a value (1 for a scalar), computed once per value object. */
function valueDepth(value) {
    if (value.kind !== 'list' && value.kind !== 'dict' && value.kind !== 'env')
        return 1;
    const known = depths.get(value);
    if (known !== undefined)
        return known;
    let inner = 0;
    if (value.kind === 'list')
        for (const item of value.items)
            inner = Math.max(inner, valueDepth(item));
    else if (value.kind === 'dict')
        for (const entry of value.entries)
            inner = Math.max(inner, valueDepth(entry.value));
    else if (value.fallback)
        inner = valueDepth(value.fallback);
    depths.set(value, inner + 1);
    return inner + 1;
}
/** The value; when its containers nest past MAX_VALUE_DEPTH, the token inside it (a token stays a token), else unknown. */
function withinValueDepth(value) {
    if (valueDepth(value) <= MAX_VALUE_DEPTH)
        return value;
    return firstToken(value) ?? { kind: 'unknown' };
}
/** The first token value inside a value (directly, or in a container). */
function firstToken(value) {
    if (value.kind === 'token')
        return value;
    if (value.kind === 'list') {
        for (const item of value.items) {
            const token = firstToken(item);
            if (token)
                return token;
        }
    }
    if (value.kind === 'dict') {
        for (const entry of value.entries) {
            const token = firstToken(entry.value);
            if (token)
                return token;
        }
    }
    return undefined;
}


/***/ })

};
