/**
 * The JS/TS route facts: which routes the front end sees (Express, Koa, Fastify, NestJS,
 * Next.js), their paths and groups, and the authentication evidence each one carries;
 * global authentication (NestJS global guards, Next.js middleware, routers mounted behind
 * middleware from another file) and the verification sites scattered-validation reads.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { javascriptFrontEnd, typescriptFrontEnd } from '../src/lang/typescript/index.js';
import type { FileModel, RouteModel } from '../src/model/types.js';

async function lower(source: string, file = 'app.ts'): Promise<FileModel> {
  const frontEnd = /\.[cm]?jsx?$/.test(file) ? javascriptFrontEnd : typescriptFrontEnd;
  const result = await frontEnd.analyse(source, file, defaultConfig());
  if (!result.ok) throw new Error(result.reason);
  return result.model;
}

/** `METHOD path` → names of its auth evidence (empty: unauthenticated). */
function authByRoute(model: FileModel): Record<string, string[]> {
  return Object.fromEntries(model.routes.map((route) => [`${route.method} ${route.path}`, route.auth.map((evidence) => `${evidence.kind}:${evidence.name}`)]));
}

function route(model: FileModel, key: string): RouteModel {
  const found = model.routes.find((candidate) => `${candidate.method} ${candidate.path}` === key);
  if (!found) throw new Error(`no route ${key} in ${model.routes.map((candidate) => `${candidate.method} ${candidate.path}`).join(', ')}`);
  return found;
}

