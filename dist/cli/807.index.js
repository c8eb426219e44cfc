export const id = 807;
export const ids = [807];
export const modules = {

/***/ 7807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createServer: () => (/* binding */ createServer)
});

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/report/rule-docs.ts
var rule_docs = __webpack_require__(3212);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/engine/finding.ts
var finding = __webpack_require__(1247);
// EXTERNAL MODULE: ./src/report/tally.ts
var tally = __webpack_require__(6900);
;// CONCATENATED MODULE: ./src/mcp/results.ts
/**
 * The structured results of the tools, as zod schemas (the SDK lists them as JSON Schema
 * and checks every result against them), and the projection of engine findings into them.
 * Findings carry the rule's message, which names a secret and never repeats it; no source
 * line is included.
 */



const LANGUAGES = ['python', 'typescript', 'javascript'];
const GATE_SEVERITIES = ['none', ...finding/* SEVERITIES */.oC];
const locationSchema = schemas/* object */.Ikc({
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int(),
    column: schemas/* number */.aig().int(),
    message: schemas/* string */.YjP(),
});
const findingSchema = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP().describe('TG + three digits'),
    ruleName: schemas/* string */.YjP(),
    category: schemas/* string */.YjP(),
    severity: schemas/* enum */.k5n(finding/* SEVERITIES */.oC),
    file: schemas/* string */.YjP().describe('relative to the scanned folder, with /'),
    line: schemas/* number */.aig().int().describe('1-based'),
    column: schemas/* number */.aig().int().describe('1-based'),
    endLine: schemas/* number */.aig().int().optional(),
    endColumn: schemas/* number */.aig().int().optional(),
    message: schemas/* string */.YjP().describe('names a secret or token, never repeats its value'),
    fix: schemas/* string */.YjP().optional(),
    docs: schemas/* string */.YjP().describe("the rule's documentation page"),
    related: schemas/* array */.YOg(locationSchema).optional(),
    fingerprint: schemas/* string */.YjP().describe('stable across line shifts; matches the CLI and the Action'),
    new: schemas/* boolean */.zMY().optional().describe('on a line changed since changed_since (only with changed_since)'),
});
const skippedSchema = schemas/* object */.Ikc({ file: schemas/* string */.YjP(), reason: schemas/* string */.YjP() });
const scanPathOutput = schemas/* object */.Ikc({
    root: schemas/* string */.YjP().describe('absolute path of the folder scanned; findings are relative to it'),
    target: schemas/* string */.YjP().describe('what was asked for, relative to root ("." for root itself)'),
    score: schemas/* number */.aig().int().describe('0-100 over the findings of the target'),
    grade: schemas/* string */.YjP(),
    verdict: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
        minScore: schemas/* number */.aig().int(),
        failOnSeverity: schemas/* enum */.k5n(GATE_SEVERITIES),
        scope: schemas/* enum */.k5n(['new', 'all']).describe('new: the severity gate looked at findings on changed lines only'),
    }),
    findings: schemas/* array */.YOg(findingSchema),
    findingsTotal: schemas/* number */.aig().int(),
    counts: schemas/* object */.Ikc({ critical: schemas/* number */.aig().int(), high: schemas/* number */.aig().int(), medium: schemas/* number */.aig().int(), low: schemas/* number */.aig().int() }).describe('all findings by severity'),
    findingsOmitted: schemas/* number */.aig().int().describe('findings left out by max_findings (the least severe go first)'),
    changedSince: schemas/* string */.YjP().optional(),
    newFindings: schemas/* number */.aig().int().optional(),
    suppressed: schemas/* number */.aig().int(),
    skipped: schemas/* array */.YOg(skippedSchema).describe('files not analysed, with the reason'),
    stats: schemas/* object */.Ikc({ files: schemas/* number */.aig().int(), lines: schemas/* number */.aig().int(), skipped: schemas/* number */.aig().int() }),
});
const scanSnippetOutput = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe('the path the snippet was scanned as'),
    language: schemas/* enum */.k5n(LANGUAGES),
    analysed: schemas/* boolean */.zMY().describe('false: the snippet could not be analysed (see reason); no findings then proves nothing'),
    reason: schemas/* string */.YjP().optional(),
    score: schemas/* number */.aig().int().optional().describe('only when analysed'),
    grade: schemas/* string */.YjP().optional(),
    findings: schemas/* array */.YOg(findingSchema),
    suppressed: schemas/* number */.aig().int(),
});
const ruleSummaryShape = {
    id: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    category: schemas/* string */.YjP(),
    severity: schemas/* enum */.k5n(finding/* SEVERITIES */.oC),
    languages: schemas/* array */.YOg(schemas/* enum */.k5n(LANGUAGES)),
    scope: schemas/* enum */.k5n(['file', 'repository']),
    docs: schemas/* string */.YjP().describe('the documentation page'),
    resource: schemas/* string */.YjP().describe('the documentation as an MCP resource'),
};
const listRulesOutput = schemas/* object */.Ikc({
    rules: schemas/* array */.YOg(schemas/* object */.Ikc({ ...ruleSummaryShape, what: schemas/* string */.YjP() })),
});
const explainRuleOutput = schemas/* object */.Ikc({
    ...ruleSummaryShape,
    what: schemas/* string */.YjP(),
    why: schemas/* string */.YjP(),
    fix: schemas/* string */.YjP(),
    fixShort: schemas/* string */.YjP(),
    examples: schemas/* array */.YOg(schemas/* object */.Ikc({ language: schemas/* string */.YjP(), bad: schemas/* string */.YjP(), good: schemas/* string */.YjP() })),
});
function countBySeverity(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
function ruleResourceUri(rule) {
    return `tokengate://rules/${rule.id}`;
}
function ruleSummary(rule) {
    return {
        id: rule.id,
        name: rule.name,
        category: rule.category,
        severity: rule.severity,
        languages: rule.languages,
        scope: rule.scope,
        docs: (0,tally/* ruleDocsUrl */.hS)(rule.id, rule.name),
        resource: ruleResourceUri(rule),
    };
}
/** The fields of `scan --format json`, in its order, plus the docs link. */
function toToolFinding(finding, isNew) {
    return {
        ruleId: finding.ruleId,
        ruleName: finding.ruleName,
        category: finding.category,
        severity: finding.severity,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        ...(finding.endLine !== undefined ? { endLine: finding.endLine, endColumn: finding.endColumn } : {}),
        message: finding.message,
        ...(finding.fix ? { fix: finding.fix } : {}),
        docs: (0,tally/* ruleDocsUrl */.hS)(finding.ruleId, finding.ruleName),
        ...(finding.related ? { related: finding.related } : {}),
        fingerprint: finding.fingerprint,
        ...(isNew !== undefined ? { new: isNew } : {}),
    };
}
/**
 * At most `max` findings, in the engine's order: when some must go, the least severe
 * go first, so that a long tail of low findings never hides a critical one.
 */
function limitFindings(findings, max) {
    if (findings.length <= max)
        return { kept: findings, omitted: 0 };
    const order = findings.map((finding, index) => ({ finding, index })).sort((a, b) => (0,finding/* severityRank */.qs)(b.finding.severity) - (0,finding/* severityRank */.qs)(a.finding.severity) || a.index - b.index);
    const keptIndexes = new Set(order.slice(0, max).map((entry) => entry.index));
    return { kept: findings.filter((_, index) => keptIndexes.has(index)), omitted: findings.length - max };
}

;// CONCATENATED MODULE: ./src/mcp/render.ts
/**
 * The text content of the tool results: short, readable by a person in an editor and by
 * a model. Paths, messages and reasons can carry text from the scanned tree (file names,
 * identifiers), so control and bidirectional-override characters are shown escaped.
 * No source line is ever shown: it could hold the secret a finding names.
 */


const SEVERITY_LABEL = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function severityCounts(counts) {
    const listed = ['critical', 'high', 'medium', 'low']
        .map((severity) => [severity, counts[severity]])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}`);
    return listed.length ? ` (${listed.join(', ')})` : '';
}
function renderFinding(finding) {
    const lines = [
        `${(0,report_escape/* terminalText */.eR)(finding.file)}:${finding.line}:${finding.column}  ${finding.ruleId} ${finding.ruleName}  ${SEVERITY_LABEL[finding.severity]}${finding.new ? '  (new)' : ''}`,
        `  ${(0,report_escape/* terminalText */.eR)(finding.message)}`,
    ];
    for (const related of finding.related ?? [])
        lines.push(`  See also ${(0,report_escape/* terminalText */.eR)(related.file)}:${related.line}:${related.column}: ${(0,report_escape/* terminalText */.eR)(related.message)}`);
    if (finding.fix)
        lines.push(`  Fix: ${(0,report_escape/* terminalText */.eR)(finding.fix)}`);
    lines.push(`  Docs: ${finding.docs}`);
    return lines;
}
function renderSkipped(skipped) {
    if (!skipped.length)
        return [];
    return ['', `Not analysed (${plural(skipped.length, 'file')}):`, ...skipped.map((entry) => `  ${(0,report_escape/* terminalText */.eR)(entry.file)}: ${(0,report_escape/* terminalText */.eR)(entry.reason)}`)];
}
function renderScanPath(result) {
    const where = result.target === '.' ? (0,report_escape/* terminalText */.eR)(result.root) : `${(0,report_escape/* terminalText */.eR)(result.target)} in ${(0,report_escape/* terminalText */.eR)(result.root)}`;
    const out = [
        `tokengate scanned ${where}: ${plural(result.stats.files, 'file')}, ${plural(result.stats.lines, 'line')}.`,
        `Score ${result.score}/100, grade ${result.grade}.`,
        `Gate ${result.verdict.passed ? 'passed' : 'FAILED'}: ${result.verdict.reasons.map(report_escape/* terminalText */.eR).join(' ')}`,
        '',
    ];
    const changed = result.changedSince !== undefined ? `, ${result.newFindings ?? 0} on lines changed since ${(0,report_escape/* terminalText */.eR)(result.changedSince)}` : '';
    const suppressed = result.suppressed ? `, ${result.suppressed} suppressed` : '';
    out.push(`${plural(result.findingsTotal, 'finding')}${severityCounts(result.counts)}${changed}${suppressed}${result.findings.length ? ':' : '.'}`);
    for (const finding of result.findings)
        out.push('', ...renderFinding(finding));
    if (result.findingsOmitted)
        out.push('', `... and ${result.findingsOmitted} more, less severe (raise max_findings to see them).`);
    out.push(...renderSkipped(result.skipped));
    return `${out.join('\n')}\n`;
}
function renderScanSnippet(result) {
    const out = [];
    if (!result.analysed) {
        out.push(`The snippet (${(0,report_escape/* terminalText */.eR)(result.path)}, ${result.language}) could NOT be analysed: ${(0,report_escape/* terminalText */.eR)(result.reason ?? 'unknown reason')}.`, 'No findings here does not mean the code is safe.');
        return `${out.join('\n')}\n`;
    }
    const suppressed = result.suppressed ? `, ${result.suppressed} suppressed` : '';
    out.push(`Snippet scanned as ${(0,report_escape/* terminalText */.eR)(result.path)} (${result.language}): ${plural(result.findings.length, 'finding')}${severityCounts(countBySeverity(result.findings))}${suppressed}, score ${result.score}/100, grade ${result.grade}.`);
    for (const finding of result.findings)
        out.push('', ...renderFinding(finding));
    return `${out.join('\n')}\n`;
}
function renderRuleList(result) {
    const out = [`${plural(result.rules.length, 'rule')} (explain_rule gives the details; each is a resource tokengate://rules/<id>):`, ''];
    for (const rule of result.rules)
        out.push(`${rule.id} ${rule.name}  ${rule.severity}, ${rule.category}, ${rule.languages.join('/')}${rule.scope === 'repository' ? ', whole repository' : ''}`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/mcp/tool-error.ts
/**
 * A request the server refuses (bad argument, path outside the roots, unknown rule):
 * returned to the client as an MCP tool error with this message; the server keeps running.
 */
class ToolInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ToolInputError';
    }
}

;// CONCATENATED MODULE: ./src/mcp/roots.ts
/**
 * The folders the server may read: the ones named with --root, else the roots the client
 * announces (file:// URIs), else the working directory. A requested path is resolved to
 * its real path (symbolic links followed) and must lie inside the real path of one root.
 */




class AllowedRoots {
    configured;
    explicit;
    askClient;
    log;
    clientRoots;
    constructor(
    /** --root folders, or the working directory. */
    configured, 
    /** Whether the folders were named explicitly (then the client's roots are not asked for). */
    explicit, askClient, log) {
        this.configured = configured;
        this.explicit = explicit;
        this.askClient = askClient;
        this.log = log;
    }
    /** The client said its roots changed: ask again on the next request. */
    invalidate() {
        this.clientRoots = undefined;
    }
    /** The allowed roots as real paths, in order. */
    async list() {
        if (!this.explicit) {
            this.clientRoots ??= this.askClient().catch((error) => {
                this.log(`the client's roots are not available (${error.message}); using ${this.configured.join(', ')}`);
                return undefined;
            });
            const announced = await this.clientRoots;
            if (announced?.length)
                return realRoots(announced);
        }
        return realRoots(this.configured);
    }
    /**
     * The requested path (absolute, or relative to a root: the first root where it exists),
     * refused when it does not exist or its real path leaves every root.
     */
    async resolve(requested) {
        const roots = await this.list();
        if (!roots.length)
            throw new ToolInputError('no allowed root exists on this machine; start the server in a project folder or pass --root');
        const candidates = requested === undefined || requested === '' ? [roots[0]] : external_node_path_default().isAbsolute(requested) ? [requested] : roots.map((root) => external_node_path_default().resolve(root, requested));
        const existing = candidates.find((candidate) => external_node_fs_default().existsSync(candidate));
        const shown = JSON.stringify(requested ?? '.');
        if (existing === undefined)
            throw new ToolInputError(`path ${shown} does not exist${external_node_path_default().isAbsolute(requested ?? '') ? '' : ` in ${listed(roots)}`}`);
        let real;
        let stat;
        try {
            real = external_node_fs_default().realpathSync(existing);
            stat = external_node_fs_default().statSync(real);
        }
        catch (error) {
            throw new ToolInputError(`path ${shown} cannot be read (${error.code ?? String(error)})`);
        }
        const root = roots.find((candidate) => isInside(candidate, real));
        if (root === undefined) {
            const via = real === external_node_path_default().resolve(existing) ? '' : ` (a symbolic link to ${real})`;
            throw new ToolInputError(`path ${shown}${via} is outside the allowed roots ${listed(roots)}; scan a path inside them`);
        }
        if (!stat.isDirectory() && !stat.isFile())
            throw new ToolInputError(`path ${shown} is neither a file nor a folder`);
        return { real, root, isDirectory: stat.isDirectory() };
    }
}
/** file:// URIs as paths; other schemes cannot hold files this server reads. */
function pathsFromRootUris(uris) {
    return uris.flatMap((uri) => {
        if (!uri.startsWith('file:'))
            return [];
        try {
            return [(0,external_node_url_.fileURLToPath)(uri)];
        }
        catch {
            return [];
        }
    });
}
function realRoots(roots) {
    const real = [];
    for (const root of roots) {
        try {
            const resolved = external_node_fs_default().realpathSync(root);
            if (external_node_fs_default().statSync(resolved).isDirectory() && !real.includes(resolved))
                real.push(resolved);
        }
        catch {
            // a root that does not exist allows nothing
        }
    }
    return real;
}
function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return relative === '' || (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative));
}
function listed(roots) {
    return roots.map((root) => JSON.stringify(root)).join(', ');
}

