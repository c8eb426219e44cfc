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
import { ts } from 'ts-morph';
import type { ImportBinding, ModuleExport, ModuleFacts, Value } from '../../model/types.js';
import { LineIndex } from '../line-index.js';
import { skipBracketContents } from './bracket-skip.js';
import { NEEDS_PARSE, plain, readIfPlain } from '../unlowered.js';

export { NEEDS_PARSE };

const SK = ts.SyntaxKind;
/** Brackets deeper than this are left to the parser, whose depth handling cuts what overflows. */
const MAX_DEPTH = 100;

/** A token at bracket depth 0 or 1 (an opener or closer has the depth outside it). */
interface Token {
  kind: ts.SyntaxKind;
  start: number;
  depth: number;
  /** A line break between this token and the one before. */
  newline: boolean;
  /** A name's or literal's value (cooked), as the parser gives `.text`. */
  value: string;
  /** Preceded by `.` or `?.`: a property name, whatever its kind. */
  afterDot: boolean;
}

export interface ScannedScript {
  /** Line starts, as the parser counts them (CR, LF, CRLF, U+2028, U+2029). */
  lineStarts: number;
  module: ModuleFacts | undefined;
}

const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard);

/** The facts and line count, or NEEDS_PARSE when the text is not plain enough to read this way; `jsx` when the file may hold JSX. */
export function scanScriptFacts(text: string, jsx = false): ScannedScript | typeof NEEDS_PARSE {
  try {
    return readIfPlain(() => {
      const lines = new LineIndex(text, LINE_BREAK);
      // the parser drops a byte order mark; a file of two lines with an error is reported as not parsing
      if (lines.lineStarts <= 2 || text.charCodeAt(0) === 0xfeff) plain();
      return { lineStarts: lines.lineStarts, module: new FactReader(tokensOf(text, jsx), lines).read() };
    });
  } finally {
    scanner.setText(undefined);
    scanner.setOnError(undefined);
  }
}

/** Where the TypeScript compiler ends a line. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

const isNameKind = (kind: ts.SyntaxKind): boolean => kind === SK.Identifier || (kind >= SK.FirstKeyword && kind <= SK.LastKeyword);
/** A name a binding may take: an identifier or a word that is not reserved (`type`, `of`, `async`). */
const isBindingName = (kind: ts.SyntaxKind): boolean => kind === SK.Identifier || (kind > SK.LastReservedWord && kind <= SK.LastKeyword);
const isLiteral = (kind: ts.SyntaxKind): boolean => kind === SK.StringLiteral || kind === SK.NumericLiteral || kind === SK.BigIntLiteral || kind === SK.RegularExpressionLiteral;
/** Reserved words after which an expression has ended (so a `/` divides). */
const VALUE_WORDS = new Set([SK.ThisKeyword, SK.SuperKeyword, SK.TrueKeyword, SK.FalseKeyword, SK.NullKeyword]);
/** Words not reserved that an expression (or, for `as`, a type that may open with `<`) may follow, or a name. */
const WORDS_BEFORE_EXPRESSIONS = new Set([SK.AwaitKeyword, SK.YieldKeyword, SK.AsyncKeyword, SK.AsKeyword, SK.SatisfiesKeyword, SK.OfKeyword]);
const HEADER_WORDS = new Set([SK.IfKeyword, SK.WhileKeyword, SK.ForKeyword, SK.WithKeyword]);
/** Tokens after which a `{` opens a block or a function's body, never an object literal. */
const BEFORE_BLOCKS = new Set([SK.CloseParenToken, SK.EqualsGreaterThanToken, SK.ElseKeyword, SK.TryKeyword, SK.FinallyKeyword, SK.DoKeyword]);
const OPENERS = new Set([SK.OpenParenToken, SK.OpenBracketToken, SK.OpenBraceToken]);
const CLOSER_CHAR = new Map([
  [SK.OpenParenToken, 0x29],
  [SK.OpenBracketToken, 0x5d],
  [SK.OpenBraceToken, 0x7d],
]);
const CLOSER_OF = new Map([
  [SK.CloseParenToken, SK.OpenParenToken],
  [SK.CloseBracketToken, SK.OpenBracketToken],
  [SK.CloseBraceToken, SK.OpenBraceToken],
]);

/**
 * The tokens at depth 0 and 1, with every check of plainness on the way. Deeper tokens are
 * only scanned: no fact read here lies deeper. A JSX element (in a file that may hold JSX)
 * is read with the scanner's JSX modes and stands for one token.
 */