describe('Express routes', () => {
  it('reads middleware chains on app and router methods, with the route group', async () => {
    const model = await lower(`
      import express from 'express';
      import { requireAuth } from './auth';
      const app = express();
      const router = express.Router();
      app.get('/orders', requireAuth, (req, res) => res.json([]));
      app.post('/orders', [requireAuth, validate], createOrder);
      app.delete('/orders/:id', deleteOrder);
      router.put('/items/:id', passport.authenticate('jwt', { session: false }), updateItem);
    `);
    expect(authByRoute(model)).toEqual({
      'GET /orders': ['hook:requireAuth'],
      'POST /orders': ['hook:requireAuth'],
      'DELETE /orders/:id': [],
      'PUT /items/:id': ['hook:passport.authenticate'],
    });
    expect(route(model, 'DELETE /orders/:id')).toMatchObject({ framework: 'express', group: 'app', handler: 'deleteOrder', loc: { line: 8 } });
    expect(route(model, 'PUT /items/:id').group).toBe('router');
  });

  it('applies router.use(auth) to the routes registered after it, not before', async () => {
    const model = await lower(`
      const { Router } = require('express');
      const router = Router();
      router.get('/status-page', showStatus);
      router.use(requireAuth);
      router.get('/profile', showProfile);
      router.post('/profile', saveProfile);
    `, 'routes.js');
    expect(authByRoute(model)).toEqual({
      'GET /status-page': [],
      'GET /profile': ['router-dependency:requireAuth'],
      'POST /profile': ['router-dependency:requireAuth'],
    });
    // registered above the guard: left public on purpose (the Express idiom)
    expect(route(model, 'GET /status-page').public).toBe(true);
    expect(route(model, 'GET /profile').public).toBe(false);
  });

  it("mounts routers behind middleware: app.use('/api', auth, apiRouter) guards the router's routes and prefixes their paths", async () => {
    const model = await lower(`
      import express from 'express';
      const app = express();
      const apiRouter = express.Router();
      const openRouter = express.Router();
      apiRouter.get('/invoices', listInvoices);
      openRouter.get('/catalog', listCatalog);
      app.use('/api', authenticateJwt, apiRouter);
      app.use('/shop', openRouter);
    `);
    expect(authByRoute(model)).toEqual({
      'GET /api/invoices': ['router-dependency:authenticateJwt'],
      'GET /shop/catalog': [],
    });
  });

  it('treats a router named like auth as a mounted router, not as middleware', async () => {
    const model = await lower(`
      import express from 'express';
      import authRouter from './routes/auth';
      const app = express();
      app.use('/auth', authRouter);
      app.get('/reports', listReports);
    `);
    expect(authByRoute(model)).toEqual({ 'GET /reports': [] });
  });

  it('path-scoped middleware guards only the routes under its prefix', async () => {
    const model = await lower(`
      import express from 'express';
      const app = express();
      app.use('/admin', requireAdminToken);
      app.get('/admin/users', listUsers);
      app.get('/administrators', listAdmins);
    `);
    expect(authByRoute(model)).toEqual({ 'GET /admin/users': ['router-dependency:requireAdminToken'], 'GET /administrators': [] });
  });

  it('resolves middleware and handlers declared below the routes, by what they do', async () => {
    const model = await lower(`
      import express from 'express';
      import jwt from 'jsonwebtoken';
      const app = express();
      app.get('/a', ensureValid, listA);
      app.get('/b', (req, res) => {
        const header = req.headers.authorization;
        if (!header) return res.status(401).end();
        res.json(lookup(header));
      });
      app.get('/c', (req, res) => res.json(loadCurrent(req)));
      function ensureValid(req, res, next) {
        jwt.verify(req.headers.authorization, process.env.JWT_SECRET, { algorithms: ['HS256'] });
        next();
      }
      function loadCurrent(req) {
        return jwt.verify(req.get('authorization'), process.env.JWT_SECRET, { algorithms: ['HS256'] });
      }
    `);
    expect(authByRoute(model)).toEqual({
      'GET /a': ['hook:ensureValid'],
      'GET /b': ['inline:<anonymous>'],
      'GET /c': ['inline:loadCurrent'],
    });
  });

  it("takes app.all('/api/*', auth) for middleware and a catch-all page for public", async () => {
    const model = await lower(`
      import express from 'express';
      const app = express();
      app.all('/api/*', requireAuth);
      app.get('/api/orders', listOrders);
      app.get('/about', about);
      app.get('*', (req, res) => res.sendFile('index.html'));
    `);
    expect(authByRoute(model)).toEqual({ 'GET /api/orders': ['router-dependency:requireAuth'], 'GET /about': [], 'GET *': [] });
    expect(route(model, 'GET *').public).toBe(true);
    expect(route(model, 'GET /about').public).toBe(false);
  });

  it('does not take a captcha or e-mail check of the request for authentication', async () => {
    const model = await lower(`
      import express from 'express';
      const app = express();
      app.post('/contact', async (req, res) => { await verifyCaptcha(req); res.sendStatus(204); });
      app.post('/reports', async (req, res) => { await verifyRequestToken(req); res.sendStatus(204); });
      app.get('/account', (req, res) => { if (!req.isAuthenticated()) return res.redirect('/login'); res.render('account'); });
    `);
    expect(authByRoute(model)).toEqual({ 'POST /contact': [], 'POST /reports': ['inline:verifyRequestToken'], 'GET /account': ['inline:req.isAuthenticated'] });
  });

  it('reads chained router.route(path).get(...).post(...)', async () => {
    const model = await lower(`
      import express from 'express';
      const router = express.Router();
      router.route('/notes').get(requireAuth, listNotes).post(createNote);
    `);
    expect(authByRoute(model)).toEqual({ 'GET /notes': ['hook:requireAuth'], 'POST /notes': [] });
  });

  it('does not take session stores, CSRF or CORS middleware for authentication', async () => {
    const model = await lower(`
      import express from 'express';
      import session from 'express-session';
      import csrf from 'csurf';
      const app = express();
      app.use(session({ secret: process.env.SESSION_SECRET }));
      app.use(csrf());
      app.use(verifyCsrfToken);
      app.get('/cart', showCart);
    `);
    expect(authByRoute(model)).toEqual({ 'GET /cart': [] });
  });

  it('ignores HTTP clients that look like routers (axios instances, fetch wrappers)', async () => {
    const model = await lower(`
      import axios from 'axios';
      const api = axios.create({ baseURL: '/api' });
      export async function load(token: string) {
        return api.get('/orders', { headers: { Authorization: 'Bearer ' + token } });
      }
      const router = useRouter();
      router.push('/orders');
    `);
    expect(model.routes).toEqual([]);
  });

  it('takes optional authentication for public, and creating an account for the sign-up endpoint', async () => {
    const model = await lower(`
      const router = require('express').Router();
      const auth = require('../auth');
      router.get('/articles', auth.optional, listArticles);
      router.post('/articles', auth.required, createArticle);
      router.post('/users', register);
      router.post('/users/:id/roles', grantRole);
    `, 'routes/api/articles.js');
    expect(model.routes.map((candidate) => [candidate.method, candidate.path, candidate.auth.map((evidence) => evidence.name), candidate.public])).toEqual([
      ['GET', '/articles', [], true],
      ['POST', '/articles', ['auth.required'], false],
      ['POST', '/users', [], true],
      ['POST', '/users/:id/roles', [], false],
    ]);
  });

  it('marks login, health and docs endpoints public', async () => {
    const model = await lower(`
      const express = require('express');
      const app = express();
      app.post('/auth/login', login);
      app.get('/healthz', health);
      app.get('/orders', listOrders);
    `, 'server.js');
    expect(model.routes.map((candidate) => [candidate.path, candidate.public])).toEqual([
      ['/auth/login', true],
      ['/healthz', true],
      ['/orders', false],
    ]);
  });

  it('records a router imported from another file and mounted behind middleware as covered there', async () => {
    const model = await lower(`
      import express from 'express';
      import itemsRouter from './routes/items';
      import { router as ordersRouter } from './routes/orders.js';
      const app = express();
      app.use('/items', requireAuth, itemsRouter);
      app.use('/orders', requireAuth, ordersRouter);
    `, 'src/app.ts');
    expect(model.routerMounts?.map(({ framework, child, prefix, auth }) => ({ framework, child, prefix, auth: auth.map((found) => found.name) }))).toEqual([
      { framework: 'express', child: './routes/items', prefix: '/items', auth: ['requireAuth'] },
      { framework: 'express', child: './routes/orders.js.router', prefix: '/orders', auth: ['requireAuth'] },
    ]);
    expect(model.globalAuth).toEqual([]);
  });

  it('records routers mounted from other modules without authentication, so coverage can pass through them', async () => {
    const model = await lower(`
      import { Router } from 'express';
      import teams from './teams';
      import { router as billing } from '../billing';
      const v2 = Router();
      v2.use('/teams', teams);
      v2.use('/billing', requireAuth, billing);
      export default v2;
    `, 'src/v2/index.ts');
    expect(model.routerMounts?.map(({ framework, parent, child, auth }) => ({ framework, parent, child, auth: auth.length }))).toEqual([
      { framework: 'express', parent: 'v2', child: './teams', auth: 0 },
      { framework: 'express', parent: 'v2', child: '../billing.router', auth: 1 },
    ]);
  });
});