// EXTERNAL MODULE: ./src/rules/index.ts + 35 modules
var rules = __webpack_require__(5772);
;// CONCATENATED MODULE: ./src/mcp/rules.ts
/**
 * explain_rule, list_rules and the rule documentation resources, from the rules' own
 * metadata; a resource is the same Markdown page as docs/rules/<name>.md.
 */






function listRules() {
    return { rules: rules/* RULES */.y.map((rule) => ({ ...ruleSummary(rule), what: rule.docs.what })) };
}
function ruleFor(key) {
    const rule = (0,rules/* findRule */.I)(key);
    if (rule)
        return rule;
    const check = Object.values(finding/* SUPPRESSION_RULES */.AX).find((meta) => meta.id === key.trim().toUpperCase() || meta.name === key.trim());
    if (check) {
        throw new ToolInputError(`${check.id} ${check.name} is tokengate's check of suppression comments ("tokengate: ignore[TG101] <reason>"), not a rule module: it reports a suppression without a reason, or one that suppresses nothing. See ${(0,tally/* ruleDocsUrl */.hS)(check.id, check.name)}`);
    }
    throw new ToolInputError(`unknown rule ${JSON.stringify(key)}; give an id such as TG101 or a name such as verify-disabled (list_rules lists them all)`);
}
function explainRule(key) {
    const rule = ruleFor(key);
    const { docs } = rule;
    return {
        result: {
            ...ruleSummary(rule),
            what: docs.what,
            why: docs.why,
            fix: docs.fix,
            fixShort: docs.fixShort,
            examples: docs.examples.map((example) => ({ language: example.language, bad: example.bad, good: example.good })),
        },
        markdown: `${(0,rule_docs/* renderRuleDoc */.lJ)(rule)}\nDocumentation: ${(0,tally/* ruleDocsUrl */.hS)(rule.id, rule.name)}\n`,
    };
}
function ruleResources() {
    return rules/* RULES */.y.map((rule) => ({
        uri: ruleResourceUri(rule),
        name: `${rule.id} ${rule.name}`,
        title: `${rule.id} ${rule.name} (${rule.severity})`,
        description: firstSentence(rule.docs.what),
        rule,
    }));
}
function firstSentence(text) {
    const match = /^.*?\.(?=\s+[A-Z\x60(]|$)/s.exec(text);
    return (match?.[0] ?? text).trim();
}

// EXTERNAL MODULE: ./src/engine/changed-since.ts + 1 modules
var changed_since = __webpack_require__(2131);
// EXTERNAL MODULE: ./src/engine/config.ts
var engine_config = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/engine/diff.ts
var diff = __webpack_require__(6227);
// EXTERNAL MODULE: ./src/engine/files.ts
var files = __webpack_require__(4817);
// EXTERNAL MODULE: ./src/engine/scan.ts + 15 modules
var scan = __webpack_require__(8933);
// EXTERNAL MODULE: ./src/engine/score.ts
var engine_score = __webpack_require__(2124);
// EXTERNAL MODULE: ./src/engine/verdict.ts
var engine_verdict = __webpack_require__(6559);
;// CONCATENATED MODULE: ./src/mcp/scan-path.ts
/**
 * scan_path: the engine over a folder (as `tokengate scan FOLDER` does, with the folder's
 * .tokengate.yml), or over one file within its project, so that imports from its
 * neighbours resolve and repository rules see their siblings; then the gate's verdict.
 */












/** The Action's default: only a critical finding fails the gate by itself. */
const DEFAULT_FAIL_ON_SEVERITY = 'critical';
const DEFAULT_MAX_FINDINGS = 200;
/** Markers of a project folder: its config, or the top of a git checkout. */
const PROJECT_MARKERS = ['.tokengate.yml', '.git'];
/**
 * The folder a single file is scanned in: the nearest one above it, inside its allowed
 * root, that holds a .tokengate.yml or .git; the file's own folder when there is none.
 */
function projectFolderOf(file, root) {
    let dir = external_node_path_default().dirname(file);
    for (;;) {
        if (PROJECT_MARKERS.some((marker) => external_node_fs_default().existsSync(external_node_path_default().join(dir, marker))))
            return dir;
        if (dir === root || external_node_path_default().dirname(dir) === dir)
            return external_node_path_default().dirname(file);
        dir = external_node_path_default().dirname(dir);
    }
}
function loadConfigAsToolInput(folder) {
    try {
        return (0,engine_config/* loadConfig */.Z9)(folder, undefined, rules/* RULES */.y);
    }
    catch (error) {
        if (error instanceof engine_config/* ConfigError */.xL)
            throw new ToolInputError(`configuration error in ${folder}: ${error.message}`);
        throw error;
    }
}
/** The shared reading of `git diff` since a ref (the CLI's --changed-since), its refusals as tool errors. */
function changedLines(root, ref) {
    try {
        return (0,changed_since/* changedSince */.$)(root, ref, `changed_since is ${JSON.stringify(ref)}`);
    }
    catch (error) {
        if (error instanceof changed_since/* ChangedSinceError */.l)
            throw new ToolInputError(error.message);
        throw error;
    }
}
function relativePosix(from, to) {
    return external_node_path_default().relative(from, to).split((external_node_path_default()).sep).join('/') || '.';
}
async function scanPath(args, context) {
    const target = await context.roots.resolve(args.path);
    if (!target.isDirectory && (0,files/* languageOf */.eX)(target.real) === undefined) {
        throw new ToolInputError(`path ${JSON.stringify(args.path)} is not a Python, TypeScript or JavaScript source file (.py, .ts, .tsx, .mts, .cts, .js, .jsx, .mjs, .cjs)`);
    }
    const root = target.isDirectory ? target.real : projectFolderOf(target.real, target.root);
    const config = loadConfigAsToolInput(root);
    const minScore = args.min_score ?? config['min-score'];
    const failOnSeverity = args.fail_on_severity ?? DEFAULT_FAIL_ON_SEVERITY;
    // the diff is read before the scan so that a bad ref fails fast
    const changed = args.changed_since === undefined ? undefined : changedLines(root, args.changed_since);
    const result = await (0,scan/* scan */.SQ)({ rules: rules/* RULES */.y, root, config, ...(context.workerEntry ? { workerEntry: context.workerEntry } : {}) });
    const relTarget = relativePosix(root, target.real);
    let findings = result.findings;
    let skipped = result.skipped;
    let suppressed = result.suppressed.length;
    let score = result.score;
    let stats = { files: result.stats.files, lines: result.stats.lines, skipped: result.stats.skipped };
    let notAnalysed;
    if (!target.isDirectory) {
        findings = findings.filter((finding) => finding.file === relTarget);
        skipped = skipped.filter((entry) => entry.file === relTarget);
        suppressed = result.suppressed.filter((finding) => finding.file === relTarget).length;
        score = (0,engine_score/* computeScore */.gp)(findings);
        const model = result.models.find((candidate) => candidate.file === relTarget);
        if (!model && !skipped.length)
            skipped = [{ file: relTarget, reason: "excluded from scans (by a .gitignore, the built-in exclude list or the config's exclude)" }];
        stats = { files: model ? 1 : 0, lines: model?.lines ?? 0, skipped: skipped.length };
        if (!model)
            notAnalysed = `${relTarget} was not analysed (${skipped[0].reason}), so the gate cannot pass on it.`;
    }
    else if (result.stats.files === 0 && result.skipped.length > 0) {
        notAnalysed = `None of the ${result.skipped.length} source files could be analysed, so the gate cannot pass.`;
    }
    const isNew = (finding) => (changed ? (0,diff/* isOnChangedLine */._v)(changed, finding.file, finding.line, finding.endLine) : true);
    const gated = changed ? findings.filter(isNew) : findings;
    const verdict = (0,engine_verdict/* evaluateGate */.D)({ score: score.score, minScore, gated, scope: changed ? 'new' : 'all', failOnSeverity, warnOnly: false });
    if (notAnalysed)
        verdict.reasons.push(notAnalysed);
    const projected = findings.map((finding) => toToolFinding(finding, changed ? isNew(finding) : undefined));
    const limited = limitFindings(projected, args.max_findings ?? DEFAULT_MAX_FINDINGS);
    return {
        root,
        target: relTarget,
        score: score.score,
        grade: score.grade,
        verdict: { passed: verdict.passed && !notAnalysed, reasons: verdict.reasons, minScore, failOnSeverity, scope: changed ? 'new' : 'all' },
        findings: limited.kept,
        findingsTotal: findings.length,
        counts: countBySeverity(findings),
        findingsOmitted: limited.omitted,
        ...(changed ? { changedSince: args.changed_since, newFindings: gated.length } : {}),
        suppressed,
        skipped,
        stats,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/mcp/scan-snippet.ts
/**
 * scan_snippet: source text an assistant is about to write, scanned by the same path as
 * a real scan (file rules, the link phase, repository rules, suppressions): it is saved
 * under its relative path in a private temporary folder, scanned there with the
 * project's config, and removed.
 */










/** Larger text is a file: scan it with scan_path. */
const MAX_SNIPPET_BYTES = 256 * 1024;
const EXTENSION = { python: '.py', typescript: '.ts', javascript: '.js' };
/** The relative path the snippet is saved as, and its language. */
function snippetPlacement(args) {
    if (args.path === undefined || args.path === '') {
        if (!args.language)
            throw new ToolInputError(`give the snippet's language (${LANGUAGES.join(', ')}) or a path with a known extension such as app/auth.py`);
        return { relPath: `snippet${EXTENSION[args.language]}`, language: args.language };
    }
    const shown = JSON.stringify(args.path);
    const relPath = args.path.replace(/\\/g, '/');
    const segments = relPath.split('/');
    if (relPath.startsWith('/') || /^[A-Za-z]:/.test(relPath) || /[\0\n\r]/.test(relPath) || segments.some((segment) => segment === '..' || segment === '' || segment === '.')) {
        throw new ToolInputError(`path is ${shown}; expected a relative path inside the project such as app/auth.py (no "..", ".", empty or absolute parts)`);
    }
    const inferred = (0,files/* languageOf */.eX)(relPath);
    if (inferred) {
        if (args.language && args.language !== inferred)
            throw new ToolInputError(`path ${shown} is a ${inferred} file but language is ${args.language}; give one that agrees, or leave language out`);
        return { relPath, language: inferred };
    }
    if (external_node_path_default().posix.extname(relPath) === '' && args.language)
        return { relPath: `${relPath}${EXTENSION[args.language]}`, language: args.language };
    throw new ToolInputError(`unknown language for path ${shown}: tokengate reads Python (.py), TypeScript (.ts, .tsx, .mts, .cts) and JavaScript (.js, .jsx, .mjs, .cjs)`);
}
async function scanSnippet(args, roots) {
    const bytes = Buffer.byteLength(args.code, 'utf8');
    if (bytes > MAX_SNIPPET_BYTES)
        throw new ToolInputError(`the snippet is ${bytes} bytes; the cap is ${MAX_SNIPPET_BYTES} bytes (256 KiB): save the file and use scan_path`);
    const { relPath, language } = snippetPlacement(args);
    // the project's config: rules turned off or re-rated there are for snippets too
    const [projectRoot] = await roots.list();
    const config = projectRoot ? loadConfigAsToolInput(projectRoot) : (0,engine_config/* defaultConfig */.sb)();
    const folder = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'tokengate-snippet-'));
    try {
        const file = external_node_path_default().join(folder, ...relPath.split('/'));
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(file), { recursive: true });
        external_node_fs_default().writeFileSync(file, args.code, { mode: 0o600 });
        let result;
        try {
            result = await (0,scan/* scan */.SQ)({ rules: rules/* RULES */.y, root: folder, config });
        }
        catch (error) {
            // the snippet is the only file: when it is skipped, the scan analysed nothing
            if (!(error instanceof scan/* NothingAnalysedError */.Hv))
                throw error;
            const reason = error.skipped.find((entry) => entry.file === relPath)?.reason ?? `${relPath} is excluded from scans (by the built-in exclude list or the config's exclude)`;
            return { path: relPath, language, analysed: false, reason: reason.split(folder).join(''), findings: [], suppressed: 0 };
        }
        const findings = result.findings.map((finding) => toToolFinding(finding));
        const analysed = result.stats.files === 1;
        const reason = analysed
            ? undefined
            : (result.skipped.find((entry) => entry.file === relPath)?.reason ?? `${relPath} is excluded from scans (by the built-in exclude list or the config's exclude)`);
        return {
            path: relPath,
            language,
            analysed,
            ...(reason ? { reason: reason.split(folder).join('') } : {}),
            // a score of what was not analysed would read as a clean bill
            ...(analysed ? { score: result.score.score, grade: result.score.grade } : {}),
            findings,
            suppressed: result.suppressed.length,
        };
    }
    finally {
        external_node_fs_default().rmSync(folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/mcp/server.ts
/**
 * The MCP server: four tools and one documentation resource per rule, on the official
 * SDK. Input schemas are zod (the SDK converts them to JSON Schema for tools/list and
 * validates arguments with them); results are structured (checked against the output
 * schemas) with a readable text rendering beside them. A refused request is a tool error
 * with the reason; the server keeps running.
 */












const INSTRUCTIONS = `tokengate checks how Python and JavaScript/TypeScript web code handles bearer tokens and JWTs (verification, algorithms, secrets, expiry, logging, caching, release, route authentication).
Before writing or committing authentication code, call scan_snippet with the code and its file path; call scan_path on files or folders of the project (changed_since limits the gate to lines changed since a git ref). explain_rule tells what a finding's rule means and how to fix it. Findings name secrets and never repeat their values.`;
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
function createServer(options) {
    const server = new mcp/* McpServer */._({ name: 'tokengate', title: 'tokengate', version: version/* TOOL_VERSION */.w }, { instructions: INSTRUCTIONS, capabilities: { resources: {}, tools: {} } });
    const roots = new AllowedRoots(options.roots.length ? options.roots : [options.cwd], options.roots.length > 0, async () => {
        if (!server.server.getClientCapabilities()?.roots)
            return undefined;
        const { roots: announced } = await server.server.listRoots(undefined, { timeout: 10_000 });
        return pathsFromRootUris(announced.map((root) => root.uri));
    }, options.log);
    server.server.setNotificationHandler(types/* RootsListChangedNotificationSchema */.Ik, () => roots.invalidate());
    let running = 0;
    let idle = [];
    const whenIdle = () => (running === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve)));
    /** Runs a tool; a refusal or a failure becomes a tool error that says why. */
    const guarded = async (tool, run) => {
        running++;
        try {
            const { structured, text } = await run();
            return { content: [{ type: 'text', text }], structuredContent: structured };
        }
        catch (error) {
            if (error instanceof ToolInputError)
                return { content: [{ type: 'text', text: error.message }], isError: true };
            options.log(`${tool} failed: ${error.stack ?? String(error)}`);
            return { content: [{ type: 'text', text: `tokengate could not run ${tool}: ${error.message}` }], isError: true };
        }
        finally {
            if (--running === 0) {
                for (const resolve of idle)
                    resolve();
                idle = [];
            }
        }
    };
    server.registerTool('scan_path', {
        title: 'Scan a file or folder',
        description: 'Scans a folder (as `tokengate scan FOLDER`, with its .tokengate.yml) or one source file (within its project: the nearest folder above it with a .tokengate.yml or .git) inside the allowed roots. Returns the score, grade, the gate verdict with its reasons, the findings (rule, severity, file, line, message, fix, docs link) and the files that could not be analysed.',
        inputSchema: schemas/* strictObject */.rej({
            path: schemas/* string */.YjP().optional().describe('a file or folder: absolute, or relative to an allowed root (default: the first root)'),
            changed_since: schemas/* string */.YjP().optional().describe('a git ref (main, HEAD~1, a commit): the severity gate then looks only at findings on lines changed since it, as in a pull request (from the merge base of the ref and HEAD to the working tree: uncommitted edits and untracked files count)'),
            min_score: schemas/* number */.aig().int().min(0).max(100).optional().describe("the gate fails below this score (default: the config's min-score, else 80)"),
            fail_on_severity: schemas/* enum */.k5n(GATE_SEVERITIES).optional().describe(`a finding at or above this severity fails the gate (default: ${DEFAULT_FAIL_ON_SEVERITY})`),
            max_findings: schemas/* number */.aig().int().min(1).max(10_000).optional().describe(`at most this many findings are returned, the most severe first kept (default: ${DEFAULT_MAX_FINDINGS})`),
        }),
        outputSchema: scanPathOutput,
        annotations: READ_ONLY,
    }, (args) => guarded('scan_path', async () => {
        const structured = await scanPath(args, { roots, ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}) });
        return { structured, text: renderScanPath(structured) };
    }));
    server.registerTool('scan_snippet', {
        title: 'Scan source text',
        description: `Scans source text before it is written: give its language, or the path it will have (which also decides the language and, e.g., whether it is a test file). The same rules run as in a real scan, with the project's .tokengate.yml. At most ${MAX_SNIPPET_BYTES / 1024} KiB.`,
        inputSchema: schemas/* strictObject */.rej({
            code: schemas/* string */.YjP().describe('the source text'),
            language: schemas/* enum */.k5n(LANGUAGES).optional().describe('python, typescript or javascript (default: from path)'),
            path: schemas/* string */.YjP().optional().describe('the relative path the code will have, e.g. app/auth.py or src/routes/login.ts'),
        }),
        outputSchema: scanSnippetOutput,
        annotations: READ_ONLY,
    }, (args) => guarded('scan_snippet', async () => {
        const structured = await scanSnippet(args, roots);
        return { structured, text: renderScanSnippet(structured) };
    }));
    server.registerTool('explain_rule', {
        title: 'Explain a rule',
        description: 'What a rule finds, why it matters, how to fix it, with a bad and a good example.',
        inputSchema: schemas/* strictObject */.rej({ rule: schemas/* string */.YjP().describe('a rule id (TG101) or name (verify-disabled)') }),
        outputSchema: explainRuleOutput,
        annotations: READ_ONLY,
    }, (args) => guarded('explain_rule', async () => {
        const { result, markdown } = explainRule(args.rule);
        return { structured: result, text: markdown };
    }));
    server.registerTool('list_rules', {
        title: 'List the rules',
        description: 'Every rule: id, name, category, severity, languages, what it finds and its documentation.',
        inputSchema: schemas/* strictObject */.rej({}),
        outputSchema: listRulesOutput,
        annotations: READ_ONLY,
    }, () => guarded('list_rules', async () => {
        const structured = listRules();
        return { structured, text: renderRuleList(structured) };
    }));
    for (const resource of ruleResources()) {
        server.registerResource(resource.name, resource.uri, { title: resource.title, description: resource.description, mimeType: 'text/markdown' }, async () => ({
            contents: [{ uri: resource.uri, mimeType: 'text/markdown', text: (0,rule_docs/* renderRuleDoc */.lJ)(resource.rule) }],
        }));
    }
    return { server, whenIdle };
}


/***/ })

};
