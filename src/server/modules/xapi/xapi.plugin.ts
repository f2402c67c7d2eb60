import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../core/module.ts';
import { AppError } from '../../http/errors.ts';
import { authenticateBasic } from './credentials/basic-auth.ts';
import { documentRoutes } from './documents/documents.routes.ts';
import { resourceRoutes } from './resources/resources.routes.ts';
import { statementRoutes } from './statements/statements.routes.ts';
import { XapiError } from './xapi.errors.ts';
import {
  type RawXapiRequest,
  unauthorised,
  unfoldRequest,
  versionOf,
  type XapiRequest,
  type XapiRoute,
} from './xapi.request.ts';
import type { XapiVersion } from './xapi.version.ts';

/** Largest request body under /xapi/: a batch of statements with its attachments. */
const bodyLimit = 32 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    xapiVersion?: XapiVersion;
  }
}

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language',
  'access-control-expose-headers':
    'ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through',
  'access-control-max-age': '600',
};

/**
 * The learning record store at /xapi/: outside the /api/v1 session and CSRF world, with its own
 * HTTP Basic credentials, its own body parsing (statements as JSON or multipart/mixed, documents as
 * whatever bytes they are) and its own error answers. Browsers may call it from any origin (content
 * hosted elsewhere reports to it); credentials travel in the Authorization header, never in cookies.
 */
export function xapiPlugin(deps: ModuleDeps) {
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    app.setErrorHandler(errorHandler);
    app.setNotFoundHandler((request, reply) => {
      reply
        .status(404)
        .type('application/json; charset=utf-8')
        .send({
          error: 'not_found',
          message: `${request.method} ${request.url.split('?')[0]} is not an xAPI resource`,
        });
    });
    app.addHook('onRequest', async (request, reply) => {
      // The version of the answer follows the request's, also when the request is refused.
      const sent = request.headers['x-experience-api-version'];
      request.xapiVersion = typeof sent === 'string' && sent.startsWith('2.') ? '2.0.0' : '1.0.3';
      reply.headers(corsHeaders);
      // Served to other origins: the app's own-origin resource policy does not apply here.
      reply.header('cross-origin-resource-policy', 'cross-origin');
    });
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-experience-api-version', request.xapiVersion ?? '1.0.3');
    });

    const routes: XapiRoute[] = [...statementRoutes(deps), ...documentRoutes(deps), ...resourceRoutes(deps)];
    for (const route of routes)
      app.route({
        method: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS'],
        url: route.url,
        exposeHeadRoute: false,
        schema: { hide: true },
        handler: async (request, reply) => {
          if (request.method === 'OPTIONS') return reply.status(204).send();
          const raw = unfoldRequest(request);
          const handler = route.handlers[raw.method];
          if (!handler) {
            reply.header('allow', Object.keys(route.handlers).join(', '));
            throw new XapiError(405, `${raw.method} is not allowed on ${route.url}`);
          }
          const xapiRequest = await authorise(deps, raw, request, route);
          return handler(xapiRequest, reply);
        },
      });
  };
}

async function authorise(
  deps: ModuleDeps,
  raw: RawXapiRequest,
  request: FastifyRequest,
  route: XapiRoute,
): Promise<XapiRequest> {
  if (route.isPublic) return { ...raw, version: request.xapiVersion ?? '1.0.3', client: null as never };
  const client = await authenticateBasic(deps.db, raw.header('authorization'));
  if (!client) throw unauthorised();
  // A request without a usable version header is answered in the version this client spoke last.
  request.xapiVersion = lastVersions.get(client.credentialId) ?? '2.0.0';
  const version = versionOf(raw);
  request.xapiVersion = version;
  if (lastVersions.size > 10_000) lastVersions.clear();
  lastVersions.set(client.credentialId, version);
  return { ...raw, version, client };
}

const lastVersions = new Map<string, XapiVersion>();

function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let status: number;
  let message = error.message;
  let rule: string | undefined;
  if (error instanceof XapiError) {
    status = error.status;
    rule = error.rule;
  } else if (error instanceof AppError) {
    status = error.status;
  } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    status = 413;
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    status = error.statusCode;
  } else {
    request.log.error({ err: error }, 'unhandled error in the learning record store');
    status = 500;
    message = 'Something went wrong on our side.';
  }
  if (status === 401) reply.header('www-authenticate', 'Basic realm="Groeipad LRS"');
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({ error: statusNames[status] ?? 'error', message, ...(rule ? { rule } : {}) });
}

const statusNames: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  428: 'precondition_required',
  500: 'internal',
};