describe('Koa and Hono routes', () => {
  it('reads koa-router middleware and Hono path-scoped middleware', async () => {
    const koa = await lower(`
      import Router from '@koa/router';
      const router = new Router();
      router.get('/teams', authenticate, async (ctx) => { ctx.body = []; });
      router.del('/teams/:id', async (ctx) => { ctx.status = 204; });
    `);
    expect(koa.routes.map((candidate) => [candidate.framework, candidate.method, candidate.path, candidate.auth.length])).toEqual([
      ['koa', 'GET', '/teams', 1],
      ['koa', 'DELETE', '/teams/:id', 0],
    ]);
    const hono = await lower(`
      import { Hono } from 'hono';
      import { jwt } from 'hono/jwt';
      const app = new Hono();
      app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
      app.get('/api/notes', (c) => c.json([]));
      app.get('/pricing', (c) => c.json([]));
    `);
    expect(authByRoute(hono)).toEqual({ 'GET /api/notes': ['router-dependency:jwt'], 'GET /pricing': [] });
    expect(hono.routes[0]!.framework).toBe('hono');
  });
});

describe('Hono sub-apps', () => {
  it("mounts a sub-app with app.route(prefix, api) behind the parent's middleware", async () => {
    const model = await lower(`
      import { Hono } from 'hono';
      import { jwt } from 'hono/jwt';
      const app = new Hono();
      const api = new Hono();
      api.get('/items', (c) => c.json([]));
      api.delete('/items/:id', (c) => c.json({}));
      app.use('/api/*', jwt({ secret: process.env.JWT_SECRET }));
      app.route('/api', api);
      const open = new Hono();
      open.get('/status/page', (c) => c.json({}));
      app.route('/open', open);
    `);
    expect(authByRoute(model)).toEqual({
      'GET /api/items': ['router-dependency:jwt'],
      'DELETE /api/items/:id': ['router-dependency:jwt'],
      'GET /open/status/page': [],
    });
  });
});

