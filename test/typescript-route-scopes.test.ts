/**
 * The route scopes of app-wide authentication: NestJS middleware paths and Next.js
 * middleware matchers as the route patterns missing-auth-route matches routes against.
 */
import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { nestPattern, nestRouteArgument, nextMatcherPattern } from '../src/lang/typescript/frameworks/route-scopes.js';

function matches(pattern: { pattern: string } | undefined, path: string): boolean {
  if (!pattern) throw new Error('no pattern');
  return new RegExp(pattern.pattern).test(path);
}

function argument(source: string): ts.Expression {
  const file = ts.createSourceFile('x.ts', `f(${source})`, ts.ScriptTarget.Latest, true);
  const call = (file.statements[0] as ts.ExpressionStatement).expression as ts.CallExpression;
  return call.arguments[0]!;
}

describe('NestJS middleware paths', () => {
  it('covers the path and what is below it for every method, and only the path for one method', () => {
    expect(matches(nestPattern('user', undefined), '/user')).toBe(true);
    expect(matches(nestPattern('user', undefined), '/user/settings')).toBe(true);
    expect(matches(nestPattern('user', undefined), '/users')).toBe(false);
    expect(nestPattern('user', 'GET')).toEqual({ pattern: '^/user$', method: 'GET' });
    expect(matches(nestPattern('user', 'GET'), '/user/settings')).toBe(false);
  });

  it('reads parameters and wildcards', () => {
    expect(matches(nestPattern('articles/:slug', 'GET'), '/articles/:slug')).toBe(true);
    expect(matches(nestPattern('articles/:slug', 'GET'), '/articles/:slug/comments')).toBe(false);
    expect(matches(nestPattern('admin/*', 'POST'), '/admin/users/:id')).toBe(true);
    expect(matches(nestPattern('*', undefined), '/anything')).toBe(true);
    expect(matches(nestPattern('(.*)', undefined), '/')).toBe(true);
  });

  it('reads forRoutes arguments: strings and { path, method }; a controller class is not a path', () => {
    expect(nestRouteArgument(argument("'cats'"))).toEqual(nestPattern('cats', undefined));
    expect(nestRouteArgument(argument("{ path: 'cats', method: RequestMethod.POST }"))).toEqual(nestPattern('cats', 'POST'));
    expect(nestRouteArgument(argument("{ path: 'cats', method: RequestMethod.ALL }"))).toEqual(nestPattern('cats', undefined));
    expect(nestRouteArgument(argument('CatsController'))).toBeUndefined();
    expect(nestRouteArgument(argument('{ path: prefix }'))).toBeUndefined();
  });
});

describe('Next.js middleware matchers', () => {
  it('reads named parameters with their modifiers', () => {
    expect(matches(nextMatcherPattern('/api/:path*'), '/api')).toBe(true);
    expect(matches(nextMatcherPattern('/api/:path*'), '/api/notes/:id')).toBe(true);
    expect(matches(nextMatcherPattern('/api/:path*'), '/dashboard')).toBe(false);
    expect(matches(nextMatcherPattern('/dashboard/:path+'), '/dashboard')).toBe(false);
    expect(matches(nextMatcherPattern('/dashboard/:path+'), '/dashboard/data')).toBe(true);
    expect(matches(nextMatcherPattern('/about/:id'), '/about/:id')).toBe(true);
  });

  it('keeps regular-expression groups, such as the usual exclusion of static files or of the API', () => {
    const allButApi = nextMatcherPattern('/((?!api|_next/static|_next/image|favicon.ico).*)');
    expect(matches(allButApi, '/dashboard')).toBe(true);
    expect(matches(allButApi, '/api/notes/:id')).toBe(false);
  });

  it('gives up on a matcher it cannot read', () => {
    expect(nextMatcherPattern('/((?!api')).toBeUndefined();
  });
});
