/**
 * Unified diffs read as changed lines: per file, the line numbers a change added in the
 * new version. Shared by the adapters that know which lines changed (the Action from a
 * pull request, the CLI and the MCP server from `git diff`).
 */

/** Per changed file, the added lines; 'all' when the whole file counts (no patch given). */
export type ChangedFiles = Map<string, Set<number> | 'all'>;

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The new-file line numbers of the `+` lines of a unified-diff patch (hunks only, as the API gives them). */
export function parsePatch(patch: string): Set<number> {
  const added = new Set<number>();
  let newLine = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      newLine = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) added.add(newLine++);
    else if (line.startsWith(' ')) newLine++;
    // '-' lines exist only in the old file; '\ No newline at end of file' is not a line
  }
  return added;
}

/** Files and added lines of `git diff` output (several files, with their headers). */
export function parseGitDiff(output: string): ChangedFiles {
  const files: ChangedFiles = new Map();
  let current: string | undefined;
  let hunkText: string[] = [];
  const flush = (): void => {
    if (current !== undefined) files.set(current, parsePatch(hunkText.join('\n')));
    current = undefined;
    hunkText = [];
  };
  for (const line of output.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? undefined : unquoteGitPath(target).replace(/^b\//, '');
      continue;
    }
    if (current !== undefined && !line.startsWith('--- ')) hunkText.push(line);
  }
  flush();
  return files;
}

/** git quotes paths with unusual bytes C-style: "b/caf\303\251.py". */
function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a finding spanning `line`..`endLine` of `file` touches a line the change added. */
export function isOnChangedLine(files: ChangedFiles, file: string, line: number, endLine = line): boolean {
  const added = files.get(file);
  if (added === undefined) return false;
  if (added === 'all') return true;
  for (let current = line; current <= Math.max(line, endLine); current++) if (added.has(current)) return true;
  return false;
}