describe('NestJS routes', () => {
  const controllers = `
    import { Controller, Delete, Get, Post, UseGuards } from '@nestjs/common';
    import { AuthGuard } from '@nestjs/passport';
    import { Public } from './public.decorator';

    @Controller('users')
    @UseGuards(JwtAuthGuard)
    export class UsersController {
      @Get()
      list() { return []; }

      @Public()
      @Get('invite-preview')
      preview() { return {}; }
    }

    @Controller('orders')
    export class OrdersController {
      @UseGuards(AuthGuard('jwt'))
      @Get(':id')
      one() { return {}; }

      @Post()
      create() { return {}; }
    }
  `;

  it('takes @UseGuards on the class or the method, and @Public() as public', async () => {
    const model = await lower(controllers, 'src/users.controller.ts');
    expect(authByRoute(model)).toEqual({
      'GET /users': ['decorator:UseGuards(JwtAuthGuard)'],
      'GET /users/invite-preview': ['decorator:UseGuards(JwtAuthGuard)'],
      'GET /orders/:id': ['decorator:UseGuards(AuthGuard)'],
      'POST /orders': [],
    });
    expect(route(model, 'GET /users/invite-preview').public).toBe(true);
    expect(route(model, 'POST /orders')).toMatchObject({ framework: 'nestjs', group: 'OrdersController', handler: 'OrdersController.create' });
    expect(model.globalAuth).toEqual([]);
  });

  it('records APP_GUARD providers and app.useGlobalGuards as global authentication', async () => {
    const module = await lower(`
      import { Module } from '@nestjs/common';
      import { APP_GUARD } from '@nestjs/core';
      @Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })
      export class AppModule {}
    `, 'src/app.module.ts');
    expect(module.globalAuth.map((auth) => [auth.framework, auth.name, auth.paths])).toEqual([['nestjs', 'JwtAuthGuard', undefined]]);
    const main = await lower(`
      import { NestFactory } from '@nestjs/core';
      const app = await NestFactory.create(AppModule);
      app.useGlobalGuards(new JwtAuthGuard(app.get(Reflector)));
    `, 'src/main.ts');
    expect(main.globalAuth.map((auth) => [auth.framework, auth.name])).toEqual([['nestjs', 'JwtAuthGuard']]);
  });

  it('does not take a throttler guard on a method for authentication', async () => {
    const model = await lower(`
      import { Controller, Get, UseGuards } from '@nestjs/common';
      import { ThrottlerGuard } from '@nestjs/throttler';
      @Controller('search')
      export class SearchController {
        @UseGuards(ThrottlerGuard)
        @Get()
        search() { return []; }
        @UseGuards(ThrottlerGuard, JwtAuthGuard)
        @Get('saved')
        saved() { return []; }
      }
    `);
    expect(authByRoute(model)).toEqual({ 'GET /search': [], 'GET /search/saved': ['decorator:UseGuards(ThrottlerGuard, JwtAuthGuard)'] });
  });

  it('records module middleware that authenticates (consumer.apply(AuthMiddleware).forRoutes(...))', async () => {
    const module = await lower(`
      import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
      import { AuthMiddleware } from '../user/auth.middleware';
      import { LoggerMiddleware } from '../logger.middleware';
      @Module({ controllers: [ArticleController] })
      export class ArticleModule implements NestModule {
        configure(consumer: MiddlewareConsumer) {
          consumer.apply(LoggerMiddleware).forRoutes('*');
          consumer.apply(AuthMiddleware).exclude('articles/public').forRoutes({ path: 'articles', method: RequestMethod.ALL });
        }
      }
    `, 'src/article/article.module.ts');
    expect(module.globalAuth.map((auth) => [auth.framework, auth.name])).toEqual([['nestjs', 'AuthMiddleware']]);
    expect(module.globalAuth[0]!.paths).toEqual([{ pattern: '^/articles(?:/.*)?$' }]);
    expect(module.globalAuth[0]!.except).toEqual([{ pattern: '^/articles/public(?:/.*)?$' }]);
  });

  it('scopes module middleware to the controllers and { path, method } it names', async () => {
    const module = await lower(`
      import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
      import { AuthMiddleware } from './auth.middleware';
      import { UserController } from './user.controller';
      @Module({ controllers: [UserController] })
      export class UserModule implements NestModule {
        configure(consumer: MiddlewareConsumer) {
          consumer.apply(AuthMiddleware).forRoutes({ path: 'user', method: RequestMethod.GET }, UserController);
          consumer.apply(AuthMiddleware).forRoutes(routesFromConfig());
        }
      }
    `, 'src/user/user.module.ts');
    expect(module.globalAuth.map(({ name, paths, group, module: from }) => ({ name, paths, group, module: from }))).toEqual([
      { name: 'AuthMiddleware', paths: [{ pattern: '^/user$', method: 'GET' }], group: undefined, module: undefined },
      { name: 'AuthMiddleware', paths: undefined, group: 'UserController', module: './user.controller' },
      // an argument it cannot read: every route, so that it never causes a finding
      { name: 'AuthMiddleware', paths: undefined, group: undefined, module: undefined },
    ]);
  });

  it('takes @Public()-style decorators and @SetMetadata on a public key for public', async () => {
    const model = await lower(`
      import { Controller, Get, SetMetadata } from '@nestjs/common';
      @Controller('shop')
      export class ShopController {
        @SetMetadata('isPublic', true) @Get('a') a() {}
        @AllowAnonymous() @Get('b') b() {}
        @SkipJwtAuth() @Get('c') c() {}
        @SetMetadata('roles', ['admin']) @Get('d') d() {}
      }
    `, 'src/shop.controller.ts');
    expect(model.routes.map((candidate) => [candidate.path, candidate.public])).toEqual([
      ['/shop/a', true],
      ['/shop/b', true],
      ['/shop/c', true],
      ['/shop/d', false],
    ]);
  });

  it('does not take a global throttler guard for authentication', async () => {
    const module = await lower(`
      import { Module } from '@nestjs/common';
      import { APP_GUARD } from '@nestjs/core';
      import { ThrottlerGuard } from '@nestjs/throttler';
      @Module({ providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }] })
      export class AppModule {}
    `, 'src/app.module.ts');
    expect(module.globalAuth).toEqual([]);
  });
});

