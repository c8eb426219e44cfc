/**
 * Text from the scanned repository (file names, route paths, messages built from code
 * names, source lines) is untrusted: every reporter passes it through the function for
 * its target, so that it is shown as written and can do nothing else.
 */

/**
 * Characters a terminal or a renderer acts on instead of showing: C0 and C1 controls
 * (ESC starts escape sequences, CR and BS overwrite, LF breaks lines), DEL, zero-width
 * and bidirectional formatting characters (which reorder what a reader sees), the line
 * and paragraph separators and the byte-order mark.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One invisible character as visible text: `\n`, `\x1b`, `\u202e`. */
function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For the terminal: control characters and escape sequences are shown escaped, and the text stays on one line. */
export function terminalText(text: string): string {
  return text.replace(INVISIBLE, visible);
}

/** Whether `text` holds a character terminalText would escape (code frames map columns only then). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** The same escaping, one character at a time (code frames keep carets under the right column). */
export function terminalChar(char: string): string {
  return char.replace(INVISIBLE, visible);
}

/** A zero-width space as an entity: breaks mentions, references and autolinks without showing. */
const BREAK = '&#8203;';

/**
 * For Markdown prose (GitHub-flavoured: summary, comment, check-run text): on one line,
 * every character that could start markup is backslash-escaped (no emphasis, links,
 * images, HTML, entities, code spans, tables, strikethrough or math), and mentions,
 * issue references and bare URLs are broken with an invisible space so that they neither
 * notify nor link.
 */
export function markdownText(text: string): string {
  return (
    terminalText(text)
      // inline markup: emphasis, code, links and images, HTML and entities, cells, strikethrough, math
      .replace(/[\\`*_[\]<>&|~$]/g, (char) => `\\${char}`)
      // block markup, which only the start of a line (or of a list item) can open
      .replace(/^(\s*)([-+#>=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/[@#]/g, (char) => `${char}${BREAK}`)
      .replace(/:\/\//g, `:${BREAK}//`)
      .replace(/\b(w)(ww\.)/gi, `$1${BREAK}$2`)
  );
}

/**
 * For a Markdown code span: shown exactly as written (`<`, `>` and `&` included), on one
 * line. The fence is longer than any run of backticks inside; `inTable` escapes `|`,
 * which GitHub's tables split cells on even inside code spans (and show as `|`).
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = terminalText(text);
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text and attribute values: markup characters as entities, invisible characters shown escaped. */
export function htmlText(text: string): string {
  return terminalText(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}