function tokensOf(text: string, jsx: boolean): Token[] {
  scanner.setText(text);
  scanner.setOnError(() => plain());
  const tokenizer = new Tokenizer(jsx);
  tokenizer.run(false);
  return tokenizer.tokens;
}

class Tokenizer {
  readonly tokens: Token[] = [];
  private previous: ts.SyntaxKind = SK.Unknown;
  private beforePrevious: ts.SyntaxKind = SK.Unknown;
  private previousAfterDot = false;
  private afterDot = false;
  private closedParen = Paren.Other;
  /** Brackets (and JSX elements) open outside the run under way: a JSX expression's run starts inside them. */
  private outerDepth = 0;
  /** Brackets open, all runs counted, after the last token. */
  private depthNow = 0;
  /** Inside a JSX element nothing is recorded: the element is one operand. */
  private inJsx = 0;

  constructor(private readonly jsx: boolean) {}

  /**
   * Scans tokens to the end of the text or, for a JSX expression (`container`), to the `}`
   * that closes it.
   */
  run(container: boolean): void {
    /** Open brackets: their kind, TemplateHead for a template's `${`; with each, what kind of paren it is. */
    const open: ts.SyntaxKind[] = [];
    const parens: Paren[] = [];
    for (;;) {
      let kind = scanner.scan();
      if (kind === SK.EndOfFileToken) break;
      const newline = scanner.hasPrecedingLineBreak();
      const previous = this.previous;
      if (kind === SK.SlashToken || kind === SK.SlashEqualsToken) {
        if (expressionMayStart(previous, this.previousAfterDot, this.closedParen === Paren.Header)) kind = scanner.reScanSlashToken();
      } else if (kind === SK.LessThanToken) {
        // a `<` where an expression starts is JSX, or in TypeScript a type assertion or a generic arrow;
        // after a word such as `get` or `string` (a name) it opens type arguments
        const startsExpression = WORDS_BEFORE_EXPRESSIONS.has(previous) || expressionMayStart(previous, this.previousAfterDot, this.closedParen === Paren.Header);
        if (startsExpression) {
          if (!this.jsx || previous === SK.AsKeyword || previous === SK.SatisfiesKeyword || previous === SK.AsyncKeyword) plain();
          this.jsxElement();
          kind = SK.JsxElement;
        }
      }
      if (kind === SK.CloseBraceToken && open.length === 0 && container) return;
      if (kind === SK.CloseBraceToken && open[open.length - 1] === SK.TemplateHead) {
        kind = scanner.reScanTemplateToken(false);
        if (kind !== SK.TemplateMiddle && kind !== SK.TemplateTail) plain();
      }
      // two names or literals side by side on one line are no code (prose, a lost operator)
      if ((kind === SK.Identifier || isLiteral(kind)) && (previous === SK.Identifier || isLiteral(previous)) && !newline) plain();
      // `name() {` at the top level is a method cut out of its class (a code sample), which does not parse
      if (kind === SK.OpenBraceToken && previous === SK.CloseParenToken && this.closedParen === Paren.TopLevelCall && !newline) plain();
      let depth = this.outerDepth + open.length;
      this.closedParen = Paren.Other;
      if (OPENERS.has(kind) || kind === SK.TemplateHead) {
        open.push(kind);
        parens.push(kind !== SK.OpenParenToken ? Paren.Other : parenAfter(previous, this.beforePrevious, this.previousAfterDot, depth));
        if (depth >= MAX_DEPTH) plain();
        // two brackets deep nothing is recorded, nor in a block or a function's body (no fact is read
        // there): the contents are skipped when that is sure, scanned otherwise
        if ((depth >= 1 || (kind === SK.OpenBraceToken && BEFORE_BLOCKS.has(previous))) && kind !== SK.TemplateHead && !container && this.inJsx === 0) {
          const resume = skipBracketContents(scanner.getText(), scanner.getTokenEnd(), CLOSER_CHAR.get(kind)!, depth + 1, MAX_DEPTH);
          if (resume !== undefined) scanner.resetTokenState(resume);
        }
      } else if (CLOSER_OF.has(kind) || kind === SK.TemplateTail) {
        if (open.pop() !== (CLOSER_OF.get(kind) ?? SK.TemplateHead)) plain();
        this.closedParen = parens.pop()!;
        depth--;
      } else if (kind === SK.TemplateMiddle) {
        depth--;
      }
      this.depthNow = this.outerDepth + open.length;
      if (depth <= 1 && this.inJsx === 0) {
        const named = isNameKind(kind) || isLiteral(kind) || kind === SK.NoSubstitutionTemplateLiteral;
        this.tokens.push({ kind, start: scanner.getTokenStart(), depth, newline, value: named ? scanner.getTokenValue() : '', afterDot: this.afterDot });
      }
      this.previousAfterDot = this.afterDot;
      this.afterDot = kind === SK.DotToken || kind === SK.QuestionDotToken;
      this.beforePrevious = previous;
      this.previous = kind;
    }
    if (open.length || container) plain();
  }