describe('Fastify routes', () => {
  it('reads preHandler/onRequest route options, addHook in any order and plugin scopes', async () => {
    const model = await lower(`
      import Fastify from 'fastify';
      const fastify = Fastify();
      fastify.get('/a', { preHandler: [fastify.authenticate] }, async () => 'a');
      fastify.get('/b', { onRequest: async (request) => { await request.jwtVerify(); } }, async () => 'b');
      fastify.register(async (instance) => {
        instance.get('/c', async () => 'c');
        instance.addHook('onRequest', async (request) => { await request.jwtVerify(); });
      });
      fastify.register(async (openApi) => {
        openApi.get('/d', async () => 'd');
      });
      fastify.route({ method: 'POST', url: '/e', preHandler: fastify.auth([fastify.verifyJWT]), handler: async () => 'e' });
    `);
    expect(authByRoute(model)).toEqual({
      'GET /a': ['hook:fastify.authenticate'],
      'GET /b': ['hook:request.jwtVerify'],
      'GET /c': ['router-dependency:request.jwtVerify'],
      'GET /d': [],
      'POST /e': ['hook:fastify.auth'],
    });
    expect(route(model, 'GET /c').group).toBe('instance');
  });

  it('shares the hooks of a plugin wrapped in fastify-plugin with the instance that registers it, not of a plain plugin', async () => {
    const model = await lower(`
      import Fastify from 'fastify';
      import fp from 'fastify-plugin';
      const app = Fastify();
      const auth = fp(async (instance) => {
        instance.addHook('onRequest', async (request) => { await request.jwtVerify(); });
      });
      app.register(auth);
      app.get('/a', async () => 'a');
      app.register(async (scope) => {
        scope.register(fp(async (inner) => { inner.addHook('preHandler', async (request) => { await request.jwtVerify(); }); }));
        scope.get('/b', async () => 'b');
        scope.register(async (plain) => { plain.addHook('onRequest', async (request) => { await request.jwtVerify(); }); });
      });
      app.register(async (other) => {
        other.register(async (plain) => { plain.addHook('onRequest', async (request) => { await request.jwtVerify(); }); });
        other.get('/c', async () => 'c');
      });
    `);
    expect(authByRoute(model)).toEqual({
      'GET /a': ['router-dependency:request.jwtVerify'],
      'GET /b': ['router-dependency:request.jwtVerify'],
      'GET /c': [],
    });
  });
});

