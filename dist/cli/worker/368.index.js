export const id = 368;
export const ids = [368];
export const modules = {

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  javascriptFrontEnd: () => (/* binding */ javascriptFrontEnd),
  parseScript: () => (/* binding */ parseScript),
  typescriptFrontEnd: () => (/* binding */ typescriptFrontEnd)
});

// EXTERNAL MODULE: external "ts-morph"
var external_ts_morph_ = __webpack_require__(528);
// EXTERNAL MODULE: ./src/engine/suppress.ts
var suppress = __webpack_require__(111);
// EXTERNAL MODULE: ./src/lang/recognizer-rules.ts + 1 modules
var recognizer_rules = __webpack_require__(469);
// EXTERNAL MODULE: ./src/lang/lowering-base.ts
var lowering_base = __webpack_require__(504);
// EXTERNAL MODULE: ./src/engine/files.ts
var files = __webpack_require__(817);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/lang/typescript/syntax.ts
/** How TypeScript syntax nodes read as names: pure helpers over the compiler's nodes. */

function dottedName(node) {
    if (external_ts_morph_.ts.isIdentifier(node))
        return node.text;
    if (node.kind === external_ts_morph_.ts.SyntaxKind.ThisKeyword)
        return 'this';
    if (external_ts_morph_.ts.isPropertyAccessExpression(node)) {
        const head = dottedName(node.expression);
        return head ? `${head}.${node.name.text}` : undefined;
    }
    if (external_ts_morph_.ts.isElementAccessExpression(node) && external_ts_morph_.ts.isStringLiteral(node.argumentExpression)) {
        const head = dottedName(node.expression);
        return head ? `${head}.${node.argumentExpression.text}` : undefined;
    }
    if (external_ts_morph_.ts.isParenthesizedExpression(node) || external_ts_morph_.ts.isNonNullExpression(node) || external_ts_morph_.ts.isAsExpression(node))
        return dottedName(node.expression);
    return undefined;
}
function propertyKey(name) {
    if (external_ts_morph_.ts.isIdentifier(name) || external_ts_morph_.ts.isStringLiteral(name) || external_ts_morph_.ts.isNumericLiteral(name) || external_ts_morph_.ts.isPrivateIdentifier(name))
        return name.text;
    return null;
}

;// CONCATENATED MODULE: ./src/lang/typescript/catalog/lifetimes.ts
/**
 * Token lifetimes as JS libraries write them: jsonwebtoken's `expiresIn` (a number of
 * seconds, or an `ms` string: '2h', '7 days', '1.5h', and '120' meaning milliseconds),
 * jose's time spans ('2h', '7 days', '1 week', '+2h'), and `exp` claims computed as
 * `Math.floor(Date.now() / 1000) + N`.
 */

const UNIT_SECONDS = [
    [/^(?:ms|msecs?|milliseconds?)$/, 0.001],
    [/^(?:s|secs?|seconds?)$/, 1],
    [/^(?:m|mins?|minutes?)$/, 60],
    [/^(?:h|hrs?|hours?)$/, 3600],
    [/^(?:d|days?)$/, 86400],
    [/^(?:w|weeks?)$/, 604800],
    [/^(?:y|yrs?|years?)$/, 31557600],
];
const SPAN = /^\s*\+?\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*(?:from now)?\s*$/i;
/** Seconds in a time span string; a bare number string is milliseconds (the `ms` package), undefined when unreadable. */
function parseSpan(text) {
    const match = SPAN.exec(text);
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    const unit = match[2].toLowerCase();
    if (unit === '')
        return amount / 1000;
    const factor = UNIT_SECONDS.find(([pattern]) => pattern.test(unit))?.[1];
    return factor === undefined ? undefined : Math.round(amount * factor);
}
/** A lifetime value: a number is `numbers` (seconds for jsonwebtoken), a string an `ms`-style span. */
function durationSeconds(value, numbers) {
    if (value.kind === 'number')
        return numbers === 'seconds' ? value.value : undefined;
    if (value.kind === 'duration')
        return value.seconds;
    if (value.kind === 'string')
        return parseSpan(value.value);
    // `process.env.JWT_EXPIRES_IN || '30d'`: the lifetime tokens get when the variable is not set
    if (value.kind === 'env' && value.fallback)
        return durationSeconds(value.fallback, numbers);
    return undefined;
}
function unwrapTime(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isTypeAssertionExpression(current))
        current = current.expression;
    return current;
}
function isCallOf(node, object, member) {
    return external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === member && external_ts_morph_.ts.isIdentifier(node.expression.expression) && node.expression.expression.text === object;
}
function numberOf(node, lowering, scope) {
    const value = lowering.evalExpr(node, scope);
    return value.kind === 'number' ? value.value : undefined;
}
/** `Date.setX(Date.getX() + n)`: the unit of n in milliseconds. */
const DATE_SETTERS = {
    setMilliseconds: ['getMilliseconds', 1],
    setSeconds: ['getSeconds', 1000],
    setMinutes: ['getMinutes', 60_000],
    setHours: ['getHours', 3_600_000],
    setDate: ['getDate', 86_400_000],
    setMonth: ['getMonth', 30 * 86_400_000],
    setFullYear: ['getFullYear', 365 * 86_400_000],
    setTime: ['getTime', 1],
};
const UTC_SETTERS = Object.fromEntries(Object.entries(DATE_SETTERS).map(([setter, [getter, ms]]) => [setter.replace(/^set/, 'setUTC'), [getter.replace(/^get/, 'getUTC'), ms]]));
/** The function body (or file) a node sits in, for finding a variable's declaration and later changes. */
function enclosingBody(node) {
    let current = node;
    while (current.parent && !external_ts_morph_.ts.isFunctionLike(current) && !external_ts_morph_.ts.isSourceFile(current))
        current = current.parent;
    return current;
}
/** The initializer of `const name = …` in the body, and the statements that move the date: `name.setDate(name.getDate() + n)`. */
function dateVariable(name) {
    let init;
    const moves = [];
    const visit = (node) => {
        if (node !== body && external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isVariableDeclaration(node) && external_ts_morph_.ts.isIdentifier(node.name) && node.name.text === name.text && node.initializer && node.pos < name.pos)
            init = node.initializer;
        if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && external_ts_morph_.ts.isIdentifier(node.expression.expression) && node.expression.expression.text === name.text && node.pos < name.pos) {
            const setter = node.expression.name.text;
            if (setter in DATE_SETTERS || setter in UTC_SETTERS)
                moves.push(node);
        }
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    const body = enclosingBody(name);
    visit(body);
    return { init, moves };
}
/** Milliseconds from now for a Date expression: `new Date()`, `new Date(Date.now() + n)`, a variable moved by `setDate(getDate() + n)`. */
function dateFromNow(node, lowering, scope, depth) {
    const current = unwrapTime(node);
    if (depth > 8)
        return undefined;
    if (external_ts_morph_.ts.isNewExpression(current) && external_ts_morph_.ts.isIdentifier(current.expression) && current.expression.text === 'Date') {
        const argument = current.arguments?.[0];
        if (!argument)
            return { seconds: 0 };
        return msFromNow(argument, lowering, scope, depth + 1) ?? dateFromNow(argument, lowering, scope, depth + 1);
    }
    if (!external_ts_morph_.ts.isIdentifier(current))
        return undefined;
    const { init, moves } = dateVariable(current);
    if (!init)
        return undefined;
    const start = dateFromNow(init, lowering, scope, depth + 1) ?? msFromNow(init, lowering, scope, depth + 1);
    if (!start)
        return undefined;
    let ms = start.seconds;
    let at = start.at;
    for (const move of moves) {
        const setter = move.expression.name.text;
        const [getter, unit] = DATE_SETTERS[setter] ?? UTC_SETTERS[setter];
        const argument = move.arguments[0] && unwrapTime(move.arguments[0]);
        // exp.setDate(today.getDate() + 60): the getter may read the same date or the one it was copied from
        if (!argument || !external_ts_morph_.ts.isBinaryExpression(argument) || argument.operatorToken.kind !== external_ts_morph_.ts.SyntaxKind.PlusToken)
            return undefined;
        const left = unwrapTime(argument.left);
        if (!external_ts_morph_.ts.isCallExpression(left) || !external_ts_morph_.ts.isPropertyAccessExpression(left.expression) || left.expression.name.text !== getter)
            return undefined;
        const amount = numberOf(argument.right, lowering, scope);
        if (amount === undefined)
            return undefined;
        ms += amount * unit;
        at = move;
    }
    return { seconds: ms, at };
}
/** Milliseconds from now for a timestamp in milliseconds: `Date.now() + n`, `date.getTime()`, `+date`. */
function msFromNow(node, lowering, scope, depth) {
    const current = unwrapTime(node);
    if (depth > 8)
        return undefined;
    if (isCallOf(current, 'Date', 'now'))
        return { seconds: 0 };
    if (external_ts_morph_.ts.isCallExpression(current) && external_ts_morph_.ts.isPropertyAccessExpression(current.expression) && /^(?:getTime|valueOf)$/.test(current.expression.name.text) && current.arguments.length === 0)
        return dateFromNow(current.expression.expression, lowering, scope, depth + 1);
    if (external_ts_morph_.ts.isPrefixUnaryExpression(current) && current.operator === external_ts_morph_.ts.SyntaxKind.PlusToken)
        return dateFromNow(current.operand, lowering, scope, depth + 1);
    if (external_ts_morph_.ts.isBinaryExpression(current) && current.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.PlusToken) {
        const left = msFromNow(current.left, lowering, scope, depth + 1);
        const right = left ? numberOf(current.right, lowering, scope) : undefined;
        if (left && right !== undefined)
            return { seconds: left.seconds + right, at: left.at };
        const flipped = msFromNow(current.right, lowering, scope, depth + 1);
        const amount = flipped ? numberOf(current.left, lowering, scope) : undefined;
        if (flipped && amount !== undefined)
            return { seconds: flipped.seconds + amount, at: flipped.at };
    }
    return undefined;
}
/**
 * Seconds from now for an `exp` claim: `Math.floor(Date.now() / 1000) + N`, `Date.now() / 1000 + N`,
 * `exp.getTime() / 1000` after `exp.setDate(today.getDate() + 60)`, `parseInt(String(…))`,
 * `dayjs().add(7, 'day').unix()`; undefined otherwise.
 */
function expiryFromNow(node, lowering, scope, depth = 0) {
    const current = unwrapTime(node);
    if (depth > 8)
        return undefined;
    if (external_ts_morph_.ts.isCallExpression(current) && current.arguments.length >= 1 && /^(?:Math\.(?:floor|round|ceil|trunc)|parseInt|Number|String)$/.test(current.expression.getText(lowering.sourceFile)))
        return expiryFromNow(current.arguments[0], lowering, scope, depth + 1);
    if (external_ts_morph_.ts.isBinaryExpression(current) && current.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.SlashToken && numberOf(current.right, lowering, scope) === 1000) {
        const ms = msFromNow(current.left, lowering, scope, depth + 1);
        return ms ? { seconds: ms.seconds / 1000, at: ms.at } : undefined;
    }
    // dayjs().add(7, 'day').unix(), moment().add(30, 'days').unix()
    if (external_ts_morph_.ts.isCallExpression(current) && external_ts_morph_.ts.isPropertyAccessExpression(current.expression) && current.expression.name.text === 'unix')
        return addedSpan(current.expression.expression, lowering, scope);
    if (external_ts_morph_.ts.isBinaryExpression(current) && current.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.PlusToken) {
        const [clock, offset] = mentionsNow(current.left) ? [current.left, current.right] : mentionsNow(current.right) ? [current.right, current.left] : [undefined, undefined];
        if (!clock || !offset)
            return undefined;
        const amount = numberOf(offset, lowering, scope);
        if (amount === undefined)
            return undefined;
        return { seconds: dividesByThousand(clock) ? amount : amount / 1000 };
    }
    return undefined;
}
/** `dayjs().add(7, 'day')`, `moment().add(30, 'days').add(2, 'hours')`: the span added to now. */
function addedSpan(node, lowering, scope) {
    const current = unwrapTime(node);
    if (external_ts_morph_.ts.isCallExpression(current) && current.arguments.length === 0 && external_ts_morph_.ts.isIdentifier(current.expression) && /^(?:dayjs|moment)$/.test(current.expression.text))
        return { seconds: 0 };
    if (!external_ts_morph_.ts.isCallExpression(current) || !external_ts_morph_.ts.isPropertyAccessExpression(current.expression) || current.expression.name.text !== 'add')
        return undefined;
    const base = addedSpan(current.expression.expression, lowering, scope);
    const amount = current.arguments[0] && numberOf(current.arguments[0], lowering, scope);
    const unit = current.arguments[1] && lowering.evalExpr(current.arguments[1], scope);
    const seconds = amount !== undefined && unit?.kind === 'string' ? parseSpan(`${amount}${unit.value}`) : undefined;
    return base && seconds !== undefined ? { seconds: base.seconds + seconds, at: base.at ?? current } : undefined;
}
function mentionsNow(node) {
    if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'now' && external_ts_morph_.ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Date')
        return true;
    if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'getTime')
        return true;
    if (external_ts_morph_.ts.isNewExpression(node) && external_ts_morph_.ts.isIdentifier(node.expression) && node.expression.text === 'Date' && !node.arguments?.length)
        return true;
    return external_ts_morph_.ts.forEachChild(node, mentionsNow) ?? false;
}
/** `Date.now() / 1000` somewhere inside: the clock is in seconds, else milliseconds. */
function dividesByThousand(node) {
    if (external_ts_morph_.ts.isBinaryExpression(node) && node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.SlashToken && external_ts_morph_.ts.isNumericLiteral(node.right) && node.right.text === '1000')
        return true;
    return external_ts_morph_.ts.forEachChild(node, dividesByThousand) ?? false;
}
/** Seconds from now for an `exp` claim (see `expiryFromNow`). */
function expirySecondsFromNow(node, lowering, scope) {
    return expiryFromNow(node, lowering, scope)?.seconds;
}

;// CONCATENATED MODULE: ./src/lang/typescript/imported-calls.ts
/** The imported function a call reaches, when link summarised it. */
function importedFunction(call, lowering) {
    const fact = lowering.importedFact(call.callee);
    return fact?.kind === 'function' ? fact : undefined;
}
/** Whether a name used here is a function of another module that authenticates the request (its summary verifies a token). */
function importedVerifies(qualified, lowering) {
    const fact = lowering.importedFact(qualified);
    return fact?.kind === 'function' && fact.summary.verifies === true;
}
/** How the call is written (`security.decode`), for messages. */
function writtenCallee(call) {
    return call.node.expression.getText(call.node.getSourceFile()).replace(/\s+/g, ' ');
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
            const argument = call.args[returns.index];
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
;// CONCATENATED MODULE: ./src/lang/typescript/catalog/jwt.ts
/**
 * JS/TS recognizer: JWT libraries. Records a JwtOperation for every sign/verify/decode
 * call of jsonwebtoken, jose (v3+), jws, jwt-simple, jwt-decode, passport-jwt, express-jwt,
 * koa-jwt, @nestjs/jwt and @fastify/jwt, with the facts the rules read: key, algorithms,
 * option flags, expiry, claims, and how the decoded claims are used (resultUse).
 *
 * Library notes that decide facts (and so findings):
 * - jose binds the algorithm to the key type (a Uint8Array secret only verifies HS*, an
 *   RSA/EC key or a JWKS only its own family, and never "none"), so a jose jwtVerify
 *   without `algorithms` is 'not-applicable', not 'missing'. An explicit list is kept
 *   (for alg-none / alg-confusion). fast-jwt (@fastify/jwt) does the same.
 * - @nestjs/jwt delegates to jsonwebtoken 9, which restricts unpinned verification to
 *   the key's family; JwtService calls and JwtModule settings record algorithms only when
 *   written. Their expiry comes from JwtModule's signOptions, usually in another file: a
 *   JwtService.sign without expiresIn has opaque claims (payloadClaims null); JwtModule
 *   without signOptions.expiresIn is the encode op that says tokens never expire.
 */





const STATE_KEY = 'ts-jwt';
function jwtState(lowering) {
    let state = lowering.state.get(STATE_KEY);
    if (!state) {
        state = { keyNodes: new Map(), uses: new Map(), builders: new Map(), jwtServiceProps: new Set(), requestSubjects: new Set() };
        lowering.state.set(STATE_KEY, state);
    }
    return state;
}
/** `jose/jwt/verify.jwtVerify` → 'jose.jwtVerify'; `x.default.y` → 'x.y'. */
function normalise(callee) {
    if (!callee)
        return undefined;
    let name = callee.replace(/\.default(?=\.|$)/g, '');
    if (name.startsWith('jose/'))
        name = `jose.${name.slice(name.lastIndexOf('.') + 1)}`;
    if (name.startsWith('fastify-jwt') || name.startsWith('@fastify/jwt'))
        name = name.replace(/^(?:fastify-jwt|@fastify\/jwt)/, '@fastify/jwt');
    return name;
}
// ---- small value helpers ----
function entry(value, key) {
    return value?.kind === 'dict' ? value.entries.find((item) => item.key === key)?.value : undefined;
}
function asDict(value) {
    return value?.kind === 'dict' ? value : undefined;
}
function unwrapNode(node) {
    let current = node;
    while (current && (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isAwaitExpression(current)))
        current = current.expression;
    return current;
}
/** The initializer of `key` in an object literal node (`{ secret: … }`), when written there. */
function propertyNode(node, key) {
    const object = unwrapNode(node);
    if (!object || !external_ts_morph_.ts.isObjectLiteralExpression(object))
        return undefined;
    for (const property of object.properties) {
        if (external_ts_morph_.ts.isPropertyAssignment(property) && propertyKey(property.name) === key)
            return property.initializer;
        if (external_ts_morph_.ts.isShorthandPropertyAssignment(property) && property.name.text === key)
            return property.name;
    }
    return undefined;
}
function isTrue(value) {
    return value?.kind === 'bool' && value.value;
}
/** `null`, `undefined`, `false`, `''` as a key: nothing to verify with. */
function isNoKey(value) {
    return value !== undefined && (value.kind === 'none' || (value.kind === 'bool' && !value.value) || (value.kind === 'string' && value.value === ''));
}
function claimNames(payload) {
    if (payload?.kind === 'dict')
        return payload.entries.flatMap((item) => (item.key === null ? [] : [item.key]));
    if (payload?.kind === 'string')
        return [];
    return null;
}
/** 'refresh', 'other' (reset/verification links) or 'access' from the payload's type claim or the names around the call. */
function tokenTypeOf(payload, call, scope) {
    const typeClaim = entry(payload, 'type') ?? entry(payload, 'typ') ?? entry(payload, 'token_type') ?? entry(payload, 'tokenType') ?? entry(payload, 'purpose');
    const words = [typeClaim?.kind === 'string' ? typeClaim.value : '', assignedName(call.node) ?? '', scope.fn?.name ?? ''].join(' ');
    if (/refresh/i.test(words))
        return 'refresh';
    if (/reset|verif|invit|confirm|magic|activat|unsubscribe|password/i.test(words))
        return 'other';
    if (/access/i.test(words))
        return 'access';
    return undefined;
}
function assignedName(node) {
    let current = node.parent;
    while (current && (external_ts_morph_.ts.isAwaitExpression(current) || external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current)))
        current = current.parent;
    if (current && external_ts_morph_.ts.isVariableDeclaration(current) && external_ts_morph_.ts.isIdentifier(current.name))
        return current.name.text;
    if (current && external_ts_morph_.ts.isPropertyAssignment(current))
        return propertyKey(current.name) ?? undefined;
    if (current && external_ts_morph_.ts.isBinaryExpression(current) && current.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.EqualsToken)
        return dottedName(current.left);
    return undefined;
}
/** The expiry of an `exp` claim computed from now (`Math.floor(Date.now() / 1000) + N`, Date arithmetic), in the payload or the object its variable holds. */
function expFromPayload(payloadNode, lowering, scope) {
    const expNode = propertyNode(payloadNode, 'exp') ?? propertyNode(localObject(payloadNode), 'exp');
    return expNode ? expiryFromNow(expNode, lowering, scope) : undefined;
}
/** `const payload = { …, exp }` declared in the function for a payload passed by name. */
function localObject(node) {
    const name = unwrapNode(node);
    if (!name || !external_ts_morph_.ts.isIdentifier(name))
        return undefined;
    let body = name;
    while (body.parent && !external_ts_morph_.ts.isFunctionLike(body) && !external_ts_morph_.ts.isSourceFile(body))
        body = body.parent;
    let found;
    const visit = (current) => {
        if (found || (current !== body && external_ts_morph_.ts.isFunctionLike(current)))
            return;
        if (external_ts_morph_.ts.isVariableDeclaration(current) && external_ts_morph_.ts.isIdentifier(current.name) && current.name.text === name.text && current.initializer && current.pos < name.pos)
            found = current.initializer;
        else
            external_ts_morph_.ts.forEachChild(current, visit);
    };
    visit(body);
    return found;
}
/** The token an encode returns: issued here, with its purpose when the code says it (a reset link's token is 'other'). */
function issuedToken(init, lowering) {
    const purpose = init.tokenType;
    return { kind: 'token', source: { kind: 'issued', name: `${init.api}()`, loc: lowering.loc(init.node ?? init.call.node), strength: 'strong', ...(purpose ? { purpose } : {}) }, transforms: [] };
}
function record(lowering, init) {
    const id = lowering.newOpId();
    // a verify that cannot check the signature (no key, jwt-simple's noVerify) is an unverified decode, as in the Python front end
    if (init.kind === 'decode' && init.options?.verifySignature === false)
        init = { ...init, kind: 'unverified-decode' };
    const result = init.kind === 'encode' ? issuedToken(init, lowering) : { kind: 'claims', verified: init.kind === 'decode' && init.options?.verifySignature !== false, opId: id };
    if (lowering.isSilent)
        return result;
    const state = jwtState(lowering);
    const op = {
        id,
        kind: init.kind,
        api: init.api,
        library: init.library,
        loc: lowering.loc(init.node ?? init.call.node),
        subject: init.subject,
        key: init.key,
        keyLoc: init.keyNode ? lowering.loc(init.keyNode) : undefined,
        algorithms: init.algorithms,
        algorithmsFromToken: init.algorithmsFromToken ?? (init.algorithms !== 'missing' && init.algorithms !== 'not-applicable' && fromTokenHeader(init.algorithms)),
        options: init.options ?? {},
        resultUse: 'unused',
        functionId: init.scope.fn?.id,
        ...(init.wrapper ? { wrapper: init.wrapper } : {}),
    };
    if (init.kind === 'encode') {
        op.payloadClaims = init.payloadClaims;
        if (init.expiresInSeconds !== undefined)
            op.expiresInSeconds = init.expiresInSeconds;
        if (init.expiresAt)
            op.expiresLoc = lowering.loc(init.expiresAt);
        if (init.tokenType)
            op.tokenType = init.tokenType;
    }
    lowering.model.jwtOps.push(op);
    if (init.keyNode)
        state.keyNodes.set(id, init.keyNode);
    if (init.subject?.kind === 'token' && init.subject.source.strength === 'strong' && init.subject.source.kind !== 'issued')
        state.requestSubjects.add(id);
    lowering.markTokenTouched(init.scope);
    if (init.scope.fn)
        init.scope.fn.touchesToken = true;
    return result;
}
/** Algorithms read from claims (the token's own unverified header). */
function fromTokenHeader(algorithms) {
    if (algorithms.kind === 'claims')
        return !algorithms.verified;
    if (algorithms.kind === 'list')
        return algorithms.items.some((item) => item.kind === 'claims' && !item.verified);
    return false;
}
/** algorithms: ['RS256'] from an options dict; `algorithm: 'HS256'` for signing. */
function algorithmsOf(options, key) {
    return entry(options, key);
}
function optionFlags(options) {
    const flags = {};
    if (isTrue(entry(options, 'ignoreExpiration')))
        flags.verifyExp = false;
    return flags;
}
// ---- libraries ----
function jsonwebtoken(call, api, lowering, scope) {
    const method = api.slice('jsonwebtoken.'.length);
    const [first, second, third] = call.args;
    if (method === 'sign') {
        const options = asDict(third);
        const expiresIn = entry(options, 'expiresIn');
        const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
        const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
        const claims = claimNames(first);
        return record(lowering, {
            kind: 'encode',
            api,
            library: 'jsonwebtoken',
            call,
            scope,
            subject: first,
            key: second,
            keyNode: call.argNodes[1],
            algorithms: algorithmsOf(options, 'algorithm') ?? 'missing',
            payloadClaims: claims && expiresIn ? [...claims, 'exp'] : claims,
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            ...(expiry?.at ? { expiresAt: expiry.at } : {}),
            tokenType: tokenTypeOf(first, call, scope),
        });
    }
    if (method === 'verify') {
        const options = asDict(third);
        const flags = optionFlags(options);
        if (isNoKey(second) || call.argNodes.length < 2)
            flags.verifySignature = false;
        return record(lowering, { kind: 'decode', api, library: 'jsonwebtoken', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: flags });
    }
    if (method === 'decode') {
        return record(lowering, { kind: 'unverified-decode', api, library: 'jsonwebtoken', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
    }
    return undefined;
}
function jose(call, api, lowering, scope) {
    const method = api.slice('jose.'.length);
    const [first, second, third] = call.args;
    switch (method) {
        case 'jwtVerify': {
            const options = asDict(third);
            const algorithms = algorithmsOf(options, 'algorithms') ?? 'not-applicable';
            const flags = {};
            if (isNoKey(second))
                flags.verifySignature = false;
            return record(lowering, { kind: 'decode', api, library: 'jose', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms, options: flags });
        }
        case 'decodeJwt':
        case 'UnsecuredJWT.decode':
            return record(lowering, { kind: 'unverified-decode', api, library: 'jose', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
        case 'decodeProtectedHeader':
            return record(lowering, { kind: 'header-peek', api, library: 'jose', call, scope, subject: first, algorithms: 'not-applicable' });
        case 'SignJWT':
        case 'UnsecuredJWT': {
            if (!call.isNew)
                return undefined;
            const state = jwtState(lowering);
            const name = `jose.${method}#${state.builders.size + 1}`;
            state.builders.set(name, { library: 'jose', unsecured: method === 'UnsecuredJWT', payload: first, payloadNode: call.argNodes[0], claims: new Set(claimNames(first) ?? []), algorithm: method === 'UnsecuredJWT' ? { kind: 'string', value: 'none' } : undefined, ...builderExpiry(expFromPayload(call.argNodes[0], lowering, scope)) });
            return { kind: 'unknown', name };
        }
        default:
            return undefined;
    }
}
function builderExpiry(expiry) {
    return { expiresInSeconds: expiry?.seconds, expiresAt: expiry?.at };
}
const BUILDER_CLAIM_SETTERS = { setIssuedAt: 'iat', setSubject: 'sub', setAudience: 'aud', setIssuer: 'iss', setJti: 'jti', setNotBefore: 'nbf', setExpirationTime: 'exp' };
/** `new SignJWT(payload).setProtectedHeader({ alg }).setExpirationTime('2h').sign(key)`, chained or step by step. */
function joseBuilder(call, lowering, scope) {
    const receiver = call.receiver;
    if (receiver?.kind !== 'unknown' || !receiver.name || !/^jose\.(?:SignJWT|UnsecuredJWT)#\d+$/.test(receiver.name))
        return undefined;
    const builder = jwtState(lowering).builders.get(receiver.name);
    if (!builder || !call.method)
        return undefined;
    const method = call.method;
    if (method === 'setProtectedHeader') {
        builder.algorithm = entry(call.args[0], 'alg') ?? builder.algorithm;
        return receiver;
    }
    if (method in BUILDER_CLAIM_SETTERS) {
        builder.claims.add(BUILDER_CLAIM_SETTERS[method]);
        if (method === 'setExpirationTime' && call.args[0]) {
            const argument = call.args[0];
            Object.assign(builder, argument.kind === 'string' ? { expiresInSeconds: durationSeconds(argument, 'seconds'), expiresAt: undefined } : builderExpiry(expiryFromNow(call.argNodes[0], lowering, scope)));
        }
        return receiver;
    }
    if ((method === 'sign' && !builder.unsecured) || (method === 'encode' && builder.unsecured)) {
        const { expiresInSeconds, expiresAt } = builder;
        return record(lowering, {
            kind: 'encode',
            api: builder.unsecured ? 'jose.UnsecuredJWT' : 'jose.SignJWT',
            library: 'jose',
            call,
            scope,
            subject: builder.payload,
            key: builder.unsecured ? undefined : call.args[0],
            keyNode: builder.unsecured ? undefined : call.argNodes[0],
            algorithms: builder.algorithm ?? 'missing',
            payloadClaims: builder.payload === undefined || builder.payload.kind === 'dict' ? [...builder.claims] : null,
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            ...(expiresAt ? { expiresAt } : {}),
            tokenType: tokenTypeOf(builder.payload, call, scope),
        });
    }
    return receiver.name.startsWith('jose.') ? receiver : undefined;
}
/** jwt-simple: `decode(token, key, noVerify, algorithm)`, `encode(payload, key, algorithm)`. */
function jwtSimple(call, api, lowering, scope) {
    const [first, second, third, fourth] = call.args;
    if (api === 'jwt-simple.decode') {
        const flags = {};
        if (isTrue(third) || isNoKey(second))
            flags.verifySignature = false;
        const algorithms = fourth ? (fourth.kind === 'string' ? { kind: 'list', items: [fourth] } : fourth) : 'missing';
        return record(lowering, { kind: 'decode', api, library: 'jwt-simple', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms, options: flags });
    }
    if (api === 'jwt-simple.encode') {
        const expiry = expFromPayload(call.argNodes[0], lowering, scope);
        return record(lowering, { kind: 'encode', api, library: 'jwt-simple', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms: third ?? 'missing', payloadClaims: claimNames(first), expiresInSeconds: expiry?.seconds, expiresAt: expiry?.at, tokenType: tokenTypeOf(first, call, scope) });
    }
    return undefined;
}
/**
 * jws (the JWS layer under jsonwebtoken): `verify(token, algorithm, key)` since v3, where
 * the old two-argument `verify(token, key)` takes the algorithm from the token's own
 * header; `decode` reads without verifying; `sign({ header: { alg }, payload, secret })`.
 * A JWS library checks the signature only, never `exp`.
 */
function jws(call, api, lowering, scope) {
    const method = api.slice('jws.'.length);
    const [first, second, third] = call.args;
    if (method === 'verify') {
        const legacy = call.args.length < 3;
        const key = legacy ? second : third;
        const flags = { verifyExp: false };
        if (isNoKey(key) || key === undefined)
            flags.verifySignature = false;
        const algorithms = legacy || !second ? 'missing' : second.kind === 'string' ? { kind: 'list', items: [second] } : second;
        return record(lowering, { kind: 'decode', api, library: 'jws', call, scope, subject: first, key, keyNode: call.argNodes[legacy ? 1 : 2], algorithms, options: flags, algorithmsFromToken: legacy });
    }
    if (method === 'decode') {
        return record(lowering, { kind: 'unverified-decode', api, library: 'jws', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
    }
    if (method === 'sign') {
        const payload = entry(first, 'payload');
        const payloadNode = propertyNode(call.argNodes[0], 'payload');
        const keyName = entry(first, 'secret') !== undefined ? 'secret' : entry(first, 'privateKey') !== undefined ? 'privateKey' : 'key';
        const expiry = expFromPayload(payloadNode, lowering, scope);
        const expiresInSeconds = expiry?.seconds;
        return record(lowering, {
            kind: 'encode',
            api,
            library: 'jws',
            call,
            scope,
            subject: payload,
            key: entry(first, keyName),
            keyNode: propertyNode(call.argNodes[0], keyName),
            algorithms: entry(entry(first, 'header'), 'alg') ?? 'missing',
            payloadClaims: claimNames(payload),
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            ...(expiry?.at ? { expiresAt: expiry.at } : {}),
            tokenType: tokenTypeOf(payload, call, scope),
        });
    }
    return undefined;
}
/** jwt-decode: v3 default export `jwtDecode(t)`, v4 named `{ jwtDecode }`; `{ header: true }` reads the header. */
function jwtDecode(call, lowering, scope) {
    const header = isTrue(entry(call.args[1], 'header'));
    return record(lowering, { kind: header ? 'header-peek' : 'unverified-decode', api: 'jwtDecode', library: 'jwt-decode', call, scope, subject: call.args[0], algorithms: 'not-applicable', options: header ? {} : { verifySignature: false } });
}
/** passport-jwt `new JwtStrategy({ jwtFromRequest, secretOrKey, algorithms, ignoreExpiration }, verify)`. */
function passportJwt(call, lowering, scope) {
    const options = call.args[0];
    const keyNode = propertyNode(call.argNodes[0], 'secretOrKey');
    const key = entry(options, 'secretOrKey') ?? entry(options, 'secretOrKeyProvider');
    record(lowering, { kind: 'decode', api: 'passport-jwt.Strategy', library: 'passport-jwt', call, scope, subject: entry(options, 'jwtFromRequest'), key, keyNode, algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: optionFlags(options) });
    return undefined;
}
/** The class around a `super(…)` call extends passport-jwt's Strategy, directly or through @nestjs/passport's `PassportStrategy(Strategy)`. */
function extendsPassportJwt(node, lowering) {
    let current = node.parent;
    while (current && !external_ts_morph_.ts.isClassLike(current))
        current = current.parent;
    const heritage = current?.heritageClauses?.find((clause) => clause.token === external_ts_morph_.ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (!heritage)
        return false;
    const isJwtStrategy = (expression) => /^passport-jwt\.(?:Strategy|JwtStrategy)$/.test(lowering.qualifiedName(expression) ?? '');
    if (external_ts_morph_.ts.isCallExpression(heritage))
        return /^@nestjs\/passport\.PassportStrategy$/.test(lowering.qualifiedName(heritage.expression) ?? '') && heritage.arguments[0] !== undefined && isJwtStrategy(heritage.arguments[0]);
    return isJwtStrategy(heritage);
}
/** Files where `x.jwt.sign(…)` is the @fastify/jwt decorator. */
function usesFastifyJwt(lowering) {
    return ['fastify', 'fastify-plugin', '@fastify/jwt', 'fastify-jwt'].some((name) => lowering.importedModules.has(name));
}
/**
 * @fastify/jwt at request time: `reply.jwtSign(payload, { expiresIn })`, `request.jwtVerify({ … })`,
 * `request.jwtDecode()`, and the instance decorator `fastify.jwt.sign/verify/decode`. Without
 * expiresIn at the call, the plugin's `sign` options (usually registered elsewhere) decide:
 * the claims are then opaque, as for JwtService. fast-jwt binds the algorithm to the key.
 */
function fastifyJwtCall(call, lowering, scope) {
    const method = call.method;
    if (!method || !call.receiverNode || !usesFastifyJwt(lowering))
        return undefined;
    const receiver = dottedName(call.receiverNode) ?? '';
    // `fastify.jwt`, `app.jwt`, `this.server.jwt`: a member named jwt, never a module imported as `jwt`
    const decorator = /\.jwt$/.test(receiver);
    const library = '@fastify/jwt';
    const sign = (method === 'jwtSign' && !decorator) || (method === 'sign' && decorator);
    if (sign) {
        const options = call.args[1];
        const payload = call.args[0];
        const expiresIn = entry(options, 'expiresIn');
        const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
        const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
        const claims = claimNames(payload);
        const value = record(lowering, {
            kind: 'encode',
            api: method === 'jwtSign' ? 'reply.jwtSign' : 'fastify.jwt.sign',
            library,
            call,
            scope,
            subject: payload,
            key: entry(options, 'key'),
            keyNode: propertyNode(call.argNodes[1], 'key'),
            algorithms: entry(options, 'algorithm') ?? 'missing',
            payloadClaims: expiresIn ? [...(claims ?? []), 'exp'] : claims?.includes('exp') ? claims : null,
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            ...(expiry?.at ? { expiresAt: expiry.at } : {}),
            tokenType: tokenTypeOf(payload, call, scope),
        });
        return { value };
    }
    const verify = (method === 'jwtVerify' && !decorator && !call.callee?.startsWith('jose')) || (method === 'verify' && decorator);
    if (verify) {
        const options = method === 'jwtVerify' ? call.args[0] : call.args[1];
        const value = record(lowering, { kind: 'decode', api: method === 'jwtVerify' ? 'request.jwtVerify' : 'fastify.jwt.verify', library, call, scope, subject: method === 'verify' ? call.args[0] : undefined, algorithms: entry(options, 'algorithms') ?? 'not-applicable', options: optionFlags(options) });
        return { value };
    }
    if ((method === 'jwtDecode' && !decorator) || (method === 'decode' && decorator)) {
        const value = record(lowering, { kind: 'unverified-decode', api: method === 'jwtDecode' ? 'request.jwtDecode' : 'fastify.jwt.decode', library, call, scope, subject: method === 'decode' ? call.args[0] : undefined, algorithms: 'not-applicable', options: { verifySignature: false } });
        return { value };
    }
    return undefined;
}
/** express-jwt `expressjwt({ secret, algorithms })` (v7+), `jwt({ secret })` (older); koa-jwt `koaJwt({ secret })`. */
function middlewareJwt(call, library, api, lowering, scope) {
    const options = call.args[0];
    if (options?.kind !== 'dict')
        return undefined;
    const flags = optionFlags(options);
    const secret = entry(options, 'secret');
    if (isNoKey(secret))
        flags.verifySignature = false;
    record(lowering, { kind: 'decode', api, library, call, scope, key: secret, keyNode: propertyNode(call.argNodes[0], 'secret'), algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: flags });
    return undefined;
}
/** JwtModule.register(options) / registerAsync({ useFactory: () => options }) and fastify.register(fastifyJwt, options). */
function moduleSettings(call, options, optionsNode, framework, lowering, scope) {
    if (options?.kind !== 'dict')
        return;
    const nest = framework === 'nestjs';
    const api = nest ? 'JwtModule.register' : 'fastify.register(@fastify/jwt)';
    const library = nest ? '@nestjs/jwt' : '@fastify/jwt';
    const signOptions = entry(options, nest ? 'signOptions' : 'sign');
    const verifyOptions = entry(options, nest ? 'verifyOptions' : 'verify');
    const secret = entry(options, 'secret');
    // @fastify/jwt takes `secret: { private, public }` for key pairs
    const signingKey = nest ? (entry(options, 'privateKey') ?? secret) : (entry(secret, 'private') ?? secret);
    const keyNode = propertyNode(optionsNode, nest && !entry(options, 'privateKey') ? 'secret' : nest ? 'privateKey' : 'secret');
    const expiresIn = entry(signOptions, 'expiresIn');
    const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : undefined;
    // `JwtModule.register({})`: no key and no sign options, so every sign call passes its own (secret, expiresIn) and decides the expiry
    const configuredPerCall = nest && signingKey === undefined && entry(options, 'secretOrKeyProvider') === undefined && signOptions === undefined;
    if (!configuredPerCall)
        record(lowering, {
            kind: 'encode',
            api,
            library,
            call,
            scope,
            key: signingKey,
            keyNode: secret?.kind === 'dict' ? undefined : keyNode,
            algorithms: entry(signOptions, 'algorithm') ?? 'missing',
            payloadClaims: expiresIn ? ['exp'] : [],
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            tokenType: 'access',
        });
    if (verifyOptions?.kind === 'dict') {
        const algorithms = entry(verifyOptions, 'algorithms') ?? 'not-applicable';
        const flags = optionFlags(verifyOptions);
        record(lowering, { kind: 'decode', api, library, call, scope, key: entry(options, 'publicKey') ?? entry(secret, 'public') ?? secret, algorithms, options: flags, node: propertyNode(optionsNode, nest ? 'verifyOptions' : 'verify') });
    }
}
/** The object a `useFactory` returns: `useFactory: (config) => ({ secret: …, signOptions: … })`. */
function factoryResult(options, lowering, scope) {
    const factory = unwrapNode(propertyNode(options, 'useFactory'));
    if (!factory || !(external_ts_morph_.ts.isArrowFunction(factory) || external_ts_morph_.ts.isFunctionExpression(factory)))
        return [undefined, undefined];
    let returned;
    if (external_ts_morph_.ts.isBlock(factory.body)) {
        for (const statement of factory.body.statements)
            if (external_ts_morph_.ts.isReturnStatement(statement) && statement.expression)
                returned = statement.expression;
    }
    else {
        returned = factory.body;
    }
    if (!returned)
        return [undefined, undefined];
    return [lowering.evalExpr(returned, scope), returned];
}
/** `this.jwtService.sign(payload, { expiresIn, secret })`, `.verify(token, { secret, algorithms })`, `.decode(token)`. */
function jwtService(call, lowering, scope) {
    const method = call.method ?? '';
    const api = `JwtService.${method}`;
    const [first, second] = call.args;
    if (method === 'sign' || method === 'signAsync') {
        const expiresIn = entry(second, 'expiresIn');
        const claims = claimNames(first);
        const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
        const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
        return record(lowering, {
            kind: 'encode',
            api,
            library: '@nestjs/jwt',
            call,
            scope,
            subject: first,
            key: entry(second, 'secret') ?? entry(second, 'privateKey'),
            keyNode: propertyNode(call.argNodes[1], 'secret') ?? propertyNode(call.argNodes[1], 'privateKey'),
            algorithms: entry(second, 'algorithm') ?? 'missing',
            // without expiresIn here the module's signOptions decide (usually another file): opaque
            payloadClaims: expiresIn ? [...(claims ?? []), 'exp'] : claims?.includes('exp') ? claims : null,
            ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
            ...(expiry?.at ? { expiresAt: expiry.at } : {}),
            tokenType: tokenTypeOf(first, call, scope),
        });
    }
    if (method === 'verify' || method === 'verifyAsync') {
        const flags = optionFlags(second);
        return record(lowering, { kind: 'decode', api, library: '@nestjs/jwt', call, scope, subject: first, key: entry(second, 'secret') ?? entry(second, 'publicKey'), keyNode: propertyNode(call.argNodes[1], 'secret'), algorithms: entry(second, 'algorithms') ?? 'not-applicable', options: flags });
    }
    if (method === 'decode') {
        return record(lowering, { kind: 'unverified-decode', api, library: '@nestjs/jwt', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
    }
    return undefined;
}
function isJwtServiceReceiver(call, lowering) {
    const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
    if (!receiver)
        return false;
    const state = jwtState(lowering);
    const member = receiver.startsWith('this.') ? receiver.slice(5) : undefined;
    return member !== undefined && state.jwtServiceProps.has(member);
}
/** `fastify.register(fastifyJwt, options)` where the plugin is @fastify/jwt (imported or required inline). */
function isFastifyJwtPlugin(node, value, lowering) {
    const plugin = unwrapNode(node);
    if (!plugin)
        return false;
    if (value?.kind === 'unknown' && value.name && /^(?:@fastify\/jwt|fastify-jwt)(?:\.default)?$/.test(value.name))
        return true;
    if (external_ts_morph_.ts.isIdentifier(plugin))
        return /^(?:@fastify\/jwt|fastify-jwt)(?:\.default|\.fastifyJwt)?$/.test(lowering.imports.get(plugin.text) ?? '');
    if (external_ts_morph_.ts.isCallExpression(plugin) && external_ts_morph_.ts.isIdentifier(plugin.expression) && plugin.expression.text === 'require') {
        const argument = plugin.arguments[0];
        return argument !== undefined && external_ts_morph_.ts.isStringLiteral(argument) && /^(?:@fastify\/jwt|fastify-jwt)$/.test(argument.text);
    }
    return false;
}
// ---- how claims are used ----
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const KEY_MEMBERS = new Set(['header', 'protectedHeader', 'kid', 'alg', 'jku', 'x5u', 'x5c', 'typ', 'kty']);
function readingOf(claims, lowering) {
    const op = lowering.model.jwtOps.find((candidate) => candidate.id === claims.opId);
    if (op?.kind === 'header-peek')
        return 'key';
    const path = claims.path?.[0] === 'payload' ? claims.path.slice(1) : (claims.path ?? []);
    const first = path[0];
    if (first === undefined)
        return claims.path?.[0] === 'payload' ? 'claim' : 'whole';
    if (KEY_MEMBERS.has(first))
        return 'key';
    if (TIME_CLAIMS.has(first))
        return 'time';
    return 'claim';
}
function noteUse(lowering, claims, use) {
    const uses = jwtState(lowering).uses;
    let set = uses.get(claims.opId);
    if (!set)
        uses.set(claims.opId, (set = new Set()));
    set.add(use);
}
/** The claims inside a value (directly, or inside an object/array literal built from them). */
function claimsIn(value, out = []) {
    if (!value)
        return out;
    if (value.kind === 'claims')
        out.push(value);
    else if (value.kind === 'list')
        for (const item of value.items)
            claimsIn(item, out);
    else if (value.kind === 'dict')
        for (const item of value.entries)
            claimsIn(item.value, out);
    return out;
}
/** A use that acts on the claims (return, identity assignment, argument): whole claims count. */
function actOn(value, lowering, acting = 'decision') {
    for (const claims of claimsIn(value)) {
        const reading = readingOf(claims, lowering);
        // returning the claims whole (or their payload) decides for the callers; a claim returned is this function's own decision
        const whole = reading === 'whole' || (claims.path?.length === 1 && claims.path[0] === 'payload');
        noteUse(lowering, claims, reading === 'key' ? 'key-selection' : reading === 'time' ? 'other' : acting === 'returned' ? (whole ? 'returned' : 'decision') : acting);
    }
}
/**
 * A call to a function of another module that link summarised (second lowering): an
 * unverified decode wrapper is an unverified decode here, judged by how this code uses
 * its claims; an issuer whose lifetime or payload this call gives is an encode here.
 */
function importedOperation(call, lowering, scope) {
    const fact = importedFunction(call, lowering);
    if (!fact)
        return undefined;
    const { returns, issues } = fact.summary;
    const api = writtenCallee(call);
    const wrapper = (0,summaries/* definedIn */.bj)(fact);
    if (returns?.kind === 'claims' && !returns.verified) {
        const subject = call.args[returns.tokenParam ?? 0];
        return record(lowering, { kind: 'unverified-decode', api: `${api} (wraps ${returns.api})`, library: returns.library, call, scope, subject, algorithms: 'not-applicable', wrapper });
    }
    if (!issues)
        return undefined;
    const lifetime = issues.lifetimeParam ? call.args[issues.lifetimeParam.index] : undefined;
    const payload = issues.payloadParam ? call.args[issues.payloadParam.index] : undefined;
    const expiresInSeconds = lifetime ? durationSeconds(lifetime, 'seconds') : undefined;
    const claims = payload ? claimNames(payload) : null;
    // the helper's own sign is judged where it is written; here only what this call adds
    if (expiresInSeconds === undefined && claims === null)
        return undefined;
    record(lowering, {
        kind: 'encode',
        api: `${api} (wraps ${issues.api})`,
        library: issues.library,
        call,
        scope,
        subject: payload,
        algorithms: 'not-applicable',
        payloadClaims: claims !== null && expiresInSeconds !== undefined ? [...claims, 'exp'] : (claims ?? issues.payloadClaims),
        ...((expiresInSeconds ?? issues.expiresInSeconds) !== undefined ? { expiresInSeconds: expiresInSeconds ?? issues.expiresInSeconds } : {}),
        tokenType: issues.tokenType ?? tokenTypeOf(payload, call, scope),
        wrapper,
    });
    return undefined;
}
/** The same token: one source, or one variable whose origin is not known (`const token = utils.jwtFrom(req)`). */
function sameSubject(a, b) {
    if (a?.kind === 'token' && b?.kind === 'token')
        return a.source === b.source;
    return a?.kind === 'unknown' && b?.kind === 'unknown' && a.name !== undefined && a.name === b.name;
}
/** A verifying decode of the same token later in the same function: what the peek looked up selects its key. */
function verifiedAfter(peek, ops) {
    if (peek.functionId === undefined)
        return false;
    return ops.some((op) => op.kind === 'decode' && op.functionId === peek.functionId && sameSubject(op.subject, peek.subject) && (op.loc.line > peek.loc.line || (op.loc.line === peek.loc.line && op.loc.column > peek.loc.column)));
}
/** A test on the claims (condition, comparison): a bare null check of the whole claims is no decision. */
function testOn(value, lowering) {
    for (const claims of claimsIn(value)) {
        const reading = readingOf(claims, lowering);
        if (reading === 'whole')
            continue;
        noteUse(lowering, claims, reading === 'key' ? 'key-selection' : reading === 'time' ? 'other' : 'decision');
    }
}
/** Leaves of a condition joined by !, &&, ||, ?? and parentheses: names, member chains, method calls on them. */
function conditionLeaves(node, out = []) {
    const current = unwrapNode(node) ?? node;
    if (external_ts_morph_.ts.isPrefixUnaryExpression(current))
        return conditionLeaves(current.operand, out);
    if (external_ts_morph_.ts.isBinaryExpression(current)) {
        const operator = current.operatorToken.kind;
        if (operator === external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken || operator === external_ts_morph_.ts.SyntaxKind.BarBarToken || operator === external_ts_morph_.ts.SyntaxKind.QuestionQuestionToken) {
            conditionLeaves(current.left, out);
            conditionLeaves(current.right, out);
        }
        return out;
    }
    if (external_ts_morph_.ts.isCallExpression(current) && external_ts_morph_.ts.isPropertyAccessExpression(current.expression)) {
        out.push(current.expression.expression);
        return out;
    }
    if (external_ts_morph_.ts.isIdentifier(current) || external_ts_morph_.ts.isPropertyAccessExpression(current) || external_ts_morph_.ts.isElementAccessExpression(current))
        out.push(current);
    return out;
}
const IDENTITY_TARGET = /^(?:req|request|ctx|context|res\.locals|ctx\.state|socket|client|this)\.|(?:^|\.)(?:user|currentUser|auth|claims|principal|identity|session)$/;
const NOT_DECISION_CALL = /^(?:console|logger|log|this\.logger|JSON)\.|(?:^|\.)(?:log|info|debug|warn|error|trace|json|send|write|end)$/;
const tsJwtRecognizer = {
    onCall(call, lowering, scope) {
        const builderResult = joseBuilder(call, lowering, scope);
        if (builderResult)
            return builderResult;
        const api = normalise(call.callee);
        // claims passed on to other code (a user lookup, done(null, claims)) decide who the caller is
        if (!lowering.isSilent && api && !NOT_DECISION_CALL.test(api)) {
            // header members given to a verify (its key, its algorithms) select the key; claims given to anything else act
            const verifying = /^(?:jsonwebtoken\.(?:verify|decode)|jose\.(?:jwtVerify|decodeJwt|decodeProtectedHeader)|jws\.(?:verify|decode))$/.test(api);
            for (const argument of call.args) {
                if (verifying)
                    for (const claims of claimsIn(argument))
                        noteUse(lowering, claims, 'key-selection');
                else
                    actOn(argument, lowering, 'lookup');
            }
        }
        // class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ secretOrKey, … }) } }
        if (call.node.expression.kind === external_ts_morph_.ts.SyntaxKind.SuperKeyword && extendsPassportJwt(call.node, lowering))
            return passportJwt(call, lowering, scope);
        const fastifyOp = fastifyJwtCall(call, lowering, scope);
        if (fastifyOp)
            return fastifyOp.value;
        if (!api)
            return undefined;
        if (api.startsWith('jsonwebtoken.'))
            return jsonwebtoken(call, api, lowering, scope);
        if (api.startsWith('jose.'))
            return jose(call, api, lowering, scope);
        if (api.startsWith('jwt-simple.'))
            return jwtSimple(call, api, lowering, scope);
        if (api.startsWith('jws.'))
            return jws(call, api, lowering, scope);
        if (api === 'jwt-decode' || api === 'jwt-decode.jwtDecode')
            return jwtDecode(call, lowering, scope);
        if (call.isNew && /^passport-jwt\.(?:Strategy|JwtStrategy)$/.test(api))
            return passportJwt(call, lowering, scope);
        if (api === 'express-jwt' || api === 'express-jwt.expressjwt' || api === 'express-jwt.jwt')
            return middlewareJwt(call, 'express-jwt', 'expressjwt', lowering, scope);
        if (api === 'koa-jwt')
            return middlewareJwt(call, 'koa-jwt', 'koa-jwt', lowering, scope);
        if (api === '@nestjs/jwt.JwtModule.register') {
            moduleSettings(call, call.args[0], call.argNodes[0], 'nestjs', lowering, scope);
            return undefined;
        }
        if (api === '@nestjs/jwt.JwtModule.registerAsync') {
            const [options, optionsNode] = factoryResult(call.argNodes[0], lowering, scope);
            moduleSettings(call, options, optionsNode, 'nestjs', lowering, scope);
            return undefined;
        }
        if (call.method === 'register' && isFastifyJwtPlugin(call.argNodes[0], call.args[0], lowering)) {
            moduleSettings(call, call.args[1], call.argNodes[1], 'fastify', lowering, scope);
            return undefined;
        }
        if (call.method && /^(?:sign|signAsync|verify|verifyAsync|decode)$/.test(call.method) && isJwtServiceReceiver(call, lowering))
            return jwtService(call, lowering, scope);
        return importedOperation(call, lowering, scope);
    },
    onClass(node, lowering) {
        // constructor(private readonly jwtService: JwtService) and `jwtService: JwtService` properties
        const state = jwtState(lowering);
        for (const member of node.members) {
            const parameters = external_ts_morph_.ts.isConstructorDeclaration(member) ? member.parameters : [];
            for (const parameter of parameters) {
                if (external_ts_morph_.ts.isIdentifier(parameter.name) && isJwtServiceType(parameter.type, lowering))
                    state.jwtServiceProps.add(parameter.name.text);
            }
            if (external_ts_morph_.ts.isPropertyDeclaration(member) && external_ts_morph_.ts.isIdentifier(member.name) && isJwtServiceType(member.type, lowering))
                state.jwtServiceProps.add(member.name.text);
        }
    },
    onCondition(condition, _value, lowering, scope) {
        for (const leaf of conditionLeaves(condition))
            testOn(lowering.evalExpr(leaf, scope), lowering);
    },
    onCompare(_node, _operator, left, right, lowering) {
        testOn(left, lowering);
        testOn(right, lowering);
    },
    onReturn(_node, value, lowering) {
        actOn(value, lowering, 'returned');
    },
    onAssign(target, value, _valueNode, lowering) {
        if (external_ts_morph_.ts.isIdentifier(target) || external_ts_morph_.ts.isBindingName(target))
            return;
        const name = dottedName(target);
        if (name && IDENTITY_TARGET.test(name))
            actOn(value, lowering);
    },
    onModuleEnd(lowering) {
        const state = jwtState(lowering);
        const browser = isBrowserContext(lowering);
        const server = isServerContext(lowering);
        for (const op of lowering.model.jwtOps) {
            const uses = state.uses.get(op.id);
            if (!uses)
                continue;
            // `const { iss } = jwt.decode(token); const key = await keyFor(iss); jwt.verify(token, key)`: the peek picks the key
            const lookupDecides = uses.has('lookup') && !(op.kind === 'unverified-decode' && verifiedAfter(op, lowering.model.jwtOps));
            let use = uses.has('decision') || uses.has('returned') || lookupDecides ? 'decision' : uses.has('key-selection') || uses.has('lookup') ? 'key-selection' : 'other';
            if (!uses.has('decision') && !lookupDecides && uses.has('returned'))
                op.decidedByReturn = true;
            // reading claims in a browser (jwt-decode, jose's decodeJwt) decides what the UI shows, not who is authorised
            if (use === 'decision' && op.kind === 'unverified-decode' && (browser || ((op.library === 'jwt-decode' || op.library === 'jose') && !server && !state.requestSubjects.has(op.id))))
                use = 'other';
            op.resultUse = use;
        }
    },
};
function isJwtServiceType(type, lowering) {
    if (!type || !external_ts_morph_.ts.isTypeReferenceNode(type) || !external_ts_morph_.ts.isIdentifier(type.typeName))
        return false;
    const resolved = lowering.imports.get(type.typeName.text);
    return resolved === '@nestjs/jwt.JwtService' || (resolved === undefined && type.typeName.text === 'JwtService');
}
const BROWSER_MODULES = /^(?:react|react-dom|react-native|vue|svelte|@angular\/core|next\/router|next\/navigation|solid-js|preact|@react-native-async-storage\/async-storage)$/;
const SERVER_MODULES = /^(?:express|koa|fastify|@nestjs\/.+|hono|@hapi\/hapi|restify|http|https|next|@apollo\/server|apollo-server.*|passport|@fastify\/.+|koa-router|@koa\/router|express-jwt|socket\.io|ws)$/;
/** Code that runs in the browser: JSX files, 'use client' modules and UI frameworks. */
function isBrowserContext(lowering) {
    if (/\.(?:tsx|jsx)$/.test(lowering.model.file))
        return true;
    if (/^\s*['"]use client['"]/.test(lowering.text))
        return true;
    return [...lowering.importedModules].some((name) => BROWSER_MODULES.test(name));
}
function isServerContext(lowering) {
    if ([...lowering.importedModules].some((name) => SERVER_MODULES.test(name)))
        return true;
    return lowering.model.functions.some((fn) => fn.role === 'middleware' || fn.role === 'route');
}

;// CONCATENATED MODULE: ./src/lang/typescript/catalog/secrets.ts
/**
 * JS/TS recognizer: signing secrets written in code. Records a SecretBinding for each
 * literal (or `process.env.X || 'literal'` fallback) that ends up as a JWT key: key
 * arguments of the calls the JWT recognizer recorded (directly, through a constant or
 * `this.secret`, through `new TextEncoder().encode(…)`/`Buffer.from(…)`), framework
 * settings (`secretOrKey`, `secret` of expressjwt/JwtModule/@fastify/jwt, also when set
 * step by step as `opts.secretOrKey = …`), config objects and constants named like a JWT
 * secret, and env lookups with a literal fallback bound to such names. Whether a binding
 * is a finding (hardcoded-secret, weak-secret) is for the rules; messages name the binding.
 */



const secrets_STATE_KEY = 'ts-secrets';
/** Names of variables, properties and settings that hold a JWT signing secret (camelCase is split first). */
const SECRET_NAME = /(?:^|_)(?:secret|secret_key|secret_or_key|signing_key|private_key|hmac_key|jwt_key)$|^jwt_(?:secret|key)(?:_|$)/;
/** Names about a secret rather than holding one: its env variable's name, its file, its length. */
const NOT_SECRET_NAME = /(?:^|_)(?:name|env|var|header|path|file|url|uri|id|len|length|type|field|prefix|algorithm|alg|ttl|expiry|lifetime|expires_in)$/;
/** Options keys that hold the key in the JWT middleware and module settings. */
const SETTING_KEYS = new Set(['secretOrKey', 'secret', 'privateKey', 'jwtSecret', 'JWT_SECRET', 'tokenSecret', 'accessTokenSecret', 'refreshTokenSecret', 'signingKey']);
/** Containers whose `secret` member is a JWT secret: `jwtConstants`, `config.jwt`, `authConfig`. */
const SECRET_CONTAINER = /jwt|token|auth/i;
/** Containers of known-bad values kept to refuse them: `PLACEHOLDER_SECRETS`, `knownWeakKeys`, `FORBIDDEN_DEFAULTS`. */
const REJECT_LIST = /(?:^|_)(?:placeholders?|insecure|known|weak|forbidden|rejected|blocked|banned|disallowed|blacklist(?:ed)?|blocklist|denylist|deny_list)(?:_|$)/;
function isRejectList(owner) {
    return REJECT_LIST.test(snake(owner.slice(owner.lastIndexOf('.') + 1)));
}
function snake(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
function stateOf(lowering) {
    let state = lowering.state.get(secrets_STATE_KEY);
    if (!state) {
        state = { literals: new Map(), recorded: new Set(), seenOps: 0 };
        lowering.state.set(secrets_STATE_KEY, state);
    }
    return state;
}
function isPublicMaterial(text) {
    return /-----BEGIN (?:RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|^ssh-(?:rsa|ed25519) /.test(text);
}
function secretLiteral(value) {
    const literal = value.kind === 'env' ? value.fallback : value;
    return literal?.kind === 'string' && literal.value.trim() !== '' && !isPublicMaterial(literal.value);
}
function unwrap(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current))
        current = current.expression;
    return current;
}
/** The literal is written right here: a string, an env fallback, or either wrapped in TextEncoder/Buffer/createSecretKey. */
function isDirect(node) {
    const current = unwrap(node);
    if (external_ts_morph_.ts.isStringLiteralLike(current))
        return true;
    if (external_ts_morph_.ts.isBinaryExpression(current)) {
        const operator = current.operatorToken.kind;
        return (operator === external_ts_morph_.ts.SyntaxKind.BarBarToken || operator === external_ts_morph_.ts.SyntaxKind.QuestionQuestionToken) && isDirect(current.right);
    }
    if (external_ts_morph_.ts.isCallExpression(current) && current.arguments.length >= 1)
        return isDirect(current.arguments[0]);
    return false;
}
function sameLiteral(a, b) {
    if (a.kind === 'string' && b.kind === 'string')
        return a.value === b.value;
    if (a.kind === 'env' && b.kind === 'env')
        return a.name === b.name && a.fallback?.kind === 'string' && b.fallback?.kind === 'string' && a.fallback.value === b.fallback.value;
    return false;
}
/** Where the literal behind `node` is written: the node itself, or the constant it names. */
function originOf(node, value, state, lowering) {
    if (!secretLiteral(value))
        return undefined;
    if (isDirect(node))
        return [{ value, loc: lowering.loc(node) }, true];
    const imported = value.kind === 'string' || value.kind === 'env' ? value.from : undefined;
    if (imported)
        return [{ value, loc: lowering.loc(node), definedIn: imported }, false];
    const name = dottedName(unwrap(node));
    const bound = name ? state.literals.get(name) : undefined;
    return bound && sameLiteral(bound.value, value) ? [bound, false] : undefined;
}
function secrets_record(lowering, state, binding) {
    if (lowering.isSilent)
        return;
    const key = `${binding.loc.line}:${binding.loc.column}`;
    if (state.recorded.has(key)) {
        // a constant recorded for its name and then used as a key: say it is the signing key
        const earlier = lowering.model.secrets.find((candidate) => candidate.loc.line === binding.loc.line && candidate.loc.column === binding.loc.column);
        if (earlier?.context === 'setting' && binding.context === 'constant-used-as-key' && !earlier.name.includes('.'))
            earlier.context = binding.context;
        return;
    }
    state.recorded.add(key);
    lowering.model.secrets.push(binding);
}
function contextFor(value, context) {
    return value.kind === 'env' ? 'env-fallback' : context;
}
/** The name a binding target is known by: `SECRET`, `this.secret` (class property), `opts.secretOrKey`. */
function targetName(target) {
    if (external_ts_morph_.ts.isIdentifier(target) && target.parent && external_ts_morph_.ts.isPropertyDeclaration(target.parent))
        return `this.${target.text}`;
    return dottedName(target);
}
function lastName(name) {
    return name.slice(name.lastIndexOf('.') + 1);
}
function isSecretName(name) {
    const words = snake(name);
    return (SECRET_NAME.test(words) && !NOT_SECRET_NAME.test(words)) || (SETTING_KEYS.has(name) && name !== 'secret' && name !== 'privateKey');
}
/** `{ secret: 'x' }` in an object bound to `jwtConstants`/`authConfig`, and `{ jwtSecret: 'x' }` anywhere. */
function recordObjectSecrets(object, value, owner, lowering, state) {
    if (value.kind !== 'dict')
        return;
    for (const property of object.properties) {
        if (!external_ts_morph_.ts.isPropertyAssignment(property))
            continue;
        const key = propertyKey(property.name);
        if (!key)
            continue;
        const entryValue = value.entries.find((item) => item.key === key)?.value;
        if (!entryValue)
            continue;
        const initializer = unwrap(property.initializer);
        if (external_ts_morph_.ts.isObjectLiteralExpression(initializer)) {
            recordObjectSecrets(initializer, entryValue, owner ? `${owner}.${key}` : key, lowering, state);
            continue;
        }
        if (!isDirect(initializer) || !secretLiteral(entryValue))
            continue;
        const name = owner ? `${owner}.${key}` : key;
        const loc = lowering.loc(initializer);
        state.literals.set(name, { value: entryValue, loc });
        const named = isSecretName(key) || (key === 'secret' && owner !== undefined && SECRET_CONTAINER.test(owner));
        if (named)
            secrets_record(lowering, state, { name, value: entryValue, loc, context: contextFor(entryValue, 'setting'), ...(owner !== undefined && isRejectList(owner) ? { rejectList: true } : {}) });
    }
}
/** The key arguments of the JWT operations recorded since the last call. */
function recordOpKeys(lowering, state) {
    const ops = lowering.model.jwtOps;
    const keyNodes = jwtState(lowering).keyNodes;
    for (; state.seenOps < ops.length; state.seenOps++) {
        const op = ops[state.seenOps];
        const node = keyNodes.get(op.id);
        if (!node || !op.key)
            continue;
        const found = originOf(node, op.key, state, lowering);
        if (!found)
            continue;
        const [origin, direct] = found;
        const settingKey = external_ts_morph_.ts.isPropertyAssignment(node.parent) ? propertyKey(node.parent.name) : null;
        const name = direct ? (settingKey ? `${settingKey} (${op.api})` : `the key passed to ${op.api}`) : (dottedName(unwrap(node)) ?? 'a constant');
        const context = settingKey && direct ? 'setting' : direct ? 'key-argument' : 'constant-used-as-key';
        secrets_record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, context), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
    }
}
// ---- HMAC keys and credentials the code sends ----
/** `crypto.createHmac('sha256', key)`: the key signs whatever the HMAC authenticates (cookies, webhooks, tokens). */
const HMAC_FACTORY = /^(?:node:)?crypto\.createHmac$/;
function recordHmacKey(call, lowering, state) {
    if (!call.callee || !HMAC_FACTORY.test(call.callee))
        return;
    const node = call.argNodes[1];
    const value = call.args[1];
    if (!node || !value)
        return;
    const found = originOf(node, value, state, lowering);
    if (!found)
        return;
    const [origin, direct] = found;
    const name = direct ? 'the key passed to crypto.createHmac' : (dottedName(unwrap(node)) ?? 'a constant');
    secrets_record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, direct ? 'key-argument' : 'constant-used-as-key') });
}
/** A three-part JWT: `eyJ…` header and payload, and a signature. */
const JWT_LITERAL = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}$/;
/** `Bearer <credential>`, `Basic <base64>`, `Token <credential>` as an Authorization value. */
const SCHEME_LITERAL = /^(?:Bearer|Basic|Token|JWT)\s+(\S{16,})$/i;
/** Keys and variables that hold a credential a client sends: an API key, an access token, a client secret. */
const CREDENTIAL_NAME = /^(?:x_)?(?:api_key|apikey|api_token|api_secret|access_token|auth_token|bearer_token|client_secret|secret_key|private_token|personal_access_token|service_token|app_secret|x_auth_token|x_access_token)$/;
/** Names of credentials that are public by design: publishable, anonymous and site keys. */
const PUBLIC_CREDENTIAL = /publishable|public|anon|site_?key|client_?id/i;
/** Values that are public keys by design: Stripe publishable keys, Google/Firebase browser keys, Mapbox public tokens, PostHog project keys. */
const PUBLIC_KEY_PREFIX = /^(?:pk_(?:live|test)_|AIza|pk\.eyJ|phc_)/;
/** Secret keys by their issuer's prefix: Stripe, OpenAI/Anthropic, GitHub, Slack, AWS, SendGrid. */
const SECRET_KEY_PREFIX = /^(?:sk_(?:live|test)_|rk_live_|sk-|ghp_|gho_|ghs_|github_pat_|xox[bpas]-|AKIA|SG\.)/;
/** Mock servers, fixtures, stubs and stories: tokens there are sample data. */
const SAMPLE_DATA_PATH = /(?:^|\/)(?:__mocks__|mocks?|fixtures?|stubs?|fakes?|storybook|stories)\/|\.(?:stories|mock|fixture)\.[cm]?[jt]sx?$/i;
/** A literal that reads like a generated credential: long, no spaces, letters and digits, not a placeholder. */
function credentialShaped(text) {
    if (text.length < 20 || /\s/.test(text) || !/[0-9]/.test(text) || !/[A-Za-z]/.test(text))
        return false;
    if (/[<>{}$]|x{4,}|\.\.\.|your|example|placeholder|changeme|dummy|fake|sample|redacted/i.test(text))
        return false;
    return !PUBLIC_KEY_PREFIX.test(text);
}
/** A JWT whose payload says it is a public, anonymous key (Supabase's anon key is a JWT meant for browsers). */
function isPublicJwt(text) {
    try {
        const payload = JSON.parse(Buffer.from(text.split('.')[1], 'base64url').toString('utf8'));
        return typeof payload.role === 'string' && /^(?:anon|public|anonymous)$/.test(payload.role);
    }
    catch {
        return false;
    }
}
/** What a literal is when it is a credential written in code: undefined otherwise. In browser code a key named like a credential is public unless its prefix says secret. */
function credentialKind(text, key, browser) {
    // each shape below is at least 20 characters long (a scheme and 16, or credentialShaped's 20)
    if (text.length < 20)
        return undefined;
    const trimmed = text.trim();
    if (JWT_LITERAL.test(trimmed))
        return isPublicJwt(trimmed) ? undefined : 'a JWT';
    const scheme = SCHEME_LITERAL.exec(trimmed);
    if (scheme) {
        const credential = scheme[1];
        return JWT_LITERAL.test(credential) ? (isPublicJwt(credential) ? undefined : 'a JWT') : credentialShaped(credential) ? 'an Authorization value' : undefined;
    }
    if (key && CREDENTIAL_NAME.test(snake(key).replace(/-/g, '_')) && !PUBLIC_CREDENTIAL.test(key) && credentialShaped(trimmed) && (!browser || SECRET_KEY_PREFIX.test(trimmed)))
        return 'an API credential';
    return undefined;
}
/**
 * Credential literals inside an expression: string literals, object properties (`headers:
 * { Authorization: 'Bearer …' }`, `{ apiKey: '…' }`), nested objects and arrays; not
 * inside nested functions.
 */
/** `where` says where the literal is (`passed to fetch`); it is worded only for a literal found. */
function recordCredentials(node, key, where, lowering, state) {
    if ((state.sampleData ??= SAMPLE_DATA_PATH.test(lowering.model.file)))
        return;
    const current = unwrap(node);
    if (external_ts_morph_.ts.isStringLiteralLike(current)) {
        const kind = credentialKind(current.text, key, isBrowserContext(lowering));
        if (!kind)
            return;
        const place = where();
        const name = key && place === `bound to ${key}` ? `${key} (${kind})` : key ? `${key} ${place} (${kind})` : `${kind.replace(/^an? /, '')} literal ${place}`;
        secrets_record(lowering, state, { name, value: { kind: 'string', value: current.text }, loc: lowering.loc(current), context: 'credential' });
        return;
    }
    if (external_ts_morph_.ts.isObjectLiteralExpression(current)) {
        for (const property of current.properties) {
            if (external_ts_morph_.ts.isPropertyAssignment(property))
                recordCredentials(property.initializer, propertyKey(property.name) ?? undefined, where, lowering, state);
        }
        return;
    }
    if (external_ts_morph_.ts.isArrayLiteralExpression(current))
        for (const element of current.elements)
            if (!external_ts_morph_.ts.isSpreadElement(element))
                recordCredentials(element, key, where, lowering, state);
}
const tsSecretsRecognizer = {
    onAssign(target, value, valueNode, lowering) {
        if (lowering.isSilent)
            return;
        const state = stateOf(lowering);
        const name = targetName(target);
        const initializer = unwrap(valueNode);
        if (external_ts_morph_.ts.isObjectLiteralExpression(initializer)) {
            recordObjectSecrets(initializer, value, name, lowering, state);
            recordCredentials(initializer, undefined, () => (name ? `in ${name}` : 'in an object'), lowering, state);
            return;
        }
        if (!name)
            return;
        // `const API_TOKEN = 'eyJ…'`, `axios.defaults.headers.common.Authorization = 'Bearer …'`
        recordCredentials(valueNode, lastName(name), () => `bound to ${name}`, lowering, state);
        if (!isDirect(valueNode) || !secretLiteral(value)) {
            state.literals.delete(name);
            return;
        }
        const loc = lowering.loc(valueNode);
        state.literals.set(name, { value, loc });
        const member = lastName(name);
        // `opts.secretOrKey = 'x'`, `const JWT_SECRET = process.env.JWT_SECRET || 'dev'`, `const jwtSecret = 'x'`
        if (isSecretName(member) || (member === 'secret' && name.includes('.') && SECRET_CONTAINER.test(name))) {
            secrets_record(lowering, state, { name, value, loc, context: contextFor(value, 'setting') });
        }
    },
    onCall(call, lowering) {
        if (lowering.isSilent)
            return undefined;
        const state = stateOf(lowering);
        recordOpKeys(lowering, state);
        recordHmacKey(call, lowering, state);
        // credentials a client sends: `fetch(url, { headers: { Authorization: 'Bearer …' } })`, `new OpenAI({ apiKey: '…' })`
        const where = () => `passed to ${call.isNew ? 'new ' : ''}${dottedName(call.node.expression) ?? call.method ?? 'a call'}`;
        for (const argument of call.argNodes)
            recordCredentials(argument, undefined, where, lowering, state);
        return undefined;
    },
    onModuleEnd(lowering) {
        lowering.model.secrets.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    },
};

// EXTERNAL MODULE: ./src/model/values.ts
var model_values = __webpack_require__(855);
// EXTERNAL MODULE: ./src/lang/python/sources.ts
var sources = __webpack_require__(945);
;// CONCATENATED MODULE: ./src/lang/typescript/sources.ts
/**
 * Where token values enter a JS/TS program: request headers (Express, Fastify, Koa,
 * fetch/Next.js), query strings, cookies, bodies, NestJS `@Headers('authorization')`,
 * and names that say "token" (the weak signal).
 */


const TOKEN_HEADERS = new Set(['authorization', 'x-auth-token', 'x-access-token', 'x-api-key', 'x-token', 'api-key', 'x-jwt', 'token', 'proxy-authorization']);
const TOKEN_PARAM = /^(?:[a-z0-9]+[_-])*(?:token|jwt|bearer|api[_-]?key|apikey|auth)$|^(?:[a-z]+)?(?:Token|Jwt|ApiKey)$/i;
const REQUEST_NAMES = new Set(['req', 'request', 'ctx.request', 'ctx', 'context.req', 'c.req', 'this.request']);
const COLLECTION_KIND = {
    query: 'query',
    searchParams: 'query',
    cookies: 'cookie',
    signedCookies: 'cookie',
    body: 'form',
    params: 'query',
};
/** Custom credential headers: `x-admin-token`, `x-service-api-key`, `x-webhook-secret` (not CSRF tokens). */
const CUSTOM_TOKEN_HEADER = /^x-[a-z0-9-]*(?:token|api-?key|secret)$/;
/** `locOf` is called only for a token source: a position costs a search. */
function headerSource(key, locOf) {
    const lower = key.toLowerCase();
    const credential = TOKEN_HEADERS.has(lower) || (CUSTOM_TOKEN_HEADER.test(lower) && !/csrf|xsrf/.test(lower));
    return credential ? { kind: 'auth-header', name: key, loc: locOf(), strength: 'strong' } : undefined;
}
function splitRequestPath(dotted) {
    for (const owner of REQUEST_NAMES) {
        if (dotted.charCodeAt(owner.length) === 46 && dotted.startsWith(owner))
            return { owner, rest: dotted.slice(owner.length + 1).split('.') };
    }
    return undefined;
}
/** `req.headers.authorization`, `req.headers['x-api-key']`, `req.query.token`, `req.cookies.jwt`; `locOf` as for headerSource. */
function tokenSourceOfProperty(dotted, locOf) {
    const parts = splitRequestPath(dotted);
    if (!parts || parts.rest.length !== 2) {
        // ctx.headers.authorization (Koa) has the same shape with owner 'ctx'
        return undefined;
    }
    const [collection, key] = parts.rest;
    if (collection === 'headers' || collection === 'header')
        return headerSource(key, locOf);
    const kind = COLLECTION_KIND[collection];
    if (kind && TOKEN_PARAM.test(key) && !/csrf|xsrf/i.test(key))
        return { kind, name: key, loc: locOf(), strength: 'strong' };
    return undefined;
}
/** `req.get('authorization')`, `req.header('Authorization')`, `request.headers.get('authorization')`, `cookies().get('token')`, `searchParams.get('token')`. */
function tokenSourceOfCall(call, lowering) {
    const first = call.argNodes[0];
    if (!first || !external_ts_morph_.ts.isStringLiteralLike(first) || !call.receiverNode)
        return undefined;
    const key = first.text;
    const receiver = lowering.qualifiedName(call.receiverNode);
    if (!receiver)
        return undefined;
    const loc = () => lowering.loc(call.node);
    if ((call.method === 'get' || call.method === 'header') && (REQUEST_NAMES.has(receiver) || receiver === 'c.req'))
        return headerSource(key, loc);
    if (call.method === 'get' && (/(^|\.)headers$/.test(receiver) || receiver === 'next/headers.headers()'))
        return headerSource(key, loc);
    if (call.method === 'get' && (/(^|\.)searchParams$/.test(receiver) || /(^|\.)query$/.test(receiver)) && TOKEN_PARAM.test(key))
        return { kind: 'query', name: key, loc: loc(), strength: 'strong' };
    if (call.method === 'get' && (receiver === 'next/headers.cookies()' || /(^|\.)cookies$/.test(receiver)) && TOKEN_PARAM.test(key))
        return { kind: 'cookie', name: key, loc: loc(), strength: 'strong' };
    return undefined;
}
/** NestJS `@Headers('authorization') auth: string`, `@Query('token')`, `@Req()`; names like token (weak). */
function tokenSourceOfParameter(parameter, lowering) {
    const name = external_ts_morph_.ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
    const loc = lowering.loc(parameter);
    for (const decorator of external_ts_morph_.ts.getDecorators(parameter) ?? []) {
        const expression = decorator.expression;
        if (!external_ts_morph_.ts.isCallExpression(expression) || !external_ts_morph_.ts.isIdentifier(expression.expression))
            continue;
        const decoratorName = expression.expression.text;
        const argument = expression.arguments[0];
        const key = argument && external_ts_morph_.ts.isStringLiteralLike(argument) ? argument.text : undefined;
        if (decoratorName === 'Headers' && key)
            return headerSource(key, () => loc);
        if (decoratorName === 'Query' && key && TOKEN_PARAM.test(key))
            return { kind: 'query', name: key, loc, strength: 'strong' };
        if (decoratorName === 'Cookies' && key && TOKEN_PARAM.test(key))
            return { kind: 'cookie', name: key, loc, strength: 'strong' };
    }
    // `getUserIdFromToken(authorization)`: a parameter named for the header holds the header (by name only)
    if (name && HEADER_PARAMETER.test(name))
        return { kind: 'auth-header', name, loc, strength: 'weak' };
    if (name && isTokenLikeTsName(name))
        return { kind: 'named', name, loc, strength: 'weak' };
    return undefined;
}
/** authorization, authHeader, authorizationHeader, bearerHeader, auth_header. */
const HEADER_PARAMETER = /^(?:authorization|(?:auth|authorization|bearer)_?(?:header|headers))$/i;
/** token, accessToken, access_token, jwt, bearerToken, idToken… (not csrfToken, nextToken, tokenType). */
function isTokenLikeTsName(name) {
    let tokenLike = TOKEN_LIKE_NAMES.get(name);
    if (tokenLike === undefined) {
        if (TOKEN_LIKE_NAMES.size >= MAX_REMEMBERED_NAMES)
            TOKEN_LIKE_NAMES.clear();
        tokenLike = (0,sources/* isTokenLikeName */.y9)(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
        TOKEN_LIKE_NAMES.set(name, tokenLike);
    }
    return tokenLike;
}
/** Names answered so far: the same names come back in every file (the answer depends on the name alone). */
const TOKEN_LIKE_NAMES = new Map();
const MAX_REMEMBERED_NAMES = 50_000;

;// CONCATENATED MODULE: ./src/lang/typescript/catalog/sinks.ts
/**
 * JS/TS recognizer: token-derived values reaching logs, URLs, responses, cache keys and
 * browser storage, and tokens read from query strings.
 */




const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http', 'notice', 'critical']);
/** Receivers that are loggers: console, pino/winston/bunyan instances, NestJS Logger, req.log, fastify.log. */
const LOGGER_RECEIVER = /^(?:console|logger|log|_logger|this\.logger|this\.log|this\._logger|req\.log|request\.log|fastify\.log|app\.log|server\.log|ctx\.log|Logger)$|(?:^|\.)(?:logger|log)$/;
const CACHE_METHODS = new Set(['get', 'set', 'setex', 'setEx', 'psetex', 'setnx', 'setNX', 'del', 'delete', 'unlink', 'expire', 'pexpire', 'exists', 'hget', 'hset', 'hdel', 'incr', 'incrby', 'getset', 'has', 'peek', 'take', 'ttl', 'getdel', 'getDel']);
const CACHE_RECEIVER = /(?:^|\.)(?:redis|redisClient|client|cache|store|tokenCache|sessionStore|sessions|lru|lruCache|nodeCache|memcached|keyv|rateLimiter|limiter|blacklist|denylist|revoked|kv)$/i;
const RESPONSE_METHODS = new Set(['send', 'json', 'end', 'write', 'jsonp']);
const RESPONSE_RECEIVER = /^(?:res|response|reply|ctx\.response|h)$|(?:^|\.)status\(\)$/;
const RESPONSE_FACTORIES = new Set(['Response.json', 'NextResponse.json', 'new Response', 'new NextResponse']);
const HTTP_EXCEPTIONS = /(?:Exception|Error|HttpError)$/;
const QUERY_EXTRACTORS = new Set(['fromUrlQueryParameter', 'fromUrlQuery']);
const LOGGER_FACTORY = /^(?:pino|pino\.default|winston\.createLogger|bunyan\.createLogger|log4js\.getLogger|@nestjs\/common\.Logger|signale\.Signale|consola\.create|tslog\.Logger)\(\)$/;
function state(lowering) {
    let current = lowering.state.get('ts-sinks');
    if (!current) {
        current = { maps: new Set(), loggers: new Set() };
        lowering.state.set('ts-sinks', current);
    }
    return current;
}
function sinks_record(lowering, sink, api, node, value, detail) {
    if (lowering.isSilent)
        return;
    lowering.model.flows.push({ sink, api, loc: lowering.loc(node), value, hashed: false, ...(detail ? { detail } : {}) });
}
function tokenIn(values) {
    for (const value of values) {
        const token = (0,model_values/* firstToken */.wk)(value);
        if (token)
            return token;
    }
    return undefined;
}
function configured(lowering, list, name) {
    return name !== undefined && lowering.config.names[list].some((configuredName) => name === configuredName || name.endsWith(`.${configuredName}`));
}
/** A synthetic token value for browser storage, where the stored value's origin is unknown. */
function namedToken(name, lowering, node) {
    return { kind: 'token', source: { kind: 'named', name, loc: lowering.loc(node), strength: 'strong' }, transforms: [], name };
}
function cookieOptions(value) {
    if (value?.kind !== 'dict')
        return { httpOnly: false, secure: false };
    const flag = (key) => {
        const entry = value.entries.find((candidate) => candidate.key === key)?.value;
        // a non-literal flag (e.g. secure: isProduction) is taken as set
        return entry !== undefined && !(entry.kind === 'bool' && !entry.value);
    };
    return { httpOnly: flag('httpOnly'), secure: flag('secure') };
}
const tsSinksRecognizer = {
    onAssign(target, value, valueNode, lowering, scope) {
        // const cache = new Map()
        if (external_ts_morph_.ts.isIdentifier(target) && scope === lowering.moduleScope && external_ts_morph_.ts.isNewExpression(valueNode) && external_ts_morph_.ts.isIdentifier(valueNode.expression) && ['Map', 'Set', 'WeakMap'].includes(valueNode.expression.text)) {
            state(lowering).maps.add(target.text);
        }
        if (external_ts_morph_.ts.isIdentifier(target) && value.kind === 'unknown' && value.name && LOGGER_FACTORY.test(value.name))
            state(lowering).loggers.add(target.text);
        // this.tokenMap[token] = user, revoked[token] = true: an object used as an in-memory store keyed by the raw token
        if (external_ts_morph_.ts.isElementAccessExpression(target)) {
            const store = dottedName(target.expression);
            const index = lowering.evalExpr(target.argumentExpression, scope);
            const keyToken = (0,model_values/* firstToken */.wk)(index);
            if (store && keyToken && index.kind === 'token' && !keyToken.transforms.includes('split')) {
                sinks_record(lowering, 'cache-key', `${store}[…]`, target.parent ?? target, keyToken);
                return;
            }
        }
        const name = external_ts_morph_.ts.isPropertyAccessExpression(target) || external_ts_morph_.ts.isElementAccessExpression(target) ? dottedName(target) : undefined;
        if (!name)
            return;
        const token = (0,model_values/* firstToken */.wk)(value);
        // document.cookie = `token=${t}`: a cookie scripts can read (never httpOnly)
        if (name === 'document.cookie') {
            const cookieName = valueNode && external_ts_morph_.ts.isTemplateExpression(valueNode) ? valueNode.head.text.split('=')[0] : external_ts_morph_.ts.isStringLiteralLike(valueNode) ? valueNode.text.split('=')[0] : undefined;
            if (token || (cookieName && isTokenLikeTsName(cookieName.trim())))
                sinks_record(lowering, 'storage', 'document.cookie', target.parent ?? target, token ?? namedToken(cookieName ?? 'cookie', lowering, target), 'a cookie set from script cannot be httpOnly');
            return;
        }
        // localStorage.token = t / localStorage['jwt'] = t
        const storage = /^(?:window\.)?(localStorage|sessionStorage)\.(.+)$/.exec(name);
        if (storage && (token || isTokenLikeTsName(storage[2]))) {
            sinks_record(lowering, 'storage', storage[1], target.parent ?? target, token ?? namedToken(storage[2], lowering, target));
            return;
        }
        if (!token)
            return;
        // ctx.body = token (Koa)
        if (name === 'ctx.body' || name === 'ctx.response.body')
            sinks_record(lowering, 'response', name, target.parent ?? target, token);
    },
    onCall(call, lowering, scope) {
        const { method } = call;
        if (!method)
            return undefined;
        const receiverName = call.receiverNode ? (lowering.qualifiedName(call.receiverNode) ?? receiverShape(call.receiverNode)) : undefined;
        if (QUERY_EXTRACTORS.has(method) && (call.callee?.includes('ExtractJwt') ?? false)) {
            const first = call.argNodes[0];
            lowering.model.queryReads.push({ name: first && external_ts_morph_.ts.isStringLiteralLike(first) ? first.text : 'query', loc: lowering.loc(call.node), api: call.callee ?? method });
            return undefined;
        }
        // localStorage.setItem('token', value)
        if (method === 'setItem' && receiverName && /^(?:window\.)?(?:localStorage|sessionStorage)$/.test(receiverName)) {
            const key = call.argNodes[0];
            const keyName = key && external_ts_morph_.ts.isStringLiteralLike(key) ? key.text : undefined;
            const token = tokenIn(call.args.slice(1));
            if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) {
                sinks_record(lowering, 'storage', `${receiverName.replace(/^window\./, '')}.setItem`, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node));
            }
            return undefined;
        }
        // res.cookie('token', value, { httpOnly, secure }), reply.setCookie(…), cookies().set(…) (Next.js), setCookie(c, …) (Hono)
        const serverCookie = serverCookieCall(call, receiverName, lowering, scope);
        if (serverCookie) {
            const { offset, api } = serverCookie;
            const key = call.argNodes[offset];
            const keyName = key && external_ts_morph_.ts.isStringLiteralLike(key) ? key.text : undefined;
            const token = tokenIn(call.args.slice(offset + 1, offset + 2));
            if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) {
                const flags = cookieOptions(call.args[offset + 2]);
                const missing = [!flags.httpOnly && 'httpOnly', !flags.secure && 'secure'].filter(Boolean).join(' and ');
                if (missing)
                    sinks_record(lowering, 'storage', api, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node), `set without ${missing}`);
            }
            return undefined;
        }
        // ngx-cookie(-service) `cookieService.put/set`, js-cookie `Cookies.set`, universal-cookie: set from script, never httpOnly
        if (isScriptCookieCall(call, receiverName, lowering, scope)) {
            const key = call.argNodes[0];
            const keyName = key && external_ts_morph_.ts.isStringLiteralLike(key) ? key.text : undefined;
            const token = tokenIn(call.args.slice(1, 2));
            if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_'))))
                sinks_record(lowering, 'storage', `${(call.receiverNode && dottedName(call.receiverNode)) ?? receiverName}.${method}`, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node), 'set from script, so it cannot be httpOnly');
            return undefined;
        }
        // res.setHeader('Set-Cookie', `token=${t}; Path=/; HttpOnly`), new Response(body, { headers: { 'Set-Cookie': … } })
        if (recordSetCookieHeaders(call, receiverName, lowering, scope))
            return undefined;
        // persistReducer({ key, storage, whitelist: ['auth'] }, reducer) (redux-persist), persist(…, { name }) (zustand)
        recordPersistedState(call, lowering);
        const token = tokenIn(call.args);
        if (!token)
            return undefined;
        const isLogger = receiverName !== undefined && (LOGGER_RECEIVER.test(receiverName) || state(lowering).loggers.has(receiverName));
        if ((LOG_METHODS.has(method) && isLogger) || configured(lowering, 'loggers', call.callee)) {
            sinks_record(lowering, 'log', call.callee ?? `${receiverName}.${method}`, call.node, token);
            return undefined;
        }
        if (CACHE_METHODS.has(method) && receiverName) {
            const keyToken = (0,model_values/* firstToken */.wk)(call.args[0] ?? { kind: 'unknown' });
            const isCache = CACHE_RECEIVER.test(receiverName) || state(lowering).maps.has(receiverName) || configured(lowering, 'caches', receiverName);
            if (keyToken && isCache)
                sinks_record(lowering, 'cache-key', `${receiverName}.${method}`, call.node, keyToken);
            if (isCache)
                return undefined;
        }
        if (RESPONSE_METHODS.has(method) && receiverName && RESPONSE_RECEIVER.test(receiverName)) {
            sinks_record(lowering, 'response', `${receiverName}.${method}`, call.node, token);
            return undefined;
        }
        const factory = call.isNew ? `new ${call.callee ?? method}` : call.callee;
        if (factory && RESPONSE_FACTORIES.has(factory)) {
            sinks_record(lowering, 'response', factory, call.node, token);
            return undefined;
        }
        if (call.isNew && HTTP_EXCEPTIONS.test(method) && isInThrow(call.node)) {
            sinks_record(lowering, 'response', `throw new ${method}`, call.node, token);
            return undefined;
        }
        if (method === 'redirect' && receiverName && RESPONSE_RECEIVER.test(receiverName)) {
            sinks_record(lowering, 'url', `${receiverName}.redirect`, call.node, token);
            return undefined;
        }
        // URL building: url.searchParams.set('token', t), new URLSearchParams({ token }), axios/fetch params
        if ((method === 'set' || method === 'append') && receiverName?.endsWith('searchParams')) {
            if (!isProviderTokenQuery(call, lowering))
                sinks_record(lowering, 'url', `${receiverName}.${method}`, call.node, token);
            return undefined;
        }
        if (call.isNew && method === 'URLSearchParams') {
            sinks_record(lowering, 'url', 'new URLSearchParams', call.node, token);
            return undefined;
        }
        const inUrl = call.args.map(model_values/* firstToken */.wk).find((candidate) => candidate?.transforms.includes('url'));
        if (inUrl) {
            sinks_record(lowering, 'url', call.callee ?? method, call.node, inUrl);
            return undefined;
        }
        const options = call.args.find((argument) => argument.kind === 'dict');
        const params = options?.kind === 'dict' ? options.entries.find((entry) => entry.key === 'params')?.value : undefined;
        const paramsToken = params ? (0,model_values/* firstToken */.wk)(params) : undefined;
        if (paramsToken) {
            sinks_record(lowering, 'url', call.callee ?? method, call.node, paramsToken);
            return undefined;
        }
        void scope;
        return undefined;
    },
};
// ---- tokens in URLs ----
/** Identity-provider endpoints whose documented interface takes the token to inspect as a query parameter. */
const PROVIDER_TOKEN_ENDPOINT = /\/(?:debug_token|tokeninfo|oauth2\/v\d\/tokeninfo)(?:[?#]|$)/;
/** Query parameters those providers define for it: Facebook's debug_token input_token, the Graph API's long-lived token exchange. */
const PROVIDER_TOKEN_PARAM = /^(?:input_token|fb_exchange_token|ig_exchange_token)$/;
/**
 * `url.searchParams.set('input_token', token)` on `new URL(`${graph}/debug_token`)`: a server
 * asking the provider that issued a token about it, in the one form the provider accepts.
 * The token goes to its issuer over TLS; there is nothing to move to a header.
 */
function isProviderTokenQuery(call, lowering) {
    const name = call.argNodes[0];
    if (name && external_ts_morph_.ts.isStringLiteralLike(name) && PROVIDER_TOKEN_PARAM.test(name.text))
        return true;
    const owner = call.receiverNode && external_ts_morph_.ts.isPropertyAccessExpression(call.receiverNode) ? unwrapExpression(call.receiverNode.expression) : undefined;
    const init = owner && external_ts_morph_.ts.isIdentifier(owner) ? declaredInitializer(owner) : owner;
    if (!init || !external_ts_morph_.ts.isNewExpression(init) || !init.arguments?.[0])
        return false;
    return PROVIDER_TOKEN_ENDPOINT.test(init.arguments[0].getText(lowering.sourceFile).replace(/[`'"]/g, ''));
}
/** The initializer of the nearest earlier `const name = …` in the enclosing function. */
function declaredInitializer(name) {
    let body = name;
    while (body.parent && !external_ts_morph_.ts.isFunctionLike(body) && !external_ts_morph_.ts.isSourceFile(body))
        body = body.parent;
    let found;
    const visit = (node) => {
        if (node !== body && external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isVariableDeclaration(node) && external_ts_morph_.ts.isIdentifier(node.name) && node.name.text === name.text && node.initializer && node.pos < name.pos)
            found = unwrapExpression(node.initializer);
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    visit(body);
    return found;
}
// ---- cookies and persisted state ----
/** Server-side cookie APIs whose defaults leave httpOnly and secure off: where the cookie name is and how the call is named. */
function serverCookieCall(call, receiverName, lowering, scope) {
    const { method } = call;
    if (method === 'cookie' && receiverName && /^(?:res|response|reply|ctx\.cookies|cookies\(\))$/.test(receiverName))
        return { offset: 0, api: `${receiverName}.cookie` };
    if (method === 'setCookie' && receiverName && /^(?:reply|res|response)$/.test(receiverName))
        return { offset: 0, api: `${receiverName}.setCookie` };
    if (method === 'setCookie' && call.callee === 'hono/cookie.setCookie')
        return { offset: 1, api: 'setCookie' };
    if (method === 'set' && call.receiverNode) {
        // cookies().set(…), (await cookies()).set(…), const store = await cookies(); store.set(…), NextResponse's response.cookies.set(…)
        const receiver = unwrapExpression(call.receiverNode);
        const bound = external_ts_morph_.ts.isIdentifier(receiver) ? lowering.lookup(receiver.text, scope) : undefined;
        const nextCookies = (external_ts_morph_.ts.isCallExpression(receiver) && lowering.qualifiedName(receiver.expression) === 'next/headers.cookies') || (bound?.kind === 'unknown' && bound.name === 'next/headers.cookies()');
        if (nextCookies)
            return { offset: 0, api: 'cookies().set' };
        if (receiverName && /^(?:res|response|\w*[rR]esponse)\.cookies$/.test(receiverName))
            return { offset: 0, api: `${receiverName}.set` };
    }
    return undefined;
}
/** Cookie APIs that run in the browser: what they set is readable by any script on the page. */
function isScriptCookieCall(call, receiverName, lowering, scope) {
    const { method } = call;
    if (!receiverName || !method)
        return false;
    if (receiverName === 'js-cookie' && method === 'set')
        return true;
    if (/(?:^|\.)_?cookies?Service$/i.test(receiverName) && (method === 'put' || method === 'set' || method === 'putObject'))
        return true;
    const bound = call.receiverNode && external_ts_morph_.ts.isIdentifier(call.receiverNode) ? lowering.lookup(call.receiverNode.text, scope) : undefined;
    return method === 'set' && bound?.kind === 'unknown' && /^(?:universal-cookie|react-cookie)(?:\.Cookies)?\(\)$/.test(bound.name ?? '');
}
const SET_COOKIE_METHODS = new Set(['setHeader', 'set', 'header', 'append', 'writeHead']);
/** `Set-Cookie` written as a header string: the cookie's name and attributes are in the text. True when the call sets one. */
/** Whether a file's text names the header at all: without it, no call's object arguments are searched for it. */
const namesSetCookie = new WeakMap();
function fileNamesSetCookie(sourceFile) {
    let names = namesSetCookie.get(sourceFile);
    if (names === undefined)
        namesSetCookie.set(sourceFile, (names = /set-cookie/i.test(sourceFile.text)));
    return names;
}
function recordSetCookieHeaders(call, receiverName, lowering, scope) {
    if (!fileNamesSetCookie(lowering.sourceFile))
        return false;
    const { method, argNodes } = call;
    const first = argNodes[0];
    if (method && SET_COOKIE_METHODS.has(method) && first && external_ts_morph_.ts.isStringLiteralLike(first) && first.text.toLowerCase() === 'set-cookie' && argNodes[1]) {
        for (const value of headerValues(argNodes[1]))
            recordSetCookie(value, `${receiverName ?? 'response'}.${method}('Set-Cookie')`, lowering, scope);
        return true;
    }
    let found = false;
    const visit = (node) => {
        if (external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isPropertyAssignment(node) && propertyKeyText(node.name)?.toLowerCase() === 'set-cookie') {
            for (const value of headerValues(node.initializer))
                recordSetCookie(value, `${call.isNew ? 'new ' : ''}${dottedName(call.node.expression) ?? method ?? 'a call'} headers`, lowering, scope);
            found = true;
            return;
        }
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    for (const argument of argNodes)
        if (external_ts_morph_.ts.isObjectLiteralExpression(unwrapExpression(argument)))
            visit(argument);
    return found;
}
function headerValues(node) {
    const current = unwrapExpression(node);
    return external_ts_morph_.ts.isArrayLiteralExpression(current) ? current.elements.filter((element) => !external_ts_morph_.ts.isSpreadElement(element)) : [current];
}
function recordSetCookie(node, api, lowering, scope) {
    const current = unwrapExpression(node);
    const text = external_ts_morph_.ts.isStringLiteralLike(current) ? current.text : external_ts_morph_.ts.isTemplateExpression(current) ? current.head.text + current.templateSpans.map((span) => `\u0000${span.literal.text}`).join('') : undefined;
    if (text === undefined)
        return;
    const cookieName = text.split('=')[0].trim();
    const token = (0,model_values/* firstToken */.wk)(lowering.evalExpr(current, scope));
    if (!token && !isTokenLikeTsName(cookieName.replace(/[-.]/g, '_')))
        return;
    const attributes = text.includes(';') ? text.slice(text.indexOf(';')) : '';
    const missing = [!/;\s*httponly\b/i.test(attributes) && 'httpOnly', !/;\s*secure\b/i.test(attributes) && 'secure'].filter(Boolean).join(' and ');
    if (missing)
        sinks_record(lowering, 'storage', api, current, token ?? namedToken(cookieName || 'token', lowering, current), `set without ${missing}`);
}
/** redux-persist's storage engines that write to the browser's localStorage / sessionStorage. */
const WEB_STORAGE_MODULE = /^redux-persist\/(?:lib|es)\/storage(?:\/session)?(?:\.default)?$/;
/** Reducers, slices and stores that hold the session: the user, the auth state, tokens. */
const AUTH_STATE_NAME = /user|auth|session|token|login|account|credential|identity|jwt/i;
/**
 * Auth state persisted to web storage by a state library: redux-persist's `persistReducer`
 * / `persistCombineReducers` with the localStorage or sessionStorage engine, and zustand's
 * `persist`, which uses localStorage unless told otherwise. What is persisted is named by
 * the whitelist (or, without one, by the key or the reducer; for zustand by the store's
 * name or its token fields); reported when that is the user or auth state.
 */
function recordPersistedState(call, lowering) {
    const api = call.callee;
    if (api === 'redux-persist.persistReducer' || api === 'redux-persist.persistCombineReducers') {
        const configNode = objectLiteralOf(call.argNodes[0], lowering);
        const config = call.args[0];
        if (!configNode || config?.kind !== 'dict')
            return;
        const engine = webStorageEngine(config.entries.find((entry) => entry.key === 'storage')?.value);
        if (!engine)
            return;
        const where = `${engine} (redux-persist)`;
        const whitelist = propertyInitializer(configNode, 'whitelist');
        if (whitelist && external_ts_morph_.ts.isArrayLiteralExpression(whitelist)) {
            for (const element of whitelist.elements)
                if (external_ts_morph_.ts.isStringLiteralLike(element) && AUTH_STATE_NAME.test(element.text))
                    sinks_record(lowering, 'storage', where, element, namedToken(element.text, lowering, element));
            return;
        }
        const blacklist = propertyInitializer(configNode, 'blacklist');
        if (blacklist && external_ts_morph_.ts.isArrayLiteralExpression(blacklist) && blacklist.elements.some((element) => external_ts_morph_.ts.isStringLiteralLike(element) && AUTH_STATE_NAME.test(element.text)))
            return;
        const key = config.entries.find((entry) => entry.key === 'key')?.value;
        const reducer = call.argNodes[1] ? dottedName(call.argNodes[1]) : undefined;
        const named = [key?.kind === 'string' ? key.value : undefined, reducer].find((name) => name !== undefined && AUTH_STATE_NAME.test(name));
        if (named)
            sinks_record(lowering, 'storage', where, call.node, namedToken(named, lowering, call.node));
        return;
    }
    if (api === 'zustand/middleware.persist' && call.argNodes.length >= 2) {
        const optionsNode = objectLiteralOf(call.argNodes[1], lowering);
        if (!optionsNode)
            return;
        const storage = propertyInitializer(optionsNode, 'storage')?.getText(lowering.sourceFile);
        const engine = storage === undefined || /\blocalStorage\b/.test(storage) ? 'localStorage' : /\bsessionStorage\b/.test(storage) ? 'sessionStorage' : undefined;
        if (!engine)
            return;
        const nameNode = propertyInitializer(optionsNode, 'name');
        const name = nameNode && external_ts_morph_.ts.isStringLiteralLike(nameNode) ? nameNode.text : undefined;
        const holdsToken = /\b(?:access_?[tT]oken|refresh_?[tT]oken|token|jwt|idToken|authToken)\s*[:?]/.test(call.argNodes[0].getText(lowering.sourceFile));
        if (holdsToken || (name !== undefined && AUTH_STATE_NAME.test(name)))
            sinks_record(lowering, 'storage', `${engine} (zustand persist)`, call.node, namedToken(name ?? 'store', lowering, call.node));
    }
}
function webStorageEngine(storage) {
    if (storage?.kind !== 'unknown' || !storage.name)
        return undefined;
    if (WEB_STORAGE_MODULE.test(storage.name))
        return storage.name.includes('/session') ? 'sessionStorage' : 'localStorage';
    const direct = /^(?:window\.)?(localStorage|sessionStorage)$/.exec(storage.name);
    return direct ? direct[1] : undefined;
}
function unwrapExpression(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isAwaitExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current))
        current = current.expression;
    return current;
}
/** An object literal written here, or the one a module-level constant of that name is initialised with. */
function objectLiteralOf(node, lowering) {
    if (!node)
        return undefined;
    const current = unwrapExpression(node);
    if (external_ts_morph_.ts.isObjectLiteralExpression(current))
        return current;
    if (!external_ts_morph_.ts.isIdentifier(current))
        return undefined;
    for (const statement of lowering.sourceFile.statements) {
        if (!external_ts_morph_.ts.isVariableStatement(statement))
            continue;
        for (const declaration of statement.declarationList.declarations) {
            if (!external_ts_morph_.ts.isIdentifier(declaration.name) || declaration.name.text !== current.text || !declaration.initializer)
                continue;
            const init = unwrapExpression(declaration.initializer);
            return external_ts_morph_.ts.isObjectLiteralExpression(init) ? init : undefined;
        }
    }
    return undefined;
}
function propertyInitializer(object, key) {
    for (const property of object.properties) {
        if (external_ts_morph_.ts.isPropertyAssignment(property) && propertyKeyText(property.name) === key)
            return unwrapExpression(property.initializer);
    }
    return undefined;
}
function propertyKeyText(name) {
    return external_ts_morph_.ts.isIdentifier(name) || external_ts_morph_.ts.isStringLiteralLike(name) ? name.text : undefined;
}
/** `res.status(401).json(...)` has no dotted name: describe the receiver's shape. */
function receiverShape(node) {
    if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression)) {
        const head = dottedName(node.expression.expression);
        if (node.expression.name.text === 'status' && head)
            return head;
        return `${node.expression.name.text}()`;
    }
    return undefined;
}
function isInThrow(node) {
    let current = node.parent;
    while (current && (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAwaitExpression(current)))
        current = current.parent;
    return current !== undefined && external_ts_morph_.ts.isThrowStatement(current);
}

;// CONCATENATED MODULE: ./src/lang/typescript/catalog/checks.ts
/**
 * JS/TS recognizer: hand-written token checks. Records
 * - splits of the Authorization header indexed past the first part (`auth.split(' ')[1]`)
 *   and whether something guards them. In JS indexing never throws: a missing header
 *   crashes `undefined.split` (a TypeError, a 500), and a header without the scheme or
 *   the space gives `undefined` as the token. The shape is proved by a test of the
 *   header's form before the split (`startsWith('Bearer ')`, a regex test, a check of
 *   the parts: their length, the scheme part, the indexed part itself), or by a test of
 *   the indexed part after it (`if (!token) return 401`). A presence test of the header
 *   (`if (!auth)`, `auth && …`, `auth ? … : …`), optional chaining, a `?? ''` default or
 *   an enclosing try only prevent the crash: the part is then guarded when it is tested
 *   afterwards or returned to the caller (who gets `undefined` for "no token"), and
 *   reported when it goes on unchecked (into a verify, onto the request);
 * - comparisons of a presented token with `===`/`==`/`!==`/`!=`;
 * - try/catch around token verification, and whether the catch lets the request go on.
 */


const checks_STATE_KEY = 'ts-checks';
function checks_stateOf(lowering) {
    let state = lowering.state.get(checks_STATE_KEY);
    if (!state) {
        state = { tested: new Map(), shapeTested: new Map(), pendingSplits: [], tries: new Map(), seenOps: 0 };
        lowering.state.set(checks_STATE_KEY, state);
    }
    return state;
}
function sourceKey(token) {
    return `${token.source.kind}:${token.source.name.toLowerCase()}`;
}
function checks_unwrap(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current))
        current = current.expression;
    return current;
}
/**
 * A test that proves the header's form: a method or a regex applied to it
 * (`auth.startsWith('Bearer ')`, `/^Bearer /.test(auth)`, `auth.includes(' ')`), or any
 * test of its split parts (`parts.length === 2`, `auth.split(' ')[0] === 'Bearer'`, `!token`).
 */
function isShapeTest(token, inCall) {
    return inCall || token.transforms.includes('split') || token.transforms.includes('destructure');
}
/** Names, member chains and calls inside a condition (not inside nested functions), with their values. */
function tokensInCondition(node, lowering, scope, out, inCall = false) {
    if (external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node))
        return;
    if (external_ts_morph_.ts.isIdentifier(node) || external_ts_morph_.ts.isPropertyAccessExpression(node) || external_ts_morph_.ts.isElementAccessExpression(node) || external_ts_morph_.ts.isCallExpression(node)) {
        const value = lowering.evalExpr(node, scope);
        if (value.kind === 'token') {
            out.push({ token: value, shape: isShapeTest(value, inCall) });
            return;
        }
        // `auth.startsWith('Bearer ')`, `BEARER.test(auth)`: the receiver and the arguments are tested for their form
        if (external_ts_morph_.ts.isCallExpression(node)) {
            external_ts_morph_.ts.forEachChild(node, (child) => tokensInCondition(child, lowering, scope, out, true));
            return;
        }
        // `parts.length !== 2`: the member is not a token, its object is
        if (external_ts_morph_.ts.isPropertyAccessExpression(node) || external_ts_morph_.ts.isElementAccessExpression(node))
            tokensInCondition(node.expression, lowering, scope, out, inCall);
        return;
    }
    external_ts_morph_.ts.forEachChild(node, (child) => tokensInCondition(child, lowering, scope, out, inCall));
}
/** `x.split(' ')` / `x.split(/\s+/)` / `x.split()`: the call that made the indexed value, when it splits on whitespace. */
function whitespaceSplit(node) {
    const call = checks_unwrap(node);
    if (!external_ts_morph_.ts.isCallExpression(call) || !external_ts_morph_.ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'split')
        return undefined;
    const separator = call.arguments[0];
    if (!separator)
        return call;
    if (external_ts_morph_.ts.isStringLiteralLike(separator) && /^\s+$|^bearer\s+$/i.test(separator.text))
        return call;
    if (external_ts_morph_.ts.isRegularExpressionLiteral(separator) && /\\s|\s/.test(separator.text))
        return call;
    return undefined;
}
function isDefaulting(node) {
    const current = checks_unwrap(node);
    if (!external_ts_morph_.ts.isBinaryExpression(current))
        return false;
    const operator = current.operatorToken.kind;
    return operator === external_ts_morph_.ts.SyntaxKind.QuestionQuestionToken || operator === external_ts_morph_.ts.SyntaxKind.BarBarToken;
}
/** `const header = req.headers.authorization ?? ''` in the enclosing function: the variable is never undefined. */
function declaredWithDefault(name) {
    let body = name.parent;
    while (body && !external_ts_morph_.ts.isFunctionLike(body) && !external_ts_morph_.ts.isSourceFile(body))
        body = body.parent;
    let found = false;
    const visit = (current) => {
        if (found || (current !== body && external_ts_morph_.ts.isFunctionLike(current)))
            return;
        if (external_ts_morph_.ts.isVariableDeclaration(current) && external_ts_morph_.ts.isIdentifier(current.name) && current.name.text === name.text && current.initializer && isDefaulting(current.initializer))
            found = true;
        else
            external_ts_morph_.ts.forEachChild(current, visit);
    };
    if (body)
        visit(body);
    return found;
}
/** `auth?.split`, `(auth ?? '').split`, `(auth || '').split`: a missing header cannot crash the split. */
function receiverDefaulted(split) {
    const access = split.expression;
    if (access.questionDotToken)
        return true;
    const receiver = checks_unwrap(access.expression);
    if (isDefaulting(receiver))
        return true;
    if (external_ts_morph_.ts.isIdentifier(receiver) && declaredWithDefault(receiver))
        return true;
    // req.headers?.authorization.split: optional chaining earlier in the chain
    for (let current = receiver; external_ts_morph_.ts.isPropertyAccessExpression(current) || external_ts_morph_.ts.isElementAccessExpression(current) || external_ts_morph_.ts.isCallExpression(current); current = current.expression) {
        if (current.questionDotToken)
            return true;
    }
    return false;
}
/** `auth ? auth.split(' ')[1] : null`, `auth && auth.split(' ')[1]`: guarded by the enclosing expression. */
function guardedByEnclosingTest(node, key, lowering, scope) {
    for (let child = node, parent = node.parent; parent && !external_ts_morph_.ts.isFunctionLike(parent) && !external_ts_morph_.ts.isSourceFile(parent); child = parent, parent = parent.parent) {
        let test;
        if (external_ts_morph_.ts.isConditionalExpression(parent) && child !== parent.condition)
            test = parent.condition;
        if (external_ts_morph_.ts.isBinaryExpression(parent) && parent.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right)
            test = parent.left;
        if (!test)
            continue;
        const tokens = [];
        tokensInCondition(test, lowering, scope, tokens);
        if (tokens.some((tested) => sourceKey(tested.token) === key))
            return true;
    }
    return false;
}
function testedIn(table, scope) {
    const id = scope.fn?.id ?? 0;
    let set = table.get(id);
    if (!set)
        table.set(id, (set = new Set()));
    return set;
}
/** Expression wrappers a value passes through unchanged on its way to a test or a return. */
function passesThrough(parent, child) {
    if (external_ts_morph_.ts.isParenthesizedExpression(parent) || external_ts_morph_.ts.isAsExpression(parent) || external_ts_morph_.ts.isNonNullExpression(parent) || external_ts_morph_.ts.isAwaitExpression(parent) || external_ts_morph_.ts.isSatisfiesExpression(parent))
        return true;
    if (external_ts_morph_.ts.isConditionalExpression(parent))
        return child !== parent.condition;
    if (external_ts_morph_.ts.isBinaryExpression(parent)) {
        const operator = parent.operatorToken.kind;
        return operator === external_ts_morph_.ts.SyntaxKind.BarBarToken || operator === external_ts_morph_.ts.SyntaxKind.QuestionQuestionToken || (operator === external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right);
    }
    return false;
}
/** `if (auth && auth.split(' ')[1])`, `parts[1] ? … : …`, `!auth.split(' ')[1]`: the indexed part is itself tested. */
function isTestedHere(node) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        if ((external_ts_morph_.ts.isIfStatement(parent) || external_ts_morph_.ts.isWhileStatement(parent) || external_ts_morph_.ts.isDoStatement(parent)) && parent.expression === child)
            return true;
        if (external_ts_morph_.ts.isConditionalExpression(parent) && parent.condition === child)
            return true;
        if (external_ts_morph_.ts.isBinaryExpression(parent) && parent.left === child && [external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken, external_ts_morph_.ts.SyntaxKind.BarBarToken, external_ts_morph_.ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind))
            return true;
        if (external_ts_morph_.ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind))
            return true;
        if (external_ts_morph_.ts.isPrefixUnaryExpression(parent) && parent.operator === external_ts_morph_.ts.SyntaxKind.ExclamationToken)
            return true;
        if (external_ts_morph_.ts.isTypeOfExpression(parent))
            return true;
        if (!passesThrough(parent, child) && !(external_ts_morph_.ts.isBinaryExpression(parent) && parent.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken))
            return false;
    }
    return false;
}
const COMPARISONS = new Set([external_ts_morph_.ts.SyntaxKind.EqualsEqualsEqualsToken, external_ts_morph_.ts.SyntaxKind.EqualsEqualsToken, external_ts_morph_.ts.SyntaxKind.ExclamationEqualsEqualsToken, external_ts_morph_.ts.SyntaxKind.ExclamationEqualsToken]);
/** `return auth.split(' ')[1]`, `(req) => req.headers.authorization?.split(' ')[1]`: the caller gets `undefined` for "no token". */
function isReturnedHere(node) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (external_ts_morph_.ts.isReturnStatement(parent))
            return true;
        if (external_ts_morph_.ts.isArrowFunction(parent))
            return parent.body === child;
        if (!passesThrough(parent, child))
            return false;
    }
    return false;
}
/** The variable the indexed part is bound to: `const token = auth.split(' ')[1]`, `token = …`. */
function boundVariable(node) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (external_ts_morph_.ts.isVariableDeclaration(parent))
            return parent.initializer === child && external_ts_morph_.ts.isIdentifier(parent.name) ? parent.name.text : undefined;
        if (external_ts_morph_.ts.isBinaryExpression(parent) && parent.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.EqualsToken)
            return parent.right === child && external_ts_morph_.ts.isIdentifier(parent.left) ? parent.left.text : undefined;
        if (!passesThrough(parent, child))
            return undefined;
    }
    return undefined;
}
/** After the split, in the same function: is the variable holding the part tested or returned? */
function partCheckedLater(node) {
    const name = boundVariable(node);
    if (!name)
        return false;
    let body = node.parent;
    while (body && !external_ts_morph_.ts.isFunctionLike(body) && !external_ts_morph_.ts.isSourceFile(body))
        body = body.parent;
    if (!body)
        return false;
    const after = node.getEnd();
    let found = false;
    const visit = (current) => {
        if (found)
            return;
        if (current !== body && external_ts_morph_.ts.isFunctionLike(current))
            return;
        if (external_ts_morph_.ts.isIdentifier(current) && current.text === name && current.getStart() > after && (isTestedHere(current) || isReturnedHere(current))) {
            found = true;
            return;
        }
        external_ts_morph_.ts.forEachChild(current, visit);
    };
    visit(body);
    return found;
}
// ---- verification handlers ----
const VERIFY_CALL = /verif|decode|authenticat|validat|checkToken|check_token|introspect/i;
/** Calls that end the request or hand it an error. */
const DENY_METHODS = new Set(['status', 'sendStatus', 'redirect', 'code', 'throw', 'reject', 'unauthorized', 'forbidden', 'end', 'send', 'json', 'writeHead']);
/** Calls that run the protected code: Express/Koa `next()`, passport `done(null, …)`-style continuations without an error. */
const CONTINUE_CALLS = new Set(['next', 'done', 'cb', 'callback']);
/** What a catch block does: ends the request (return, throw, a 401 response, next(err)) or continues (`next()`). */
function shapeOf(block) {
    const shape = { denies: false, continues: false };
    const visit = (node) => {
        if (external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isThrowStatement(node))
            shape.denies = true;
        if (external_ts_morph_.ts.isReturnStatement(node)) {
            const returned = node.expression && checks_unwrap(node.expression);
            if (returned && external_ts_morph_.ts.isCallExpression(returned) && isContinueCall(returned))
                shape.continues = true;
            else if (returned && returned.kind === external_ts_morph_.ts.SyntaxKind.TrueKeyword)
                shape.continues = true;
            else
                shape.denies = true;
        }
        if (external_ts_morph_.ts.isCallExpression(node)) {
            const callee = node.expression;
            if (isContinueCall(node))
                shape.continues = true;
            else if (external_ts_morph_.ts.isIdentifier(callee) && CONTINUE_CALLS.has(callee.text) && node.arguments.length > 0)
                shape.denies = true; // next(err)
            else if (external_ts_morph_.ts.isPropertyAccessExpression(callee) && DENY_METHODS.has(callee.name.text))
                shape.denies = true;
        }
        // `req.user = null`, `ctx.status = 401`: explicitly unauthenticated
        if (external_ts_morph_.ts.isBinaryExpression(node) && node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.EqualsToken) {
            const target = dottedName(node.left) ?? '';
            const right = checks_unwrap(node.right);
            if (/(?:^|\.)(?:user|status|statusCode)$/.test(target) && (right.kind === external_ts_morph_.ts.SyntaxKind.NullKeyword || (external_ts_morph_.ts.isIdentifier(right) && right.text === 'undefined') || external_ts_morph_.ts.isNumericLiteral(right) || right.kind === external_ts_morph_.ts.SyntaxKind.FalseKeyword))
                shape.denies = true;
        }
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    visit(block);
    return shape;
}
function isContinueCall(call) {
    const callee = call.expression;
    if (!external_ts_morph_.ts.isIdentifier(callee) || !CONTINUE_CALLS.has(callee.text))
        return false;
    if (call.arguments.length === 0)
        return true;
    // done(null, user): no error
    const first = call.arguments[0];
    return first.kind === external_ts_morph_.ts.SyntaxKind.NullKeyword || (external_ts_morph_.ts.isIdentifier(first) && first.text === 'undefined');
}
/** Names that say "nobody": an empty or anonymous user, a guest. */
const ANONYMOUS_NAME = /empty|anonymous|\banon|guest|unauthenticated|nobody|no_?user|public_?user|logged_?out/i;
/** Where a handler keeps who the caller is. */
const checks_IDENTITY_TARGET = /(?:^|\.)(?:user|currentUser|identity|principal|claims|session|auth|viewer|actor)$/i;
/** `{}`, `null`, `undefined`, `false`, `[]`, `emptyUser`, `{ user: emptyUser }`, `{ role: 'guest' }`, `{ anonymous: true }`. */
function isAnonymousValue(node) {
    const value = checks_unwrap(node);
    if (value.kind === external_ts_morph_.ts.SyntaxKind.NullKeyword || value.kind === external_ts_morph_.ts.SyntaxKind.FalseKeyword || (external_ts_morph_.ts.isIdentifier(value) && value.text === 'undefined'))
        return true;
    if (external_ts_morph_.ts.isArrayLiteralExpression(value))
        return value.elements.length === 0;
    if (external_ts_morph_.ts.isIdentifier(value) || external_ts_morph_.ts.isPropertyAccessExpression(value))
        return ANONYMOUS_NAME.test(dottedName(value) ?? '');
    if (external_ts_morph_.ts.isStringLiteralLike(value))
        return ANONYMOUS_NAME.test(value.text);
    if (!external_ts_morph_.ts.isObjectLiteralExpression(value))
        return false;
    return value.properties.every((property) => {
        if (external_ts_morph_.ts.isShorthandPropertyAssignment(property))
            return ANONYMOUS_NAME.test(property.name.text);
        if (!external_ts_morph_.ts.isPropertyAssignment(property))
            return false;
        const key = external_ts_morph_.ts.isIdentifier(property.name) || external_ts_morph_.ts.isStringLiteral(property.name) ? property.name.text : '';
        return isAnonymousValue(property.initializer) || (ANONYMOUS_NAME.test(key) && property.initializer.kind === external_ts_morph_.ts.SyntaxKind.TrueKeyword);
    });
}
/**
 * `catch { response = { user: emptyUser } }`, `catch { req.user = { role: 'guest' } }`: the handler
 * makes the caller anonymous (the verified result is replaced), so what runs next runs for
 * nobody in particular; the unverified claims are never at hand in JS after a throwing verify.
 */
function setsAnonymous(block, assigned) {
    let found = false;
    const visit = (node) => {
        if (found || external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isBinaryExpression(node) && node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.EqualsToken) {
            const target = dottedName(node.left) ?? '';
            if ((assigned.has(target) || checks_IDENTITY_TARGET.test(target)) && isAnonymousValue(node.right))
                found = true;
        }
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    visit(block);
    return found;
}
/** Names assigned inside the try block (`decoded = jwt.verify(…)`, `const user = …`). */
function assignedNames(block) {
    const names = new Set();
    const visit = (node) => {
        if (external_ts_morph_.ts.isFunctionLike(node))
            return;
        if (external_ts_morph_.ts.isBinaryExpression(node) && node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.EqualsToken) {
            const name = dottedName(node.left);
            if (name)
                names.add(name);
        }
        if (external_ts_morph_.ts.isVariableDeclaration(node) && external_ts_morph_.ts.isIdentifier(node.name))
            names.add(node.name.text);
        external_ts_morph_.ts.forEachChild(node, visit);
    };
    visit(block);
    return names;
}
function mentionsAny(node, names) {
    const name = dottedName(node);
    if (name && names.has(name))
        return true;
    return external_ts_morph_.ts.forEachChild(node, (child) => mentionsAny(child, names) || undefined) ?? false;
}
/** After the try: is there code that runs as if verification had passed (no check of what the try assigned)? */
function continuesAfter(statement, assigned) {
    const parent = statement.parent;
    const siblings = external_ts_morph_.ts.isBlock(parent) || external_ts_morph_.ts.isSourceFile(parent) || external_ts_morph_.ts.isModuleBlock(parent) ? parent.statements : undefined;
    if (!siblings)
        return false;
    const next = siblings[siblings.indexOf(statement) + 1];
    if (!next)
        return false;
    if (external_ts_morph_.ts.isIfStatement(next) && mentionsAny(next.expression, assigned))
        return false;
    if (external_ts_morph_.ts.isReturnStatement(next) && next.expression && mentionsAny(next.expression, assigned))
        return false;
    if (external_ts_morph_.ts.isThrowStatement(next))
        return false;
    return true;
}
const tsChecksRecognizer = {
    onCondition(condition, _value, lowering, scope) {
        const tokens = [];
        tokensInCondition(condition, lowering, scope, tokens);
        const state = checks_stateOf(lowering);
        const presence = testedIn(state.tested, scope);
        const shape = testedIn(state.shapeTested, scope);
        for (const tested of tokens) {
            presence.add(sourceKey(tested.token));
            if (tested.shape)
                shape.add(sourceKey(tested.token));
        }
    },
    onElementAccess(node, object, index, lowering, scope) {
        if (object.kind !== 'token' || object.source.kind !== 'auth-header' || object.transforms.at(-1) !== 'split')
            return;
        if (index.kind !== 'number' || index.value < 1)
            return;
        const split = whitespaceSplit(node.expression);
        if (!split)
            return;
        const key = sourceKey(object);
        const state = checks_stateOf(lowering);
        const loc = lowering.loc(node);
        if (testedIn(state.shapeTested, scope).has(key) || isTestedHere(node)) {
            lowering.model.splits.push({ loc, value: object, guarded: true });
            return;
        }
        const present = lowering.tryStack.length > 0 || receiverDefaulted(split) || testedIn(state.tested, scope).has(key) || guardedByEnclosingTest(node, key, lowering, scope);
        if (!present) {
            lowering.model.splits.push({ loc, value: object, guarded: false });
            return;
        }
        const use = { loc, value: object, guarded: isReturnedHere(node), presenceChecked: true };
        lowering.model.splits.push(use);
        if (!use.guarded)
            state.pendingSplits.push({ split: use, node });
    },
    onModuleEnd(lowering) {
        for (const { split, node } of checks_stateOf(lowering).pendingSplits)
            if (partCheckedLater(node))
                split.guarded = true;
    },
    onCompare(node, operator, left, right, lowering) {
        const [presented, against, againstNode] = left.kind === 'token' ? [left, right, node.right] : right.kind === 'token' ? [right, left, node.left] : [undefined, undefined, undefined];
        // comparing a token the code has just issued is a test of its own output, not a check of a credential
        if (!presented || !against || !againstNode || presented.source.kind === 'issued')
            return;
        const againstName = againstNameOf(againstNode, against);
        lowering.model.compares.push({ loc: lowering.loc(node), operator, presented, against, ...(againstName ? { againstName } : {}) });
    },
    onCall(call, lowering) {
        if (lowering.isSilent)
            return undefined;
        const state = checks_stateOf(lowering);
        const ops = lowering.model.jwtOps;
        const innermost = lowering.tryStack.at(-1);
        if (!innermost) {
            state.seenOps = ops.length;
            return undefined;
        }
        let entry = state.tries.get(innermost);
        if (!entry)
            state.tries.set(innermost, (entry = { opIds: [], calls: [] }));
        let isOp = false;
        for (; state.seenOps < ops.length; state.seenOps++) {
            const op = ops[state.seenOps];
            if (op.kind === 'decode')
                entry.opIds.push(op.id);
            isOp = true;
        }
        const name = call.callee ?? call.method;
        if (!isOp && name && call.method && VERIFY_CALL.test(call.method) && call.args.some((argument) => argument.kind === 'token'))
            entry.calls.push(name);
        return undefined;
    },
    onTry(node, lowering) {
        const state = checks_stateOf(lowering);
        const entry = state.tries.get(node);
        if (!entry || !node.catchClause || (entry.opIds.length === 0 && entry.calls.length === 0))
            return;
        const shape = shapeOf(node.catchClause.block);
        const assigned = assignedNames(node.tryBlock);
        const anonymous = setsAnonymous(node.catchClause.block, assigned);
        const swallows = !anonymous && (!shape.denies || shape.continues);
        const continuesToProtectedCode = !anonymous && (shape.continues || (!shape.denies && continuesAfter(node, assigned)));
        const handler = { loc: lowering.loc(node.catchClause), catches: [], swallows, continuesToProtectedCode, verifyOpIds: entry.opIds, ...(entry.calls.length ? { verifyCalls: entry.calls } : {}) };
        lowering.model.verifyHandlers.push(handler);
    },
};
function againstNameOf(node, value) {
    if (value.kind === 'env')
        return `process.env.${value.name}`;
    if (value.kind === 'token')
        return value.name ?? dottedName(node);
    return dottedName(checks_unwrap(node));
}

// EXTERNAL MODULE: ./src/lang/configured-resources.ts
var configured_resources = __webpack_require__(394);
// EXTERNAL MODULE: ./src/model/cfg.ts
var cfg = __webpack_require__(911);
;// CONCATENATED MODULE: ./src/lang/typescript/cfg.ts
/**
 * Builds the control-flow graph of one JS/TS function from its compiler node.
 *
 * One node per simple statement and per compound statement's header (the condition, the
 * iterable, the switch subject), built back to front. Statements that call, construct or
 * await get an exception edge to the enclosing catch (or the function's raise-exit);
 * `throw` has no normal successor. `finally` blocks are copied once per way of leaving
 * the try (fall through, return, throw, break, continue). Labels on break/continue are
 * taken as the innermost loop.
 */


const SK = external_ts_morph_.ts.SyntaxKind;
/** The CFG of a function-like node; `events` are that function's resource events (offsets are node.pos). */
function buildTsCfg(fn, sourceFile, events = []) {
    return new TsCfgBuilder(fn, sourceFile).build(events);
}
class TsCfgBuilder {
    fn;
    sourceFile;
    b;
    ranges = [];
    constructor(fn, sourceFile) {
        this.fn = fn;
        this.sourceFile = sourceFile;
        this.b = new cfg/* CfgBuilder */.M5(this.loc(fn));
    }
    build(events) {
        const body = this.fn.body;
        const ctx = { raise: () => this.b.raiseExit, ret: () => this.b.exit };
        let first = this.b.exit;
        if (body && external_ts_morph_.ts.isBlock(body))
            first = this.block(body.statements, this.b.exit, ctx);
        else if (body) {
            // `async (req, res) => expr`: one statement that returns
            first = this.simple(body, ctx);
            this.b.edge(first, this.b.exit);
        }
        this.b.edge(this.b.entry, first);
        this.b.placeEvents(events, this.ranges);
        return this.b.finish();
    }
    loc(node) {
        const start = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
        const end = this.sourceFile.getLineAndCharacterOfPosition(node.getEnd());
        return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    }
    block(statements, next, ctx) {
        let entry = next;
        for (let index = statements.length - 1; index >= 0; index--)
            entry = this.statement(statements[index], entry, ctx);
        return entry;
    }
    /** A node for `at` covering `range`, with an exception edge when the range may throw. */
    simple(at, ctx, range = at, label) {
        const id = this.b.add('stmt', this.loc(at), label ?? ctx.label);
        if (range) {
            this.ranges.push([id, range.pos, range.end]);
            if (mayThrow(range))
                this.b.excEdge(id, [ctx.raise()]);
        }
        return id;
    }
    statement(node, next, ctx) {
        switch (node.kind) {
            case SK.Block:
                return this.block(node.statements, next, ctx);
            case SK.EmptyStatement:
            case SK.FunctionDeclaration:
            case SK.ClassDeclaration:
            case SK.InterfaceDeclaration:
            case SK.TypeAliasDeclaration:
            case SK.EnumDeclaration:
                return next;
            case SK.ReturnStatement: {
                const id = this.simple(node, ctx);
                this.b.edge(id, ctx.ret());
                return id;
            }
            case SK.ThrowStatement: {
                const id = this.b.add('stmt', this.loc(node), ctx.label);
                this.ranges.push([id, node.pos, node.end]);
                this.b.excEdge(id, [ctx.raise()]);
                return id;
            }
            case SK.BreakStatement:
            case SK.ContinueStatement: {
                const id = this.b.add('stmt', this.loc(node), ctx.label);
                const target = node.kind === SK.BreakStatement ? ctx.brk : ctx.cont;
                this.b.edge(id, target ? target() : next);
                return id;
            }
            case SK.LabeledStatement:
                return this.statement(node.statement, next, ctx);
            case SK.IfStatement: {
                const statement = node;
                const id = this.simple(statement, ctx, statement.expression);
                const then = this.statement(statement.thenStatement, next, ctx);
                const otherwise = statement.elseStatement ? this.statement(statement.elseStatement, next, ctx) : next;
                this.b.edge(id, then);
                this.b.edge(id, otherwise);
                this.markCondition(id, statement.expression, then, otherwise);
                return id;
            }
            case SK.WhileStatement:
            case SK.ForStatement:
            case SK.ForOfStatement:
            case SK.ForInStatement:
                return this.loop(node, next, ctx);
            case SK.DoStatement: {
                const statement = node;
                const header = this.simple(statement.expression, ctx, statement.expression);
                const body = this.statement(statement.statement, header, { ...ctx, brk: () => next, cont: () => header });
                this.b.edge(header, body);
                this.b.edge(header, next);
                return body;
            }
            case SK.SwitchStatement: {
                const statement = node;
                const id = this.simple(statement, ctx, statement.expression);
                const clauses = statement.caseBlock.clauses;
                let fallthrough = next;
                const entries = [];
                for (let index = clauses.length - 1; index >= 0; index--) {
                    fallthrough = this.block(clauses[index].statements, fallthrough, { ...ctx, brk: () => next });
                    entries.unshift(fallthrough);
                }
                for (const entry of entries)
                    this.b.edge(id, entry);
                if (!clauses.some((clause) => clause.kind === SK.DefaultClause))
                    this.b.edge(id, next);
                return id;
            }
            case SK.TryStatement:
                return this.tryStatement(node, next, ctx);
            default: {
                const id = this.simple(node, ctx);
                this.b.edge(id, next);
                return id;
            }
        }
    }
    /**
     * Records the condition (to drop witnesses that take it both ways) and, for
     * `if (!(await redis.set(k, v, 'NX')))` / `if (!acquired)`, the branch where an acquire failed.
     */
    markCondition(id, condition, then, otherwise) {
        if (then === otherwise)
            return;
        let core = condition;
        while (external_ts_morph_.ts.isParenthesizedExpression(core))
            core = core.expression;
        const not = external_ts_morph_.ts.isPrefixUnaryExpression(core) && core.operator === SK.ExclamationToken;
        const text = (not ? core.operand : core).getText(this.sourceFile).replace(/\s+/g, '');
        this.b.node(id).branch = { condition: text, negated: not, then, otherwise };
        let tested = condition;
        let negated = false;
        while (external_ts_morph_.ts.isParenthesizedExpression(tested))
            tested = tested.expression;
        if (external_ts_morph_.ts.isPrefixUnaryExpression(tested) && tested.operator === SK.ExclamationToken) {
            negated = true;
            tested = tested.operand;
        }
        while (external_ts_morph_.ts.isParenthesizedExpression(tested) || external_ts_morph_.ts.isAwaitExpression(tested))
            tested = tested.expression;
        const target = negated ? then : otherwise;
        if (external_ts_morph_.ts.isCallExpression(tested))
            this.b.node(id).acquireFailed = { target };
        else if (external_ts_morph_.ts.isIdentifier(tested))
            this.b.node(id).acquireFailed = { target, variable: tested.text };
    }
    loop(node, next, ctx) {
        let header;
        if (external_ts_morph_.ts.isWhileStatement(node))
            header = node.expression;
        else if (external_ts_morph_.ts.isForOfStatement(node) || external_ts_morph_.ts.isForInStatement(node))
            header = node.expression;
        else if (external_ts_morph_.ts.isForStatement(node))
            header = node.condition ?? node.initializer;
        const id = this.simple(header ?? node, ctx, header);
        const body = this.statement(node.statement, id, { ...ctx, brk: () => next, cont: () => id });
        this.b.edge(id, body);
        this.b.edge(id, next);
        if (external_ts_morph_.ts.isForStatement(node) && node.initializer && node.condition) {
            const init = this.simple(node.initializer, ctx);
            this.b.edge(init, id);
            return init;
        }
        return id;
    }
    tryStatement(node, next, ctx) {
        let afterTry = next;
        let inner = ctx;
        if (node.finallyBlock) {
            const statements = node.finallyBlock.statements;
            ({ afterTry, inner } = (0,cfg/* throughFinally */.vV)(ctx, next, (continuation, finallyCtx) => this.block(statements, continuation, finallyCtx)));
        }
        let bodyCtx = inner;
        if (node.catchClause) {
            // catch takes every exception
            const id = this.b.add('handler', this.loc(node.catchClause), 'except');
            this.b.edge(id, this.block(node.catchClause.block.statements, afterTry, { ...inner, label: 'except' }));
            bodyCtx = { ...inner, raise: () => id };
        }
        return this.block(node.tryBlock.statements, afterTry, bodyCtx);
    }
}
/** Whether evaluating the node may throw: any call, `new` or `await` outside nested functions. */
function mayThrow(node) {
    let found = false;
    const visit = (child) => {
        if (found)
            return;
        switch (child.kind) {
            case SK.CallExpression:
            case SK.NewExpression:
            case SK.AwaitExpression:
            case SK.TaggedTemplateExpression:
                found = true;
                return;
            case SK.ArrowFunction:
            case SK.FunctionExpression:
            case SK.FunctionDeclaration:
            case SK.ClassExpression:
                return;
            default:
                external_ts_morph_.ts.forEachChild(child, visit);
        }
    };
    visit(node);
    return found;
}

;// CONCATENATED MODULE: ./src/lang/typescript/catalog/resources.ts
/**
 * JS/TS recognizer: acquire/release of token-keyed resources, for the exactly-once rules.
 *
 * Records a ResourceEvent on the enclosing function for each catalog call whose key is
 * derived from a token or its claims: redis/ioredis set/setex/sAdd vs del/unlink/sRem,
 * lru-cache/node-cache/keyv set vs delete/del, module-level Map/Set set/add vs
 * delete, lock handles (`const lock = await redlock.acquire([key], ttl)` … `lock.release()`),
 * plus the names configured under `resources:`. Keys are described by their shape with
 * token parts folded (`redis:session:<claims>[jti]`), so equal keys compare equal across
 * functions. Sets Express roles: middleware `(req, res, next)`, error middleware
 * `(err, req, res, next)`, route handlers, `res.on('finish')` listeners. CFGs are built
 * lazily, only for functions with events or token use.
 */





/** Names that acquire or release only on a cache-like receiver (`cache.set`, `sessions.delete`). */
const GENERIC = new Map([
    ['set', 'acquire'],
    ['add', 'acquire'],
    ['incr', 'acquire'],
    ['delete', 'release'],
    ['del', 'release'],
    ['remove', 'release'],
    ['decr', 'release'],
    ['invalidate', 'release'],
    ['evict', 'release'],
]);
/** Names specific enough to mean acquire/release on any receiver. */
const SPECIFIC = new Map([
    ['setex', 'acquire'],
    ['setEx', 'acquire'],
    ['psetex', 'acquire'],
    ['pSetEx', 'acquire'],
    ['setnx', 'acquire'],
    ['setNX', 'acquire'],
    ['hset', 'acquire'],
    ['hSet', 'acquire'],
    ['hsetnx', 'acquire'],
    ['hSetNX', 'acquire'],
    ['sadd', 'acquire'],
    ['sAdd', 'acquire'],
    ['zadd', 'acquire'],
    ['zAdd', 'acquire'],
    ['register', 'acquire'],
    ['acquire', 'acquire'],
    ['lock', 'acquire'],
    ['unlink', 'release'],
    ['srem', 'release'],
    ['sRem', 'release'],
    ['hdel', 'release'],
    ['hDel', 'release'],
    ['zrem', 'release'],
    ['zRem', 'release'],
    ['unregister', 'release'],
    ['release', 'release'],
    ['unlock', 'release'],
]);
const MEMBER_KEYED = new Set(['sadd', 'sAdd', 'srem', 'sRem', 'zadd', 'zAdd', 'zrem', 'zRem', 'hset', 'hSet', 'hsetnx', 'hSetNX', 'hdel', 'hDel']);
const HANDLE_METHODS = new Set(['acquire', 'release', 'lock', 'unlock']);
const resources_CACHE_RECEIVER = /^(?:r|redis\w*|\w*Redis|\w*[cC]ache|cache\w*|\w*Store|store|sessions|\w+Sessions|active\w*|lru|\w*[lL]imiter|revoked\w*|blacklist|denylist|blocklist|allowlist|kv|keyv|memcached?|locks|leases|\w+Locks|\w+Leases|registry|\w+Registry|slots|inflight|inFlight)$/;
/** Module-level `const x = new Map()` / `createClient()` / `new Redis()`: x is a container. */
const CONTAINER_FACTORIES = /^(?:Map|Set|WeakMap|Redis|IORedis|ioredis|Cluster|LRUCache|LRU|NodeCache|Keyv|createClient|redis\.createClient|createCluster)$/;
const FINISH_EVENTS = new Set(['finish', 'close']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use']);
const ERROR_PARAM = /^(?:err|error|e|ex|exception)$/;
function resources_state(lowering) {
    let current = lowering.state.get('ts-resources');
    if (!current) {
        const configured = (0,configured_resources/* configuredResourceCalls */.c)(lowering.config);
        current = { containers: new Set(), shapes: new Map(), handles: new Map(), nodes: new Map(), configured };
        lowering.state.set('ts-resources', current);
    }
    return current;
}
function resources_unwrap(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isAwaitExpression(current))
        current = current.expression;
    return current;
}
function scopedLookup(map, name, scope) {
    for (let current = scope; current; current = current.parent) {
        const found = map.get(`${current.fn?.id ?? 0}:${name}`);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** A token in a key that the request presented: one the code has just issued keys the session it creates. */
function presentedToken(value) {
    const token = (0,model_values/* firstToken */.wk)(value);
    return token !== undefined && token.source.kind !== 'issued';
}
function valueShape(value) {
    if (presentedToken(value))
        return '<token>';
    if (value.kind === 'claims')
        return `<claims>${(value.path ?? []).map((member) => `[${member}]`).join('')}`;
    if (value.kind === 'string')
        return value.value;
    return undefined;
}
/** The key's shape: literal text kept, token-derived parts folded, claim reads kept. */
function resources_shapeOf(node, lowering, scope, depth = 0) {
    if (depth > 8)
        return '…';
    const inner = resources_unwrap(node);
    if (external_ts_morph_.ts.isTemplateExpression(inner))
        return inner.head.text + inner.templateSpans.map((span) => resources_shapeOf(span.expression, lowering, scope, depth + 1) + span.literal.text).join('');
    if (external_ts_morph_.ts.isStringLiteralLike(inner))
        return inner.text;
    if (external_ts_morph_.ts.isBinaryExpression(inner) && inner.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.PlusToken)
        return resources_shapeOf(inner.left, lowering, scope, depth + 1) + resources_shapeOf(inner.right, lowering, scope, depth + 1);
    if (external_ts_morph_.ts.isIdentifier(inner)) {
        const assigned = scopedLookup(resources_state(lowering).shapes, inner.text, scope);
        if (assigned !== undefined)
            return assigned;
    }
    if (external_ts_morph_.ts.isCallExpression(inner) && external_ts_morph_.ts.isIdentifier(inner.expression) && inner.expression.text === 'String' && inner.arguments[0])
        return resources_shapeOf(inner.arguments[0], lowering, scope, depth + 1);
    if (external_ts_morph_.ts.isCallExpression(inner)) {
        const hashed = hashedShape(inner, lowering, scope, depth);
        if (hashed !== undefined)
            return hashed;
        // verifier.keyId(token), sessionKey(claims): a key computed from the token or its claims is keyed by them
        const returned = lowering.evalExpr(inner, scope);
        const given = (0,model_values/* firstToken */.wk)(returned) || returned.kind === 'claims' ? [] : inner.arguments.map((argument) => resources_shapeOf(argument, lowering, scope, depth + 1));
        if (given.some((shape) => shape.includes('<token>') || shape.includes('<claims>')))
            return `${inner.expression.getText(lowering.sourceFile).replace(/\s+/g, '')}(${given.join(',')})`;
    }
    if (external_ts_morph_.ts.isArrayLiteralExpression(inner) && inner.elements.length === 1 && !external_ts_morph_.ts.isSpreadElement(inner.elements[0]))
        return resources_shapeOf(inner.elements[0], lowering, scope, depth + 1);
    return valueShape(lowering.evalExpr(inner, scope)) ?? inner.getText(lowering.sourceFile).replace(/\s+/g, '');
}
/** Hashing and encoding calls: a key made with them is still keyed by what they were given. */
const HASHING = new Set(['createHash', 'createHmac', 'update', 'digest', 'toString', 'hash', 'sha256', 'encode', 'btoa']);
function calleeName(call) {
    const callee = call.expression;
    if (external_ts_morph_.ts.isIdentifier(callee))
        return callee.text;
    if (external_ts_morph_.ts.isPropertyAccessExpression(callee))
        return callee.name.text;
    return undefined;
}
/** crypto.createHash('sha256').update(token).digest('hex'): `digest(update(<token>))`. */
function hashedShape(call, lowering, scope, depth) {
    const name = calleeName(call);
    if (!name || !HASHING.has(name))
        return undefined;
    const receiver = external_ts_morph_.ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
    for (const inner of [call.arguments[0], receiver]) {
        if (!inner)
            continue;
        const shape = resources_shapeOf(inner, lowering, scope, depth + 1);
        if (shape.includes('<token>') || shape.includes('<claims>'))
            return `${name}(${shape})`;
    }
    return undefined;
}
function keyShape(node, lowering, scope) {
    const shape = resources_shapeOf(node, lowering, scope);
    return shape.includes('<token>') || shape.includes('<claims>') ? shape : undefined;
}
function lastSegment(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
function isCacheLike(name, lowering) {
    if (!name)
        return false;
    if (resources_state(lowering).containers.has(name))
        return true;
    return resources_CACHE_RECEIVER.test(lastSegment(name)) || lowering.config.names.caches.some((cache) => name === cache || name.endsWith(`.${cache}`));
}
function configuredKind(call, lowering) {
    const entries = resources_state(lowering).configured.get(call.method);
    if (!entries)
        return undefined;
    const full = call.callee ?? call.method;
    const matches = entries.filter((entry) => full === entry.name || full.endsWith(`.${entry.name}`) || entry.name === call.method);
    if (!matches.length)
        return undefined;
    const kind = matches.find((entry) => entry.kind !== 'idempotent')?.kind;
    return { ...(kind ? { kind } : {}), idempotent: matches.some((entry) => entry.kind === 'idempotent') };
}
/** The event a call makes, if any: kind, api and key. */
function eventOf(call, lowering, scope) {
    const method = call.method;
    const configured = configuredKind(call, lowering);
    const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
    let kind = configured?.kind ?? SPECIFIC.get(method);
    if (!kind) {
        kind = GENERIC.get(method);
        if (kind && !isCacheLike(receiver, lowering))
            kind = undefined;
    }
    if (!kind)
        return undefined;
    const owner = receiver ? lastSegment(receiver) : '';
    let key;
    if (HANDLE_METHODS.has(method) && call.argNodes.length === 0 && receiver && !receiver.includes('.')) {
        key = scopedLookup(resources_state(lowering).handles, receiver, scope);
    }
    else if (MEMBER_KEYED.has(method) && call.argNodes.length >= 2) {
        const name = resources_shapeOf(call.argNodes[0], lowering, scope);
        const member = resources_shapeOf(call.argNodes[1], lowering, scope);
        if (/<token>|<claims>/.test(name + member))
            key = `${owner}:${name}|${member}`;
    }
    else if (call.argNodes[0]) {
        const shape = keyShape(call.argNodes[0], lowering, scope);
        if (shape !== undefined)
            key = `${owner}:${shape}`;
    }
    if (key === undefined)
        return undefined;
    return { kind, api: receiver ? `${receiver}.${method}` : method, key, idempotent: configured?.idempotent ?? false };
}
function setRole(fn, role) {
    if (fn && !fn.role)
        fn.role = role;
}
/** `res.on('finish', () => …)`: the listener runs after the response, once per request. */
function onListener(call, lowering, scope) {
    const event = call.args[0];
    const listener = call.argNodes[1];
    if (event?.kind !== 'string' || !FINISH_EVENTS.has(event.value) || !listener)
        return;
    const fn = lowering.functionOf.get(resources_unwrap(listener));
    if (!fn)
        return;
    fn.role = 'finish-listener';
    if (scope.fn)
        fn.registeredBy = scope.fn.id;
}
/** `app.get('/x', auth, (req, res) => …)`: the last function argument is the route handler. */
function onRoute(call, lowering) {
    const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
    if (!receiver || !/^(?:app|router|\w+Router|api|server)$/.test(receiver))
        return;
    const last = call.argNodes.at(-1);
    const fn = last ? lowering.functionOf.get(resources_unwrap(last)) : undefined;
    if (fn && call.method !== 'use')
        setRole(fn, 'route');
}
const tsResourcesRecognizer = {
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
        const isResource = GENERIC.has(method) || SPECIFIC.has(method) || resources_state(lowering).configured.has(method);
        if (!isResource && method !== 'on' && method !== 'once' && !ROUTE_METHODS.has(method))
            return undefined;
        if (method === 'on' || method === 'once')
            onListener(call, lowering, scope);
        if (ROUTE_METHODS.has(method) && call.argNodes.length >= 2)
            onRoute(call, lowering);
        if (!isResource || !scope.fn || lowering.isSilent)
            return undefined;
        // keys come from tokens: skip functions that have not touched one (unless a captured key shape exists)
        const current = resources_state(lowering);
        if (!scope.fn.touchesToken && current.shapes.size === 0 && current.handles.size === 0)
            return undefined;
        const event = eventOf(call, lowering, scope);
        if (!event)
            return undefined;
        const recorded = { ...event, loc: lowering.loc(call.node), offset: call.node.pos };
        (scope.fn.events ??= []).push(recorded);
        return undefined;
    },
    onAssign(target, value, valueNode, lowering, scope) {
        if (!external_ts_morph_.ts.isIdentifier(target))
            return;
        const current = resources_state(lowering);
        if (scope === lowering.moduleScope) {
            const init = resources_unwrap(valueNode);
            const factory = external_ts_morph_.ts.isNewExpression(init) || external_ts_morph_.ts.isCallExpression(init) ? dottedName(init.expression) : undefined;
            if (factory && CONTAINER_FACTORIES.test(factory))
                current.containers.add(target.text);
            return;
        }
        // claims from a helper mark the function as token-touching too (its keys may come from them)
        if (scope.fn && value.kind === 'claims')
            scope.fn.touchesToken = true;
        if (!scope.fn?.touchesToken)
            return;
        const slot = `${scope.fn?.id ?? 0}:${target.text}`;
        const init = resources_unwrap(valueNode);
        // const ok = await redis.set(key, '1', 'NX'): a later `if (!ok)` tests this acquire
        const lastEvent = scope.fn?.events?.at(-1);
        if (lastEvent?.kind === 'acquire' && lastEvent.offset === init.pos)
            lastEvent.boundTo = target.text;
        const hashing = external_ts_morph_.ts.isCallExpression(init) && HASHING.has(calleeName(init) ?? '');
        if (presentedToken(value) || value.kind === 'claims' || external_ts_morph_.ts.isTemplateExpression(init) || external_ts_morph_.ts.isBinaryExpression(init) || hashing) {
            const shape = keyShape(valueNode, lowering, scope);
            if (shape !== undefined) {
                current.shapes.set(slot, shape);
                return;
            }
        }
        // const lock = await redlock.acquire([`lock:${claims.jti}`], 5000): lock.release() releases that key
        if (external_ts_morph_.ts.isCallExpression(init) && external_ts_morph_.ts.isPropertyAccessExpression(init.expression) && HANDLE_METHODS.has(init.expression.name.text)) {
            const handleEvent = scope.fn?.events?.at(-1);
            if (handleEvent && handleEvent.offset === init.pos)
                current.handles.set(slot, handleEvent.key);
        }
    },
    onFunction(node, fn, lowering) {
        resources_state(lowering).nodes.set(fn.id, node);
        const parameters = node.parameters;
        const names = parameters.map((parameter) => (external_ts_morph_.ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
        if (names.length === 4 && ERROR_PARAM.test(names[0]) && names[3] === 'next')
            setRole(fn, 'error-handler');
        else if (names.length === 3 && names[2] === 'next')
            setRole(fn, 'middleware');
    },
    onModuleEnd(lowering) {
        const current = resources_state(lowering);
        for (const fn of lowering.model.functions) {
            if (!fn.events?.length)
                continue;
            const node = current.nodes.get(fn.id);
            // the tree is not kept after lowering, so the graph is built now, only for functions with events
            if (node)
                fn.cfg = buildTsCfg(node, lowering.sourceFile, fn.events);
        }
    },
};

// EXTERNAL MODULE: ./src/lang/python/frameworks/verification-sites.ts
var verification_sites = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/lang/typescript/frameworks/verification.ts
/**
 * JS/TS recognizer: what each function does that counts as authenticating a request. It
 * records VerificationSite facts for scattered-validation: a function that takes the
 * token from the request itself (a strong source) and verifies it, with a verifying JWT
 * decode or a comparison with a named secret (a shared helper that receives the token as
 * a parameter is not a site, as in the Python front end), and keeps per-function facts the routes recognizer
 * asks at the end of the module: does a handler or middleware check a token inline?
 */




const verification_STATE_KEY = 'ts-verification';
/** Calls that verify the token they are given: verifyToken, jwtVerify, authenticate, validateApiKey, checkToken, introspect. */
const verification_VERIFY_CALL = /verif|authenticat|validat\w*(?:token|key|jwt|auth|session|user)|check\w*(?:token|key|jwt|auth|session)|introspect/i;
/** Calls that authenticate the request they are given (`verifyRequestToken(req)`, `authenticate(req)`), not `verifyCaptcha(req)`. */
const VERIFY_REQUEST_CALL = /authenticat|jwtVerify|(?:verif|validat|check)\w*(?:token|jwt|auth|session|bearer|user|signature|api_?key|credential)/i;
/** Session libraries whose lookups authenticate the request: NextAuth/Auth.js, Clerk, Auth0, Supabase, Kinde, Lucia, better-auth, and a project's own `@/auth` or `./auth` module. */
const SESSION_PROVIDER = /^(?:next-auth|@auth\/[\w-]+|@clerk\/[\w-]+|@auth0\/[\w-]+|@supabase\/[\w-]+|@kinde-oss\/[\w-]+|lucia|better-auth|@\/(?:lib\/)?auth|\.\.?\/(?:[\w.-]+\/)*auth)(?:\/[\w-]+)*\.|\.auth\.getUser$/;
const SESSION_CALL = /^(?:getServerSession|getSession|auth|getAuth|getToken|currentUser|getUser|validateRequest|getKindeServerSession|requireSession|requireUser)$/;
/** Webhook signature checks: Stripe's constructEvent, Svix/standard-webhooks `verify`, Octokit's `verify`, hand-written `verifySignature`. */
const SIGNATURE_CALL = /^(?:constructEvent|constructEventAsync|verifySignature|verifyWebhook\w*|validateWebhook\w*|verifyHmac|validateSignature|checkSignature|verifyRequestSignature|isValidSignature|validateRequest)$/;
/** An argument that is the request's signature (`req.headers['stripe-signature']`, `signature`, `sig`). */
const SIGNATURE_ARGUMENT = /signature|\bsig\b|x-hub-signature|svix-|webhook-id/i;
/** A project's own session check imported from its code (`import { verifySession } from '@/app/lib/dal'`): Next.js' data access layer. */
const PROJECT_SESSION_HELPER = /^(?:verifySession|requireSession|validateSession|getSession|getServerSession|getCurrentUser|currentUser|requireUser|requireAuth|ensureAuth\w*|assertAuth\w*|checkAuth|getAuthUser|getSessionUser|getUserOrThrow|requireLogin|protect)$/;
const PROJECT_MODULE = /^(?:\.\.?\/|@\/|~\/|#)/;
const DENY_STATUS = /^(?:401|403)$/;
const DENY_NAMES = /UNAUTHORI[SZ]ED|FORBIDDEN/i;
const DENY_EXCEPTIONS = /^(?:UnauthorizedException|ForbiddenException|UnauthorizedError|AuthenticationError|AuthError|HttpUnauthorized)$/;
/** `res.status(401)`, `res.sendStatus(401)`, `reply.code(401)`, `ctx.throw(401)`, `createError(401)`, `res.writeHead(401)`. */
const STATUS_METHODS = new Set(['status', 'sendStatus', 'code', 'throw', 'writeHead', 'createError', 'httpError', 'error']);
function verification_stateOf(lowering) {
    let state = lowering.state.get(verification_STATE_KEY);
    if (!state) {
        state = { facts: new Map(), compares: new Map() };
        lowering.state.set(verification_STATE_KEY, state);
    }
    return state;
}
function factsFor(lowering, fnId) {
    const table = verification_stateOf(lowering).facts;
    let facts = table.get(fnId);
    if (!facts)
        table.set(fnId, (facts = { readsToken: false, denies: false, verifyCall: undefined, calls: new Set(), verifiesSignature: false }));
    return facts;
}
/** A token the request presented (a strong source); one the code has just issued is not. */
function isStrongToken(value) {
    const token = value && (0,model_values/* firstToken */.wk)(value);
    return token !== undefined && token.source.strength === 'strong' && token.source.kind !== 'issued';
}
function deniesWith(value) {
    if (!value)
        return false;
    if (value.kind === 'number')
        return DENY_STATUS.test(String(value.value));
    if (value.kind === 'unknown')
        return value.name !== undefined && DENY_NAMES.test(value.name);
    if (value.kind === 'dict')
        return value.entries.some((entry) => (entry.key === 'status' || entry.key === 'statusCode') && deniesWith(entry.value));
    return false;
}
/** The request object by its usual names: a verify call taking it checks the request's token. */
function isRequestArgument(node) {
    return node !== undefined && external_ts_morph_.ts.isIdentifier(node) && /^(?:req|request|ctx|context)$/.test(node.text);
}
/** Scheme words a presented header is compared with: parsing, not verification. */
const SCHEME_WORD = /^(?:bearer|basic|token|jwt|digest)$/i;
/** What a comparison checks a presented token against, when it is a named secret: `process.env.API_TOKEN`, `API_KEY`, `config.apiKey`. */
function secretName(value) {
    if (value.kind === 'env')
        return (0,verification_sites/* keyLabel */.w)(value);
    if (value.kind === 'string')
        return value.via && value.value !== '' && !SCHEME_WORD.test(value.value.trim()) ? (0,verification_sites/* keyLabel */.w)(value) : undefined;
    if (value.kind === 'unknown' && value.name && /secret|token|key|password|credential/i.test(value.name) && !value.name.endsWith('()'))
        return (0,verification_sites/* keyLabel */.w)(value);
    return undefined;
}
/** The kind of JWT a verifying decode accepts, named by its key as the Python front end names it, so copies that differ in options still group. */
function jwtKind(op) {
    return `jwt:${(0,verification_sites/* keyLabel */.w)(op.key)}`;
}
function verification_conditionLeaves(node, out = []) {
    if (external_ts_morph_.ts.isParenthesizedExpression(node))
        return verification_conditionLeaves(node.expression, out);
    if (external_ts_morph_.ts.isPrefixUnaryExpression(node) && node.operator === external_ts_morph_.ts.SyntaxKind.ExclamationToken)
        return verification_conditionLeaves(node.operand, out);
    if (external_ts_morph_.ts.isBinaryExpression(node) && (node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.BarBarToken)) {
        verification_conditionLeaves(node.left, out);
        return verification_conditionLeaves(node.right, out);
    }
    out.push(node);
    return out;
}
/** A presented token compared with a named secret: a hand-written verification in the enclosing function. */
function noteCompare(node, left, right, lowering, scope) {
    if (!scope.fn || lowering.isSilent)
        return;
    const presented = (0,model_values/* firstToken */.wk)(left) ?? (0,model_values/* firstToken */.wk)(right);
    if (!presented || presented.source.strength !== 'strong' || presented.source.kind === 'issued')
        return;
    factsFor(lowering, scope.fn.id).readsToken = true;
    const name = secretName((0,model_values/* firstToken */.wk)(left) ? right : left);
    if (!name)
        return;
    const list = verification_stateOf(lowering).compares.get(scope.fn.id) ?? [];
    list.push({ kind: `bearer-compare:${name}`, loc: node });
    verification_stateOf(lowering).compares.set(scope.fn.id, list);
}
/** Whether a function (or a same-file helper it calls) verifies the sender's signature: a webhook, public by design. */
function verifiesSignatureOf(lowering, fnId) {
    const facts = verification_stateOf(lowering).facts.get(fnId);
    if (!facts)
        return false;
    if (facts.verifiesSignature)
        return true;
    return [...facts.calls].some((name) => {
        const def = lowering.functionDefs.get(name);
        const callee = def && lowering.functionOf.get(def);
        return callee !== undefined && callee.id !== fnId && verification_stateOf(lowering).facts.get(callee.id)?.verifiesSignature === true;
    });
}
/** Whether a function authenticates the request itself; the evidence name when it does. Asked at module end. */
function inlineAuthOf(lowering, fnId, depth = 0) {
    const model = lowering.model;
    const fn = model.functions.find((candidate) => candidate.id === fnId);
    if (!fn)
        return undefined;
    const decode = model.jwtOps.find((op) => op.functionId === fnId && op.kind === 'decode');
    // an inline function, and `await request.jwtVerify()` that reads the request itself, are named by the API, as a verify call is
    if (decode)
        return fn.name === '<anonymous>' || (decode.subject === undefined && decode.api.startsWith('request.')) ? decode.api : fn.name;
    if (model.verificationSites.some((site) => site.functionId === fnId))
        return fn.name;
    const facts = verification_stateOf(lowering).facts.get(fnId);
    if (!facts)
        return undefined;
    if (facts.verifyCall)
        return facts.verifyCall;
    if (facts.readsToken && facts.denies)
        return fn.name;
    if (depth === 0) {
        for (const name of facts.calls) {
            const def = lowering.functionDefs.get(name);
            const callee = def && lowering.functionOf.get(def);
            if (callee && callee.id !== fnId && inlineAuthOf(lowering, callee.id, 1))
                return name;
        }
    }
    return undefined;
}
const tsVerificationRecognizer = {
    onCall(call, lowering, scope) {
        const fn = scope.fn;
        if (!fn || lowering.isSilent)
            return undefined;
        const facts = factsFor(lowering, fn.id);
        if (isStrongToken(call.receiver) || call.args.some(isStrongToken))
            facts.readsToken = true;
        const method = call.method ?? '';
        if (!facts.verifyCall && call.callee && SESSION_PROVIDER.test(call.callee) && SESSION_CALL.test(method))
            facts.verifyCall = call.callee;
        if (!facts.verifyCall && call.callee && PROJECT_MODULE.test(call.callee) && PROJECT_SESSION_HELPER.test(method))
            facts.verifyCall = method;
        // passport: `if (!req.isAuthenticated()) return res.redirect('/login')`
        if (!facts.verifyCall && method === 'isAuthenticated' && isRequestArgument(call.receiverNode))
            facts.verifyCall = call.callee ?? method;
        // a function of another module that authenticates (its summary verifies a token)
        if (!facts.verifyCall && importedVerifies(call.callee, lowering))
            facts.verifyCall = call.callee;
        if (!facts.verifyCall) {
            const tokenArgument = call.args.some((argument) => (0,model_values/* firstToken */.wk)(argument) !== undefined && (0,model_values/* firstToken */.wk)(argument).source.kind !== 'issued');
            if ((tokenArgument && verification_VERIFY_CALL.test(method)) || (VERIFY_REQUEST_CALL.test(method) && (call.argNodes.some(isRequestArgument) || method === 'jwtVerify')))
                facts.verifyCall = call.callee ?? method;
        }
        if (!facts.denies) {
            if (call.isNew && DENY_EXCEPTIONS.test(method))
                facts.denies = true;
            else if (STATUS_METHODS.has(method) && deniesWith(call.args[0]))
                facts.denies = true;
            else if ((method === 'json' || method === 'Response' || method === 'text') && deniesWith(call.args[1]))
                facts.denies = true;
            else if (method === 'HttpException' && deniesWith(call.args[1]))
                facts.denies = true;
        }
        if (call.callee && !call.callee.includes('.') && lowering.functionDefs.has(call.callee))
            facts.calls.add(call.callee);
        // webhooks authenticate their sender by signature: constructEvent(body, sig, secret), wh.verify(payload, headers), timingSafeEqual(expected, signature)
        const signatureArgument = call.argNodes.some((argument) => SIGNATURE_ARGUMENT.test(argument.getText(lowering.sourceFile)));
        if ((SIGNATURE_CALL.test(method) && (method !== 'validateRequest' || signatureArgument)) || ((method === 'verify' || method === 'timingSafeEqual') && signatureArgument))
            facts.verifiesSignature = true;
        // crypto.timingSafeEqual(Buffer.from(token), Buffer.from(process.env.API_TOKEN)) compares like `===`
        if (method === 'timingSafeEqual' && call.args.length === 2)
            noteCompare(call.node, call.args[0], call.args[1], lowering, scope);
        return undefined;
    },
    onAssign(target, value, _valueNode, lowering, scope) {
        if (!scope.fn || lowering.isSilent)
            return;
        const facts = factsFor(lowering, scope.fn.id);
        if (isStrongToken(value))
            facts.readsToken = true;
        // ctx.status = 401 / res.statusCode = 403
        if (!external_ts_morph_.ts.isIdentifier(target) && external_ts_morph_.ts.isPropertyAccessExpression(target) && /^(?:status|statusCode)$/.test(target.name.text) && deniesWith(value))
            facts.denies = true;
    },
    onCondition(condition, value, lowering, scope) {
        if (!scope.fn || lowering.isSilent)
            return;
        // `if (!req.headers.authorization)`, `if (!auth || !auth.startsWith('Bearer '))`: the leaves carry the token
        if (isStrongToken(value) || verification_conditionLeaves(condition).some((leaf) => isStrongToken(lowering.evalExpr(leaf, scope))))
            factsFor(lowering, scope.fn.id).readsToken = true;
    },
    onCompare(node, _operator, left, right, lowering, scope) {
        noteCompare(node, left, right, lowering, scope);
    },
    onModuleEnd(lowering) {
        const model = lowering.model;
        const names = new Map(model.functions.map((fn) => [fn.id, fn.name]));
        const seen = new Set();
        // a verifying decode of a token value: the function checks the token itself
        for (const op of model.jwtOps) {
            // a shared helper that receives the token as a parameter is not a site: its callers read the request and share it
            if (op.kind !== 'decode' || op.functionId === undefined || !op.subject || !isStrongToken(op.subject))
                continue;
            const tokenKind = jwtKind(op);
            const key = `${op.functionId} ${tokenKind}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            model.verificationSites.push({ loc: op.loc, function: names.get(op.functionId) ?? '<anonymous>', functionId: op.functionId, tokenKind });
        }
        // crypto.timingSafeEqual(Buffer.from(token), Buffer.from(process.env.API_TOKEN)) and `token === process.env.API_TOKEN`
        for (const [fnId, compares] of verification_stateOf(lowering).compares) {
            for (const compare of compares) {
                const key = `${fnId} ${compare.kind}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                model.verificationSites.push({ loc: lowering.loc(compare.loc), function: names.get(fnId) ?? '<anonymous>', functionId: fnId, tokenKind: compare.kind });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lang/typescript/frameworks/route-scopes.ts
/**
 * Which routes an app-wide authentication covers when it names them: NestJS middleware
 * `forRoutes(...)`/`exclude(...)` and Next.js middleware `config.matcher`, turned into the
 * route patterns of the model (a regular expression over a route path whose parameters are
 * written `:param`). Anything that cannot be read gives undefined: the caller then takes the
 * authentication to cover every route, so that an unreadable scope never causes a finding.
 */


function escapeLiteral(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A NestJS middleware path: `user`, `users/*`, `cats/:id`, `(.*)`. With one method it is that
 * route (`router.get(path)`); for all methods Nest mounts it like `app.use(path)`, which also
 * covers the paths below it.
 */
function nestPattern(path, method) {
    const segments = path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
    let prefix = method === undefined;
    const parts = [];
    for (const segment of segments) {
        if (segment === '*' || segment === '(.*)' || /^\{\*\w*\}$/.test(segment) || /^\*\w*$/.test(segment)) {
            prefix = true;
            break;
        }
        parts.push(segment.startsWith(':') ? '[^/]+' : escapeLiteral(segment).replace(/\\\*/g, '.*'));
    }
    const body = parts.length ? `/${parts.join('/')}` : '';
    return { pattern: prefix ? `^${body}(?:/.*)?$` : `^${body || '/'}$`, ...(method ? { method } : {}) };
}
/** `RequestMethod.GET` → 'GET'; `RequestMethod.ALL` and anything unread → every method. */
function nestMethod(node) {
    if (!node)
        return undefined;
    const name = dottedName(node);
    const method = name?.match(/(?:^|\.)([A-Z]+)$/)?.[1];
    if (!method)
        return null;
    return method === 'ALL' ? undefined : method;
}
function property(object, key) {
    for (const entry of object.properties) {
        if (external_ts_morph_.ts.isPropertyAssignment(entry) && (external_ts_morph_.ts.isIdentifier(entry.name) || external_ts_morph_.ts.isStringLiteral(entry.name)) && entry.name.text === key)
            return entry.initializer;
    }
    return undefined;
}
/** One `forRoutes`/`exclude` argument as a route pattern: a path string or `{ path, method }`; undefined when it is neither. */
function nestRouteArgument(node) {
    if (external_ts_morph_.ts.isStringLiteralLike(node))
        return nestPattern(node.text, undefined);
    if (!external_ts_morph_.ts.isObjectLiteralExpression(node))
        return undefined;
    const path = property(node, 'path');
    const method = nestMethod(property(node, 'method'));
    if (!path || !external_ts_morph_.ts.isStringLiteralLike(path) || method === null)
        return undefined;
    return nestPattern(path.text, method);
}
/**
 * A Next.js matcher (path-to-regexp as Next reads it): `/api/:path*`, `/dashboard/:path+`,
 * `/((?!api|_next/static|favicon.ico).*)`, `{ source: '/api/:path*' }`.
 */
function nextMatcherPattern(matcher) {
    let out = '';
    for (let index = 0; index < matcher.length;) {
        const rest = matcher.slice(index);
        const parameter = /^\/:(\w+)(\([^)]*\))?([*+?])?/.exec(rest);
        if (parameter) {
            const inner = parameter[2] ? parameter[2].slice(1, -1) : '[^/]+';
            const modifier = parameter[3];
            out += modifier === '*' ? '(?:/.*)?' : modifier === '+' ? '(?:/.+)' : modifier === '?' ? `(?:/${inner})?` : `/${inner}`;
            index += parameter[0].length;
            continue;
        }
        if (rest.startsWith('(')) {
            // a regular-expression group, kept as written up to its closing parenthesis
            let depth = 0;
            let end = index;
            for (; end < matcher.length; end++) {
                if (matcher[end] === '(')
                    depth++;
                else if (matcher[end] === ')' && --depth === 0)
                    break;
            }
            if (depth !== 0 && end >= matcher.length)
                return undefined;
            out += matcher.slice(index, end + 1);
            index = end + 1;
            continue;
        }
        out += matcher[index] === '.' ? '\\.' : matcher[index];
        index++;
    }
    try {
        new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
    return { pattern: `^${out}$` };
}

// EXTERNAL MODULE: ./src/model/routes.ts
var routes = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/lang/typescript/frameworks/routes.ts
/**
 * JS/TS recognizer: Express, Koa, Hono, Fastify, NestJS and Next.js routes with their
 * authentication evidence: route middleware, router/app-level middleware registered
 * before the route, routers mounted behind middleware (`app.use('/api', auth, router)`,
 * across files too), NestJS guards and global guards, Fastify hooks, Next.js middleware,
 * and inline checks in the handler. Evidence is resolved at the end of the module, when
 * every function (also those declared below the route) has been walked.
 */






const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Middleware and guard names that authenticate. */
const AUTH_NAME = /auth|jwt|token|protect|guard|logged|session|verify|bearer|passport|credential|permission|requireUser|currentUser|ensureUser/i;
/** Middleware whose names look like authentication but is not: sessions stores, CSRF, CORS, headers, rate limits. */
const NOT_AUTH_NAME = /csrf|xsrf|^(?:express-session|cookie-session|cors|helmet|express-rate-limit|morgan|compression|cookie-parser|body-parser)(?:\.|$)|rateLimit|session\(\)$/i;
/** What an app or router variable is bound to. */
const APP_FACTORIES = /^(?:express(?:\.Router)?|express\.express|Router|express\.Router|fastify|fastify\.fastify|Fastify|koa-router|@koa\/router|hono\.Hono|Hono)(?:\(\))?$/;
/** Receiver names that are apps or routers even without a server import (`module.exports = (app) => …`). */
const APP_NAMES = /^(?:app|router|[a-z]\w*Router)$/;
/** Receiver names that are apps or routers in a file that imports a server framework. */
const SERVER_NAMES = /^(?:api|server|fastify|instance|routes|[a-z]\w*Routes|v\d+|admin|publicRouter)$/;
const routes_SERVER_MODULES = ['express', 'fastify', 'fastify-plugin', 'koa-router', '@koa/router', 'hono', 'restify'];
/** Middleware that authenticates when it can and lets anonymous callers through otherwise. */
const OPTIONAL_AUTH = /optional|Optional|anonymous|Anonymous|tryAuth|softAuth|maybeAuth/;
/** `POST /users`, `POST /accounts`: creating an account is the sign-up endpoint, public by design. */
const SIGN_UP = /^\/(?:[^/]+\/)*(?:users|accounts)\/?$/;
/** A mounted sub-application or router, not middleware. */
const ROUTER_NAME = /(?:router|routes|Router|Routes|controller|Controller|app|App|api|Api)$/;
function routes_state(lowering) {
    let current = lowering.state.get('ts-routes');
    if (!current) {
        current = { routes: [], receiverAuth: new Map(), mounts: new Map(), pluginModules: new Map(), counter: 0, events: 0, nextMiddleware: undefined };
        lowering.state.set('ts-routes', current);
    }
    return current;
}
function importsServer(lowering) {
    return routes_SERVER_MODULES.some((name) => lowering.importedModules.has(name));
}
function isAppReceiver(name, lowering, at) {
    if (!name)
        return false;
    if (at && isPluginInstance(name, at))
        return true;
    const bound = lowering.lookup(name, lowering.moduleScope);
    const boundName = bound?.kind === 'unknown' ? bound.name?.replace(/\(\)$/, '') : undefined;
    if (boundName && APP_FACTORIES.test(boundName))
        return true;
    // `const api = axios.create()`: a client, whatever its name
    if (boundName && /\(\)$/.test(bound?.kind === 'unknown' ? (bound.name ?? '') : ''))
        return false;
    if (bound && bound.kind !== 'unknown')
        return false;
    return APP_NAMES.test(name) || (SERVER_NAMES.test(name) && importsServer(lowering));
}
/** `fastify.register(async (scope) => { scope.get(…) })`, also wrapped (`register(fp(async (scope) => …))`): the plugin's first parameter is an app instance. */
function isPluginInstance(name, at) {
    const isRegister = (node) => external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'register';
    for (let node = at.parent; node && !external_ts_morph_.ts.isSourceFile(node); node = node.parent) {
        if (!external_ts_morph_.ts.isArrowFunction(node) && !external_ts_morph_.ts.isFunctionExpression(node) && !external_ts_morph_.ts.isFunctionDeclaration(node))
            continue;
        const first = node.parameters[0];
        if (!first || !external_ts_morph_.ts.isIdentifier(first.name) || first.name.text !== name)
            continue;
        const parent = node.parent;
        if (isRegister(parent))
            return true;
        // fp(async (instance) => …), registered inline or through a constant
        return external_ts_morph_.ts.isCallExpression(parent) && parent.arguments.length <= 2 && parent.arguments[0] === node && (isRegister(parent.parent) || external_ts_morph_.ts.isVariableDeclaration(parent.parent));
    }
    return false;
}
/** `fp(plugin)`, `fastifyPlugin(plugin)`: the wrapper that makes a plugin's hooks apply to its parent. */
function isFastifyPluginWrapper(node, lowering) {
    const name = lowering.qualifiedName(node);
    return name !== undefined && /^fastify-plugin(?:\.default|\.fastifyPlugin)?$/.test(name);
}
/**
 * The instance a plugin is registered on, when the plugin is wrapped in fastify-plugin:
 * `app.register(fp(async (instance) => instance.addHook(…)))`, or `const auth = fp(…)` registered
 * in this file. Without the wrapper a plugin's hooks stay inside it (Fastify's encapsulation).
 */
function unencapsulatedParent(name, at, lowering) {
    for (let node = at.parent; node && !external_ts_morph_.ts.isSourceFile(node); node = node.parent) {
        if (!external_ts_morph_.ts.isArrowFunction(node) && !external_ts_morph_.ts.isFunctionExpression(node))
            continue;
        const first = node.parameters[0];
        if (!first || !external_ts_morph_.ts.isIdentifier(first.name) || first.name.text !== name)
            continue;
        const wrapper = node.parent;
        if (!external_ts_morph_.ts.isCallExpression(wrapper) || !isFastifyPluginWrapper(wrapper.expression, lowering))
            return undefined;
        const registration = wrapper.parent;
        if (external_ts_morph_.ts.isCallExpression(registration) && external_ts_morph_.ts.isPropertyAccessExpression(registration.expression) && registration.expression.name.text === 'register')
            return dottedName(registration.expression.expression);
        const declaration = wrapper.parent;
        if (!external_ts_morph_.ts.isVariableDeclaration(declaration) || !external_ts_morph_.ts.isIdentifier(declaration.name))
            return undefined;
        return registrationOf(declaration.name.text, lowering);
    }
    return undefined;
}
/** The receiver of `x.register(plugin)` for a plugin constant of this file. */
function registrationOf(plugin, lowering) {
    let found;
    const visit = (node) => {
        if (found)
            return;
        if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'register' && node.arguments[0] && external_ts_morph_.ts.isIdentifier(node.arguments[0]) && node.arguments[0].text === plugin)
            found = dottedName(node.expression.expression);
        else
            external_ts_morph_.ts.forEachChild(node, visit);
    };
    visit(lowering.sourceFile);
    return found;
}
/** A route handler is a function, a name or a wrapped function; an object or string last argument is a client call's options. */
function isHandlerNode(node) {
    if (!node)
        return false;
    return external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node) || external_ts_morph_.ts.isIdentifier(node) || external_ts_morph_.ts.isPropertyAccessExpression(node) || external_ts_morph_.ts.isCallExpression(node) || external_ts_morph_.ts.isArrayLiteralExpression(node);
}
/** Evidence that one middleware/preHandler expression authenticates (resolved at module end). */
function evidenceOf(node, lowering) {
    if (external_ts_morph_.ts.isArrayLiteralExpression(node)) {
        for (const element of node.elements) {
            const found = evidenceOf(element, lowering);
            if (found)
                return found;
        }
        return undefined;
    }
    if (external_ts_morph_.ts.isParenthesizedExpression(node) || external_ts_morph_.ts.isAsExpression(node))
        return evidenceOf(node.expression, lowering);
    const callee = external_ts_morph_.ts.isCallExpression(node) ? node.expression : node;
    // tested with the import resolved (`jwt(...)` from 'express-jwt'), named as written (`auth.required`)
    const name = lowering.qualifiedName(callee);
    if (name && (isAuthName(name, lowering) || importedVerifies(name, lowering)))
        return { kind: 'hook', name: dottedName(callee) ?? name };
    // a middleware function defined here that verifies a token
    const fn = functionModelOf(node, lowering);
    const inline = fn && inlineAuthOf(lowering, fn.id);
    // a named middleware by its name; an inline one by what it calls (`request.jwtVerify`)
    if (inline)
        return { kind: 'hook', name: external_ts_morph_.ts.isIdentifier(node) ? fn.name : inline };
    if (external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node)) {
        if (containsJwtVerify(node))
            return { kind: 'hook', name: 'jwtVerify' };
    }
    return undefined;
}
function isAuthName(name, lowering) {
    const configured = lowering.config.names['auth-decorators'];
    if (configured.some((entry) => name === entry || name.endsWith(`.${entry}`)))
        return true;
    return AUTH_NAME.test(name) && !NOT_AUTH_NAME.test(name);
}
function functionModelOf(node, lowering) {
    if (external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node) || external_ts_morph_.ts.isMethodDeclaration(node) || external_ts_morph_.ts.isFunctionDeclaration(node))
        return lowering.functionOf.get(node);
    if (external_ts_morph_.ts.isIdentifier(node)) {
        const def = lowering.functionDefs.get(node.text);
        return def ? lowering.functionOf.get(def) : undefined;
    }
    // asyncHandler(async (req, res) => …): the wrapped function
    if (external_ts_morph_.ts.isCallExpression(node) && node.arguments.length === 1)
        return functionModelOf(node.arguments[0], lowering);
    return undefined;
}
/**
 * A route path written with a prefix variable: `options.prefix + 'articles'`, `${API}/orders`.
 * The literal parts make the path (`/articles`); undefined when nothing is literal.
 */
function routePath(node) {
    const literal = literalPath(node);
    if (literal !== undefined || !node)
        return literal;
    let text;
    if (external_ts_morph_.ts.isBinaryExpression(node) && node.operatorToken.kind === external_ts_morph_.ts.SyntaxKind.PlusToken) {
        const right = literalPath(node.right);
        if (right !== undefined)
            text = (routePath(node.left) ?? '') + right;
    }
    else if (external_ts_morph_.ts.isTemplateExpression(node)) {
        text = node.head.text + node.templateSpans.map((span) => span.literal.text).join('');
    }
    if (!text)
        return undefined;
    return `/${text}`.replace(/\/+/g, '/');
}
function literalPath(node) {
    return node && external_ts_morph_.ts.isStringLiteralLike(node) ? node.text : undefined;
}
/** `/admin/users` is under `/admin`; `/administrator` is not. */
function underPrefix(path, prefix) {
    if (!prefix)
        return true;
    const base = prefix.replace(/\/+$/, '');
    return path === base || path.startsWith(`${base}/`);
}
function joinPath(prefix, path) {
    if (!prefix)
        return path;
    return `/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}
function addRoute(lowering, framework, receiver, method, path, node, handler, middleware) {
    const current = routes_state(lowering);
    current.routes.push({
        route: {
            id: ++current.counter,
            framework,
            group: receiver,
            method: method.toUpperCase(),
            path,
            handler: handler ? handlerName(handler) : '<handler>',
            loc: lowering.loc(node),
            auth: [],
            public: (0,routes/* isPublicRoutePath */.M)(path) || CATCH_ALL.test(path) || (method.toUpperCase() === 'POST' && SIGN_UP.test(path)),
        },
        receiver,
        handler,
        middleware,
        position: ++current.events,
    });
}
function handlerName(node) {
    if (external_ts_morph_.ts.isIdentifier(node) || external_ts_morph_.ts.isPropertyAccessExpression(node))
        return dottedName(node) ?? '<handler>';
    if ((external_ts_morph_.ts.isFunctionExpression(node) || external_ts_morph_.ts.isFunctionDeclaration(node)) && node.name)
        return node.name.text;
    if (external_ts_morph_.ts.isCallExpression(node) && node.arguments.length === 1)
        return handlerName(node.arguments[0]);
    return '<inline handler>';
}
function objectProperty(node, key) {
    if (!node || !external_ts_morph_.ts.isObjectLiteralExpression(node))
        return undefined;
    for (const property of node.properties) {
        if (external_ts_morph_.ts.isPropertyAssignment(property) && (external_ts_morph_.ts.isIdentifier(property.name) || external_ts_morph_.ts.isStringLiteral(property.name)) && property.name.text === key)
            return property.initializer;
        if (external_ts_morph_.ts.isShorthandPropertyAssignment(property) && property.name.text === key)
            return property.name;
        if (external_ts_morph_.ts.isMethodDeclaration(property) && external_ts_morph_.ts.isIdentifier(property.name) && property.name.text === key)
            return property;
    }
    return undefined;
}
const FASTIFY_HOOKS = ['preHandler', 'onRequest', 'preValidation', 'preParsing'];
function fastifyHookNodes(options) {
    return FASTIFY_HOOKS.map((hook) => objectProperty(options, hook)).filter((value) => value !== undefined);
}
function frameworkOf(lowering) {
    if (lowering.importedModules.has('fastify') || lowering.importedModules.has('fastify-plugin'))
        return 'fastify';
    if (lowering.importedModules.has('koa-router') || lowering.importedModules.has('@koa/router'))
        return 'koa';
    if (lowering.importedModules.has('hono'))
        return 'hono';
    return 'express';
}
function register(lowering, receiver, node, anyOrder, prefix = '') {
    const current = routes_state(lowering);
    const list = current.receiverAuth.get(receiver) ?? [];
    const base = prefix.replace(WILDCARD_TAIL, '');
    list.push({ node, position: ++current.events, anyOrder, prefix: base === '/' ? '' : base });
    current.receiverAuth.set(receiver, list);
}
/** `app.use(auth)`, `app.use('/api', auth, router)`, `router.use(auth)`, `app.use('/admin', requireAdmin)`. */
function onUse(call, receiver, lowering) {
    const prefix = literalPath(call.argNodes[0]) ?? '';
    const args = call.argNodes.filter((arg) => literalPath(arg) === undefined);
    const routers = args.filter((arg) => external_ts_morph_.ts.isIdentifier(arg) && isRouterIdentifier(arg, lowering));
    const middleware = args.filter((arg) => !routers.includes(arg));
    const current = routes_state(lowering);
    if (routers.length) {
        for (const router of routers) {
            const list = current.mounts.get(router.text) ?? [];
            list.push({ middleware, parent: receiver, position: ++current.events, prefix, loc: call.node });
            current.mounts.set(router.text, list);
        }
        return;
    }
    for (const node of middleware)
        register(lowering, receiver, node, false, prefix);
}
/** A mounted router: bound to a router factory here, imported from a relative module, or named like one. */
function isRouterIdentifier(node, lowering) {
    const bound = lowering.lookup(node.text, lowering.moduleScope);
    if (bound?.kind === 'unknown' && bound.name && APP_FACTORIES.test(bound.name.replace(/\(\)$/, '')))
        return true;
    if (lowering.functionDefs.has(node.text))
        return false;
    const imported = lowering.imports.get(node.text);
    if (imported?.startsWith('.'))
        return ROUTER_NAME.test(node.text) || !isAuthName(node.text, lowering);
    return ROUTER_NAME.test(node.text);
}
/** `router.route('/items').get(auth, list).post(create)`: the path of a chained Express route. */
function chainedRoutePath(node) {
    let current = node;
    while (current && external_ts_morph_.ts.isCallExpression(current) && external_ts_morph_.ts.isPropertyAccessExpression(current.expression)) {
        const name = current.expression.name.text;
        if (name === 'route') {
            const path = literalPath(current.arguments[0]);
            const receiver = dottedName(current.expression.expression);
            return path !== undefined && receiver ? { receiver, path } : undefined;
        }
        if (!HTTP_METHODS.has(name))
            return undefined;
        current = current.expression.expression;
    }
    return undefined;
}
function onRouteCall(call, lowering) {
    const method = call.method;
    const receiverNode = call.receiverNode;
    const receiver = receiverNode ? dottedName(receiverNode) : undefined;
    if (method === 'use' && receiver && isAppReceiver(receiver, lowering, call.node)) {
        onUse(call, receiver, lowering);
        return;
    }
    if (method === 'register' && receiver && isAppReceiver(receiver, lowering, call.node)) {
        onRegister(call, receiver, lowering);
        return;
    }
    // fastify.addHook('onRequest', async (request) => { await request.jwtVerify() })
    if (method === 'addHook' && receiver && isAppReceiver(receiver, lowering, call.node)) {
        const hookName = literalPath(call.argNodes[0]);
        const hook = call.argNodes[1];
        if (hookName && FASTIFY_HOOKS.includes(hookName) && hook) {
            register(lowering, receiver, hook, true);
            // a plugin wrapped in fastify-plugin shares its hooks with the instance that registers it
            const parent = unencapsulatedParent(receiver, call.node, lowering);
            if (parent)
                register(lowering, parent, hook, true);
        }
        return;
    }
    // Hono mounts a sub-app with app.route('/api', api): its routes sit under the prefix, behind the parent's middleware
    if (method === 'route' && receiver && call.argNodes.length === 2 && literalPath(call.argNodes[0]) !== undefined && external_ts_morph_.ts.isIdentifier(call.argNodes[1]) && frameworkOf(lowering) === 'hono' && isAppReceiver(receiver, lowering, call.node)) {
        onUse(call, receiver, lowering);
        return;
    }
    // fastify.route({ method, url, preHandler, handler })
    if (method === 'route' && receiver && isAppReceiver(receiver, lowering, call.node) && call.argNodes.length === 1 && external_ts_morph_.ts.isObjectLiteralExpression(call.argNodes[0])) {
        const options = call.argNodes[0];
        const path = routePath(objectProperty(options, 'url') ?? objectProperty(options, 'path'));
        const verbNode = objectProperty(options, 'method');
        const verb = literalPath(verbNode) ?? (verbNode && external_ts_morph_.ts.isArrayLiteralExpression(verbNode) ? (literalPath(verbNode.elements[0]) ?? 'GET') : 'GET');
        if (path !== undefined)
            addRoute(lowering, 'fastify', receiver, verb, path, call.node, objectProperty(options, 'handler'), fastifyHookNodes(options));
        return;
    }
    if (!HTTP_METHODS.has(method))
        return;
    const chained = chainedRoutePath(receiverNode);
    if (chained) {
        if (!isAppReceiver(chained.receiver, lowering) || !call.argNodes.length)
            return;
        const handler = call.argNodes[call.argNodes.length - 1];
        if (!isHandlerNode(handler))
            return;
        addRoute(lowering, frameworkOf(lowering), chained.receiver, method === 'del' ? 'delete' : method, chained.path, call.node, handler, call.argNodes.slice(0, -1));
        return;
    }
    if (!receiver || !isAppReceiver(receiver, lowering, call.node))
        return;
    const path = routePath(call.argNodes[0]);
    if (path === undefined || call.argNodes.length < 2)
        return;
    const rest = call.argNodes.slice(1);
    // `app.all('/api/*', requireAuth)` is middleware for everything under the prefix, not a route
    if (method === 'all' && WILDCARD_TAIL.test(path)) {
        for (const node of rest)
            register(lowering, receiver, node, false, path);
        return;
    }
    const handler = rest[rest.length - 1];
    if (!isHandlerNode(handler))
        return;
    const middleware = [];
    for (const item of rest.slice(0, -1)) {
        if (external_ts_morph_.ts.isObjectLiteralExpression(item))
            middleware.push(...fastifyHookNodes(item));
        else
            middleware.push(item);
    }
    addRoute(lowering, frameworkOf(lowering), receiver, method === 'del' ? 'delete' : method, path, call.node, handler, middleware);
}
/** `*`, `/api/*`, `/(.*)`, `/{*splat}`, `/*splat`: a catch-all tail. */
const WILDCARD_TAIL = /\/?(?:\*\w*|\(\.\*\)|\{\*\w*\})$/;
/** A whole-app catch-all (`app.get('*', serveSpa)`): the single-page app's shell or a 404 page, public by nature. */
const CATCH_ALL = /^\/?(?:\*\w*|\(\.\*\)|\{\*\w*\})$/;
function containsJwtVerify(node) {
    let found = false;
    const visit = (child) => {
        if (found)
            return;
        if (external_ts_morph_.ts.isCallExpression(child) && external_ts_morph_.ts.isPropertyAccessExpression(child.expression) && /^(?:jwtVerify|authenticate)$/.test(child.expression.name.text))
            found = true;
        else
            external_ts_morph_.ts.forEachChild(child, visit);
    };
    visit(node);
    return found;
}
// ---- NestJS ----
function decoratorsOf(node) {
    if (!external_ts_morph_.ts.canHaveDecorators(node))
        return [];
    return (external_ts_morph_.ts.getDecorators(node) ?? []).flatMap((decorator) => {
        const expression = decorator.expression;
        if (external_ts_morph_.ts.isCallExpression(expression))
            return [{ name: dottedName(expression.expression) ?? '', args: expression.arguments }];
        return [{ name: dottedName(expression) ?? '', args: [] }];
    });
}
const NEST_METHODS = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ALL', Options: 'OPTIONS', Head: 'HEAD' };
/** `@Public()`-style decorators: the metadata a project's global guard reads to let the route through. */
const NEST_PUBLIC = /^(?:Public\w*|IsPublic|AllowAnon\w*|Anonymous|AllowUnauthenticated|Unauthenticated|SkipAuth\w*|SkipJwt\w*|NoAuth\w*|Unprotected|OptionalAuth\w*|AllowGuest\w*|Guest)$/;
/** `@SetMetadata('isPublic', true)`, `@SetMetadata(IS_PUBLIC_KEY, true)` written on the route itself. */
const PUBLIC_METADATA_KEY = /public|anonymous|skip_?auth|no_?auth|allow_?anon|unprotected/i;
function marksPublic(decorator) {
    if (NEST_PUBLIC.test(decorator.name))
        return true;
    if (decorator.name !== 'SetMetadata' || decorator.args.length < 2)
        return false;
    const [key, value] = decorator.args;
    const keyText = key && (external_ts_morph_.ts.isStringLiteralLike(key) ? key.text : dottedName(key));
    return keyText !== undefined && PUBLIC_METADATA_KEY.test(keyText) && value.kind === external_ts_morph_.ts.SyntaxKind.TrueKeyword;
}
/** Guards that do not authenticate: rate limits, caches, feature flags. */
const NOT_AUTH_GUARD = /throttl|rate|limit|cache|feature|maintenance/i;
/** Decorators that apply guards: `@UseGuards(…)` and the usual composed `@Auth()`/`@Authenticated()`/`@Roles()` helpers. */
const NEST_GUARD_DECORATORS = /^(?:UseGuards|Auth|Authorized|Authenticated|Authorize|Roles|RequireAuth|JwtAuth|ApiAuth)$/;
function guardEvidence(decorators, lowering) {
    const configured = lowering.config.names['auth-decorators'];
    return decorators
        .filter((decorator) => NEST_GUARD_DECORATORS.test(decorator.name) || configured.includes(decorator.name))
        .map((decorator) => ({ decorator, guards: decorator.args.map((arg) => dottedName(external_ts_morph_.ts.isCallExpression(arg) || external_ts_morph_.ts.isNewExpression(arg) ? arg.expression : arg) ?? '…') }))
        // `@UseGuards(ThrottlerGuard)` limits the rate, it does not authenticate
        .filter(({ decorator, guards }) => decorator.name !== 'UseGuards' || !guards.length || !guards.every((guard) => NOT_AUTH_GUARD.test(guard)))
        .map(({ decorator, guards }) => ({ kind: 'decorator', name: `${decorator.name}(${guards.join(', ')})` }));
}
function onNestController(node, lowering) {
    const classDecorators = decoratorsOf(node);
    const controller = classDecorators.find((decorator) => decorator.name === 'Controller');
    if (!controller)
        return;
    const prefixArg = controller.args[0];
    const prefix = prefixArg && external_ts_morph_.ts.isStringLiteralLike(prefixArg) ? prefixArg.text : (literalPath(objectProperty(prefixArg, 'path')) ?? '');
    const classAuth = guardEvidence(classDecorators, lowering);
    const classPublic = classDecorators.some(marksPublic);
    const group = node.name?.text ?? 'controller';
    for (const member of node.members) {
        if (!external_ts_morph_.ts.isMethodDeclaration(member))
            continue;
        const decorators = decoratorsOf(member);
        const route = decorators.find((decorator) => NEST_METHODS[decorator.name]);
        if (!route)
            continue;
        const sub = route.args[0] && external_ts_morph_.ts.isStringLiteralLike(route.args[0]) ? route.args[0].text : '';
        const path = `/${[prefix, sub].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
        const methodName = member.name && external_ts_morph_.ts.isIdentifier(member.name) ? member.name.text : '<method>';
        const auth = [...classAuth, ...guardEvidence(decorators, lowering)];
        const current = routes_state(lowering);
        current.routes.push({
            route: {
                id: ++current.counter,
                framework: 'nestjs',
                group,
                method: NEST_METHODS[route.name],
                path,
                handler: `${group}.${methodName}`,
                loc: lowering.loc(member.name ?? member),
                auth,
                // `POST /users` without a guard is the sign-up endpoint; guarded, it is an admin's create
                public: classPublic || decorators.some(marksPublic) || (0,routes/* isPublicRoutePath */.M)(path) || (NEST_METHODS[route.name] === 'POST' && SIGN_UP.test(path) && auth.length === 0),
            },
            receiver: group,
            handler: member,
            middleware: [],
            position: ++current.events,
        });
    }
}
/** `app.useGlobalGuards(new JwtAuthGuard())`. */
function onGlobalGuard(call, lowering) {
    if (call.method === 'useGlobalGuards' && call.argNodes.length && !lowering.isSilent) {
        const first = call.argNodes[0];
        const name = dottedName(external_ts_morph_.ts.isNewExpression(first) || external_ts_morph_.ts.isCallExpression(first) ? first.expression : first) ?? 'useGlobalGuards';
        lowering.model.globalAuth.push({ framework: 'nestjs', name, loc: lowering.loc(call.node) });
    }
}
/**
 * `consumer.apply(AuthMiddleware).exclude(…).forRoutes(…)` in a module's `configure`: NestJS
 * middleware that authenticates the routes it names: controllers (by class, also imported
 * from another file), paths and `{ path, method }` objects, minus the excluded ones. When an
 * argument cannot be read, it is taken to cover every NestJS route, so that it never causes
 * a finding.
 */
function onNestMiddleware(call, lowering) {
    if (call.method !== 'forRoutes' || !usesNest(lowering))
        return;
    const excluded = [];
    let readable = true;
    for (let node = call.receiverNode; node && external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isPropertyAccessExpression(node.expression); node = node.expression.expression) {
        const step = node.expression.name.text;
        if (step === 'exclude') {
            for (const argument of node.arguments) {
                const pattern = nestRouteArgument(argument);
                if (pattern)
                    excluded.push(pattern);
                else
                    readable = false;
            }
        }
        if (step !== 'apply')
            continue;
        const middleware = node.arguments.map((argument) => dottedName(argument)).find((name) => name !== undefined && isAuthName(name, lowering));
        if (!middleware)
            return;
        const loc = lowering.loc(call.node);
        const except = readable && excluded.length ? { except: excluded } : {};
        const paths = [];
        const controllers = [];
        for (const argument of call.argNodes) {
            const pattern = nestRouteArgument(argument);
            const imported = external_ts_morph_.ts.isIdentifier(argument) ? lowering.imports.get(argument.text) : undefined;
            if (pattern)
                paths.push(pattern);
            else if (external_ts_morph_.ts.isIdentifier(argument) && (imported === undefined || imported.startsWith('.')))
                controllers.push({ group: argument.text, ...(imported ? { module: imported.slice(0, imported.lastIndexOf('.')) } : {}) });
            else
                readable = false;
        }
        if (!readable) {
            lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc });
            return;
        }
        if (paths.length)
            lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc, paths, ...except });
        // `import { UserController } from './user.controller'` names the controller and its module; one declared here is in this file
        for (const controller of controllers)
            lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc, group: controller.group, module: controller.module ?? `./${lowering.model.file.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '')}`, ...except });
        return;
    }
}
/** `{ provide: APP_GUARD, useClass: JwtAuthGuard }` in a module's providers. */
function onAppGuardProvider(node, lowering) {
    const provide = objectProperty(node, 'provide');
    if (!provide || !dottedName(provide)?.endsWith('APP_GUARD'))
        return;
    const guard = objectProperty(node, 'useClass') ?? objectProperty(node, 'useExisting');
    const name = (guard && dottedName(guard)) ?? 'APP_GUARD';
    // a global guard that only throttles or checks roles does not authenticate
    if (NOT_AUTH_GUARD.test(name) || /roles?guard/i.test(name))
        return;
    lowering.model.globalAuth.push({ framework: 'nestjs', name, loc: lowering.loc(node) });
}
// ---- Next.js ----
const NEXT_ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
const NEXT_PAGES_API_FILE = /(?:^|\/)pages\/api\/(.+)\.[cm]?[jt]sx?$/;
const NEXT_MIDDLEWARE_FILE = /^(?:src\/)?(?:middleware|proxy)\.[cm]?[jt]s$/;
const NEXT_VERBS = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
/** The exported name of `export async function GET…` or `export const GET = …`, `export default function handler`. */
function exportedName(node) {
    // `export const GET = withAuth(async (req) => …)`: the wrapped handler is the export
    const wrapper = wrapperCall(node);
    if (wrapper && external_ts_morph_.ts.isVariableDeclaration(wrapper.parent) && external_ts_morph_.ts.isIdentifier(wrapper.parent.name)) {
        const statement = wrapper.parent.parent?.parent;
        if (statement && external_ts_morph_.ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === external_ts_morph_.ts.SyntaxKind.ExportKeyword))
            return wrapper.parent.name.text;
    }
    if (wrapper && external_ts_morph_.ts.isExportAssignment(wrapper.parent))
        return 'default';
    if (external_ts_morph_.ts.isFunctionDeclaration(node)) {
        const flags = external_ts_morph_.ts.getCombinedModifierFlags(node);
        if (!(flags & external_ts_morph_.ts.ModifierFlags.Export))
            return undefined;
        return flags & external_ts_morph_.ts.ModifierFlags.Default ? 'default' : node.name?.text;
    }
    if ((external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node)) && external_ts_morph_.ts.isVariableDeclaration(node.parent) && external_ts_morph_.ts.isIdentifier(node.parent.name)) {
        const statement = node.parent.parent?.parent;
        if (statement && external_ts_morph_.ts.isVariableStatement(statement) && (external_ts_morph_.ts.getCombinedModifierFlags(statement) & external_ts_morph_.ts.ModifierFlags.Export || statement.modifiers?.some((modifier) => modifier.kind === external_ts_morph_.ts.SyntaxKind.ExportKeyword)))
            return node.parent.name.text;
    }
    if ((external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node)) && external_ts_morph_.ts.isExportAssignment(node.parent))
        return 'default';
    return undefined;
}
/** The call a handler is passed to as the only or last argument: `withAuth(handler)`, `withApiAuthRequired(handler)`. */
function wrapperCall(node) {
    const parent = node.parent;
    if ((external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node)) && parent && external_ts_morph_.ts.isCallExpression(parent) && parent.arguments[parent.arguments.length - 1] === node)
        return parent;
    return undefined;
}
function onNextRouteHandler(node, fn, lowering) {
    const file = lowering.model.file;
    const appRoute = NEXT_ROUTE_FILE.test(file);
    const pagesApi = !appRoute ? NEXT_PAGES_API_FILE.exec(file) : null;
    if (!appRoute && !pagesApi)
        return;
    const exported = exportedName(node);
    if (!exported)
        return;
    let path;
    let verb;
    if (appRoute) {
        if (!NEXT_VERBS.test(exported))
            return;
        verb = exported;
        path = `/${file.replace(/(?:^|\/)route\.[cm]?[jt]sx?$/, '').replace(/^(?:.*\/)?app\/?/, '')}`;
    }
    else {
        if (exported !== 'default')
            return;
        verb = 'ALL';
        path = `/api/${pagesApi[1].replace(/(?:^|\/)index$/, '')}`;
    }
    // route groups `(admin)` are not part of the URL
    path = path.replace(/\/\([^/)]*\)/g, '') || '/';
    const wrapper = wrapperCall(node);
    const current = routes_state(lowering);
    current.routes.push({
        route: { id: ++current.counter, framework: 'nextjs', group: 'app', method: verb, path, handler: fn.name === '<anonymous>' || fn.name === verb ? exported : fn.name, loc: lowering.loc(wrapper?.parent ?? node.name ?? node), auth: [], public: (0,routes/* isPublicRoutePath */.M)(path) },
        receiver: 'app',
        handler: node,
        middleware: wrapper ? [wrapper.expression] : [],
        position: ++current.events,
    });
}
/** `'use server'` as the first statement of a file or a function body. */
function hasUseServer(statements) {
    const first = statements?.[0];
    return first !== undefined && external_ts_morph_.ts.isExpressionStatement(first) && external_ts_morph_.ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}
/** Server actions that are public by purpose: signing in and up, password-reset requests, subscriptions, contact forms. */
const PUBLIC_ACTION = /(?:^|_)(?:log_?in|log_?out|sign_?in|sign_?out|sign_?up|register|authenticate|forgot|reset_password|password_reset|request_password|request_reset|verify_email|confirm_email|subscribe|newsletter|contact|feedback)(?:_|$)/;
/**
 * Next.js server actions: every exported async function of a `'use server'` file, and any
 * function whose body starts with `'use server'`. Each is an endpoint anyone can POST to,
 * so it authenticates like a route handler does (`auth()`, `getServerSession`, Clerk's
 * `currentUser()`, `supabase.auth.getUser()`, a project's `verifySession()`); the actions
 * of one file are compared with each other.
 */
function onNextServerAction(node, fn, lowering) {
    const body = node.body;
    const inline = body !== undefined && external_ts_morph_.ts.isBlock(body) && hasUseServer(body.statements);
    // outside a 'use server' file only an inline directive makes an action; the modifier flags (JSDoc included in JS) cost more than that test
    if (!inline && !hasUseServer(lowering.sourceFile.statements))
        return;
    const isAsync = external_ts_morph_.ts.getCombinedModifierFlags(node) & external_ts_morph_.ts.ModifierFlags.Async || (external_ts_morph_.ts.canHaveModifiers(node) && external_ts_morph_.ts.getModifiers(node)?.some((modifier) => modifier.kind === external_ts_morph_.ts.SyntaxKind.AsyncKeyword));
    const exported = exportedName(node);
    if (!inline && !(exported && isAsync))
        return;
    const name = exported && exported !== 'default' ? exported : fn.name;
    const snakeName = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    const current = routes_state(lowering);
    current.routes.push({
        route: { id: ++current.counter, framework: 'nextjs', group: 'server actions', method: 'POST', path: `server action ${name}`, handler: name, loc: lowering.loc(node.name ?? node), auth: [], public: PUBLIC_ACTION.test(snakeName) },
        receiver: 'server actions',
        handler: node,
        middleware: [],
        position: ++current.events,
    });
}
// ---- resolution at module end ----
function resolveRoutes(lowering) {
    const current = routes_state(lowering);
    const evidenceCache = new Map();
    const evidence = (node) => {
        if (!evidenceCache.has(node))
            evidenceCache.set(node, evidenceOf(node, lowering));
        return evidenceCache.get(node);
    };
    const registeredOn = (receiver, before, kind, path) => (current.receiverAuth.get(receiver) ?? []).flatMap((registered) => {
        const found = (registered.anyOrder || registered.position < before) && underPrefix(path, registered.prefix) && evidence(registered.node);
        return found ? [{ kind, name: found.name }] : [];
    });
    const guardedLater = (pending) => (current.receiverAuth.get(pending.receiver) ?? []).some((registered) => !registered.anyOrder && registered.position >= pending.position && underPrefix(pending.route.path, registered.prefix) && evidence(registered.node) !== undefined);
    for (const pending of current.routes) {
        const route = pending.route;
        for (const node of pending.middleware) {
            const found = evidence(node);
            // `auth.optional`, `optionalAuth`: anonymous callers are let through on purpose
            if (found && OPTIONAL_AUTH.test(found.name))
                route.public = true;
            else if (found)
                route.auth.push(found);
        }
        route.auth.push(...registeredOn(pending.receiver, pending.position, 'router-dependency', route.path));
        const mounts = current.mounts.get(pending.receiver) ?? [];
        for (const mount of mounts) {
            for (const node of mount.middleware) {
                const found = evidence(node);
                if (found)
                    route.auth.push({ kind: 'router-dependency', name: found.name });
            }
            route.auth.push(...registeredOn(mount.parent, mount.position, 'router-dependency', joinPath(mount.prefix, route.path)));
        }
        // Express idiom: routes registered above `router.use(auth)` are left public on purpose
        if (route.auth.length === 0 && guardedLater(pending))
            route.public = true;
        if (mounts.length === 1 && mounts[0].prefix) {
            route.path = joinPath(mounts[0].prefix, route.path);
            route.public = route.public || (0,routes/* isPublicRoutePath */.M)(route.path);
        }
        // an inline check in the handler: it verifies a token itself
        const handler = pending.handler;
        const fn = handler && functionModelOf(handler, lowering);
        const inline = fn && inlineAuthOf(lowering, fn.id);
        if (inline)
            route.auth.push({ kind: 'inline', name: inline });
        // a webhook that verifies its sender's signature is public by design: the signature is its authentication
        if (!inline && fn && verifiesSignatureOf(lowering, fn.id))
            route.public = true;
        lowering.model.routes.push(route);
    }
    recordCrossFileMounts(lowering, evidence);
}
/**
 * Routers and plugins imported from another module: `app.use('/items', auth, itemsRouter)`,
 * `router.use('/items', itemsRouter)`, `fastify.register(plugin, { prefix })`. Each is a
 * mount for link, with its prefix and the authentication it applies: the middleware
 * written before the router, or registered on the parent before it (Fastify hooks: in any order).
 */
function recordCrossFileMounts(lowering, evidence) {
    const current = routes_state(lowering);
    for (const [router, mounts] of current.mounts) {
        const imported = lowering.imports.get(router) ?? current.pluginModules.get(router);
        if (!imported)
            continue;
        for (const mount of mounts) {
            const found = mount.middleware.map(evidence).find(Boolean) ??
                (current.receiverAuth.get(mount.parent) ?? []).map((registered) => (registered.anyOrder || registered.position < mount.position) && underPrefix(mount.prefix, registered.prefix) && evidence(registered.node)).find(Boolean);
            const auth = found ? [{ kind: 'router-dependency', name: found.name }] : [];
            (lowering.model.routerMounts ??= []).push({ framework: frameworkOf(lowering), parent: mount.parent, child: imported, prefix: mount.prefix, auth, loc: lowering.loc(mount.loc) });
        }
    }
}
/** `fastify.register(routes, { prefix: '/users' })`, `app.register(require('./routes/users'), …)`: a plugin of another module mounted here. */
function onRegister(call, receiver, lowering) {
    const plugin = call.argNodes[0];
    if (!plugin)
        return;
    const current = routes_state(lowering);
    const prefix = literalPath(objectProperty(call.argNodes[1], 'prefix')) ?? '';
    let name;
    if (external_ts_morph_.ts.isIdentifier(plugin) && lowering.imports.get(plugin.text)?.startsWith('.'))
        name = plugin.text;
    const required = external_ts_morph_.ts.isCallExpression(plugin) && plugin.arguments.length === 1 && external_ts_morph_.ts.isStringLiteral(plugin.arguments[0]) && (plugin.expression.kind === external_ts_morph_.ts.SyntaxKind.ImportKeyword || (external_ts_morph_.ts.isIdentifier(plugin.expression) && plugin.expression.text === 'require')) ? plugin.arguments[0].text : undefined;
    if (required?.startsWith('.')) {
        name = `require(${required})`;
        current.pluginModules.set(name, required);
    }
    if (!name)
        return;
    const list = current.mounts.get(name) ?? [];
    list.push({ middleware: [], parent: receiver, position: current.counter, prefix, loc: call.node });
    current.mounts.set(name, list);
}
const tsRoutesRecognizer = {
    onCall(call, lowering) {
        if (!call.method || lowering.isSilent)
            return undefined;
        if (call.receiverNode)
            onRouteCall(call, lowering);
        onGlobalGuard(call, lowering);
        onNestMiddleware(call, lowering);
        return undefined;
    },
    onAssign(_target, _value, valueNode, lowering) {
        if (usesNest(lowering) && (external_ts_morph_.ts.isArrayLiteralExpression(valueNode) || external_ts_morph_.ts.isObjectLiteralExpression(valueNode)))
            visitProviders(valueNode, lowering);
    },
    onClass(node, lowering) {
        if (!usesNest(lowering))
            return;
        onNestController(node, lowering);
        for (const decorator of external_ts_morph_.ts.canHaveDecorators(node) ? (external_ts_morph_.ts.getDecorators(node) ?? []) : []) {
            if (external_ts_morph_.ts.isCallExpression(decorator.expression))
                for (const argument of decorator.expression.arguments)
                    visitProviders(argument, lowering);
        }
    },
    onFunction(node, fn, lowering) {
        onNextRouteHandler(node, fn, lowering);
        onNextServerAction(node, fn, lowering);
        // Next.js middleware that verifies the token guards every route it matches
        if (NEXT_MIDDLEWARE_FILE.test(lowering.model.file) && (exportedName(node) === 'middleware' || exportedName(node) === 'default' || exportedName(node) === 'proxy')) {
            routes_state(lowering).nextMiddleware = fn.id;
        }
    },
    onModuleEnd(lowering) {
        const current = routes_state(lowering);
        const middlewareId = current.nextMiddleware;
        if (middlewareId !== undefined) {
            const fn = lowering.model.functions.find((candidate) => candidate.id === middlewareId);
            const inline = inlineAuthOf(lowering, middlewareId);
            const paths = nextMatchers(lowering);
            if (fn && inline)
                lowering.model.globalAuth.push({ framework: 'nextjs', name: `middleware (${inline})`, loc: fn.loc, ...(paths ? { paths } : {}) });
        }
        resolveRoutes(lowering);
    },
};
/**
 * `export const config = { matcher: ['/api/:path*'] }` beside the middleware: the routes it
 * runs for. Undefined (every route) without a matcher or when one cannot be read.
 */
function nextMatchers(lowering) {
    for (const statement of lowering.sourceFile.statements) {
        if (!external_ts_morph_.ts.isVariableStatement(statement))
            continue;
        for (const declaration of statement.declarationList.declarations) {
            if (!external_ts_morph_.ts.isIdentifier(declaration.name) || declaration.name.text !== 'config' || !declaration.initializer)
                continue;
            const matcher = objectProperty(unwrapped(declaration.initializer), 'matcher');
            if (!matcher)
                return undefined;
            const entries = external_ts_morph_.ts.isArrayLiteralExpression(matcher) ? [...matcher.elements] : [matcher];
            const patterns = [];
            for (const entry of entries) {
                const source = external_ts_morph_.ts.isStringLiteralLike(entry) ? entry.text : literalPath(objectProperty(entry, 'source'));
                const pattern = source === undefined ? undefined : nextMatcherPattern(source);
                if (!pattern)
                    return undefined;
                patterns.push(pattern);
            }
            return patterns;
        }
    }
    return undefined;
}
function unwrapped(node) {
    let current = node;
    while (external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current) || external_ts_morph_.ts.isParenthesizedExpression(current))
        current = current.expression;
    return current;
}
function usesNest(lowering) {
    return lowering.importedModules.has('@nestjs/common') || lowering.importedModules.has('@nestjs/core');
}
function visitProviders(node, lowering) {
    if (external_ts_morph_.ts.isObjectLiteralExpression(node))
        onAppGuardProvider(node, lowering);
    external_ts_morph_.ts.forEachChild(node, (child) => visitProviders(child, lowering));
}

;// CONCATENATED MODULE: ./src/lang/typescript/frameworks/graphql.ts
/**
 * JS/TS recognizer: tokens taken as GraphQL query arguments (`type Query { me(token: String!): User }`
 * in a `gql`/`graphql` template or a `buildSchema` string, and `Query` resolvers that
 * destructure a token-named argument). A query may be sent with GET, so its arguments
 * travel in the URL, and query texts are logged by servers, gateways and APM tools.
 * Mutations cannot be sent with GET and are left alone, as are output fields (`token:
 * String` in a type) and single-purpose link tokens (reset, verification: the rule's call).
 */


const GRAPHQL_TEXT = /\bgql\b|\bgraphql\b|buildSchema|typeDefs|\bQuery\s*:/;
const SDL_TAGS = /^(?:gql|graphql)$/;
/** `type Query { … }` and `extend type Query { … }` blocks (no nested braces in SDL field lists). */
const QUERY_BLOCK = /\b(?:extend\s+)?type\s+Query\s*\{([^}]*)\}/g;
/** `field(arguments)`: the argument list of one field. */
const FIELD_ARGUMENTS = /(\w+)\s*\(([^)]*)\)/g;
const ARGUMENT = /(\w+)\s*:/g;
function graphql_record(lowering, name, field, node, offset) {
    const start = node.getStart(lowering.sourceFile) + (offset ?? 0);
    const position = lowering.sourceFile.getLineAndCharacterOfPosition(start);
    const loc = offset === undefined ? lowering.loc(node) : { line: position.line + 1, column: position.character + 1, endLine: position.line + 1, endColumn: position.character + 1 + name.length };
    lowering.model.queryReads.push({ name, loc, api: `GraphQL Query.${field}` });
}
/** Token-named arguments of Query fields in SDL text; `textStart` is the offset of `text` inside `node`. */
function fromSdl(text, node, textStart, lowering) {
    for (const block of text.matchAll(QUERY_BLOCK)) {
        const blockStart = block.index + block[0].indexOf('{') + 1;
        for (const field of block[1].matchAll(FIELD_ARGUMENTS)) {
            const argumentsStart = blockStart + field.index + field[0].indexOf('(') + 1;
            for (const argument of field[2].matchAll(ARGUMENT)) {
                if (isTokenLikeTsName(argument[1]))
                    graphql_record(lowering, argument[1], field[1], node, textStart + argumentsStart + argument.index);
            }
        }
    }
}
/** `Query: { me: (_parent, { token }) => … }`: the arguments a resolver destructures. */
function fromResolvers(object, lowering) {
    for (const property of object.properties) {
        const name = property.name && (external_ts_morph_.ts.isIdentifier(property.name) || external_ts_morph_.ts.isStringLiteral(property.name)) ? property.name.text : undefined;
        const resolver = external_ts_morph_.ts.isMethodDeclaration(property) ? property : external_ts_morph_.ts.isPropertyAssignment(property) && (external_ts_morph_.ts.isArrowFunction(property.initializer) || external_ts_morph_.ts.isFunctionExpression(property.initializer)) ? property.initializer : undefined;
        const args = resolver?.parameters[1];
        if (!name || !args || !external_ts_morph_.ts.isObjectBindingPattern(args.name))
            continue;
        for (const element of args.name.elements) {
            const argument = element.propertyName && external_ts_morph_.ts.isIdentifier(element.propertyName) ? element.propertyName.text : external_ts_morph_.ts.isIdentifier(element.name) ? element.name.text : undefined;
            if (argument && isTokenLikeTsName(argument))
                graphql_record(lowering, argument, name, element);
        }
    }
}
const tsGraphqlRecognizer = {
    readBy: [['TG402', 'token-in-url']],
    onModuleEnd(lowering) {
        if (!GRAPHQL_TEXT.test(lowering.text))
            return;
        let sdlFound = false;
        const resolverMaps = [];
        const visit = (node) => {
            if (external_ts_morph_.ts.isTaggedTemplateExpression(node) && external_ts_morph_.ts.isIdentifier(node.tag) && SDL_TAGS.test(node.tag.text)) {
                const template = node.template;
                const text = external_ts_morph_.ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.head.text + template.templateSpans.map((span) => ' '.repeat(span.expression.getFullWidth() + 3) + span.literal.text).join('');
                const before = lowering.sourceFile.text.slice(node.getStart(lowering.sourceFile), template.getStart(lowering.sourceFile)).length + 1;
                sdlFound = true;
                fromSdl(text, node, before, lowering);
                return;
            }
            if (external_ts_morph_.ts.isCallExpression(node) && external_ts_morph_.ts.isIdentifier(node.expression) && node.expression.text === 'buildSchema' && node.arguments[0] && external_ts_morph_.ts.isStringLiteralLike(node.arguments[0])) {
                sdlFound = true;
                fromSdl(node.arguments[0].text, node.arguments[0], 1, lowering);
                return;
            }
            if (external_ts_morph_.ts.isPropertyAssignment(node) && external_ts_morph_.ts.isIdentifier(node.name) && node.name.text === 'Query' && external_ts_morph_.ts.isObjectLiteralExpression(node.initializer))
                resolverMaps.push(node.initializer);
            external_ts_morph_.ts.forEachChild(node, visit);
        };
        visit(lowering.sourceFile);
        // the schema in the same file already names the argument; resolvers elsewhere name it for their schema
        if (!sdlFound)
            for (const map of resolverMaps)
                fromResolvers(map, lowering);
    },
};

;// CONCATENATED MODULE: ./src/lang/typescript/imports.ts
/** What a JS/TS import binds, as written: for the walker's names and for link. */

/** `import x from 'm'` (default), `import * as ns from 'm'` ('*'), `import { a as b } from 'm'` (a, as b). */
function importDeclarationBindings(node) {
    if (!external_ts_morph_.ts.isStringLiteral(node.moduleSpecifier))
        return [];
    const specifier = node.moduleSpecifier.text;
    const clause = node.importClause;
    if (!clause)
        return [];
    const bindings = [];
    if (clause.name)
        bindings.push({ local: clause.name.text, specifier, imported: 'default', qualified: specifier });
    const named = clause.namedBindings;
    if (named && external_ts_morph_.ts.isNamespaceImport(named))
        bindings.push({ local: named.name.text, specifier, imported: '*', qualified: specifier });
    else if (named) {
        for (const element of named.elements) {
            const imported = (element.propertyName ?? element.name).text;
            bindings.push({ local: element.name.text, specifier, imported, qualified: `${specifier}.${imported}` });
        }
    }
    return bindings;
}
/** `const m = require('./m')`, `const { a, b: c } = require('./m')`. */
function requireBindings(declaration) {
    const init = declaration.initializer;
    if (!init || !external_ts_morph_.ts.isCallExpression(init) || !external_ts_morph_.ts.isIdentifier(init.expression) || init.expression.text !== 'require' || init.arguments.length !== 1 || !external_ts_morph_.ts.isStringLiteral(init.arguments[0]))
        return [];
    const specifier = init.arguments[0].text;
    if (external_ts_morph_.ts.isIdentifier(declaration.name))
        return [{ local: declaration.name.text, specifier, imported: '*', qualified: specifier }];
    if (!external_ts_morph_.ts.isObjectBindingPattern(declaration.name))
        return [];
    return declaration.name.elements.flatMap((element) => {
        const key = element.propertyName ?? element.name;
        return external_ts_morph_.ts.isIdentifier(element.name) && external_ts_morph_.ts.isIdentifier(key) ? [{ local: element.name.text, specifier, imported: key.text, qualified: `${specifier}.${key.text}` }] : [];
    });
}
/** `export { a as b } from './m'`, `export * as ns from './m'`, `export * from './m'`: names handed on from another module. */
function reExports(node, loc) {
    if (!node.moduleSpecifier || !external_ts_morph_.ts.isStringLiteral(node.moduleSpecifier) || node.isTypeOnly)
        return { exports: [] };
    const specifier = node.moduleSpecifier.text;
    const clause = node.exportClause;
    if (!clause)
        return { exports: [], star: specifier };
    if (external_ts_morph_.ts.isNamespaceExport(clause))
        return { exports: [{ name: clause.name.text, loc, from: { specifier, imported: '*' } }] };
    return { exports: clause.elements.map((element) => ({ name: element.name.text, loc, from: { specifier, imported: (element.propertyName ?? element.name).text } })) };
}
/** The imports and re-exports of a file that is not lowered (a barrel `index.ts` hands names on without a token word). */
function unloweredModuleFacts(sourceFile) {
    const facts = { imports: [], exports: [], starExports: [], references: [] };
    for (const statement of sourceFile.statements) {
        if (external_ts_morph_.ts.isImportDeclaration(statement))
            facts.imports.push(...importDeclarationBindings(statement));
        else if (external_ts_morph_.ts.isVariableStatement(statement))
            for (const declaration of statement.declarationList.declarations)
                facts.imports.push(...requireBindings(declaration));
        else if (external_ts_morph_.ts.isExportDeclaration(statement)) {
            const start = sourceFile.getLineAndCharacterOfPosition(statement.getStart(sourceFile));
            const loc = { line: start.line + 1, column: start.character + 1, endLine: start.line + 1, endColumn: start.character + 1 };
            const handed = reExports(statement, loc);
            facts.exports.push(...handed.exports);
            if (handed.star)
                facts.starExports.push(handed.star);
            // `export { a }` of an imported name
            if (!statement.moduleSpecifier && statement.exportClause && external_ts_morph_.ts.isNamedExports(statement.exportClause)) {
                for (const element of statement.exportClause.elements)
                    facts.exports.push({ name: element.name.text, loc, local: (element.propertyName ?? element.name).text });
            }
        }
        // `export const API_PREFIX = '/api'`: a literal constant other modules may use
        if (external_ts_morph_.ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) {
                const init = declaration.initializer;
                if (!external_ts_morph_.ts.isIdentifier(declaration.name) || !init || !(external_ts_morph_.ts.isStringLiteralLike(init) || external_ts_morph_.ts.isNumericLiteral(init)))
                    continue;
                const start = sourceFile.getLineAndCharacterOfPosition(declaration.name.getStart(sourceFile));
                const constant = external_ts_morph_.ts.isNumericLiteral(init) ? { kind: 'number', value: Number(init.text) } : { kind: 'string', value: init.text };
                facts.exports.push({ name: declaration.name.text, loc: { line: start.line + 1, column: start.character + 1, endLine: start.line + 1, endColumn: start.character + 1 }, constant });
            }
        }
    }
    return facts.imports.length || facts.exports.length || facts.starExports.length ? facts : undefined;
}

;// CONCATENATED MODULE: ./src/lang/typescript/exports.ts
/**
 * JS/TS recognizer: the file as a module, for link. Records its imports as written, the
 * qualified names it used through them, and what it offers: ES exports (functions,
 * constants and object members, `export { a as b }`, re-exports, `export *`, default)
 * and CommonJS ones (`module.exports = …`, `exports.x = …`), functions with their
 * summaries (the request's token, claims of a decode, a value derived from a parameter,
 * a call through to an imported function; it verifies; it issues a token). Runs last.
 */





const exports_STATE_KEY = 'ts-exports';
/** Parameters that carry a token's lifetime into an issuing helper. */
const LIFETIME_PARAMETER = /expir|ttl|lifetime|duration|maxAge/i;
/** Values worth telling another module: what a key, lifetime or algorithm list can be. */
const CONSTANT_KINDS = new Set(['string', 'number', 'bool', 'env', 'duration', 'list']);
/** Object members are exported this many levels deep (`config.jwt.secret`). */
const MAX_MEMBER_DEPTH = 3;
function exports_stateOf(lowering) {
    let state = lowering.state.get(exports_STATE_KEY);
    if (!state) {
        state = { tokenCallees: new Map() };
        lowering.state.set(exports_STATE_KEY, state);
    }
    return state;
}
function exports_unwrap(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current) || external_ts_morph_.ts.isNonNullExpression(current))
        current = current.expression;
    return current;
}
function isImported(qualified, lowering) {
    return lowering.importBindings.some((binding) => qualified === binding.qualified || qualified.startsWith(`${binding.qualified}.`));
}
function parameterNames(node) {
    return node.parameters.map((parameter) => (external_ts_morph_.ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
}
function returnSummary(fn, params, lowering) {
    const returns = lowering.returnsOf.get(fn.id);
    if (!returns?.length)
        return undefined;
    const fromValues = (0,summaries/* returnedValueSummary */.HF)(returns, lowering.model.jwtOps, params);
    if (fromValues === 'none')
        return undefined;
    if (fromValues)
        return fromValues;
    const called = returns.find((value) => value.kind === 'unknown' && value.name?.endsWith('()') && isImported(value.name.slice(0, -2), lowering));
    const callee = called?.kind === 'unknown' ? called.name.slice(0, -2) : undefined;
    // a call the JWT recognizer already knows is the library, not a helper of the project
    if (callee && !lowering.model.jwtOps.some((op) => op.functionId === fn.id && op.api === callee))
        return { kind: 'call', callee };
    return undefined;
}
function summarise(node, lowering, state) {
    const fn = lowering.functionOf.get(node);
    if (!fn)
        return undefined;
    const params = parameterNames(node);
    const summary = { params };
    const returns = returnSummary(fn, params, lowering);
    if (returns)
        summary.returns = returns;
    if (inlineAuthOf(lowering, fn.id) !== undefined)
        summary.verifies = true;
    const via = state.tokenCallees.get(fn.id);
    if (via?.size && !summary.verifies)
        summary.verifiesVia = [...via].sort();
    const issues = (0,summaries/* issuerSummary */.ul)(lowering.model.jwtOps.find((op) => op.functionId === fn.id && op.kind === 'encode'), params, LIFETIME_PARAMETER);
    if (issues)
        summary.issues = issues;
    return summary.returns || summary.verifies || summary.verifiesVia || summary.issues ? { function: summary, functionId: fn.id } : undefined;
}
function isFunctionLike(node) {
    return external_ts_morph_.ts.isArrowFunction(node) || external_ts_morph_.ts.isFunctionExpression(node) || external_ts_morph_.ts.isFunctionDeclaration(node) || external_ts_morph_.ts.isMethodDeclaration(node);
}
class ExportCollector {
    lowering;
    state;
    exports = [];
    starExports = [];
    constructor(lowering, state) {
        this.lowering = lowering;
        this.state = state;
    }
    loc(node) {
        return this.lowering.loc(node);
    }
    /** `name` bound to `node`: a function (summarised), an object literal (its members), a constant, or another name. */
    value(name, node, at, depth = 0) {
        const expression = exports_unwrap(node);
        if (isFunctionLike(expression)) {
            const summary = summarise(expression, this.lowering, this.state);
            if (summary)
                this.exports.push({ name, loc: this.loc(at), ...summary });
            return;
        }
        if (external_ts_morph_.ts.isIdentifier(expression) || external_ts_morph_.ts.isPropertyAccessExpression(expression)) {
            const written = expression.getText(this.lowering.sourceFile);
            if (written !== name)
                this.exports.push({ name, loc: this.loc(at), local: written });
            return;
        }
        // `export const verifier = new Verifier()`: members read through the instance are the class's methods
        if (external_ts_morph_.ts.isNewExpression(expression) && external_ts_morph_.ts.isIdentifier(expression.expression)) {
            this.exports.push({ name, loc: this.loc(at), local: expression.expression.text });
            return;
        }
        if (external_ts_morph_.ts.isObjectLiteralExpression(expression) && depth < MAX_MEMBER_DEPTH) {
            for (const property of expression.properties) {
                if (external_ts_morph_.ts.isShorthandPropertyAssignment(property))
                    this.exports.push({ name: `${name}.${property.name.text}`, loc: this.loc(property), local: property.name.text });
                else if (external_ts_morph_.ts.isPropertyAssignment(property)) {
                    const key = propertyKey(property.name);
                    if (key !== null)
                        this.value(`${name}.${key}`, property.initializer, property, depth + 1);
                }
                else if (external_ts_morph_.ts.isMethodDeclaration(property)) {
                    const key = propertyKey(property.name);
                    const summary = key !== null ? summarise(property, this.lowering, this.state) : undefined;
                    if (summary)
                        this.exports.push({ name: `${name}.${key}`, loc: this.loc(property), ...summary });
                }
            }
            return;
        }
        const evaluated = this.lowering.evalExpr(node, this.lowering.moduleScope);
        if (CONSTANT_KINDS.has(evaluated.kind))
            this.exports.push({ name, loc: this.loc(at), constant: evaluated });
    }
    /** Top-level statements: every function and constant (an unexported name cannot be imported anyway), and what is exported under another name. */
    statement(statement) {
        const isDefault = external_ts_morph_.ts.canHaveModifiers(statement) && (external_ts_morph_.ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === external_ts_morph_.ts.SyntaxKind.DefaultKeyword);
        if (external_ts_morph_.ts.isFunctionDeclaration(statement)) {
            // every top-level function: CommonJS exports and `export { f }` name them later
            const summary = summarise(statement, this.lowering, this.state);
            const name = isDefault ? 'default' : statement.name?.text;
            if (summary && name)
                this.exports.push({ name, loc: this.loc(statement), ...summary });
            if (isDefault && statement.name)
                this.exports.push({ name: statement.name.text, loc: this.loc(statement), local: 'default' });
        }
        else if (external_ts_morph_.ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) {
                if (external_ts_morph_.ts.isIdentifier(declaration.name) && declaration.initializer && !isRequire(declaration.initializer))
                    this.value(declaration.name.text, declaration.initializer, declaration.name);
            }
        }
        else if (external_ts_morph_.ts.isClassDeclaration(statement) && statement.name) {
            for (const member of statement.members) {
                if (!external_ts_morph_.ts.isMethodDeclaration(member) || !member.name)
                    continue;
                const key = propertyKey(member.name);
                const summary = key !== null ? summarise(member, this.lowering, this.state) : undefined;
                if (summary)
                    this.exports.push({ name: `${statement.name.text}.${key}`, loc: this.loc(member), ...summary });
            }
            if (isDefault)
                this.exports.push({ name: 'default', loc: this.loc(statement), local: statement.name.text });
        }
        else if (external_ts_morph_.ts.isExportDeclaration(statement)) {
            const handed = reExports(statement, this.loc(statement));
            this.exports.push(...handed.exports);
            if (handed.star)
                this.starExports.push(handed.star);
            if (!statement.moduleSpecifier && statement.exportClause && external_ts_morph_.ts.isNamedExports(statement.exportClause)) {
                for (const element of statement.exportClause.elements) {
                    const local = (element.propertyName ?? element.name).text;
                    if (local !== element.name.text)
                        this.exports.push({ name: element.name.text, loc: this.loc(element), local });
                }
            }
        }
        else if (external_ts_morph_.ts.isExportAssignment(statement)) {
            this.value('default', statement.expression, statement);
        }
        else if (external_ts_morph_.ts.isExpressionStatement(statement)) {
            this.commonJs(statement.expression);
        }
    }
    /** `module.exports = x`, `module.exports = { a, b: c }`, `exports.a = …`, `module.exports.a = …`. */
    commonJs(expression) {
        if (!external_ts_morph_.ts.isBinaryExpression(expression) || expression.operatorToken.kind !== external_ts_morph_.ts.SyntaxKind.EqualsToken)
            return;
        const target = expression.left.getText(this.lowering.sourceFile);
        if (target === 'module.exports') {
            this.value('default', expression.right, expression.left);
            // `require('./m').a` reads the members of what module.exports is
            const object = exports_unwrap(expression.right);
            if (external_ts_morph_.ts.isObjectLiteralExpression(object)) {
                for (const entry of this.exports.filter((candidate) => candidate.name.startsWith('default.')))
                    this.exports.push({ ...entry, name: entry.name.slice('default.'.length) });
            }
            return;
        }
        const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
        if (member)
            this.value(member, expression.right, expression.left);
    }
}
function isRequire(node) {
    const expression = exports_unwrap(node);
    return external_ts_morph_.ts.isCallExpression(expression) && external_ts_morph_.ts.isIdentifier(expression.expression) && expression.expression.text === 'require';
}
const tsExportsRecognizer = {
    onCall(call, lowering, scope) {
        if (lowering.isSilent || !scope.fn || !call.callee || !isImported(call.callee, lowering))
            return undefined;
        // a call the JWT recognizer just recorded is the library itself
        const op = lowering.model.jwtOps.at(-1);
        if (op && op.api === call.callee)
            return undefined;
        if (call.args.some((value) => value.kind === 'token')) {
            const state = exports_stateOf(lowering);
            const callees = state.tokenCallees.get(scope.fn.id) ?? new Set();
            callees.add(call.callee);
            state.tokenCallees.set(scope.fn.id, callees);
        }
        return undefined;
    },
    onModuleEnd(lowering) {
        const state = exports_stateOf(lowering);
        const collector = new ExportCollector(lowering, state);
        for (const statement of lowering.sourceFile.statements)
            collector.statement(statement);
        lowering.model.module = { imports: lowering.importBindings, exports: collector.exports, starExports: collector.starExports, references: [...lowering.references].sort(), tokenCalls: [...new Set([...state.tokenCallees.values()].flatMap((callees) => [...callees]))].sort() };
    },
};

;// CONCATENATED MODULE: ./src/lang/typescript/recognizers.ts









const TS_RECOGNIZERS = [tsJwtRecognizer, tsSecretsRecognizer, tsSinksRecognizer, tsChecksRecognizer, tsResourcesRecognizer, tsVerificationRecognizer, tsRoutesRecognizer, tsGraphqlRecognizer, tsExportsRecognizer];

// EXTERNAL MODULE: ./src/lang/relevance.ts
var relevance = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/lang/typescript/lower.ts
/**
 * Lowers a JS/TS source file into the token model. Walks the TypeScript compiler's own
 * nodes (ts-morph's `ts` export) — wrapping every node in ts-morph objects costs about
 * 3x the parse. This module holds the walker, scopes, import resolution and the abstract
 * evaluation of expressions; what a call means lives in the recognizers (./catalog,
 * ./frameworks), called at every call, assignment, function, class, try, condition.
 */












/**
 * Text that must appear, outside comment-only lines, for a file to be worth lowering; the
 * others are only parsed. NestJS controllers and Next.js server actions are lowered whatever
 * they say: they are routes; so are the web frameworks' files, as in the Python front end:
 * their route and mount files are what routes across files are made of.
 */
const RELEVANT = /token|jwt|bearer|authori[sz]|auth(?!or)|guards|app_guard|\bprotect\b|logged_?in|require_?(?:login|user)|secret|passport|session|api_?key|apikey|localStorage|sessionStorage|cookie|@Controller\b|use server|['"](?:express|fastify|koa|@koa\/router|koa-router|hono|@nestjs\/common|next\/server)['"]/gi;
/**
 * Words without which a function's body records no fact: token sources and names,
 * verification and signing, denial, stores and releases, route registration, storage,
 * environment secrets, decorators. Bodies without any are not walked (the function
 * itself is still known to the recognizers, for routes that name it as a handler).
 */
const FUNCTION_RELEVANT = /token|jwt|bearer|authori[sz]|auth|guard|protect|logged_?in|require_?(?:login|user)|secret|passport|session|api_?key|apikey|verify|decode|claims|jti|sign\(|expiresIn|40[13]|unauthori|forbidden|cache|redis|\.set\(|\.del|delete|release|acquire|invalidat|revoke|\breq\b|request|\bres\.|reply|\bctx\.|router|\bapp\.|fastify|server\.|\.(?:get|post|put|patch|use|route|all|addHook|register)\(|localStorage|sessionStorage|cookie|process\.env|@|use server/i;
function isRelevantScript(text) {
    return (0,relevance/* hasWordOutsideCommentLines */.A)(text, RELEVANT, '//');
}
const UNKNOWN = { kind: 'unknown' };
/** A URL's query part just before an interpolation: `…?token=${t}`, `…&access_token=${t}`. */
const URL_QUERY = /[?&][\w.-]*=$/;
const lower_SK = external_ts_morph_.ts.SyntaxKind;
function scriptKindFor(fileName) {
    if (fileName.endsWith('.tsx'))
        return external_ts_morph_.ts.ScriptKind.TSX;
    if (fileName.endsWith('.jsx'))
        return external_ts_morph_.ts.ScriptKind.JSX;
    if (/\.[cm]?ts$/.test(fileName))
        return external_ts_morph_.ts.ScriptKind.TS;
    // .js may hold JSX (React projects); the JSX kind parses plain JS too
    return external_ts_morph_.ts.ScriptKind.JSX;
}
class TypeScriptLowering extends lowering_base/* LoweringBase */.v {
    sourceFile;
    text;
    config;
    functionRelevant = FUNCTION_RELEVANT;
    model;
    moduleScope;
    /** Module-level function declarations and `const f = () => …`, for helper-return evaluation. */
    functionDefs = new Map();
    /** The recognizers whose facts some rule in force reads. */
    recognizers;
    memo = new Map();
    helperReturns = new Map();
    /** Enclosing try statements (innermost last). */
    tryStack = [];
    /** The function model of each function-like node walked (route handlers, middleware). */
    functionOf = new Map();
    constructor(sourceFile, text, file, language, config, imported) {
        super();
        this.sourceFile = sourceFile;
        this.text = text;
        this.config = config;
        this.imported = imported;
        this.model = (0,types/* emptyFileModel */.H)(file, language, sourceFile.getLineStarts().length - (text.endsWith('\n') ? 1 : 0));
        this.model.isTest = (0,files/* isTestFile */.hl)(file);
        this.model.hasSyntaxErrors = hasParseDiagnostics(sourceFile);
        this.moduleScope = { vars: new Map(), parent: undefined, fn: undefined, returns: [] };
        this.recognizers = (0,recognizer_rules/* activeRecognizers */.Y)(TS_RECOGNIZERS, config);
    }
    loc(node) {
        const start = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
        const end = this.sourceFile.getLineAndCharacterOfPosition(node.getEnd());
        return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    }
    lower() {
        for (const statement of this.sourceFile.statements) {
            if (external_ts_morph_.ts.isFunctionDeclaration(statement) && statement.name)
                this.functionDefs.set(statement.name.text, statement);
            if (external_ts_morph_.ts.isVariableStatement(statement)) {
                for (const declaration of statement.declarationList.declarations) {
                    const init = declaration.initializer && lower_unwrap(declaration.initializer);
                    if (external_ts_morph_.ts.isIdentifier(declaration.name) && init && (external_ts_morph_.ts.isArrowFunction(init) || external_ts_morph_.ts.isFunctionExpression(init)))
                        this.functionDefs.set(declaration.name.text, init);
                }
            }
        }
        this.walkStatements(this.sourceFile.statements, this.moduleScope);
        for (const recognizer of this.recognizers)
            recognizer.onModuleEnd?.(this);
        this.model.frameworks = [...this.importedModules].sort();
        return this.model;
    }
    // ---- statements ----
    walkStatements(statements, scope) {
        for (const statement of statements)
            this.walkStatement(statement, scope);
    }
    walkStatement(node, scope) {
        switch (node.kind) {
            case lower_SK.ImportDeclaration:
                this.recordImport(node);
                return;
            case lower_SK.ImportEqualsDeclaration: {
                const declaration = node;
                const reference = declaration.moduleReference;
                if (external_ts_morph_.ts.isExternalModuleReference(reference) && external_ts_morph_.ts.isStringLiteral(reference.expression))
                    this.bindModule(declaration.name.text, reference.expression.text);
                return;
            }
            case lower_SK.VariableStatement:
                for (const declaration of node.declarationList.declarations)
                    this.walkVariableDeclaration(declaration, scope);
                return;
            case lower_SK.ExpressionStatement:
                this.evalExpr(node.expression, scope);
                return;
            case lower_SK.FunctionDeclaration:
                this.walkFunction(node, scope);
                return;
            case lower_SK.ClassDeclaration:
                this.walkClass(node, scope);
                return;
            case lower_SK.ReturnStatement: {
                const statement = node;
                const value = statement.expression ? this.evalExpr(statement.expression, scope) : UNKNOWN;
                scope.returns.push(value);
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onReturn?.(statement, value, this, scope);
                return;
            }
            case lower_SK.IfStatement: {
                const statement = node;
                this.walkCondition(statement.expression, scope);
                this.walkStatement(statement.thenStatement, scope);
                if (statement.elseStatement)
                    this.walkStatement(statement.elseStatement, scope);
                return;
            }
            case lower_SK.Block:
                this.walkStatements(node.statements, scope);
                return;
            case lower_SK.TryStatement: {
                const statement = node;
                this.tryStack.push(statement);
                this.walkStatements(statement.tryBlock.statements, scope);
                this.tryStack.pop();
                if (statement.catchClause) {
                    const variable = statement.catchClause.variableDeclaration;
                    if (variable && external_ts_morph_.ts.isIdentifier(variable.name))
                        scope.vars.set(variable.name.text, UNKNOWN);
                    this.walkStatements(statement.catchClause.block.statements, scope);
                }
                if (statement.finallyBlock)
                    this.walkStatements(statement.finallyBlock.statements, scope);
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onTry?.(statement, this, scope);
                return;
            }
            case lower_SK.WhileStatement:
            case lower_SK.DoStatement: {
                const statement = node;
                this.walkCondition(statement.expression, scope);
                this.walkStatement(statement.statement, scope);
                return;
            }
            case lower_SK.ForStatement: {
                const statement = node;
                if (statement.initializer) {
                    if (external_ts_morph_.ts.isVariableDeclarationList(statement.initializer))
                        for (const declaration of statement.initializer.declarations)
                            this.walkVariableDeclaration(declaration, scope);
                    else
                        this.evalExpr(statement.initializer, scope);
                }
                if (statement.condition)
                    this.evalExpr(statement.condition, scope);
                if (statement.incrementor)
                    this.evalExpr(statement.incrementor, scope);
                this.walkStatement(statement.statement, scope);
                return;
            }
            case lower_SK.ForOfStatement:
            case lower_SK.ForInStatement: {
                const statement = node;
                const iterable = this.evalExpr(statement.expression, scope);
                const element = iterable.kind === 'token' ? (0,model_values/* withTransform */.Fv)(iterable, 'iterate') : iterable.kind === 'list' ? (iterable.items.find((item) => item.kind === 'token') ?? UNKNOWN) : UNKNOWN;
                if (external_ts_morph_.ts.isVariableDeclarationList(statement.initializer)) {
                    for (const declaration of statement.initializer.declarations)
                        this.bindName(declaration.name, element, scope);
                }
                this.walkStatement(statement.statement, scope);
                return;
            }
            case lower_SK.SwitchStatement: {
                const statement = node;
                this.evalExpr(statement.expression, scope);
                for (const clause of statement.caseBlock.clauses) {
                    if (external_ts_morph_.ts.isCaseClause(clause))
                        this.evalExpr(clause.expression, scope);
                    this.walkStatements(clause.statements, scope);
                }
                return;
            }
            case lower_SK.ThrowStatement:
                this.evalExpr(node.expression, scope);
                return;
            case lower_SK.LabeledStatement:
                this.walkStatement(node.statement, scope);
                return;
            case lower_SK.ExportAssignment:
                this.evalExpr(node.expression, scope);
                return;
            case lower_SK.ModuleDeclaration: {
                const body = node.body;
                if (body && external_ts_morph_.ts.isModuleBlock(body))
                    this.walkStatements(body.statements, scope);
                return;
            }
            default:
                // type declarations, empty statements, debugger…: nothing that carries tokens
                return;
        }
    }
    walkCondition(condition, scope) {
        const value = this.evalExpr(condition, scope);
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onCondition?.(condition, value, this, scope);
    }
    walkVariableDeclaration(declaration, scope) {
        const init = declaration.initializer;
        if (!init) {
            this.bindName(declaration.name, UNKNOWN, scope);
            return;
        }
        const required = requiredModule(init);
        if (required) {
            this.bindRequire(declaration.name, required);
            return;
        }
        const value = this.evalExpr(init, scope);
        this.bindName(declaration.name, value, scope);
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onAssign?.(declaration.name, value, init, this, scope);
    }
    bindName(name, value, scope) {
        if (external_ts_morph_.ts.isIdentifier(name)) {
            scope.vars.set(name.text, value.kind === 'token' ? { ...value, name: name.text } : value);
            return;
        }
        if (external_ts_morph_.ts.isObjectBindingPattern(name)) {
            for (const element of name.elements) {
                const key = element.propertyName && external_ts_morph_.ts.isIdentifier(element.propertyName) ? element.propertyName.text : external_ts_morph_.ts.isIdentifier(element.name) ? element.name.text : undefined;
                let member = UNKNOWN;
                if (value.kind === 'dict' && key)
                    member = value.entries.find((entry) => entry.key === key)?.value ?? UNKNOWN;
                else if (value.kind === 'claims')
                    member = key ? claimsMember(value, key) : value;
                else if (value.kind === 'unknown' && value.name && key)
                    member = this.memberOfUnknown(value.name, key, element);
                this.bindName(element.name, member, scope);
            }
            return;
        }
        name.elements.forEach((element, index) => {
            if (external_ts_morph_.ts.isOmittedExpression(element))
                return;
            let item = UNKNOWN;
            if (value.kind === 'list')
                item = value.items[index] ?? UNKNOWN;
            else if (value.kind === 'token')
                item = (0,model_values/* withTransform */.Fv)(value, 'destructure');
            this.bindName(element.name, item, scope);
        });
    }
    /** `const { authorization } = req.headers` gives the token; other members stay unknown. */
    memberOfUnknown(objectName, key, element) {
        const source = tokenSourceOfProperty(`${objectName}.${key}`, () => this.loc(element));
        return source ? this.tokenValue(source) : (this.importedConstant(`${objectName}.${key}`) ?? { kind: 'unknown', name: `${objectName}.${key}` });
    }
    walkFunction(node, outer, name) {
        const functionName = name ?? (node.name && (external_ts_morph_.ts.isIdentifier(node.name) || external_ts_morph_.ts.isStringLiteral(node.name)) ? node.name.text : '<anonymous>');
        const fn = { id: this.nextFunctionId++, name: functionName, loc: this.loc(node), touchesToken: false };
        const scope = { vars: new Map(), parent: outer, fn, returns: [] };
        for (const parameter of node.parameters) {
            const source = tokenSourceOfParameter(parameter, this);
            if (external_ts_morph_.ts.isIdentifier(parameter.name))
                scope.vars.set(parameter.name.text, source ? this.tokenValue(source, parameter.name.text) : { kind: 'unknown', name: parameter.name.text });
            else
                this.bindName(parameter.name, UNKNOWN, scope);
            if (parameter.initializer)
                this.evalExpr(parameter.initializer, outer);
        }
        if (!this.isSilent) {
            this.model.functions.push(fn);
            this.functionOf.set(node, fn);
            for (const recognizer of this.recognizers)
                recognizer.onFunction?.(node, fn, this, scope);
        }
        const body = node.body;
        if (body && (this.isSilent || this.mayCarryFacts(this.text.slice(node.pos, node.end)) || (external_ts_morph_.ts.canHaveDecorators(node) && (external_ts_morph_.ts.getDecorators(node)?.length ?? 0) > 0))) {
            if (external_ts_morph_.ts.isBlock(body))
                this.walkStatements(body.statements, scope);
            else {
                const value = this.evalExpr(body, scope);
                scope.returns.push(value);
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onReturn?.(body, value, this, scope);
            }
        }
        if (!this.isSilent)
            this.returnsOf.set(fn.id, scope.returns);
        if (node.kind === lower_SK.FunctionDeclaration && node.name && external_ts_morph_.ts.isIdentifier(node.name))
            outer.vars.set(node.name.text, { kind: 'unknown', name: node.name.text });
        return { kind: 'unknown', name: `function:${functionName}` };
    }
    walkClass(node, outer) {
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onClass?.(node, this, outer);
        // `@Module({ imports: [JwtModule.register({ … })] })`: decorator arguments hold configuration
        for (const decorator of external_ts_morph_.ts.getDecorators(node) ?? [])
            this.evalExpr(decorator.expression, outer);
        const scope = { vars: new Map(), parent: outer, fn: outer.fn, returns: [] };
        for (const member of node.members) {
            if (external_ts_morph_.ts.isMethodDeclaration(member) || external_ts_morph_.ts.isConstructorDeclaration(member) || external_ts_morph_.ts.isGetAccessor(member) || external_ts_morph_.ts.isSetAccessor(member)) {
                const memberName = member.name && (external_ts_morph_.ts.isIdentifier(member.name) || external_ts_morph_.ts.isStringLiteral(member.name)) ? member.name.text : external_ts_morph_.ts.isConstructorDeclaration(member) ? 'constructor' : '<member>';
                const className = node.name?.text;
                this.walkFunction(member, scope, className ? `${className}.${memberName}` : memberName);
            }
            else if (external_ts_morph_.ts.isPropertyDeclaration(member) && member.initializer) {
                const value = this.evalExpr(member.initializer, scope);
                if (!this.isSilent)
                    for (const recognizer of this.recognizers)
                        recognizer.onAssign?.(member.name, value, member.initializer, this, scope);
            }
        }
        if (node.name)
            outer.vars.set(node.name.text, { kind: 'unknown', name: node.name.text });
    }
    // ---- imports ----
    recordImport(node) {
        if (!external_ts_morph_.ts.isStringLiteral(node.moduleSpecifier))
            return;
        const moduleName = node.moduleSpecifier.text;
        this.importedModules.add(packageOf(moduleName));
        for (const binding of importDeclarationBindings(node)) {
            this.imports.set(binding.local, binding.qualified);
            this.importBindings.push(binding);
        }
    }
    bindModule(local, moduleName) {
        this.imports.set(local, moduleName);
        this.importBindings.push({ local, specifier: moduleName, imported: '*', qualified: moduleName });
        this.importedModules.add(packageOf(moduleName));
    }
    /** `const jwt = require('x')`, `const { verify, sign: s } = require('x')`, `require('x').verify`. */
    bindRequire(name, required) {
        const base = required.member ? `${required.module}.${required.member}` : required.module;
        this.importedModules.add(packageOf(required.module));
        if (external_ts_morph_.ts.isIdentifier(name)) {
            this.imports.set(name.text, base);
            this.importBindings.push({ local: name.text, specifier: required.module, imported: required.member ?? '*', qualified: base });
            return;
        }
        if (external_ts_morph_.ts.isObjectBindingPattern(name)) {
            for (const element of name.elements) {
                const key = (element.propertyName && external_ts_morph_.ts.isIdentifier(element.propertyName) ? element.propertyName : element.name);
                if (external_ts_morph_.ts.isIdentifier(element.name) && external_ts_morph_.ts.isIdentifier(key)) {
                    this.imports.set(element.name.text, `${base}.${key.text}`);
                    // `const { verify } = require('./auth')`, `const { a } = require('./x').b`: a member of what is required
                    if (!required.member)
                        this.importBindings.push({ local: element.name.text, specifier: required.module, imported: key.text, qualified: `${base}.${key.text}` });
                }
            }
        }
    }
    // ---- names ----
    nameOf(node) {
        return dottedName(node);
    }
    // ---- expressions ----
    evalExpr(node, scope) {
        if (!this.isSilent) {
            const cached = this.memo.get(node);
            if (cached)
                return cached;
        }
        const value = (0,model_values/* withinValueDepth */.Mn)(this.evalUncached(node, scope));
        if (!this.isSilent)
            this.memo.set(node, value);
        if (value.kind === 'token')
            this.markTokenTouched(scope);
        return value;
    }
    evalUncached(node, scope) {
        switch (node.kind) {
            case lower_SK.StringLiteral:
            case lower_SK.NoSubstitutionTemplateLiteral:
                return { kind: 'string', value: node.text };
            case lower_SK.NumericLiteral: {
                const parsed = Number(node.text);
                return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
            }
            case lower_SK.TrueKeyword:
                return { kind: 'bool', value: true };
            case lower_SK.FalseKeyword:
                return { kind: 'bool', value: false };
            case lower_SK.NullKeyword:
                return { kind: 'none' };
            case lower_SK.Identifier: {
                const name = node.text;
                if (name === 'undefined')
                    return { kind: 'none' };
                const bound = this.lookup(name, scope);
                if (bound)
                    return bound.kind === 'token' ? { ...bound, name } : bound.kind === 'string' && !bound.via ? { ...bound, via: name } : bound;
                const qualified = this.importedName(name);
                return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified ?? name };
            }
            case lower_SK.TemplateExpression: {
                const template = node;
                const parts = template.templateSpans.map((span) => this.evalExpr(span.expression, scope));
                const tokenIndex = parts.findIndex((part) => (0,model_values/* firstToken */.wk)(part) !== undefined);
                if (tokenIndex >= 0) {
                    // text before the token that looks like a URL query marks the token as written into a URL
                    const before = template.head.text + template.templateSpans.slice(0, tokenIndex).map((span) => span.literal.text).join('');
                    return (0,model_values/* withTransform */.Fv)((0,model_values/* firstToken */.wk)(parts[tokenIndex]), URL_QUERY.test(before) ? 'url' : 'template');
                }
                if (parts.every((part) => part.kind === 'string' || part.kind === 'number')) {
                    return { kind: 'string', value: template.head.text + template.templateSpans.map((span, index) => String(parts[index].value) + span.literal.text).join('') };
                }
                return UNKNOWN;
            }
            case lower_SK.ParenthesizedExpression:
            case lower_SK.AsExpression:
            case lower_SK.NonNullExpression:
            case lower_SK.TypeAssertionExpression:
            case lower_SK.SatisfiesExpression:
            case lower_SK.AwaitExpression:
                return this.evalExpr(node.expression, scope);
            case lower_SK.PropertyAccessExpression:
                return this.evalPropertyAccess(node, scope);
            case lower_SK.ElementAccessExpression:
                return this.evalElementAccess(node, scope);
            case lower_SK.CallExpression:
            case lower_SK.NewExpression:
                return this.evalCall(node, scope);
            case lower_SK.ArrayLiteralExpression:
                return { kind: 'list', items: node.elements.map((element) => this.evalExpr(external_ts_morph_.ts.isSpreadElement(element) ? element.expression : element, scope)) };
            case lower_SK.ObjectLiteralExpression:
                return this.evalObject(node, scope);
            case lower_SK.BinaryExpression:
                return this.evalBinary(node, scope);
            case lower_SK.ConditionalExpression: {
                const conditional = node;
                this.evalExpr(conditional.condition, scope);
                const whenTrue = this.evalExpr(conditional.whenTrue, scope);
                const whenFalse = this.evalExpr(conditional.whenFalse, scope);
                return whenTrue.kind === 'token' ? whenTrue : whenFalse.kind === 'token' ? whenFalse : whenTrue;
            }
            case lower_SK.PrefixUnaryExpression: {
                const unary = node;
                const operand = this.evalExpr(unary.operand, scope);
                if (unary.operator === lower_SK.MinusToken && operand.kind === 'number')
                    return { kind: 'number', value: -operand.value };
                return UNKNOWN;
            }
            case lower_SK.PostfixUnaryExpression:
                this.evalExpr(node.operand, scope);
                return UNKNOWN;
            case lower_SK.ArrowFunction:
            case lower_SK.FunctionExpression:
                return this.walkFunction(node, scope, functionNameFromContext(node));
            case lower_SK.ClassExpression:
                this.walkClass(node, scope);
                return UNKNOWN;
            case lower_SK.TaggedTemplateExpression:
                this.evalExpr(node.template, scope);
                return UNKNOWN;
            case lower_SK.SpreadElement:
                return this.evalExpr(node.expression, scope);
            case lower_SK.TypeOfExpression:
            case lower_SK.VoidExpression:
            case lower_SK.DeleteExpression:
                this.evalExpr(node.expression, scope);
                return UNKNOWN;
            case lower_SK.JsxElement:
            case lower_SK.JsxSelfClosingElement:
            case lower_SK.JsxFragment:
                external_ts_morph_.ts.forEachChild(node, (child) => {
                    this.evalJsxChild(child, scope);
                });
                return UNKNOWN;
            default:
                return UNKNOWN;
        }
    }
    evalJsxChild(node, scope) {
        if (external_ts_morph_.ts.isJsxExpression(node)) {
            if (node.expression)
                this.evalExpr(node.expression, scope);
            return;
        }
        external_ts_morph_.ts.forEachChild(node, (child) => {
            this.evalJsxChild(child, scope);
        });
    }
    evalObject(node, scope) {
        const entries = [];
        for (const property of node.properties) {
            if (external_ts_morph_.ts.isPropertyAssignment(property)) {
                const key = propertyKey(property.name);
                entries.push({ key, value: this.evalExpr(property.initializer, scope) });
            }
            else if (external_ts_morph_.ts.isShorthandPropertyAssignment(property)) {
                entries.push({ key: property.name.text, value: this.evalExpr(property.name, scope) });
            }
            else if (external_ts_morph_.ts.isSpreadAssignment(property)) {
                const spread = this.evalExpr(property.expression, scope);
                if (spread.kind === 'dict')
                    entries.push(...spread.entries);
                else
                    entries.push({ key: null, value: spread });
            }
            else if (external_ts_morph_.ts.isMethodDeclaration(property) || external_ts_morph_.ts.isGetAccessor(property) || external_ts_morph_.ts.isSetAccessor(property)) {
                this.walkFunction(property, scope, propertyKey(property.name) ?? undefined);
            }
        }
        return { kind: 'dict', entries };
    }
    evalBinary(node, scope) {
        const operator = node.operatorToken.kind;
        if (operator === lower_SK.EqualsToken) {
            const value = this.evalExpr(node.right, scope);
            this.assignTo(node.left, value, node.right, scope);
            return value;
        }
        const left = this.evalExpr(node.left, scope);
        const right = this.evalExpr(node.right, scope);
        switch (operator) {
            case lower_SK.PlusToken:
            case lower_SK.PlusEqualsToken: {
                if (left.kind === 'string' && right.kind === 'string')
                    return { kind: 'string', value: left.value + right.value };
                if (left.kind === 'number' && right.kind === 'number')
                    return { kind: 'number', value: left.value + right.value };
                const token = (0,model_values/* firstToken */.wk)(left) ?? (0,model_values/* firstToken */.wk)(right);
                const result = token ? (0,model_values/* withTransform */.Fv)(token, 'concatenation') : UNKNOWN;
                if (operator === lower_SK.PlusEqualsToken && token)
                    this.assignTo(node.left, result, node.right, scope);
                return result;
            }
            case lower_SK.AsteriskToken:
                return left.kind === 'number' && right.kind === 'number' ? { kind: 'number', value: left.value * right.value } : UNKNOWN;
            case lower_SK.BarBarToken:
            case lower_SK.QuestionQuestionToken:
                if (left.kind === 'token')
                    return left;
                if (right.kind === 'token')
                    return right;
                // `process.env.X || 'fallback'`: an env value with a literal fallback
                if (left.kind === 'env')
                    return { kind: 'env', name: left.name, fallback: right };
                return left.kind === 'unknown' ? right : left;
            case lower_SK.AmpersandAmpersandToken:
                return right.kind === 'token' ? right : UNKNOWN;
            case lower_SK.EqualsEqualsEqualsToken:
            case lower_SK.EqualsEqualsToken:
            case lower_SK.ExclamationEqualsEqualsToken:
            case lower_SK.ExclamationEqualsToken:
                if (!this.isSilent) {
                    const text = external_ts_morph_.ts.tokenToString(operator) ?? '';
                    for (const recognizer of this.recognizers)
                        recognizer.onCompare?.(node, text, left, right, this, scope);
                }
                return UNKNOWN;
            default:
                return UNKNOWN;
        }
    }
    assignTo(target, value, valueNode, scope) {
        if (external_ts_morph_.ts.isIdentifier(target)) {
            // assignment to an outer variable updates it where it lives
            let owner = scope;
            while (owner && !owner.vars.has(target.text))
                owner = owner.parent;
            (owner ?? scope).vars.set(target.text, value.kind === 'token' ? { ...value, name: target.text } : value);
        }
        else if (external_ts_morph_.ts.isPropertyAccessExpression(target) || external_ts_morph_.ts.isElementAccessExpression(target)) {
            const name = dottedName(target);
            if (name && (value.kind === 'token' || value.kind === 'claims'))
                scope.vars.set(name, value);
            this.setDictEntry(target, value, scope);
            this.evalExpr(target.expression, scope);
            if (external_ts_morph_.ts.isElementAccessExpression(target))
                this.evalExpr(target.argumentExpression, scope);
        }
        else if (external_ts_morph_.ts.isObjectLiteralExpression(target) || external_ts_morph_.ts.isArrayLiteralExpression(target)) {
            // destructuring assignment: rare with tokens; evaluate for nested calls only
        }
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onAssign?.(target, value, valueNode, this, scope);
    }
    /** `opts.secretOrKey = v` on a variable holding an object literal: the object gains the entry. */
    setDictEntry(target, value, scope) {
        if (!external_ts_morph_.ts.isIdentifier(target.expression))
            return;
        const key = external_ts_morph_.ts.isPropertyAccessExpression(target) ? target.name.text : external_ts_morph_.ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression.text : undefined;
        if (key === undefined)
            return;
        let owner = scope;
        while (owner && !owner.vars.has(target.expression.text))
            owner = owner.parent;
        const current = owner?.vars.get(target.expression.text);
        if (!owner || current?.kind !== 'dict')
            return;
        owner.vars.set(target.expression.text, { kind: 'dict', entries: [...current.entries.filter((entry) => entry.key !== key), { key, value }] });
    }
    evalPropertyAccess(node, scope) {
        const dotted = dottedName(node);
        if (dotted) {
            const bound = this.lookup(dotted, scope);
            if (bound)
                return bound;
            const source = tokenSourceOfProperty(dotted, () => this.loc(node));
            if (source)
                return this.tokenValue(source);
            const env = /^process\.env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(dotted);
            if (env)
                return { kind: 'env', name: env[1] };
        }
        const object = this.evalExpr(node.expression, scope);
        const member = node.name.text;
        if (object.kind === 'token')
            return member === 'length' ? UNKNOWN : (0,model_values/* withTransform */.Fv)(object, `.${member}`);
        if (object.kind === 'claims')
            return claimsMember(object, member);
        if (object.kind === 'dict')
            return object.entries.find((entry) => entry.key === member)?.value ?? UNKNOWN;
        const qualified = this.qualifiedName(node);
        return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified };
    }
    evalElementAccess(node, scope) {
        const object = this.evalExpr(node.expression, scope);
        const index = this.evalExpr(node.argumentExpression, scope);
        if (!this.isSilent)
            for (const recognizer of this.recognizers)
                recognizer.onElementAccess?.(node, object, index, this, scope);
        const head = dottedName(node.expression);
        if (head && index.kind === 'string') {
            const source = tokenSourceOfProperty(`${head}.${index.value}`, () => this.loc(node));
            if (source)
                return this.tokenValue(source);
            if (head === 'process.env')
                return { kind: 'env', name: index.value };
        }
        if (object.kind === 'token')
            return (0,model_values/* withTransform */.Fv)(object, 'index');
        if (object.kind === 'claims')
            return index.kind === 'string' ? claimsMember(object, index.value) : object;
        if (object.kind === 'dict' && index.kind === 'string')
            return object.entries.find((entry) => entry.key === index.value)?.value ?? UNKNOWN;
        if (object.kind === 'list' && index.kind === 'number')
            return object.items.at(index.value) ?? UNKNOWN;
        return UNKNOWN;
    }
    evalCall(node, scope) {
        const expression = node.expression;
        let receiver;
        let receiverNode;
        let method;
        if (external_ts_morph_.ts.isPropertyAccessExpression(expression)) {
            receiverNode = expression.expression;
            method = expression.name.text;
            receiver = this.evalExpr(receiverNode, scope);
        }
        else if (external_ts_morph_.ts.isIdentifier(expression)) {
            method = expression.text;
        }
        else {
            this.evalExpr(expression, scope);
        }
        const argNodes = [...(node.arguments ?? [])];
        const args = argNodes.map((argument) => this.evalExpr(argument, scope));
        const callee = this.qualifiedName(expression);
        const call = { node, callee, method, receiver, receiverNode, args, argNodes, isNew: external_ts_morph_.ts.isNewExpression(node) };
        const source = tokenSourceOfCall(call, this);
        if (source)
            return this.tokenValue(source);
        let result;
        for (const recognizer of this.recognizers) {
            const produced = recognizer.onCall?.(call, this, scope);
            if (produced && !result)
                result = produced;
        }
        if (result)
            return result;
        return this.builtinCallValue(call, scope);
    }
    /** What well-known pure calls return: string methods on tokens, String(), JSON.stringify, helpers. */
    builtinCallValue(call, scope) {
        const { method, receiver, args, callee } = call;
        if (receiver?.kind === 'token' && method && TOKEN_PRESERVING_METHODS.has(method))
            return (0,model_values/* withTransform */.Fv)(receiver, method);
        if ((callee === 'String' || callee === 'JSON.stringify' || callee === 'encodeURIComponent' || callee === 'Buffer.from') && args[0]) {
            const token = (0,model_values/* firstToken */.wk)(args[0]);
            if (token)
                return (0,model_values/* withTransform */.Fv)(token, callee);
            if (args[0].kind === 'string')
                return args[0];
        }
        // new Error(`bad token ${t}`): the message carries the token wherever the error goes
        if (call.isNew && method && /(?:Error|Exception)$/.test(method)) {
            const token = args.map(model_values/* firstToken */.wk).find(Boolean);
            if (token)
                return (0,model_values/* withTransform */.Fv)(token, 'error');
        }
        // key material: `new TextEncoder().encode('s')`, `Buffer.from(process.env.S || 's')`, `createSecretKey(…)` keep the literal or env value
        const wrapsKey = method === 'encode' && call.receiverNode !== undefined && external_ts_morph_.ts.isNewExpression(lower_unwrap(call.receiverNode)) && qualifiedNewName(lower_unwrap(call.receiverNode), this) === 'TextEncoder';
        if ((wrapsKey || callee === 'Buffer.from' || callee === 'crypto.createSecretKey' || callee === 'createSecretKey' || callee === 'node:crypto.createSecretKey') && args[0] && (args[0].kind === 'string' || args[0].kind === 'env'))
            return args[0];
        if (method === 'concat' && receiver) {
            const token = (0,model_values/* firstToken */.wk)(receiver) ?? args.map(model_values/* firstToken */.wk).find(Boolean);
            if (token)
                return (0,model_values/* withTransform */.Fv)(token, 'concat');
        }
        if (method === 'join' && receiver?.kind === 'list') {
            const token = (0,model_values/* firstToken */.wk)(receiver);
            if (token)
                return (0,model_values/* withTransform */.Fv)(token, 'join');
        }
        if (callee && !callee.includes('.') && this.functionDefs.has(callee))
            return this.helperReturn(this.functionDefs.get(callee), scope);
        return importedCallValue(call, this, scope) ?? { kind: 'unknown', name: callee ? `${callee}()` : undefined };
    }
    helperReturn(def, scope) {
        const cached = this.helperReturns.get(def);
        if (cached)
            return cached;
        this.helperReturns.set(def, UNKNOWN); // recursion guard
        this.silent++;
        let result = UNKNOWN;
        try {
            const inner = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
            for (const parameter of def.parameters) {
                const source = tokenSourceOfParameter(parameter, this);
                if (external_ts_morph_.ts.isIdentifier(parameter.name))
                    inner.vars.set(parameter.name.text, source ? this.tokenValue(source, parameter.name.text) : UNKNOWN);
            }
            const body = def.body;
            if (body) {
                if (external_ts_morph_.ts.isBlock(body))
                    this.walkStatements(body.statements, inner);
                else
                    inner.returns.push(this.evalExpr(body, inner));
            }
            result = inner.returns.find((value) => value.kind === 'token') ?? inner.returns.find((value) => value.kind === 'claims') ?? inner.returns[0] ?? UNKNOWN;
            if (result.kind === 'token')
                result = (0,model_values/* withTransform */.Fv)(result, 'helper()');
        }
        finally {
            this.silent--;
        }
        this.helperReturns.set(def, result);
        if (result.kind === 'token')
            this.markTokenTouched(scope);
        return result;
    }
}
const TOKEN_PRESERVING_METHODS = new Set([
    'split',
    'replace',
    'replaceAll',
    'slice',
    'substring',
    'substr',
    'trim',
    'trimStart',
    'trimEnd',
    'toLowerCase',
    'toUpperCase',
    'toString',
    'at',
    'pop',
    'shift',
    'match',
    'concat',
    'padStart',
    'padEnd',
]);
/** A member of decoded claims: the same claims, with the member appended to the path read so far. */
function claimsMember(claims, member) {
    const path = claims.path ?? [];
    return path.length >= 3 ? claims : { ...claims, path: [...path, member] };
}
function qualifiedNewName(node, lowering) {
    return lowering.qualifiedName(node.expression);
}
function lower_unwrap(node) {
    let current = node;
    while (external_ts_morph_.ts.isParenthesizedExpression(current) || external_ts_morph_.ts.isAsExpression(current) || external_ts_morph_.ts.isNonNullExpression(current) || external_ts_morph_.ts.isSatisfiesExpression(current))
        current = current.expression;
    return current;
}
/** `require('x')`, `require('x').member`, `await import('x')`. */
function requiredModule(init) {
    let node = lower_unwrap(init);
    if (external_ts_morph_.ts.isAwaitExpression(node))
        node = lower_unwrap(node.expression);
    let member;
    if (external_ts_morph_.ts.isPropertyAccessExpression(node)) {
        member = node.name.text;
        node = lower_unwrap(node.expression);
    }
    if (external_ts_morph_.ts.isCallExpression(node) && node.arguments.length === 1 && external_ts_morph_.ts.isStringLiteral(node.arguments[0])) {
        const isRequire = external_ts_morph_.ts.isIdentifier(node.expression) && node.expression.text === 'require';
        const isImport = node.expression.kind === lower_SK.ImportKeyword;
        if (isRequire || isImport)
            return { module: node.arguments[0].text, member: member === 'default' ? undefined : member };
    }
    return undefined;
}
function packageOf(moduleName) {
    if (moduleName.startsWith('node:'))
        return moduleName.slice(5);
    const parts = moduleName.split('/');
    return moduleName.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
function functionNameFromContext(node) {
    const parent = node.parent;
    if (parent && external_ts_morph_.ts.isVariableDeclaration(parent) && external_ts_morph_.ts.isIdentifier(parent.name))
        return parent.name.text;
    if (parent && external_ts_morph_.ts.isPropertyAssignment(parent))
        return propertyKey(parent.name) ?? undefined;
    return undefined;
}
function hasParseDiagnostics(sourceFile) {
    return (sourceFile.parseDiagnostics?.length ?? 0) > 0;
}
function parseDiagnosticsOf(sourceFile) {
    return sourceFile.parseDiagnostics ?? [];
}

// EXTERNAL MODULE: ./src/lang/line-index.ts
var line_index = __webpack_require__(457);
;// CONCATENATED MODULE: ./src/lang/typescript/bracket-skip.ts
/**
 * The contents of a bracket, skipped character by character, for the top-level scan
 * (./top-level-scan.ts): it records nothing two brackets deep, yet scanning those tokens
 * with the compiler's scanner was most of its time (most code is that deep). This reads
 * only what a bracket's end depends on: strings, templates, comments, regular expressions
 * and nested brackets.
 *
 * It answers only when it is sure. Wherever the compiler's scanner could read the text
 * otherwise, or would report an error, it gives up (undefined) and the caller scans the
 * bracket as before: a `/` after `)`, `}`, `++` or a word that may be an operator; a `<`
 * where an expression may start (JSX, a type assertion); a line break in a string or a
 * regular expression; a backslash or a character beyond ASCII outside strings and
 * comments; a bracket that does not match; nesting past the scan's limit.
 */
/** After this, a `/` starts a regular expression and a `<` may start JSX. */
const EXPRESSION = 0;
/** After a value (a name, a literal, `]`): a `/` divides, a `<` compares. */
const VALUE = 1;
/** After `)`, `}`, `++`, `--` or a word such as `of`: the token alone cannot tell. */
const UNSURE = 2;
/**
 * Reserved words after which an expression starts, and (UNSURE) words that are an operator
 * or a name depending on the grammar; by first letter, so that a name is matched without
 * cutting it out of the text.
 */
const WORDS_BY_INITIAL = new Map();
for (const [word, state] of [
    ...['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'extends'].map((word) => [word, EXPRESSION]),
    ...['of', 'yield', 'await', 'async', 'as', 'satisfies'].map((word) => [word, UNSURE]),
]) {
    const initial = word.charCodeAt(0);
    WORDS_BY_INITIAL.set(initial, [...(WORDS_BY_INITIAL.get(initial) ?? []), [word, state]]);
}
/** What may follow the name at start..end. */
function stateAfterWord(text, start, end) {
    const words = WORDS_BY_INITIAL.get(text.charCodeAt(start));
    if (words === undefined || end - start > 10)
        return VALUE;
    for (const [word, state] of words)
        if (word.length === end - start && text.startsWith(word, start))
            return state;
    return VALUE;
}
const TEMPLATE_EXPRESSION = -1;
/**
 * Where the scan may resume inside the bracket opened just before `from` (whose closer is
 * `closer`, one of `)`, `]`, `}`): the end of the last token before its closer, so that
 * scanning from there reads the closer with the line breaks before it. Undefined when the
 * contents are not plain enough to skip this way. `depth` is the nesting at the contents;
 * `maxDepth` the scan's limit.
 */
function skipBracketContents(text, from, closer, depth, maxDepth) {
    const closers = [closer];
    let state = EXPRESSION;
    let afterDot = false;
    let lastTokenEnd = from;
    let index = from;
    const length = text.length;
    while (index < length) {
        const code = text.charCodeAt(index);
        // blanks: space, tab, vertical tab, form feed, line feed, carriage return
        if (code === 32 || (code >= 9 && code <= 13)) {
            index++;
            continue;
        }
        if (code >= 128 || code < 9 || (code > 13 && code < 32) || code === 92)
            return undefined;
        if (isConflictMarker(text, index, code))
            return undefined;
        const start = index;
        let dot = false;
        if (code === 47) {
            // `/`
            const next = text.charCodeAt(index + 1);
            if (next === 47) {
                index = lineCommentEnd(text, index + 2);
                if (index < 0)
                    return undefined;
                continue;
            }
            if (next === 42) {
                const end = text.indexOf('*/', index + 2);
                if (end < 0)
                    return undefined;
                index = end + 2;
                continue;
            }
            if (state === UNSURE)
                return undefined;
            if (state === EXPRESSION) {
                index = regularExpressionEnd(text, index + 1);
                if (index < 0)
                    return undefined;
                state = VALUE;
            }
            else {
                index++;
                state = EXPRESSION;
            }
        }
        else if (code === 39 || code === 34) {
            index = stringEnd(text, index + 1, code);
            if (index < 0)
                return undefined;
            state = VALUE;
        }
        else if (code === 96) {
            index = templateEnd(text, index + 1);
            if (index < 0)
                return undefined;
            if (text.charCodeAt(index - 1) !== 96) {
                // stopped at `${`: its expression is code, up to the `}` that resumes the template
                closers.push(TEMPLATE_EXPRESSION);
                if (depth + closers.length > maxDepth)
                    return undefined;
                state = EXPRESSION;
            }
            else
                state = VALUE;
        }
        else if (code === 40 || code === 91 || code === 123) {
            // ( [ {
            closers.push(code === 40 ? 41 : code + 2);
            if (depth + closers.length > maxDepth)
                return undefined;
            index++;
            state = EXPRESSION;
        }
        else if (code === 41 || code === 93 || code === 125) {
            // ) ] }
            const expected = closers.pop();
            if (expected === TEMPLATE_EXPRESSION) {
                if (code !== 125)
                    return undefined;
                index = templateEnd(text, index + 1);
                if (index < 0)
                    return undefined;
                if (text.charCodeAt(index - 1) !== 96) {
                    closers.push(TEMPLATE_EXPRESSION);
                    state = EXPRESSION;
                }
                else
                    state = VALUE;
            }
            else {
                if (expected !== code)
                    return undefined;
                if (closers.length === 0)
                    return lastTokenEnd;
                index++;
                state = code === 93 ? VALUE : UNSURE;
            }
        }
        else if (isWordStart(code)) {
            index++;
            while (index < length && isWordPart(text.charCodeAt(index)))
                index++;
            if (index < length && text.charCodeAt(index) >= 128)
                return undefined;
            state = afterDot ? VALUE : stateAfterWord(text, start, index);
        }
        else if (code >= 48 && code <= 57) {
            index = numberEnd(text, index + 1);
            state = VALUE;
        }
        else if (code === 46) {
            // `.5`, `...`, `.name`
            const next = text.charCodeAt(index + 1);
            if (next >= 48 && next <= 57) {
                index = numberEnd(text, index + 1);
                state = VALUE;
            }
            else {
                index++;
                dot = true;
                state = EXPRESSION;
            }
        }
        else if (code === 60) {
            // `<`: JSX or a type assertion where an expression may start
            if (state !== VALUE)
                return undefined;
            index++;
            state = EXPRESSION;
        }
        else if (code === 43 || code === 45) {
            // `++`, `--` are postfix or prefix: what follows cannot be told from them
            if (text.charCodeAt(index + 1) === code) {
                index += 2;
                state = UNSURE;
            }
            else {
                index++;
                state = EXPRESSION;
            }
        }
        else if (code === 63 && text.charCodeAt(index + 1) === 46 && !isDigit(text.charCodeAt(index + 2))) {
            // `?.`
            index += 2;
            dot = true;
            state = EXPRESSION;
        }
        else {
            // the other punctuators: = ! % & * , : ; ? ^ | ~ > @
            index++;
            state = EXPRESSION;
        }
        afterDot = dot;
        lastTokenEnd = index;
    }
    return undefined;
}
/** A merge conflict marker (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>` at a line's start), which the compiler reports. */
function isConflictMarker(text, index, code) {
    if (code !== 60 && code !== 61 && code !== 62 && code !== 124)
        return false;
    if (index > 0 && text.charCodeAt(index - 1) !== 10 && text.charCodeAt(index - 1) !== 13)
        return false;
    for (let offset = 1; offset < 7; offset++)
        if (text.charCodeAt(index + offset) !== code)
            return false;
    return true;
}
const isDigit = (code) => code >= 48 && code <= 57;
/** A-Z a-z _ $ # (a private name) */
const isWordStart = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 35;
const isWordPart = (code) => isWordStart(code) || isDigit(code);
/** After a line comment: at its line break; -1 at a line separator (U+2028, U+2029), where the compiler ends the comment too. */
function lineCommentEnd(text, from) {
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 10 || code === 13)
            return index;
        if (code === 0x2028 || code === 0x2029)
            return -1;
    }
    return text.length;
}
/** After a string's closing quote; -1 at a line break or the end of the text. */
function stringEnd(text, from, quote) {
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === quote)
            return index + 1;
        if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029)
            return -1;
        if (code === 92) {
            // an escape; `\` before a line break continues the string (CRLF counts as one)
            index++;
            if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10)
                index++;
        }
    }
    return -1;
}
/** After a template's closing backtick or at the end of a `${`; -1 at the end of the text. */
function templateEnd(text, from) {
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 96)
            return index + 1;
        if (code === 92)
            index++;
        else if (code === 36 && text.charCodeAt(index + 1) === 123)
            return index + 2;
    }
    return -1;
}
/** After a regular expression's flags; -1 at a line break or the end of the text. */
function regularExpressionEnd(text, from) {
    let inClass = false;
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029)
            return -1;
        if (code === 92) {
            index++;
            const escaped = text.charCodeAt(index);
            if (escaped === 10 || escaped === 13 || escaped === 0x2028 || escaped === 0x2029)
                return -1;
        }
        else if (code === 91)
            inClass = true;
        else if (code === 93)
            inClass = false;
        else if (code === 47 && !inClass) {
            let end = index + 1;
            while (end < text.length && isWordPart(text.charCodeAt(end)))
                end++;
            return end < text.length && text.charCodeAt(end) >= 128 ? -1 : end;
        }
    }
    return -1;
}
/** After a number's digits, letters (hex, exponent, BigInt `n`), separators and dots. */
function numberEnd(text, from) {
    let index = from;
    for (; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (isWordPart(code) || code === 46)
            continue;
        // an exponent's sign: 1e-5
        if ((code === 43 || code === 45) && (text.charCodeAt(index - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(from - 1, from + 1)))
            continue;
        break;
    }
    return index;
}

// EXTERNAL MODULE: ./src/lang/unlowered.ts
var unlowered = __webpack_require__(353);
;// CONCATENATED MODULE: ./src/lang/typescript/top-level-scan.ts
/**
 * What a JS/TS file that is not lowered offers other modules, read from its tokens without
 * parsing it: the same facts as `unloweredModuleFacts` (./imports.ts) reads from the tree,
 * its top-level imports, `require` bindings, re-exports and literal constants.
 *
 * Three bytes in four of a dependency tree have no word that makes them worth lowering (see
 * isRelevantScript), and parsing them only for these facts was most of the JS scan's time;
 * TypeScript's scanner reads the same text about ten times faster than its parser. The
 * scanner alone cannot tell a regular expression from a division or a template's end from a
 * brace, which the parser decides from the grammar; here the token before decides, and
 * wherever it cannot (a `/` after `}`, a `<` where an expression starts, as in JSX) the text
 * is not plain. So is anything the scanner reports, an unbalanced bracket, two names side by
 * side on a line (prose), deep nesting, a statement of a shape not read here, a suppression
 * marker, a file of two lines or fewer: the answer is then NEEDS_PARSE and the caller parses
 * the file as before, so a broken file is still reported as one.
 */





const top_level_scan_SK = external_ts_morph_.ts.SyntaxKind;
/** Brackets deeper than this are left to the parser, whose depth handling cuts what overflows. */
const MAX_DEPTH = 100;
const scanner = external_ts_morph_.ts.createScanner(external_ts_morph_.ts.ScriptTarget.Latest, true, external_ts_morph_.ts.LanguageVariant.Standard);
/** The facts and line count, or NEEDS_PARSE when the text is not plain enough to read this way; `jsx` when the file may hold JSX. */
function scanScriptFacts(text, jsx = false) {
    try {
        return (0,unlowered/* readIfPlain */.U0)(() => {
            const lines = new line_index/* LineIndex */.r(text, LINE_BREAK);
            // the parser drops a byte order mark; a file of two lines with an error is reported as not parsing
            if (lines.lineStarts <= 2 || text.charCodeAt(0) === 0xfeff)
                (0,unlowered/* plain */.pj)();
            return { lineStarts: lines.lineStarts, module: new FactReader(tokensOf(text, jsx), lines).read() };
        });
    }
    finally {
        scanner.setText(undefined);
        scanner.setOnError(undefined);
    }
}
/** Where the TypeScript compiler ends a line. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const isNameKind = (kind) => kind === top_level_scan_SK.Identifier || (kind >= top_level_scan_SK.FirstKeyword && kind <= top_level_scan_SK.LastKeyword);
/** A name a binding may take: an identifier or a word that is not reserved (`type`, `of`, `async`). */
const isBindingName = (kind) => kind === top_level_scan_SK.Identifier || (kind > top_level_scan_SK.LastReservedWord && kind <= top_level_scan_SK.LastKeyword);
const isLiteral = (kind) => kind === top_level_scan_SK.StringLiteral || kind === top_level_scan_SK.NumericLiteral || kind === top_level_scan_SK.BigIntLiteral || kind === top_level_scan_SK.RegularExpressionLiteral;
/** Reserved words after which an expression has ended (so a `/` divides). */
const VALUE_WORDS = new Set([top_level_scan_SK.ThisKeyword, top_level_scan_SK.SuperKeyword, top_level_scan_SK.TrueKeyword, top_level_scan_SK.FalseKeyword, top_level_scan_SK.NullKeyword]);
/** Words not reserved that an expression (or, for `as`, a type that may open with `<`) may follow, or a name. */
const WORDS_BEFORE_EXPRESSIONS = new Set([top_level_scan_SK.AwaitKeyword, top_level_scan_SK.YieldKeyword, top_level_scan_SK.AsyncKeyword, top_level_scan_SK.AsKeyword, top_level_scan_SK.SatisfiesKeyword, top_level_scan_SK.OfKeyword]);
const HEADER_WORDS = new Set([top_level_scan_SK.IfKeyword, top_level_scan_SK.WhileKeyword, top_level_scan_SK.ForKeyword, top_level_scan_SK.WithKeyword]);
/** Tokens after which a `{` opens a block or a function's body, never an object literal. */
const BEFORE_BLOCKS = new Set([top_level_scan_SK.CloseParenToken, top_level_scan_SK.EqualsGreaterThanToken, top_level_scan_SK.ElseKeyword, top_level_scan_SK.TryKeyword, top_level_scan_SK.FinallyKeyword, top_level_scan_SK.DoKeyword]);
const OPENERS = new Set([top_level_scan_SK.OpenParenToken, top_level_scan_SK.OpenBracketToken, top_level_scan_SK.OpenBraceToken]);
const CLOSER_CHAR = new Map([
    [top_level_scan_SK.OpenParenToken, 0x29],
    [top_level_scan_SK.OpenBracketToken, 0x5d],
    [top_level_scan_SK.OpenBraceToken, 0x7d],
]);
const CLOSER_OF = new Map([
    [top_level_scan_SK.CloseParenToken, top_level_scan_SK.OpenParenToken],
    [top_level_scan_SK.CloseBracketToken, top_level_scan_SK.OpenBracketToken],
    [top_level_scan_SK.CloseBraceToken, top_level_scan_SK.OpenBraceToken],
]);
/**
 * The tokens at depth 0 and 1, with every check of plainness on the way. Deeper tokens are
 * only scanned: no fact read here lies deeper. A JSX element (in a file that may hold JSX)
 * is read with the scanner's JSX modes and stands for one token.
 */
function tokensOf(text, jsx) {
    scanner.setText(text);
    scanner.setOnError(() => (0,unlowered/* plain */.pj)());
    const tokenizer = new Tokenizer(jsx);
    tokenizer.run(false);
    return tokenizer.tokens;
}
class Tokenizer {
    jsx;
    tokens = [];
    previous = top_level_scan_SK.Unknown;
    beforePrevious = top_level_scan_SK.Unknown;
    previousAfterDot = false;
    afterDot = false;
    closedParen = Paren.Other;
    /** Brackets (and JSX elements) open outside the run under way: a JSX expression's run starts inside them. */
    outerDepth = 0;
    /** Brackets open, all runs counted, after the last token. */
    depthNow = 0;
    /** Inside a JSX element nothing is recorded: the element is one operand. */
    inJsx = 0;
    constructor(jsx) {
        this.jsx = jsx;
    }
    /**
     * Scans tokens to the end of the text or, for a JSX expression (`container`), to the `}`
     * that closes it.
     */
    run(container) {
        /** Open brackets: their kind, TemplateHead for a template's `${`; with each, what kind of paren it is. */
        const open = [];
        const parens = [];
        for (;;) {
            let kind = scanner.scan();
            if (kind === top_level_scan_SK.EndOfFileToken)
                break;
            const newline = scanner.hasPrecedingLineBreak();
            const previous = this.previous;
            if (kind === top_level_scan_SK.SlashToken || kind === top_level_scan_SK.SlashEqualsToken) {
                if (expressionMayStart(previous, this.previousAfterDot, this.closedParen === Paren.Header))
                    kind = scanner.reScanSlashToken();
            }
            else if (kind === top_level_scan_SK.LessThanToken) {
                // a `<` where an expression starts is JSX, or in TypeScript a type assertion or a generic arrow;
                // after a word such as `get` or `string` (a name) it opens type arguments
                const startsExpression = WORDS_BEFORE_EXPRESSIONS.has(previous) || expressionMayStart(previous, this.previousAfterDot, this.closedParen === Paren.Header);
                if (startsExpression) {
                    if (!this.jsx || previous === top_level_scan_SK.AsKeyword || previous === top_level_scan_SK.SatisfiesKeyword || previous === top_level_scan_SK.AsyncKeyword)
                        (0,unlowered/* plain */.pj)();
                    this.jsxElement();
                    kind = top_level_scan_SK.JsxElement;
                }
            }
            if (kind === top_level_scan_SK.CloseBraceToken && open.length === 0 && container)
                return;
            if (kind === top_level_scan_SK.CloseBraceToken && open[open.length - 1] === top_level_scan_SK.TemplateHead) {
                kind = scanner.reScanTemplateToken(false);
                if (kind !== top_level_scan_SK.TemplateMiddle && kind !== top_level_scan_SK.TemplateTail)
                    (0,unlowered/* plain */.pj)();
            }
            // two names or literals side by side on one line are no code (prose, a lost operator)
            if ((kind === top_level_scan_SK.Identifier || isLiteral(kind)) && (previous === top_level_scan_SK.Identifier || isLiteral(previous)) && !newline)
                (0,unlowered/* plain */.pj)();
            // `name() {` at the top level is a method cut out of its class (a code sample), which does not parse
            if (kind === top_level_scan_SK.OpenBraceToken && previous === top_level_scan_SK.CloseParenToken && this.closedParen === Paren.TopLevelCall && !newline)
                (0,unlowered/* plain */.pj)();
            let depth = this.outerDepth + open.length;
            this.closedParen = Paren.Other;
            if (OPENERS.has(kind) || kind === top_level_scan_SK.TemplateHead) {
                open.push(kind);
                parens.push(kind !== top_level_scan_SK.OpenParenToken ? Paren.Other : parenAfter(previous, this.beforePrevious, this.previousAfterDot, depth));
                if (depth >= MAX_DEPTH)
                    (0,unlowered/* plain */.pj)();
                // two brackets deep nothing is recorded, nor in a block or a function's body (no fact is read
                // there): the contents are skipped when that is sure, scanned otherwise
                if ((depth >= 1 || (kind === top_level_scan_SK.OpenBraceToken && BEFORE_BLOCKS.has(previous))) && kind !== top_level_scan_SK.TemplateHead && !container && this.inJsx === 0) {
                    const resume = skipBracketContents(scanner.getText(), scanner.getTokenEnd(), CLOSER_CHAR.get(kind), depth + 1, MAX_DEPTH);
                    if (resume !== undefined)
                        scanner.resetTokenState(resume);
                }
            }
            else if (CLOSER_OF.has(kind) || kind === top_level_scan_SK.TemplateTail) {
                if (open.pop() !== (CLOSER_OF.get(kind) ?? top_level_scan_SK.TemplateHead))
                    (0,unlowered/* plain */.pj)();
                this.closedParen = parens.pop();
                depth--;
            }
            else if (kind === top_level_scan_SK.TemplateMiddle) {
                depth--;
            }
            this.depthNow = this.outerDepth + open.length;
            if (depth <= 1 && this.inJsx === 0) {
                const named = isNameKind(kind) || isLiteral(kind) || kind === top_level_scan_SK.NoSubstitutionTemplateLiteral;
                this.tokens.push({ kind, start: scanner.getTokenStart(), depth, newline, value: named ? scanner.getTokenValue() : '', afterDot: this.afterDot });
            }
            this.previousAfterDot = this.afterDot;
            this.afterDot = kind === top_level_scan_SK.DotToken || kind === top_level_scan_SK.QuestionDotToken;
            this.beforePrevious = previous;
            this.previous = kind;
        }
        if (open.length || container)
            (0,unlowered/* plain */.pj)();
    }
    /**
     * A JSX element or fragment, its `<` just scanned, read as the parser reads it: names with
     * the JSX identifier scan, attribute values, text children, `{…}` expressions (ordinary
     * tokens again) and nested elements, to the `>` that closes it.
     */
    jsxElement() {
        if (++this.inJsx + this.depthNow > MAX_DEPTH)
            (0,unlowered/* plain */.pj)();
        let kind = scanner.scan();
        if (kind === top_level_scan_SK.GreaterThanToken) {
            this.jsxChildren('');
        }
        else {
            const name = this.jsxName(kind);
            kind = scanner.scan();
            while (kind !== top_level_scan_SK.GreaterThanToken && kind !== top_level_scan_SK.SlashToken) {
                if (kind === top_level_scan_SK.OpenBraceToken) {
                    // `{...props}`
                    if (scanner.scan() !== top_level_scan_SK.DotDotDotToken)
                        (0,unlowered/* plain */.pj)();
                    this.jsxExpression();
                }
                else {
                    if (!isNameKind(kind))
                        (0,unlowered/* plain */.pj)();
                    scanner.scanJsxIdentifier();
                    kind = scanner.scan();
                    if (kind === top_level_scan_SK.ColonToken) {
                        scanner.scan();
                        scanner.scanJsxIdentifier();
                        kind = scanner.scan();
                    }
                    if (kind !== top_level_scan_SK.EqualsToken)
                        continue;
                    kind = scanner.scanJsxAttributeValue();
                    if (kind === top_level_scan_SK.OpenBraceToken)
                        this.jsxExpression();
                    else if (kind === top_level_scan_SK.LessThanToken)
                        this.jsxElement();
                    else if (kind !== top_level_scan_SK.StringLiteral)
                        (0,unlowered/* plain */.pj)();
                }
                kind = scanner.scan();
            }
            if (kind === top_level_scan_SK.SlashToken) {
                if (scanner.scan() !== top_level_scan_SK.GreaterThanToken)
                    (0,unlowered/* plain */.pj)();
            }
            else
                this.jsxChildren(name);
        }
        this.inJsx--;
    }
    /** A JSX tag name: `div`, `my-element`, `Foo.Bar`, `svg:rect`, as written. */
    jsxName(kind) {
        if (!isNameKind(kind))
            (0,unlowered/* plain */.pj)();
        scanner.scanJsxIdentifier();
        let name = scanner.getTokenText();
        for (;;) {
            const next = scanner.lookAhead(() => scanner.scan());
            if (next !== top_level_scan_SK.DotToken && next !== top_level_scan_SK.ColonToken)
                return name;
            scanner.scan();
            const part = scanner.scan();
            if (!isNameKind(part))
                (0,unlowered/* plain */.pj)();
            scanner.scanJsxIdentifier();
            name += (next === top_level_scan_SK.DotToken ? '.' : ':') + scanner.getTokenText();
        }
    }
    /** Children up to the closing tag, which must match `name` ('' for a fragment). */
    jsxChildren(name) {
        for (;;) {
            const kind = scanner.scanJsxToken();
            if (kind === top_level_scan_SK.JsxText || kind === top_level_scan_SK.JsxTextAllWhiteSpaces)
                continue;
            if (kind === top_level_scan_SK.OpenBraceToken)
                this.jsxExpression();
            else if (kind === top_level_scan_SK.LessThanToken)
                this.jsxElement();
            else if (kind === top_level_scan_SK.LessThanSlashToken) {
                const first = scanner.scan();
                const closing = first === top_level_scan_SK.GreaterThanToken ? '' : this.jsxName(first);
                if (closing !== name || (closing !== '' && scanner.scan() !== top_level_scan_SK.GreaterThanToken))
                    (0,unlowered/* plain */.pj)();
                return;
            }
            else
                (0,unlowered/* plain */.pj)();
        }
    }
    /** `{ expression }` inside JSX: ordinary tokens, nothing recorded, to its `}`. */
    jsxExpression() {
        const outerDepth = this.outerDepth;
        this.outerDepth = this.depthNow + this.inJsx;
        this.previous = top_level_scan_SK.OpenBraceToken;
        this.closedParen = Paren.Other;
        this.run(true);
        this.outerDepth = outerDepth;
        this.depthNow = outerDepth;
    }
}
var Paren;
(function (Paren) {
    Paren[Paren["Other"] = 0] = "Other";
    /** After if, while, for, with (or `for await`): a regular expression may follow its end. */
    Paren[Paren["Header"] = 1] = "Header";
    /** `name(` at depth 0, not a function's or a class heritage's: a call. */
    Paren[Paren["TopLevelCall"] = 2] = "TopLevelCall";
})(Paren || (Paren = {}));
function parenAfter(previous, beforePrevious, previousAfterDot, depth) {
    if (previousAfterDot)
        return Paren.Other;
    // `for await (…)` too: after `await (x)` the paren's end is as ambiguous
    if (HEADER_WORDS.has(previous) || previous === top_level_scan_SK.AwaitKeyword)
        return Paren.Header;
    const declares = beforePrevious === top_level_scan_SK.FunctionKeyword || beforePrevious === top_level_scan_SK.AsteriskToken || beforePrevious === top_level_scan_SK.ExtendsKeyword || beforePrevious === top_level_scan_SK.DotToken || beforePrevious === top_level_scan_SK.QuestionDotToken;
    return depth === 0 && isBindingName(previous) && !declares ? Paren.TopLevelCall : Paren.Other;
}
/**
 * Whether an expression may start after this token, so that a `/` begins a regular
 * expression; throws where the token cannot tell (`}`, `)` of an if's header, `++`).
 */
function expressionMayStart(previous, previousAfterDot, closedHeader) {
    if (previous === top_level_scan_SK.Unknown)
        return true;
    if (previous === top_level_scan_SK.Identifier || previous === top_level_scan_SK.PrivateIdentifier || isLiteral(previous) || previous === top_level_scan_SK.NoSubstitutionTemplateLiteral || previous === top_level_scan_SK.TemplateTail || previous === top_level_scan_SK.JsxElement)
        return false;
    if (previous === top_level_scan_SK.CloseBracketToken)
        return false;
    if (previous === top_level_scan_SK.CloseParenToken)
        return closedHeader ? (0,unlowered/* plain */.pj)() : false;
    if (previous === top_level_scan_SK.CloseBraceToken || previous === top_level_scan_SK.PlusPlusToken || previous === top_level_scan_SK.MinusMinusToken)
        (0,unlowered/* plain */.pj)();
    if (previous >= top_level_scan_SK.FirstKeyword && previous <= top_level_scan_SK.LastKeyword) {
        if (previousAfterDot || VALUE_WORDS.has(previous))
            return false;
        if (previous <= top_level_scan_SK.LastReservedWord)
            return true;
        // `of`, `yield`, `await`: an operator or a name, as the grammar has it; the other words (`type`, `module`) are names here
        if (WORDS_BEFORE_EXPRESSIONS.has(previous))
            (0,unlowered/* plain */.pj)();
        return false;
    }
    return true;
}
/** Tokens that carry an expression on across a line break (so no semicolon is inserted before them). */
const CONTINUES = new Set([
    top_level_scan_SK.OpenParenToken, top_level_scan_SK.OpenBracketToken, top_level_scan_SK.DotToken, top_level_scan_SK.QuestionDotToken, top_level_scan_SK.QuestionToken, top_level_scan_SK.QuestionQuestionToken, top_level_scan_SK.ColonToken, top_level_scan_SK.CommaToken,
    top_level_scan_SK.NoSubstitutionTemplateLiteral, top_level_scan_SK.TemplateHead, top_level_scan_SK.EqualsToken, top_level_scan_SK.EqualsGreaterThanToken, top_level_scan_SK.EqualsEqualsToken, top_level_scan_SK.EqualsEqualsEqualsToken, top_level_scan_SK.ExclamationEqualsToken, top_level_scan_SK.ExclamationEqualsEqualsToken,
    top_level_scan_SK.PlusToken, top_level_scan_SK.MinusToken, top_level_scan_SK.AsteriskToken, top_level_scan_SK.AsteriskAsteriskToken, top_level_scan_SK.SlashToken, top_level_scan_SK.PercentToken, top_level_scan_SK.LessThanToken, top_level_scan_SK.GreaterThanToken, top_level_scan_SK.LessThanEqualsToken, top_level_scan_SK.GreaterThanEqualsToken,
    top_level_scan_SK.AmpersandToken, top_level_scan_SK.AmpersandAmpersandToken, top_level_scan_SK.BarToken, top_level_scan_SK.BarBarToken, top_level_scan_SK.CaretToken, top_level_scan_SK.LessThanLessThanToken,
    top_level_scan_SK.PlusEqualsToken, top_level_scan_SK.MinusEqualsToken, top_level_scan_SK.AsteriskEqualsToken, top_level_scan_SK.SlashEqualsToken, top_level_scan_SK.PercentEqualsToken, top_level_scan_SK.AsteriskAsteriskEqualsToken, top_level_scan_SK.AmpersandEqualsToken, top_level_scan_SK.BarEqualsToken, top_level_scan_SK.CaretEqualsToken,
    top_level_scan_SK.LessThanLessThanEqualsToken, top_level_scan_SK.AmpersandAmpersandEqualsToken, top_level_scan_SK.BarBarEqualsToken, top_level_scan_SK.QuestionQuestionEqualsToken,
    top_level_scan_SK.InKeyword, top_level_scan_SK.InstanceOfKeyword, top_level_scan_SK.AsKeyword, top_level_scan_SK.SatisfiesKeyword, top_level_scan_SK.ExtendsKeyword, top_level_scan_SK.KeyOfKeyword,
]);
/** Tokens (at depth 0 and 1) looked at for the end of a call's type arguments. */
const MAX_TYPE_ARGUMENT_TOKENS = 256;
/** Tokens a type argument may hold besides names and literals (the contents of its brackets are deeper). */
const TYPE_PUNCTUATION = new Set([top_level_scan_SK.CommaToken, top_level_scan_SK.DotToken, top_level_scan_SK.OpenBracketToken, top_level_scan_SK.CloseBracketToken, top_level_scan_SK.OpenParenToken, top_level_scan_SK.CloseParenToken, top_level_scan_SK.OpenBraceToken, top_level_scan_SK.CloseBraceToken, top_level_scan_SK.BarToken, top_level_scan_SK.AmpersandToken, top_level_scan_SK.QuestionToken, top_level_scan_SK.ColonToken, top_level_scan_SK.EqualsGreaterThanToken, top_level_scan_SK.DotDotDotToken, top_level_scan_SK.MinusToken]);
/** What may follow `export` (or `export declare`) in a declaration no fact is read from: `export default`, `export function`, `export =`… */
const EXPORTS_WITHOUT_FACTS = new Set([top_level_scan_SK.DefaultKeyword, top_level_scan_SK.FunctionKeyword, top_level_scan_SK.ClassKeyword, top_level_scan_SK.AsyncKeyword, top_level_scan_SK.EnumKeyword, top_level_scan_SK.InterfaceKeyword, top_level_scan_SK.TypeKeyword, top_level_scan_SK.AbstractKeyword, top_level_scan_SK.NamespaceKeyword, top_level_scan_SK.ModuleKeyword, top_level_scan_SK.ImportKeyword, top_level_scan_SK.EqualsToken, top_level_scan_SK.AsKeyword, top_level_scan_SK.AtToken, top_level_scan_SK.GlobalKeyword]);
/** Reads the statements at depth 0 that carry facts, in order. */
class FactReader {
    tokens;
    lines;
    facts = { imports: [], exports: [], starExports: [], references: [] };
    constructor(tokens, lines) {
        this.tokens = tokens;
        this.lines = lines;
    }
    read() {
        const tokens = this.tokens;
        for (let at = 0; at < tokens.length; at++) {
            const token = tokens[at];
            if (token.depth !== 0 || token.afterDot)
                continue;
            const next = tokens[at + 1];
            if (token.kind === top_level_scan_SK.ImportKeyword) {
                // `import(…)` and `import.meta` are expressions
                if (next?.kind !== top_level_scan_SK.OpenParenToken && next?.kind !== top_level_scan_SK.DotToken)
                    this.importDeclaration(at + 1);
            }
            else if (token.kind === top_level_scan_SK.ExportKeyword)
                this.exportDeclaration(at);
            else if (token.kind === top_level_scan_SK.ConstKeyword || token.kind === top_level_scan_SK.VarKeyword) {
                // `const enum E {}` is no variable, nor is `[…] as const`
                if (next?.kind !== top_level_scan_SK.EnumKeyword && tokens[at - 1]?.kind !== top_level_scan_SK.AsKeyword)
                    this.variableStatement(at + 1);
            }
            else if (token.kind === top_level_scan_SK.LetKeyword) {
                if (next && (isBindingName(next.kind) || next.kind === top_level_scan_SK.OpenBraceToken || next.kind === top_level_scan_SK.OpenBracketToken))
                    this.variableStatement(at + 1);
            }
            else if (token.kind === top_level_scan_SK.UsingKeyword && next && isBindingName(next.kind) && !next.newline)
                (0,unlowered/* plain */.pj)();
        }
        const facts = this.facts;
        return facts.imports.length || facts.exports.length || facts.starExports.length ? facts : undefined;
    }
    at(index) {
        return this.tokens[index] ?? (0,unlowered/* plain */.pj)();
    }
    expect(index, kind) {
        if (this.at(index).kind !== kind)
            (0,unlowered/* plain */.pj)();
        return index + 1;
    }
    /** After `import`: `'m'`, `x from 'm'`, `* as ns from 'm'`, `{ a as b }`, `x, { … }`, with `type` before any. */
    importDeclaration(at) {
        let token = this.at(at);
        if (token.kind === top_level_scan_SK.StringLiteral)
            return this.endOfDeclaration(this.attributes(at + 1));
        if (token.kind === top_level_scan_SK.TypeKeyword) {
            const after = this.at(at + 1);
            const typeIsTheName = after.kind === top_level_scan_SK.CommaToken || after.kind === top_level_scan_SK.EqualsToken || (after.kind === top_level_scan_SK.FromKeyword && this.at(at + 2).kind === top_level_scan_SK.StringLiteral);
            if (!typeIsTheName)
                token = this.at(++at);
        }
        let defaultName;
        if (isBindingName(token.kind)) {
            // `import x = require('m')` binds nothing here
            if (this.at(at + 1).kind === top_level_scan_SK.EqualsToken)
                return;
            defaultName = token.value;
            at++;
            if (this.at(at).kind !== top_level_scan_SK.CommaToken)
                return this.importFrom(at, defaultName, []);
            at++;
        }
        token = this.at(at);
        if (token.kind === top_level_scan_SK.AsteriskToken) {
            at = this.expect(at + 1, top_level_scan_SK.AsKeyword);
            const name = this.at(at);
            if (!isBindingName(name.kind))
                (0,unlowered/* plain */.pj)();
            return this.importFrom(at + 1, defaultName, [{ local: name.value, imported: '*' }]);
        }
        if (token.kind !== top_level_scan_SK.OpenBraceToken)
            (0,unlowered/* plain */.pj)();
        const { elements, after } = this.specifiers(at);
        this.importFrom(after, defaultName, elements);
    }
    importFrom(at, defaultName, named) {
        at = this.expect(at, top_level_scan_SK.FromKeyword);
        const specifier = this.at(at);
        if (specifier.kind !== top_level_scan_SK.StringLiteral)
            (0,unlowered/* plain */.pj)();
        const module = specifier.value;
        const bindings = [];
        if (defaultName !== undefined)
            bindings.push({ local: defaultName, specifier: module, imported: 'default', qualified: module });
        for (const { local, imported } of named)
            bindings.push({ local, specifier: module, imported, qualified: imported === '*' ? module : `${module}.${imported}` });
        this.facts.imports.push(...bindings);
        this.endOfDeclaration(this.attributes(at + 1));
    }
    /** `with { type: 'json' }` (or `assert`) after a module specifier. */
    attributes(at) {
        const token = this.tokens[at];
        if (!token || token.newline || (token.kind !== top_level_scan_SK.WithKeyword && token.kind !== top_level_scan_SK.AssertKeyword))
            return at;
        return this.skipBracket(this.expect(at + 1, top_level_scan_SK.OpenBraceToken) - 1);
    }
    /** An import or export statement ends at `;`, at the end of the file or at a line break. */
    endOfDeclaration(at) {
        const token = this.tokens[at];
        if (token && token.kind !== top_level_scan_SK.SemicolonToken && !token.newline)
            (0,unlowered/* plain */.pj)();
    }
    /** `{ a, b as c, type d, default as e, 'f-g' as h }`: each imported (or exported) name and its local one. */
    specifiers(at) {
        const depth = this.at(at).depth;
        const elements = [];
        let element = [];
        const close = () => {
            const parts = element.length >= 2 && element[0].kind === top_level_scan_SK.TypeKeyword && element[1].kind !== top_level_scan_SK.AsKeyword ? element.slice(1) : element;
            const isName = (token) => isNameKind(token.kind) || token.kind === top_level_scan_SK.StringLiteral;
            if (parts.length === 1 && isName(parts[0]) && (element.length === 1 || parts[0].kind !== top_level_scan_SK.TypeKeyword))
                elements.push({ local: parts[0].value, imported: parts[0].value });
            else if (parts.length === 3 && isName(parts[0]) && parts[1].kind === top_level_scan_SK.AsKeyword && isName(parts[2]) && parts[0].kind !== top_level_scan_SK.TypeKeyword && parts[0].kind !== top_level_scan_SK.AsKeyword)
                elements.push({ local: parts[2].value, imported: parts[0].value });
            else if (element.length)
                (0,unlowered/* plain */.pj)();
            element = [];
        };
        for (let index = at + 1;; index++) {
            const token = this.at(index);
            if (token.depth !== depth + 1) {
                if (token.kind !== top_level_scan_SK.CloseBraceToken)
                    (0,unlowered/* plain */.pj)();
                close();
                return { elements, after: index + 1 };
            }
            if (token.kind === top_level_scan_SK.CommaToken) {
                if (!element.length)
                    (0,unlowered/* plain */.pj)();
                close();
            }
            else
                element.push(token);
        }
    }
    /** A position as the parser's `getLineAndCharacterOfPosition` gives it, start and end alike. */
    locAt(offset) {
        const { row, column } = this.lines.pointAt(offset);
        return { line: row + 1, column: column + 1, endLine: row + 1, endColumn: column + 1 };
    }
    /** At `export`: re-exports, `export { a }`, `export const`; other exports carry no fact here. */
    exportDeclaration(exportAt) {
        let at = exportAt + 1;
        let token = this.at(at);
        let typeOnly = false;
        if (token.kind === top_level_scan_SK.DeclareKeyword)
            token = this.at(++at);
        if (token.kind === top_level_scan_SK.TypeKeyword && (this.at(at + 1).kind === top_level_scan_SK.OpenBraceToken || this.at(at + 1).kind === top_level_scan_SK.AsteriskToken)) {
            typeOnly = true;
            token = this.at(++at);
        }
        if (token.kind === top_level_scan_SK.ConstKeyword || token.kind === top_level_scan_SK.VarKeyword || token.kind === top_level_scan_SK.LetKeyword) {
            // read when the main loop reaches the keyword
            return;
        }
        if (EXPORTS_WITHOUT_FACTS.has(token.kind))
            return;
        const loc = this.locAt(this.at(exportAt).start);
        if (token.kind === top_level_scan_SK.AsteriskToken) {
            let name;
            at++;
            if (this.at(at).kind === top_level_scan_SK.AsKeyword) {
                const alias = this.at(at + 1);
                if (!isNameKind(alias.kind) && alias.kind !== top_level_scan_SK.StringLiteral)
                    (0,unlowered/* plain */.pj)();
                name = alias.value;
                at += 2;
            }
            at = this.expect(at, top_level_scan_SK.FromKeyword);
            const specifier = this.at(at);
            if (specifier.kind !== top_level_scan_SK.StringLiteral)
                (0,unlowered/* plain */.pj)();
            this.endOfDeclaration(this.attributes(at + 1));
            if (typeOnly)
                return;
            if (name === undefined)
                this.facts.starExports.push(specifier.value);
            else
                this.facts.exports.push({ name, loc, from: { specifier: specifier.value, imported: '*' } });
            return;
        }
        if (token.kind === top_level_scan_SK.OpenBraceToken) {
            const { elements, after } = this.specifiers(at);
            const from = this.tokens[after];
            if (from?.kind === top_level_scan_SK.FromKeyword && from.depth === 0) {
                const specifier = this.at(after + 1);
                if (specifier.kind !== top_level_scan_SK.StringLiteral)
                    (0,unlowered/* plain */.pj)();
                this.endOfDeclaration(this.attributes(after + 2));
                // `imported` here is the name as exported from `specifier`, `local` the name this module gives it
                if (!typeOnly)
                    for (const { local, imported } of elements)
                        this.facts.exports.push({ name: local, loc, from: { specifier: specifier.value, imported } });
                return;
            }
            this.endOfDeclaration(after);
            for (const { local, imported } of elements)
                this.facts.exports.push({ name: local, loc, local: imported });
            return;
        }
        (0,unlowered/* plain */.pj)();
    }
    /** After `const`, `let` or `var`: each declarator's `require` binding or literal constant. */
    variableStatement(at) {
        for (;;) {
            const name = this.at(at);
            let pattern;
            if (isBindingName(name.kind))
                at++;
            else if (name.kind === top_level_scan_SK.OpenBraceToken)
                ({ elements: pattern, after: at } = this.objectPattern(at));
            else if (name.kind === top_level_scan_SK.OpenBracketToken)
                at = this.skipBracket(at);
            else
                (0,unlowered/* plain */.pj)();
            if (this.tokens[at]?.kind === top_level_scan_SK.ExclamationToken)
                at++;
            if (this.tokens[at]?.kind === top_level_scan_SK.ColonToken)
                at = this.skipType(at + 1);
            let token = this.tokens[at];
            if (token?.kind === top_level_scan_SK.EqualsToken && token.depth === 0) {
                const value = this.initializer(at + 1);
                at = value.after;
                if (value.require !== undefined) {
                    const specifier = value.require;
                    if (isBindingName(name.kind))
                        this.facts.imports.push({ local: name.value, specifier, imported: '*', qualified: specifier });
                    else
                        for (const { local, imported } of pattern ?? [])
                            this.facts.imports.push({ local, specifier, imported, qualified: `${specifier}.${imported}` });
                }
                if (value.constant && isBindingName(name.kind))
                    this.facts.exports.push({ name: name.value, loc: this.locAt(name.start), constant: value.constant });
                token = this.tokens[at];
            }
            if (!token || token.kind === top_level_scan_SK.SemicolonToken)
                return;
            if (token.kind === top_level_scan_SK.CommaToken && token.depth === 0) {
                at++;
                continue;
            }
            if (token.newline && !CONTINUES.has(token.kind))
                return;
            (0,unlowered/* plain */.pj)();
        }
    }
    /** The index after the bracket closing the one at `at`. */
    skipBracket(at) {
        const opener = this.at(at);
        const closer = opener.kind === top_level_scan_SK.OpenBracketToken ? top_level_scan_SK.CloseBracketToken : opener.kind === top_level_scan_SK.OpenParenToken ? top_level_scan_SK.CloseParenToken : top_level_scan_SK.CloseBraceToken;
        for (let index = at + 1;; index++) {
            const token = this.at(index);
            if (token.depth === opener.depth && token.kind === closer)
                return index + 1;
        }
    }
    /** `{ a, b: c, ...d, e = 1 }`: the elements a require binding takes (identifier keys and names only). */
    objectPattern(at) {
        const elements = [];
        const after = this.skipBracket(at);
        let element = [];
        const close = () => {
            const [first, second, third] = element;
            if (!first)
                (0,unlowered/* plain */.pj)();
            if (first.kind === top_level_scan_SK.DotDotDotToken) {
                if (second && isBindingName(second.kind) && element.length === 2)
                    elements.push({ local: second.value, imported: second.value });
                else if (!second || (second.kind !== top_level_scan_SK.OpenBraceToken && second.kind !== top_level_scan_SK.OpenBracketToken))
                    (0,unlowered/* plain */.pj)();
            }
            else if (isBindingName(first.kind) && (!second || second.kind === top_level_scan_SK.EqualsToken))
                elements.push({ local: first.value, imported: first.value });
            else if (second?.kind === top_level_scan_SK.ColonToken && third) {
                // a key that is a name and a target that is a name (not a nested pattern)
                const targetIsName = isBindingName(third.kind) && (element.length === 3 || element[3].kind === top_level_scan_SK.EqualsToken);
                if (isNameKind(first.kind) && targetIsName)
                    elements.push({ local: third.value, imported: first.value });
            }
            else if (first.kind !== top_level_scan_SK.OpenBracketToken && !isLiteral(first.kind))
                (0,unlowered/* plain */.pj)();
            element = [];
        };
        for (let index = at + 1; index < after - 1; index++) {
            const token = this.at(index);
            if (token.depth === 1 && token.kind === top_level_scan_SK.CommaToken)
                close();
            else if (token.depth === 1)
                element.push(token);
        }
        if (element.length)
            close();
        return { elements, after };
    }
    /** A type annotation: up to `=`, `,` or `;` outside brackets and angle brackets, or the end of the statement. */
    skipType(at) {
        let angles = 0;
        let previous;
        for (let index = at;; index++) {
            const token = this.tokens[index];
            if (!token)
                return index;
            if (token.depth === 0) {
                if (token.kind === top_level_scan_SK.LessThanToken)
                    angles++;
                else if (token.kind === top_level_scan_SK.GreaterThanToken)
                    angles--;
                else if (angles === 0 && (token.kind === top_level_scan_SK.EqualsToken || token.kind === top_level_scan_SK.CommaToken || token.kind === top_level_scan_SK.SemicolonToken))
                    return index;
                else if (angles === 0 && previous && token.newline && endsOperand(previous) && !CONTINUES.has(token.kind) && token.kind !== top_level_scan_SK.BarToken)
                    return index;
                if (angles < 0)
                    (0,unlowered/* plain */.pj)();
                previous = token;
            }
        }
    }
    /**
     * An initializer: `require('m')` or a single literal, else skipped to the next declarator
     * or the end of the statement. Returns the index of the token after it.
     */
    initializer(at) {
        const first = this.at(at);
        if (first.kind === top_level_scan_SK.SemicolonToken || first.kind === top_level_scan_SK.CommaToken)
            (0,unlowered/* plain */.pj)();
        const ends = (index) => {
            const token = this.tokens[index];
            return !token || token.kind === top_level_scan_SK.SemicolonToken || (token.kind === top_level_scan_SK.CommaToken && token.depth === 0) || (token.newline && !CONTINUES.has(token.kind));
        };
        if (first.kind === top_level_scan_SK.StringLiteral || first.kind === top_level_scan_SK.NoSubstitutionTemplateLiteral || first.kind === top_level_scan_SK.NumericLiteral) {
            if (ends(at + 1))
                return { after: at + 1, constant: first.kind === top_level_scan_SK.NumericLiteral ? { kind: 'number', value: Number(first.value) } : { kind: 'string', value: first.value } };
        }
        if (isBindingName(first.kind) && first.value === 'require' && this.tokens[at + 1]?.kind === top_level_scan_SK.OpenParenToken && !this.tokens[at + 1].afterDot) {
            const argument = this.tokens[at + 2];
            const trailingComma = this.tokens[at + 3]?.kind === top_level_scan_SK.CommaToken && this.tokens[at + 3].depth === 1 ? 1 : 0;
            const close = this.tokens[at + 3 + trailingComma];
            if (argument?.kind === top_level_scan_SK.StringLiteral && argument.depth === 1 && close?.kind === top_level_scan_SK.CloseParenToken && close.depth === 0 && ends(at + 4 + trailingComma))
                return { after: at + 4 + trailingComma, require: argument.value };
        }
        let previous;
        // type arguments (`new Map<string, number>()`, `x as Record<K, V>`) hold commas that separate no declarators
        let angles = 0;
        let inType = false;
        for (let index = at;; index++) {
            const token = this.tokens[index];
            if (!token)
                return { after: index };
            if (token.depth !== 0)
                continue;
            if (angles === 0 && index > at) {
                if (token.kind === top_level_scan_SK.SemicolonToken || token.kind === top_level_scan_SK.CommaToken)
                    return { after: index };
                if (previous && token.newline && endsOperand(previous) && !CONTINUES.has(token.kind))
                    return { after: index };
            }
            if (token.kind === top_level_scan_SK.AsKeyword || token.kind === top_level_scan_SK.SatisfiesKeyword)
                inType = true;
            else if (token.kind === top_level_scan_SK.LessThanToken && (inType || (previous && isNameKind(previous.kind) && this.typeArgumentsCall(index))))
                angles++;
            else if (token.kind === top_level_scan_SK.GreaterThanToken && angles > 0)
                angles--;
            previous = token;
        }
    }
    /**
     * Whether the `<` at `at` opens type arguments of a call (`f<A, B>(…)`): balanced angles
     * of type tokens, then `(`. The look ahead is bounded, so that a long run of comparisons
     * costs no more than its length; longer type arguments read as a comparison, and the
     * declarator after their comma then sends the file to the parse.
     */
    typeArgumentsCall(at) {
        let angles = 0;
        for (let index = at; index < Math.min(this.tokens.length, at + MAX_TYPE_ARGUMENT_TOKENS); index++) {
            const token = this.tokens[index];
            if (token.depth !== 0)
                continue;
            if (token.kind === top_level_scan_SK.LessThanToken)
                angles++;
            else if (token.kind === top_level_scan_SK.GreaterThanToken) {
                if (--angles === 0)
                    return this.tokens[index + 1]?.kind === top_level_scan_SK.OpenParenToken;
            }
            else if (!isNameKind(token.kind) && !TYPE_PUNCTUATION.has(token.kind) && !isLiteral(token.kind))
                return false;
        }
        return false;
    }
}
/** A token an expression (or a type) may end with. */
function endsOperand(token) {
    const kind = token.kind;
    return isNameKind(kind) || isLiteral(kind) || kind === top_level_scan_SK.NoSubstitutionTemplateLiteral || kind === top_level_scan_SK.TemplateTail || kind === top_level_scan_SK.CloseParenToken || kind === top_level_scan_SK.CloseBracketToken || kind === top_level_scan_SK.CloseBraceToken || kind === top_level_scan_SK.PlusPlusToken || kind === top_level_scan_SK.MinusMinusToken || kind === top_level_scan_SK.PrivateIdentifier || kind === top_level_scan_SK.JsxElement;
}

// EXTERNAL MODULE: ./src/lang/depth.ts
var lang_depth = __webpack_require__(61);
;// CONCATENATED MODULE: ./src/lang/typescript/depth.ts
/**
 * The depth budget (../depth.ts) for JS/TS: the nodes at the budget's depth in a parsed
 * file, and, for a file so deeply bracketed that the TypeScript parser itself overflows
 * (about 650 nested calls), the bracket contents past the budget found with the scanner.
 */


const depth_SK = external_ts_morph_.ts.SyntaxKind;
/** `(void 0)` (an unknown value) for expressions, `any` for types, `;` for statements; blocks and binding patterns are emptied. */
function choosePlaceholder(node, text, start, end) {
    const kind = node.kind;
    if (kind === depth_SK.Block || kind === depth_SK.ModuleBlock || kind === depth_SK.CaseBlock || kind === depth_SK.ObjectBindingPattern || kind === depth_SK.ArrayBindingPattern)
        return (0,lang_depth/* placeholder */.qf)(text, start, end, text[start], text[end - 1]);
    if (kind === depth_SK.JsxExpression || kind === depth_SK.JsxAttributes)
        return undefined;
    if (external_ts_morph_.ts.isExpression(node)) {
        const parenthesized = (0,lang_depth/* placeholder */.qf)(text, start, end, '(void 0', ')');
        if (parenthesized)
            return parenthesized;
        if (!(0,lang_depth/* spansLines */.Rs)(text, start, end))
            return (0,lang_depth/* placeholder */.qf)(text, start, end, 'void 0');
        // too short for `(void 0)`: an empty object or array literal keeps its brackets
        return kind === depth_SK.ObjectLiteralExpression || kind === depth_SK.ArrayLiteralExpression ? (0,lang_depth/* placeholder */.qf)(text, start, end, text[start], text[end - 1]) : undefined;
    }
    if (external_ts_morph_.ts.isTypeNode(node))
        return (0,lang_depth/* placeholder */.qf)(text, start, end, 'any');
    if (external_ts_morph_.ts.isStatement(node))
        return (0,lang_depth/* placeholder */.qf)(text, start, end, ';');
    return undefined;
}
/** The cuts that bring the parsed file within the budget (none for real code); the walk itself recurses at most that deep. */
function deepTsCuts(sourceFile, text, budget = lang_depth/* DEPTH_BUDGET */.w, prune = true) {
    const starts = prune ? (0,lang_depth/* tokenStarts */.pt)(text) : undefined;
    const cuts = [];
    const visitors = [];
    const visit = (node, depth) => {
        if (depth >= budget) {
            const cut = (0,lang_depth/* cutAt */.og)((_type, source, from, to) => choosePlaceholder(node, source, from, to), '', text, node.getStart(sourceFile), node.end, depth, budget);
            if (cut) {
                if (cut !== 'leave')
                    cuts.push(cut);
                return;
            }
        }
        else if (starts && !(0,lang_depth/* mayReachBudget */.qi)(starts, node.pos, node.end, depth, budget)) {
            // node.pos includes the leading comments: more tokens counted, never fewer
            return;
        }
        external_ts_morph_.ts.forEachChild(node, (visitors[depth + 1] ??= (child) => visit(child, depth + 1)));
    };
    visit(sourceFile, 0);
    return cuts;
}
/**
 * For a file the parser could not take: the contents of brackets opened past the budget
 * (`(`, `[`, `{`, `${`), found with the scanner (regular expressions and templates
 * rescanned as the parser would). `f(f(f(…)))` becomes `f(f(void 0))` at the budget.
 */
function deepBracketCuts(text, languageVariant, budget = lang_depth/* DEPTH_BUDGET */.w) {
    const scanner = external_ts_morph_.ts.createScanner(external_ts_morph_.ts.ScriptTarget.Latest, true, languageVariant, text);
    const stack = [];
    const cuts = [];
    let open;
    let previous = depth_SK.Unknown;
    const close = (at) => {
        if (!open || stack.length >= open.depth)
            return;
        const cut = open.opener === depth_SK.OpenBraceToken ? { start: open.start, end: at, open: '', close: '' } : ((0,lang_depth/* placeholder */.qf)(text, open.start, at, 'void 0') ?? { start: open.start, end: at, open: '', close: '' });
        if (cut.end > cut.start)
            cuts.push(cut);
        open = undefined;
    };
    for (let token = scanner.scan(); token !== depth_SK.EndOfFileToken; token = scanner.scan()) {
        if ((token === depth_SK.SlashToken || token === depth_SK.SlashEqualsToken) && startsExpression(previous))
            token = scanner.reScanSlashToken();
        if (token === depth_SK.CloseBraceToken && stack.at(-1) === depth_SK.TemplateHead)
            token = scanner.reScanTemplateToken(false);
        const push = (opener) => {
            stack.push(opener);
            if (!open && stack.length > budget)
                open = { depth: stack.length, start: scanner.getTokenEnd(), opener };
        };
        const pop = () => {
            stack.pop();
            close(scanner.getTokenStart());
        };
        switch (token) {
            case depth_SK.OpenParenToken:
            case depth_SK.OpenBracketToken:
            case depth_SK.OpenBraceToken:
            case depth_SK.TemplateHead:
                push(token);
                break;
            case depth_SK.TemplateMiddle:
                // `}…${`: one template span ends, the next begins
                pop();
                push(depth_SK.TemplateHead);
                break;
            case depth_SK.CloseParenToken:
            case depth_SK.CloseBracketToken:
            case depth_SK.CloseBraceToken:
            case depth_SK.TemplateTail:
                pop();
                break;
            default:
                break;
        }
        previous = token;
    }
    close(text.length);
    return cuts;
}
/** After these tokens a `/` starts a regular expression, not a division. */
function startsExpression(previous) {
    if (previous === depth_SK.Unknown)
        return true;
    const endsValue = previous === depth_SK.Identifier ||
        previous === depth_SK.NumericLiteral ||
        previous === depth_SK.BigIntLiteral ||
        previous === depth_SK.StringLiteral ||
        previous === depth_SK.RegularExpressionLiteral ||
        previous === depth_SK.NoSubstitutionTemplateLiteral ||
        previous === depth_SK.TemplateTail ||
        previous === depth_SK.CloseParenToken ||
        previous === depth_SK.CloseBracketToken ||
        previous === depth_SK.CloseBraceToken ||
        previous === depth_SK.PlusPlusToken ||
        previous === depth_SK.MinusMinusToken ||
        previous === depth_SK.ThisKeyword ||
        previous === depth_SK.SuperKeyword ||
        previous === depth_SK.TrueKeyword ||
        previous === depth_SK.FalseKeyword ||
        previous === depth_SK.NullKeyword;
    return !endsValue;
}
/**
 * The file and text to analyse: `sourceFile` itself when it is within the budget, else the
 * text with the deep nodes cut, parsed again (a few rounds, should the new parse nest anew),
 * with the regions cut.
 */
function withinDepthBudget(sourceFile, text, parse, budget = lang_depth/* DEPTH_BUDGET */.w, prune = true) {
    const regions = [];
    let current = { sourceFile, text };
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const found = deepTsCuts(current.sourceFile, current.text, budget, prune);
        if (found.length === 0)
            return { ...current, regions };
        regions.push(...(0,lang_depth/* cutRegions */.OG)(current.text, found, budget));
        const cutText = (0,lang_depth/* applyCuts */.eb)(current.text, found);
        current = { sourceFile: parse(cutText), text: cutText };
    }
    throw new Error(`nesting deeper than ${budget} levels remained after ${MAX_ROUNDS} rounds of cutting`);
}
const MAX_ROUNDS = 5;
/** Keywords that start a statement: after a line break at the top level, a new statement begins. */
const STATEMENT_STARTS = new Set([
    depth_SK.ConstKeyword,
    depth_SK.LetKeyword,
    depth_SK.VarKeyword,
    depth_SK.FunctionKeyword,
    depth_SK.ClassKeyword,
    depth_SK.ExportKeyword,
    depth_SK.ImportKeyword,
    depth_SK.IfKeyword,
    depth_SK.ForKeyword,
    depth_SK.WhileKeyword,
    depth_SK.DoKeyword,
    depth_SK.SwitchKeyword,
    depth_SK.TryKeyword,
    depth_SK.ReturnKeyword,
    depth_SK.ThrowKeyword,
    depth_SK.InterfaceKeyword,
    depth_SK.TypeKeyword,
    depth_SK.EnumKeyword,
    depth_SK.AsyncKeyword,
]);
/**
 * The top-level statements of a file, for the last resort when the parser still overflows
 * after the bracket cuts (thousands of nested arrow functions, conditionals, generics or
 * JSX elements): those that overflow it are cut whole. Statements end at `;` or `}` at the
 * top level, or where a line starts with a statement keyword.
 */
function topLevelStatements(text, languageVariant) {
    const scanner = external_ts_morph_.ts.createScanner(external_ts_morph_.ts.ScriptTarget.Latest, true, languageVariant, text);
    const bounds = [0];
    let depth = 0;
    let previous = depth_SK.Unknown;
    for (let token = scanner.scan(); token !== depth_SK.EndOfFileToken; token = scanner.scan()) {
        if ((token === depth_SK.SlashToken || token === depth_SK.SlashEqualsToken) && startsExpression(previous))
            token = scanner.reScanSlashToken();
        if (depth === 0 && scanner.hasPrecedingLineBreak() && STATEMENT_STARTS.has(token))
            bounds.push(scanner.getTokenStart());
        if (token === depth_SK.OpenParenToken || token === depth_SK.OpenBracketToken || token === depth_SK.OpenBraceToken || token === depth_SK.TemplateHead)
            depth++;
        else if (token === depth_SK.CloseParenToken || token === depth_SK.CloseBracketToken || token === depth_SK.CloseBraceToken || token === depth_SK.TemplateTail)
            depth = Math.max(0, depth - 1);
        if (depth === 0 && (token === depth_SK.SemicolonToken || token === depth_SK.CloseBraceToken))
            bounds.push(scanner.getTokenEnd());
        previous = token;
    }
    bounds.push(text.length);
    const cuts = [];
    for (let index = 0; index + 1 < bounds.length; index++) {
        const [start, end] = [bounds[index], bounds[index + 1]];
        if (end > start)
            cuts.push({ start, end, open: '', close: '' });
    }
    return cuts;
}

;// CONCATENATED MODULE: ./src/lang/typescript/index.ts








/** Statements cut whole, at most, before a file the parser cannot take is given up as not analysed. */
const MAX_STATEMENT_CUTS = 20;
/** Parse errors per line of code above which a file is too broken to analyse. */
const MAX_ERROR_DENSITY = 0.2;
/**
 * No rule reads JSDoc, and in a JS file the parser otherwise builds a tree for every doc
 * comment (a tenth of the parse of the npm tree's JavaScript); they stay comments.
 */
const PARSE_OPTIONS = { languageVersion: external_ts_morph_.ts.ScriptTarget.Latest, jsDocParsingMode: external_ts_morph_.ts.JSDocParsingMode.ParseNone };
function parseScript(text, relPath) {
    const sourceFile = external_ts_morph_.ts.createSourceFile(relPath, text, PARSE_OPTIONS, false, scriptKindFor(relPath));
    setParents(sourceFile);
    return sourceFile;
}
/**
 * Every node's parent, as createSourceFile's setParentNodes gives them. The compiler's own
 * pass gathers each node's children into a fresh array and handles JSDoc, which is not
 * parsed here; this walk does neither, with a stack of its own instead of recursion.
 */
function setParents(sourceFile) {
    const pending = [sourceFile];
    const adopt = (child) => {
        child.parent = parent;
        pending.push(child);
    };
    let parent = sourceFile;
    while (pending.length > 0) {
        parent = pending.pop();
        external_ts_morph_.ts.forEachChild(parent, adopt);
    }
}
function languageVariantFor(relPath) {
    const kind = scriptKindFor(relPath);
    return kind === external_ts_morph_.ts.ScriptKind.TSX || kind === external_ts_morph_.ts.ScriptKind.JSX ? external_ts_morph_.ts.LanguageVariant.JSX : external_ts_morph_.ts.LanguageVariant.Standard;
}
/**
 * A file whose nesting overflows the parser: the bracket contents past the budget cut,
 * then, if it still overflows, the top-level statements that overflow it on their own.
 */
function parseDespiteNesting(original, relPath) {
    const variant = languageVariantFor(relPath);
    const bracketCuts = deepBracketCuts(original, variant);
    const regions = (0,lang_depth/* cutRegions */.OG)(original, bracketCuts, lang_depth/* DEPTH_BUDGET */.w);
    let text = (0,lang_depth/* applyCuts */.eb)(original, bracketCuts);
    const parse = (source) => {
        try {
            return parseScript(source, relPath);
        }
        catch (error) {
            if ((0,lang_depth/* isStackOverflow */.fF)(error))
                return undefined;
            throw error;
        }
    };
    let sourceFile = parse(text);
    if (!sourceFile) {
        const statements = topLevelStatements(text, variant);
        const statementCuts = statements.filter((statement) => parse(text.slice(statement.start, statement.end)) === undefined);
        // a statement that only just fits the stack alone can still overflow within the file: cut the longest ones left until the file parses
        const longestFirst = statements.filter((statement) => !statementCuts.includes(statement)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
        for (;;) {
            sourceFile = parse((0,lang_depth/* applyCuts */.eb)(text, statementCuts));
            if (sourceFile || statementCuts.length >= MAX_STATEMENT_CUTS || longestFirst.length === 0)
                break;
            statementCuts.push(longestFirst.shift());
        }
        regions.push(...(0,lang_depth/* cutRegions */.OG)(text, statementCuts, lang_depth/* DEPTH_BUDGET */.w).map((region) => ({ ...region, reason: 'nested too deep for the TypeScript parser' })));
        text = (0,lang_depth/* applyCuts */.eb)(text, statementCuts);
    }
    return sourceFile ? { sourceFile, text, regions } : undefined;
}
function frontEndFor(language) {
    return {
        async prepare() { },
        async analyse(original, relPath, config, imported) {
            if (!isRelevantScript(original) && !(0,suppress/* mayContainSuppression */.PD)(original)) {
                // nothing to lower: what link needs is read from the tokens, unless the text is not plain
                const scanned = scanScriptFacts(original, languageVariantFor(relPath) === external_ts_morph_.ts.LanguageVariant.JSX);
                if (scanned !== unlowered/* NEEDS_PARSE */.M4)
                    return { ok: true, model: (0,unlowered/* unloweredModel */.Xe)(relPath, language, linesOf(original, scanned.lineStarts), scanned.module) };
            }
            let sourceFile;
            let text = original;
            let regions = [];
            try {
                sourceFile = parseScript(text, relPath);
            }
            catch (error) {
                if (!(0,lang_depth/* isStackOverflow */.fF)(error))
                    return { ok: false, reason: `could not be parsed (${error.message})`, internal: true };
                // nested too deep for the parser itself: the bracket contents past the budget are cut, then it parses again
                const parsed = parseDespiteNesting(text, relPath);
                if (!parsed)
                    return { ok: false, reason: 'could not be parsed (nested too deep for the TypeScript parser)', internal: true };
                ({ sourceFile, text, regions } = parsed);
            }
            const diagnostics = parseDiagnosticsOf(sourceFile);
            const lines = sourceFile.getLineStarts().length;
            if (diagnostics.length > 0 && (diagnostics.length / Math.max(lines, 1) > MAX_ERROR_DENSITY || lines <= 2)) {
                const first = diagnostics[0];
                const position = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
                return { ok: false, reason: `does not parse (line ${position.line + 1}: ${external_ts_morph_.ts.flattenDiagnosticMessageText(first.messageText, ' ')})` };
            }
            let model;
            let budget = lang_depth/* DEPTH_BUDGET */.w;
            if (isRelevantScript(text)) {
                const parsed = { sourceFile, text, regions };
                const lower = (prune) => {
                    const within = withinDepthBudget(parsed.sourceFile, parsed.text, (cutText) => parseScript(cutText, relPath), budget, prune);
                    ({ sourceFile, text } = within);
                    regions = [...parsed.regions, ...within.regions];
                    return new TypeScriptLowering(sourceFile, text, relPath, language, config, imported).lower();
                };
                try {
                    model = lower(true);
                }
                catch (error) {
                    // the budget is meant to prevent this; should a shape escape it, try once with half of it, every node walked
                    if (!(0,lang_depth/* isStackOverflow */.fF)(error))
                        throw error;
                    budget = lang_depth/* DEPTH_BUDGET */.w / 2;
                    model = lower(false);
                }
            }
            else {
                // nothing to lower, but a barrel index.ts may still hand names on
                model = (0,unlowered/* unloweredModel */.Xe)(relPath, language, linesOf(text, lines), unloweredModuleFacts(sourceFile));
                model.hasSyntaxErrors = diagnostics.length > 0;
            }
            if ((0,suppress/* mayContainSuppression */.PD)(text))
                model.suppressions = findSuppressions(sourceFile, text);
            if (regions.length)
                model.notAnalysed = (0,lang_depth/* mergeRegions */.KS)(regions);
            return { ok: true, model };
        },
        async parseOnly(text, relPath) {
            parseScript(text, relPath);
        },
    };
}
/** A file's lines from the compiler's line starts: a final line break starts no line of its own. */
function linesOf(text, lineStarts) {
    return lineStarts - (text.endsWith('\n') ? 1 : 0);
}
const typescriptFrontEnd = frontEndFor('typescript');
const javascriptFrontEnd = frontEndFor('javascript');
/** `// tokengate: ignore[TG101] reason` and `/* tokengate: ignore[…] … *\/` comments. */
function findSuppressions(sourceFile, text) {
    const comments = [];
    const seen = new Set();
    const scanner = external_ts_morph_.ts.createScanner(external_ts_morph_.ts.ScriptTarget.Latest, false, sourceFile.languageVariant, text);
    for (let token = scanner.scan(); token !== external_ts_morph_.ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token !== external_ts_morph_.ts.SyntaxKind.SingleLineCommentTrivia && token !== external_ts_morph_.ts.SyntaxKind.MultiLineCommentTrivia)
            continue;
        const start = scanner.getTokenStart();
        if (seen.has(start))
            continue;
        seen.add(start);
        const body = scanner.getTokenText().replace(/^\/\/|^\/\*|\*\/$/g, '');
        const position = sourceFile.getLineAndCharacterOfPosition(start);
        const lineStart = sourceFile.getLineStarts()[position.line] ?? 0;
        const standalone = text.slice(lineStart, start).trim() === '';
        const suppression = (0,suppress/* parseSuppression */.$I)(body, position.line + 1, position.character + 1, standalone);
        if (suppression)
            comments.push(suppression);
    }
    return comments;
}


/***/ })

};