  /**
   * A JSX element or fragment, its `<` just scanned, read as the parser reads it: names with
   * the JSX identifier scan, attribute values, text children, `{…}` expressions (ordinary
   * tokens again) and nested elements, to the `>` that closes it.
   */
  private jsxElement(): void {
    if (++this.inJsx + this.depthNow > MAX_DEPTH) plain();
    let kind = scanner.scan();
    if (kind === SK.GreaterThanToken) {
      this.jsxChildren('');
    } else {
      const name = this.jsxName(kind);
      kind = scanner.scan();
      while (kind !== SK.GreaterThanToken && kind !== SK.SlashToken) {
        if (kind === SK.OpenBraceToken) {
          // `{...props}`
          if (scanner.scan() !== SK.DotDotDotToken) plain();
          this.jsxExpression();
        } else {
          if (!isNameKind(kind)) plain();
          scanner.scanJsxIdentifier();
          kind = scanner.scan();
          if (kind === SK.ColonToken) {
            scanner.scan();
            scanner.scanJsxIdentifier();
            kind = scanner.scan();
          }
          if (kind !== SK.EqualsToken) continue;
          kind = scanner.scanJsxAttributeValue();
          if (kind === SK.OpenBraceToken) this.jsxExpression();
          else if (kind === SK.LessThanToken) this.jsxElement();
          else if (kind !== SK.StringLiteral) plain();
        }
        kind = scanner.scan();
      }
      if (kind === SK.SlashToken) {
        if (scanner.scan() !== SK.GreaterThanToken) plain();
      } else this.jsxChildren(name);
    }
    this.inJsx--;
  }

  /** A JSX tag name: `div`, `my-element`, `Foo.Bar`, `svg:rect`, as written. */
  private jsxName(kind: ts.SyntaxKind): string {
    if (!isNameKind(kind)) plain();
    scanner.scanJsxIdentifier();
    let name = scanner.getTokenText();
    for (;;) {
      const next = scanner.lookAhead(() => scanner.scan());
      if (next !== SK.DotToken && next !== SK.ColonToken) return name;
      scanner.scan();
      const part = scanner.scan();
      if (!isNameKind(part)) plain();
      scanner.scanJsxIdentifier();
      name += (next === SK.DotToken ? '.' : ':') + scanner.getTokenText();
    }
  }

  /** Children up to the closing tag, which must match `name` ('' for a fragment). */
  private jsxChildren(name: string): void {
    for (;;) {
      const kind = scanner.scanJsxToken();
      if (kind === SK.JsxText || kind === SK.JsxTextAllWhiteSpaces) continue;
      if (kind === SK.OpenBraceToken) this.jsxExpression();
      else if (kind === SK.LessThanToken) this.jsxElement();
      else if (kind === SK.LessThanSlashToken) {
        const first = scanner.scan();
        const closing = first === SK.GreaterThanToken ? '' : this.jsxName(first);
        if (closing !== name || (closing !== '' && scanner.scan() !== SK.GreaterThanToken)) plain();
        return;
      } else plain();
    }
  }

  /** `{ expression }` inside JSX: ordinary tokens, nothing recorded, to its `}`. */
  private jsxExpression(): void {
    const outerDepth = this.outerDepth;
    this.outerDepth = this.depthNow + this.inJsx;
    this.previous = SK.OpenBraceToken;
    this.closedParen = Paren.Other;
    this.run(true);
    this.outerDepth = outerDepth;
    this.depthNow = outerDepth;
  }
}

const enum Paren {
  Other,
  /** After if, while, for, with (or `for await`): a regular expression may follow its end. */
  Header,
  /** `name(` at depth 0, not a function's or a class heritage's: a call. */
  TopLevelCall,
}

