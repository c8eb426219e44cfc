/**
 * Which routes an app-wide authentication covers when it names them: NestJS middleware
 * `forRoutes(...)`/`exclude(...)` and Next.js middleware `config.matcher`, turned into the
 * route patterns of the model (a regular expression over a route path whose parameters are
 * written `:param`). Anything that cannot be read gives undefined: the caller then takes the
 * authentication to cover every route, so that an unreadable scope never causes a finding.
 */
import { ts } from 'ts-morph';
import type { RoutePattern } from '../../../model/types.js';
import { dottedName } from '../syntax.js';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A NestJS middleware path: `user`, `users/*`, `cats/:id`, `(.*)`. With one method it is that
 * route (`router.get(path)`); for all methods Nest mounts it like `app.use(path)`, which also
 * covers the paths below it.
 */
export function nestPattern(path: string, method: string | undefined): RoutePattern {
  const segments = path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  let prefix = method === undefined;
  const parts: string[] = [];
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
function nestMethod(node: ts.Expression | undefined): string | undefined | null {
  if (!node) return undefined;
  const name = dottedName(node);
  const method = name?.match(/(?:^|\.)([A-Z]+)$/)?.[1];
  if (!method) return null;
  return method === 'ALL' ? undefined : method;
}

function property(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const entry of object.properties) {
    if (ts.isPropertyAssignment(entry) && (ts.isIdentifier(entry.name) || ts.isStringLiteral(entry.name)) && entry.name.text === key) return entry.initializer;
  }
  return undefined;
}

/** One `forRoutes`/`exclude` argument as a route pattern: a path string or `{ path, method }`; undefined when it is neither. */
export function nestRouteArgument(node: ts.Expression): RoutePattern | undefined {
  if (ts.isStringLiteralLike(node)) return nestPattern(node.text, undefined);
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const path = property(node, 'path');
  const method = nestMethod(property(node, 'method'));
  if (!path || !ts.isStringLiteralLike(path) || method === null) return undefined;
  return nestPattern(path.text, method);
}

/**
 * A Next.js matcher (path-to-regexp as Next reads it): `/api/:path*`, `/dashboard/:path+`,
 * `/((?!api|_next/static|favicon.ico).*)`, `{ source: '/api/:path*' }`.
 */
export function nextMatcherPattern(matcher: string): RoutePattern | undefined {
  let out = '';
  for (let index = 0; index < matcher.length; ) {
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
        if (matcher[end] === '(') depth++;
        else if (matcher[end] === ')' && --depth === 0) break;
      }
      if (depth !== 0 && end >= matcher.length) return undefined;
      out += matcher.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    out += matcher[index] === '.' ? '\\.' : matcher[index];
    index++;
  }
  try {
    new RegExp(`^${out}$`);
  } catch {
    return undefined;
  }
  return { pattern: `^${out}$` };
}