describe('route paths and plugins written as in the RealWorld Fastify app', () => {
  it('reads prefixed paths, optional authentication and fastify-plugin servers', async () => {
    const model = await lower(`
      const fp = require('fastify-plugin');
      async function articles(server, options, done) {
        server.route({ method: 'GET', path: options.prefix + 'articles', onRequest: [server.authenticate_optional], handler: list });
        server.route({ method: 'DELETE', path: options.prefix + 'articles/:slug', onRequest: [server.authenticate], handler: remove });
        server.get(\`\${options.prefix}/articles/feed\`, { onRequest: [server.authenticate] }, feed);
        done();
      }
      module.exports = fp(articles);
    `, 'lib/routes/articles/index.js');
    expect(model.routes.map((candidate) => [candidate.framework, candidate.method, candidate.path, candidate.auth.map((evidence) => evidence.name), candidate.public])).toEqual([
      ['fastify', 'GET', '/articles', [], true],
      ['fastify', 'DELETE', '/articles/:slug', ['server.authenticate'], false],
      ['fastify', 'GET', '/articles/feed', ['server.authenticate'], false],
    ]);
  });
});

describe('Next.js routes', () => {
  it('reads app/**/route.ts handlers, with inline checks', async () => {
    const model = await lower(`
      import { NextResponse } from 'next/server';
      import { jwtVerify } from 'jose';
      const secret = new TextEncoder().encode(process.env.JWT_SECRET);
      export async function GET(request: Request) {
        const auth = request.headers.get('authorization');
        if (!auth?.startsWith('Bearer ')) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
        await jwtVerify(auth.slice(7), secret, { algorithms: ['HS256'] });
        return NextResponse.json([]);
      }
      export const POST = async (request: Request) => NextResponse.json(await request.json());
      function helper() { return 1; }
    `, 'src/app/(shop)/api/orders/[id]/route.ts');
    expect(authByRoute(model)).toEqual({
      'GET /api/orders/[id]': ['inline:GET'],
      'POST /api/orders/[id]': [],
    });
    expect(route(model, 'POST /api/orders/[id]')).toMatchObject({ framework: 'nextjs', handler: 'POST' });
  });

  it('takes session lookups of auth libraries and wrapped handlers for authentication', async () => {
    const model = await lower(`
      import { NextResponse } from 'next/server';
      import { getServerSession } from 'next-auth';
      import { withApiAuthRequired } from '@auth0/nextjs-auth0';
      import { authOptions } from '@/lib/auth-options';
      export async function GET() {
        const session = await getServerSession(authOptions);
        if (!session) return NextResponse.json({}, { status: 401 });
        return NextResponse.json(session.user);
      }
      export const PUT = withApiAuthRequired(async (request: Request) => NextResponse.json(await request.json()));
      export const PATCH = withCache(async (request: Request) => NextResponse.json(await request.json()));
      export async function DELETE() { return new NextResponse(null, { status: 204 }); }
    `, 'app/api/profile/route.ts');
    expect(authByRoute(model)).toEqual({
      'GET /api/profile': ['inline:next-auth.getServerSession'],
      'PUT /api/profile': ['hook:withApiAuthRequired'],
      'PATCH /api/profile': [],
      'DELETE /api/profile': [],
    });
  });

  it('reads pages/api handlers', async () => {
    const model = await lower(`
      export default function handler(req, res) { res.json({ token: 'x' }); }
    `, 'pages/api/session/index.js');
    expect(model.routes.map((candidate) => `${candidate.method} ${candidate.path} ${candidate.handler}`)).toEqual(['ALL /api/session handler']);
  });

  it('records middleware that verifies the token as global authentication, and not middleware that only redirects', async () => {
    const verifying = await lower(`
      import { NextResponse } from 'next/server';
      import { jwtVerify } from 'jose';
      export async function middleware(request) {
        const token = request.cookies.get('token')?.value;
        await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET), { algorithms: ['HS256'] });
        return NextResponse.next();
      }
      export const config = { matcher: ['/api/:path*'] };
    `, 'middleware.ts');
    expect(verifying.globalAuth.map((auth) => auth.framework)).toEqual(['nextjs']);
    expect(verifying.globalAuth[0]!.paths).toEqual([{ pattern: '^/api(?:/.*)?$' }]);
    const locale = await lower(`
      import { NextResponse } from 'next/server';
      export function middleware(request) {
        return NextResponse.rewrite(new URL('/en' + request.nextUrl.pathname, request.url));
      }
    `, 'src/middleware.ts');
    expect(locale.globalAuth).toEqual([]);
  });
});

