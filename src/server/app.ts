import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import scalarReference from '@scalar/fastify-api-reference';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type Config, contentOriginOf } from './config.ts';
import { registerContext } from './core/context.ts';
import type { ModuleDeps } from './core/module.ts';
import type { DatabaseHandle, Db } from './db/database.ts';
import { hashedAssetCaching, registerCompression } from './http/compression.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { finishOpenapiDocument } from './http/openapi-document.ts';
import { notFoundProblem, registerProblemHandler } from './http/problem.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { sendWebApp } from './http/web-app.ts';
import { registerAuthentication, type SessionCacheOptions } from './modules/auth/index.ts';
import { organisationTimeZone } from './modules/organisations/index.ts';
import { registerContentHost } from './modules/scorm/index.ts';
import { createModuleDeps, modules } from './modules.ts';

const defaultWebDist = new URL('../../dist/web/', import.meta.url).pathname;

export async function buildApp(
  base: { db: Db; config: Config; bus?: ModuleDeps['bus'] },
  options: {
    logger?: FastifyBaseLogger;
    webDist?: string;
    /** The handle behind `base.db`: with it, signed-in requests are cached (auth.sessions.ts). */
    database?: DatabaseHandle;
    cacheSessions?: SessionCacheOptions | false;
  } = {},
) {
  const webDist = options.webDist ?? defaultWebDist;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // X-Forwarded-For only from the proxies TRUST_PROXY names; by default from none, so no client can
    // pick the address that sign-in throttling counts.
    trustProxy: base.config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    logController: new LogController({ disableRequestLogging: !base.config.requestLogs }),
  }).withTypeProvider<ZodTypeProvider>();
  const deps = createModuleDeps({ ...base, log: app.log });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app);
  const contentOrigin = contentOriginOf(deps.config);
  await registerSecurityHeaders(app, { baseUrl: deps.config.baseUrl, contentOrigin });
  registerInputGuard(app);
  await registerCompression(app);
  // Before anything else answers: the content origin serves course package files and nothing else.
  registerContentHost(app, deps.config);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Groeipad API',
        version: '1',
        description:
          'Groeipad REST API. Sign in with a session cookie (send x-csrf-token on changes) or an API token as `Authorization: Bearer`. Paging: `page`, `pageSize`; sorting: `sort=field` or `sort=-field`. Errors are RFC 9457 problem+json with a stable `code`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      // Relative: the document is served by (and describes) the server it comes from.
      servers: [{ url: '/', description: 'This Groeipad server' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gp_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => finishOpenapiDocument(jsonSchemaTransformObject(document)),
  });
  await registerAuthentication(app, {
    db: deps.db,
    sessionSecret: deps.config.sessionSecret,
    database: options.database,
    cacheSessions: options.cacheSessions,
  });
  // The organisation's calendar for the request context (remembered in memory; see organisations).
  app.addHook('onRequest', async (request) => {
    if (request.auth) request.timeZone = await organisationTimeZone(deps.db, request.auth.organisationId);
  });
  registerContext(app, deps);
  for (const module of modules) module.listen?.(deps.bus, deps);

  await app.register(
    async (api) => {
      api.get('/health', { config: { isPublic: true }, schema: { hide: true } }, async () => ({
        status: 'ok',
      }));
      api.get('/openapi.json', { config: { isPublic: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      for (const module of modules)
        for (const routes of [module.routes?.(deps) ?? []].flat()) await api.register(routes);
    },
    { prefix: '/api/v1' },
  );
  // Standards' own endpoints live outside /api/v1 with their own authentication: the xAPI LRS, and
  // SCORM's package files and runtime (on the content origin only).
  for (const module of modules)
    for (const mount of module.mounts?.(deps) ?? [])
      await app.register(mount.plugin, { prefix: mount.prefix });
  // The reference page's own routes are public documentation.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/reference')) route.config = { ...route.config, isPublic: true };
  });
  await app.register(scalarReference, {
    routePrefix: '/api/v1/reference',
    // No fonts from Scalar's CDN: the page's CSP loads from this server only.
    configuration: { url: '/api/v1/openapi.json', withDefaultFonts: false },
  });

  const hasWeb = existsSync(join(webDist, 'index.html'));
  // index.html goes out through sendWebApp (its CSP nonce), never as a plain static file.
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      globIgnore: ['index.html', '**/*.br', '**/*.gz'],
      // The build wrote .br and .gz beside each file (vite.config.ts); names carry a content hash.
      preCompressed: true,
      ...hashedAssetCaching,
    });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any other GET (or HEAD) outside /api gets its index.html.
    if (hasWeb && ['GET', 'HEAD'].includes(request.method) && !request.url.startsWith('/api/')) {
      const asset = assetPath(request.url);
      if (!asset) return sendWebApp(reply, { webDist, baseUrl: deps.config.baseUrl, contentOrigin });
      // A build written after start-up (new hashed files) is served too; a gone asset is a 404, not HTML.
      if (existsSync(join(webDist, asset))) return reply.sendFile(asset);
    }
    return reply
      .status(404)
      .type('application/problem+json')
      .send(notFoundProblem(request.method, request.url));
  });
  return app;
}

/** The path inside the build folder when the URL asks for one of its assets, else null. */
function assetPath(url: string): string | null {
  let path: string;
  try {
    path = normalize(decodeURIComponent(url.split('?')[0] ?? '')).replace(/^[/\\]+/, '');
  } catch {
    return null; // malformed percent-encoding
  }
  return path.startsWith('assets/') && !path.includes('..') ? path : null;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