function parenAfter(previous: ts.SyntaxKind, beforePrevious: ts.SyntaxKind, previousAfterDot: boolean, depth: number): Paren {
  if (previousAfterDot) return Paren.Other;
  // `for await (…)` too: after `await (x)` the paren's end is as ambiguous
  if (HEADER_WORDS.has(previous) || previous === SK.AwaitKeyword) return Paren.Header;
  const declares = beforePrevious === SK.FunctionKeyword || beforePrevious === SK.AsteriskToken || beforePrevious === SK.ExtendsKeyword || beforePrevious === SK.DotToken || beforePrevious === SK.QuestionDotToken;
  return depth === 0 && isBindingName(previous) && !declares ? Paren.TopLevelCall : Paren.Other;
}

/**
 * Whether an expression may start after this token, so that a `/` begins a regular
 * expression; throws where the token cannot tell (`}`, `)` of an if's header, `++`).
 */
function expressionMayStart(previous: ts.SyntaxKind, previousAfterDot: boolean, closedHeader: boolean): boolean {
  if (previous === SK.Unknown) return true;
  if (previous === SK.Identifier || previous === SK.PrivateIdentifier || isLiteral(previous) || previous === SK.NoSubstitutionTemplateLiteral || previous === SK.TemplateTail || previous === SK.JsxElement) return false;
  if (previous === SK.CloseBracketToken) return false;
  if (previous === SK.CloseParenToken) return closedHeader ? plain() : false;
  if (previous === SK.CloseBraceToken || previous === SK.PlusPlusToken || previous === SK.MinusMinusToken) plain();
  if (previous >= SK.FirstKeyword && previous <= SK.LastKeyword) {
    if (previousAfterDot || VALUE_WORDS.has(previous)) return false;
    if (previous <= SK.LastReservedWord) return true;
    // `of`, `yield`, `await`: an operator or a name, as the grammar has it; the other words (`type`, `module`) are names here
    if (WORDS_BEFORE_EXPRESSIONS.has(previous)) plain();
    return false;
  }
  return true;
}

/** Tokens that carry an expression on across a line break (so no semicolon is inserted before them). */
const CONTINUES = new Set([
  SK.OpenParenToken, SK.OpenBracketToken, SK.DotToken, SK.QuestionDotToken, SK.QuestionToken, SK.QuestionQuestionToken, SK.ColonToken, SK.CommaToken,
  SK.NoSubstitutionTemplateLiteral, SK.TemplateHead, SK.EqualsToken, SK.EqualsGreaterThanToken, SK.EqualsEqualsToken, SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsToken, SK.ExclamationEqualsEqualsToken,
  SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.AsteriskAsteriskToken, SK.SlashToken, SK.PercentToken, SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken,
  SK.AmpersandToken, SK.AmpersandAmpersandToken, SK.BarToken, SK.BarBarToken, SK.CaretToken, SK.LessThanLessThanToken,
  SK.PlusEqualsToken, SK.MinusEqualsToken, SK.AsteriskEqualsToken, SK.SlashEqualsToken, SK.PercentEqualsToken, SK.AsteriskAsteriskEqualsToken, SK.AmpersandEqualsToken, SK.BarEqualsToken, SK.CaretEqualsToken,
  SK.LessThanLessThanEqualsToken, SK.AmpersandAmpersandEqualsToken, SK.BarBarEqualsToken, SK.QuestionQuestionEqualsToken,
  SK.InKeyword, SK.InstanceOfKeyword, SK.AsKeyword, SK.SatisfiesKeyword, SK.ExtendsKeyword, SK.KeyOfKeyword,
]);

/** Tokens (at depth 0 and 1) looked at for the end of a call's type arguments. */
const MAX_TYPE_ARGUMENT_TOKENS = 256;

/** Tokens a type argument may hold besides names and literals (the contents of its brackets are deeper). */
const TYPE_PUNCTUATION = new Set([SK.CommaToken, SK.DotToken, SK.OpenBracketToken, SK.CloseBracketToken, SK.OpenParenToken, SK.CloseParenToken, SK.OpenBraceToken, SK.CloseBraceToken, SK.BarToken, SK.AmpersandToken, SK.QuestionToken, SK.ColonToken, SK.EqualsGreaterThanToken, SK.DotDotDotToken, SK.MinusToken]);