describe('Next.js server actions and webhooks', () => {
  it("reads the exported async functions of a 'use server' file and inline 'use server' functions as actions, with their checks", async () => {
    const model = await lower(`
      'use server';
      import { auth } from '@/auth';
      import { verifySession } from '@/app/lib/dal';
      export async function create() { const session = await auth(); if (!session) throw new Error('Unauthorized'); }
      export async function rename() { await verifySession(); }
      export async function remove() {}
      export async function signUp() {}
      export function helper() {}
    `, 'app/projects/actions.ts');
    expect(model.routes.map((candidate) => [candidate.handler, candidate.auth.map((evidence) => evidence.kind), candidate.public])).toEqual([
      ['create', ['inline'], false],
      ['rename', ['inline'], false],
      ['remove', [], false],
      ['signUp', [], true],
    ]);
    const inline = await lower(`
      export default function Page() {
        async function save(formData) { 'use server'; await db.save(formData); }
        return <form action={save} />;
      }
    `, 'app/page.tsx');
    expect(inline.routes.map((candidate) => [candidate.group, candidate.handler])).toEqual([['server actions', 'save']]);
  });

  it('takes a webhook that verifies its sender\'s signature for public', async () => {
    const model = await lower(`
      import express from 'express';
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      const router = express.Router();
      router.post('/hooks/stripe', (req, res) => { stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.WHSEC); res.end(); });
      router.post('/hooks/other', (req, res) => res.json(req.body));
    `);
    expect(model.routes.map((candidate) => [candidate.path, candidate.public])).toEqual([
      ['/hooks/stripe', true],
      ['/hooks/other', false],
    ]);
  });
});

describe('verification sites', () => {
  it('records each function that verifies a token itself, with the kind of token, and not the functions that call a shared one', async () => {
    const model = await lower(`
      import jwt from 'jsonwebtoken';
      import crypto from 'node:crypto';
      const SECRET = process.env.JWT_SECRET;
      export function orders(req, res) {
        const claims = jwt.verify(req.headers.authorization.slice(7), SECRET, { algorithms: ['HS256'] });
        res.json(claims);
      }
      export function webhook(req, res) {
        const presented = req.get('x-api-key');
        if (!crypto.timingSafeEqual(Buffer.from(presented), Buffer.from(process.env.WEBHOOK_KEY))) return res.sendStatus(401);
        res.end();
      }
      export function invoices(req, res) {
        res.json(currentUser(req));
      }
      // a shared helper handed the token is not a site: its callers share it
      export function verifyToken(token) {
        return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
      }
      const SCHEME = 'Bearer';
      export function parse(req, res) {
        const [scheme, value] = req.headers.authorization.split(' ');
        if (scheme !== SCHEME) return res.sendStatus(401);
        res.json(verifyToken(value));
      }
    `, 'handlers.js');
    expect(model.verificationSites.map((site) => [site.function, site.tokenKind])).toEqual([
      ['orders', 'jwt:env.JWT_SECRET'],
      ['webhook', 'bearer-compare:env.WEBHOOK_KEY'],
    ]);
  });
});