/** What may follow `export` (or `export declare`) in a declaration no fact is read from: `export default`, `export function`, `export =`… */
const EXPORTS_WITHOUT_FACTS = new Set([SK.DefaultKeyword, SK.FunctionKeyword, SK.ClassKeyword, SK.AsyncKeyword, SK.EnumKeyword, SK.InterfaceKeyword, SK.TypeKeyword, SK.AbstractKeyword, SK.NamespaceKeyword, SK.ModuleKeyword, SK.ImportKeyword, SK.EqualsToken, SK.AsKeyword, SK.AtToken, SK.GlobalKeyword]);

/** Reads the statements at depth 0 that carry facts, in order. */
class FactReader {
  readonly facts: ModuleFacts = { imports: [], exports: [], starExports: [], references: [] };

  constructor(
    private readonly tokens: Token[],
    private readonly lines: LineIndex,
  ) {}

  read(): ModuleFacts | undefined {
    const tokens = this.tokens;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.depth !== 0 || token.afterDot) continue;
      const next = tokens[at + 1];
      if (token.kind === SK.ImportKeyword) {
        // `import(…)` and `import.meta` are expressions
        if (next?.kind !== SK.OpenParenToken && next?.kind !== SK.DotToken) this.importDeclaration(at + 1);
      } else if (token.kind === SK.ExportKeyword) this.exportDeclaration(at);
      else if (token.kind === SK.ConstKeyword || token.kind === SK.VarKeyword) {
        // `const enum E {}` is no variable, nor is `[…] as const`
        if (next?.kind !== SK.EnumKeyword && tokens[at - 1]?.kind !== SK.AsKeyword) this.variableStatement(at + 1);
      } else if (token.kind === SK.LetKeyword) {
        if (next && (isBindingName(next.kind) || next.kind === SK.OpenBraceToken || next.kind === SK.OpenBracketToken)) this.variableStatement(at + 1);
      } else if (token.kind === SK.UsingKeyword && next && isBindingName(next.kind) && !next.newline) plain();
    }
    const facts = this.facts;
    return facts.imports.length || facts.exports.length || facts.starExports.length ? facts : undefined;
  }

  private at(index: number): Token {
    return this.tokens[index] ?? plain();
  }

  private expect(index: number, kind: ts.SyntaxKind): number {
    if (this.at(index).kind !== kind) plain();
    return index + 1;
  }

  /** After `import`: `'m'`, `x from 'm'`, `* as ns from 'm'`, `{ a as b }`, `x, { … }`, with `type` before any. */
  private importDeclaration(at: number): void {
    let token = this.at(at);
    if (token.kind === SK.StringLiteral) return this.endOfDeclaration(this.attributes(at + 1));
    if (token.kind === SK.TypeKeyword) {
      const after = this.at(at + 1);
      const typeIsTheName = after.kind === SK.CommaToken || after.kind === SK.EqualsToken || (after.kind === SK.FromKeyword && this.at(at + 2).kind === SK.StringLiteral);
      if (!typeIsTheName) token = this.at(++at);
    }
    let defaultName: string | undefined;
    if (isBindingName(token.kind)) {
      // `import x = require('m')` binds nothing here
      if (this.at(at + 1).kind === SK.EqualsToken) return;
      defaultName = token.value;
      at++;
      if (this.at(at).kind !== SK.CommaToken) return this.importFrom(at, defaultName, []);
      at++;
    }
    token = this.at(at);
    if (token.kind === SK.AsteriskToken) {
      at = this.expect(at + 1, SK.AsKeyword);
      const name = this.at(at);
      if (!isBindingName(name.kind)) plain();
      return this.importFrom(at + 1, defaultName, [{ local: name.value, imported: '*' }]);
    }
    if (token.kind !== SK.OpenBraceToken) plain();
    const { elements, after } = this.specifiers(at);
    this.importFrom(after, defaultName, elements);
  }

  private importFrom(at: number, defaultName: string | undefined, named: { local: string; imported: string }[]): void {
    at = this.expect(at, SK.FromKeyword);
    const specifier = this.at(at);
    if (specifier.kind !== SK.StringLiteral) plain();
    const module = specifier.value;
    const bindings: ImportBinding[] = [];
    if (defaultName !== undefined) bindings.push({ local: defaultName, specifier: module, imported: 'default', qualified: module });
    for (const { local, imported } of named) bindings.push({ local, specifier: module, imported, qualified: imported === '*' ? module : `${module}.${imported}` });
    this.facts.imports.push(...bindings);
    this.endOfDeclaration(this.attributes(at + 1));
  }

  /** `with { type: 'json' }` (or `assert`) after a module specifier. */
  private attributes(at: number): number {
    const token = this.tokens[at];
    if (!token || token.newline || (token.kind !== SK.WithKeyword && token.kind !== SK.AssertKeyword)) return at;
    return this.skipBracket(this.expect(at + 1, SK.OpenBraceToken) - 1);
  }

  /** An import or export statement ends at `;`, at the end of the file or at a line break. */
  private endOfDeclaration(at: number): void {
    const token = this.tokens[at];
    if (token && token.kind !== SK.SemicolonToken && !token.newline) plain();
  }

  /** `{ a, b as c, type d, default as e, 'f-g' as h }`: each imported (or exported) name and its local one. */
  private specifiers(at: number): { elements: { local: string; imported: string }[]; after: number } {
    const depth = this.at(at).depth;
    const elements: { local: string; imported: string }[] = [];
    let element: Token[] = [];
    const close = (): void => {
      const parts = element.length >= 2 && element[0]!.kind === SK.TypeKeyword && element[1]!.kind !== SK.AsKeyword ? element.slice(1) : element;
      const isName = (token: Token): boolean => isNameKind(token.kind) || token.kind === SK.StringLiteral;
      if (parts.length === 1 && isName(parts[0]!) && (element.length === 1 || parts[0]!.kind !== SK.TypeKeyword)) elements.push({ local: parts[0]!.value, imported: parts[0]!.value });
      else if (parts.length === 3 && isName(parts[0]!) && parts[1]!.kind === SK.AsKeyword && isName(parts[2]!) && parts[0]!.kind !== SK.TypeKeyword && parts[0]!.kind !== SK.AsKeyword) elements.push({ local: parts[2]!.value, imported: parts[0]!.value });
      else if (element.length) plain();
      element = [];
    };
    for (let index = at + 1; ; index++) {
      const token = this.at(index);
      if (token.depth !== depth + 1) {
        if (token.kind !== SK.CloseBraceToken) plain();
        close();
        return { elements, after: index + 1 };
      }
      if (token.kind === SK.CommaToken) {
        if (!element.length) plain();
        close();
      } else element.push(token);
    }
  }

  /** A position as the parser's `getLineAndCharacterOfPosition` gives it, start and end alike. */
  private locAt(offset: number): ModuleExport['loc'] {
    const { row, column } = this.lines.pointAt(offset);
    return { line: row + 1, column: column + 1, endLine: row + 1, endColumn: column + 1 };
  }

  /** At `export`: re-exports, `export { a }`, `export const`; other exports carry no fact here. */
  private exportDeclaration(exportAt: number): void {
    let at = exportAt + 1;
    let token = this.at(at);
    let typeOnly = false;
    if (token.kind === SK.DeclareKeyword) token = this.at(++at);
    if (token.kind === SK.TypeKeyword && (this.at(at + 1).kind === SK.OpenBraceToken || this.at(at + 1).kind === SK.AsteriskToken)) {
      typeOnly = true;
      token = this.at(++at);
    }
    if (token.kind === SK.ConstKeyword || token.kind === SK.VarKeyword || token.kind === SK.LetKeyword) {
      // read when the main loop reaches the keyword
      return;
    }
    if (EXPORTS_WITHOUT_FACTS.has(token.kind)) return;
    const loc = this.locAt(this.at(exportAt).start);
    if (token.kind === SK.AsteriskToken) {
      let name: string | undefined;
      at++;
      if (this.at(at).kind === SK.AsKeyword) {
        const alias = this.at(at + 1);
        if (!isNameKind(alias.kind) && alias.kind !== SK.StringLiteral) plain();
        name = alias.value;
        at += 2;
      }
      at = this.expect(at, SK.FromKeyword);
      const specifier = this.at(at);
      if (specifier.kind !== SK.StringLiteral) plain();
      this.endOfDeclaration(this.attributes(at + 1));
      if (typeOnly) return;
      if (name === undefined) this.facts.starExports.push(specifier.value);
      else this.facts.exports.push({ name, loc, from: { specifier: specifier.value, imported: '*' } });
      return;
    }
    if (token.kind === SK.OpenBraceToken) {
      const { elements, after } = this.specifiers(at);
      const from = this.tokens[after];
      if (from?.kind === SK.FromKeyword && from.depth === 0) {
        const specifier = this.at(after + 1);
        if (specifier.kind !== SK.StringLiteral) plain();
        this.endOfDeclaration(this.attributes(after + 2));
        // `imported` here is the name as exported from `specifier`, `local` the name this module gives it
        if (!typeOnly) for (const { local, imported } of elements) this.facts.exports.push({ name: local, loc, from: { specifier: specifier.value, imported } });
        return;
      }
      this.endOfDeclaration(after);
      for (const { local, imported } of elements) this.facts.exports.push({ name: local, loc, local: imported });
      return;
    }
    plain();
  }

  /** After `const`, `let` or `var`: each declarator's `require` binding or literal constant. */
  private variableStatement(at: number): void {
    for (;;) {
      const name = this.at(at);
      let pattern: { local: string; imported: string }[] | undefined;
      if (isBindingName(name.kind)) at++;
      else if (name.kind === SK.OpenBraceToken) ({ elements: pattern, after: at } = this.objectPattern(at));
      else if (name.kind === SK.OpenBracketToken) at = this.skipBracket(at);
      else plain();
      if (this.tokens[at]?.kind === SK.ExclamationToken) at++;
      if (this.tokens[at]?.kind === SK.ColonToken) at = this.skipType(at + 1);
      let token = this.tokens[at];
      if (token?.kind === SK.EqualsToken && token.depth === 0) {
        const value = this.initializer(at + 1);
        at = value.after;
        if (value.require !== undefined) {
          const specifier = value.require;
          if (isBindingName(name.kind)) this.facts.imports.push({ local: name.value, specifier, imported: '*', qualified: specifier });
          else for (const { local, imported } of pattern ?? []) this.facts.imports.push({ local, specifier, imported, qualified: `${specifier}.${imported}` });
        }
        if (value.constant && isBindingName(name.kind)) this.facts.exports.push({ name: name.value, loc: this.locAt(name.start), constant: value.constant });
        token = this.tokens[at];
      }
      if (!token || token.kind === SK.SemicolonToken) return;
      if (token.kind === SK.CommaToken && token.depth === 0) {
        at++;
        continue;
      }
      if (token.newline && !CONTINUES.has(token.kind)) return;
      plain();
    }
  }

  /** The index after the bracket closing the one at `at`. */
  private skipBracket(at: number): number {
    const opener = this.at(at);
    const closer = opener.kind === SK.OpenBracketToken ? SK.CloseBracketToken : opener.kind === SK.OpenParenToken ? SK.CloseParenToken : SK.CloseBraceToken;
    for (let index = at + 1; ; index++) {
      const token = this.at(index);
      if (token.depth === opener.depth && token.kind === closer) return index + 1;
    }
  }

  /** `{ a, b: c, ...d, e = 1 }`: the elements a require binding takes (identifier keys and names only). */
  private objectPattern(at: number): { elements: { local: string; imported: string }[]; after: number } {
    const elements: { local: string; imported: string }[] = [];
    const after = this.skipBracket(at);
    let element: Token[] = [];
    const close = (): void => {
      const [first, second, third] = element;
      if (!first) plain();
      if (first.kind === SK.DotDotDotToken) {
        if (second && isBindingName(second.kind) && element.length === 2) elements.push({ local: second.value, imported: second.value });
        else if (!second || (second.kind !== SK.OpenBraceToken && second.kind !== SK.OpenBracketToken)) plain();
      } else if (isBindingName(first.kind) && (!second || second.kind === SK.EqualsToken)) elements.push({ local: first.value, imported: first.value });
      else if (second?.kind === SK.ColonToken && third) {
        // a key that is a name and a target that is a name (not a nested pattern)
        const targetIsName = isBindingName(third.kind) && (element.length === 3 || element[3]!.kind === SK.EqualsToken);
        if (isNameKind(first.kind) && targetIsName) elements.push({ local: third.value, imported: first.value });
      } else if (first.kind !== SK.OpenBracketToken && !isLiteral(first.kind)) plain();
      element = [];
    };
    for (let index = at + 1; index < after - 1; index++) {
      const token = this.at(index);
      if (token.depth === 1 && token.kind === SK.CommaToken) close();
      else if (token.depth === 1) element.push(token);
    }
    if (element.length) close();
    return { elements, after };
  }

  /** A type annotation: up to `=`, `,` or `;` outside brackets and angle brackets, or the end of the statement. */
  private skipType(at: number): number {
    let angles = 0;
    let previous: Token | undefined;
    for (let index = at; ; index++) {
      const token = this.tokens[index];
      if (!token) return index;
      if (token.depth === 0) {
        if (token.kind === SK.LessThanToken) angles++;
        else if (token.kind === SK.GreaterThanToken) angles--;
        else if (angles === 0 && (token.kind === SK.EqualsToken || token.kind === SK.CommaToken || token.kind === SK.SemicolonToken)) return index;
        else if (angles === 0 && previous && token.newline && endsOperand(previous) && !CONTINUES.has(token.kind) && token.kind !== SK.BarToken) return index;
        if (angles < 0) plain();
        previous = token;
      }
    }
  }

  /**
   * An initializer: `require('m')` or a single literal, else skipped to the next declarator
   * or the end of the statement. Returns the index of the token after it.
   */
  private initializer(at: number): { after: number; require?: string; constant?: Value } {
    const first = this.at(at);
    if (first.kind === SK.SemicolonToken || first.kind === SK.CommaToken) plain();
    const ends = (index: number): boolean => {
      const token = this.tokens[index];
      return !token || token.kind === SK.SemicolonToken || (token.kind === SK.CommaToken && token.depth === 0) || (token.newline && !CONTINUES.has(token.kind));
    };
    if (first.kind === SK.StringLiteral || first.kind === SK.NoSubstitutionTemplateLiteral || first.kind === SK.NumericLiteral) {
      if (ends(at + 1)) return { after: at + 1, constant: first.kind === SK.NumericLiteral ? { kind: 'number', value: Number(first.value) } : { kind: 'string', value: first.value } };
    }
    if (isBindingName(first.kind) && first.value === 'require' && this.tokens[at + 1]?.kind === SK.OpenParenToken && !this.tokens[at + 1]!.afterDot) {
      const argument = this.tokens[at + 2];
      const trailingComma = this.tokens[at + 3]?.kind === SK.CommaToken && this.tokens[at + 3]!.depth === 1 ? 1 : 0;
      const close = this.tokens[at + 3 + trailingComma];
      if (argument?.kind === SK.StringLiteral && argument.depth === 1 && close?.kind === SK.CloseParenToken && close.depth === 0 && ends(at + 4 + trailingComma)) return { after: at + 4 + trailingComma, require: argument.value };
    }
    let previous: Token | undefined;
    // type arguments (`new Map<string, number>()`, `x as Record<K, V>`) hold commas that separate no declarators
    let angles = 0;
    let inType = false;
    for (let index = at; ; index++) {
      const token = this.tokens[index];
      if (!token) return { after: index };
      if (token.depth !== 0) continue;
      if (angles === 0 && index > at) {
        if (token.kind === SK.SemicolonToken || token.kind === SK.CommaToken) return { after: index };
        if (previous && token.newline && endsOperand(previous) && !CONTINUES.has(token.kind)) return { after: index };
      }
      if (token.kind === SK.AsKeyword || token.kind === SK.SatisfiesKeyword) inType = true;
      else if (token.kind === SK.LessThanToken && (inType || (previous && isNameKind(previous.kind) && this.typeArgumentsCall(index)))) angles++;
      else if (token.kind === SK.GreaterThanToken && angles > 0) angles--;
      previous = token;
    }
  }

  /**
   * Whether the `<` at `at` opens type arguments of a call (`f<A, B>(…)`): balanced angles
   * of type tokens, then `(`. The look ahead is bounded, so that a long run of comparisons
   * costs no more than its length; longer type arguments read as a comparison, and the
   * declarator after their comma then sends the file to the parse.
   */
  private typeArgumentsCall(at: number): boolean {
    let angles = 0;
    for (let index = at; index < Math.min(this.tokens.length, at + MAX_TYPE_ARGUMENT_TOKENS); index++) {
      const token = this.tokens[index]!;
      if (token.depth !== 0) continue;
      if (token.kind === SK.LessThanToken) angles++;
      else if (token.kind === SK.GreaterThanToken) {
        if (--angles === 0) return this.tokens[index + 1]?.kind === SK.OpenParenToken;
      } else if (!isNameKind(token.kind) && !TYPE_PUNCTUATION.has(token.kind) && !isLiteral(token.kind)) return false;
    }
    return false;
  }
}

/** A token an expression (or a type) may end with. */
function endsOperand(token: Token): boolean {
  const kind = token.kind;
  return isNameKind(kind) || isLiteral(kind) || kind === SK.NoSubstitutionTemplateLiteral || kind === SK.TemplateTail || kind === SK.CloseParenToken || kind === SK.CloseBracketToken || kind === SK.CloseBraceToken || kind === SK.PlusPlusToken || kind === SK.MinusMinusToken || kind === SK.PrivateIdentifier || kind === SK.JsxElement;
}
