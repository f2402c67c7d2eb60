import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { organisationContext } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { splitStatementsMultipart, XapiError } from '../../xapi/index.ts';
import { lrsAuthorization } from '../launch/lrs-access.ts';
import type { SessionView } from '../launch/session.ts';
import { applySessionEffects } from './session-effects.service.ts';
import { checkSessionStatements } from './session-rules.ts';
import { fetchAuthToken, loadSession, sessionOfAuthorization, touchSession } from './session-store.ts';

// The cmi5 side of the learning record store, outside /api: the fetch URL, and the endpoint a
// launched AU talks to (`endpoint` in its launch URL). Every request of a session is checked against
// the session (its learner only; statements by the cmi5 rules) and then handed to the LRS at /xapi/
// with the module's own credential, so the store stays the one source and keeps its own validation.
// AUs run on other origins: the answers allow any origin, credentials travel in the header only.

const bodyLimit = 8 * 1024 * 1024;
const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language',
  'access-control-expose-headers':
    'ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through',
  'access-control-max-age': '600',
  'cross-origin-resource-policy': 'cross-origin',
};
const forwardedRequestHeaders = [
  'content-type',
  'x-experience-api-version',
  'if-match',
  'if-none-match',
  'accept-language',
];
const forwardedAnswerHeaders = [
  'content-type',
  'etag',
  'last-modified',
  'x-experience-api-version',
  'x-experience-api-consistent-through',
];

const sendError = (reply: FastifyReply, status: number, message: string, rule?: string) =>
  reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({
      error: status === 403 ? 'forbidden' : status === 401 ? 'unauthorised' : 'bad_request',
      message,
      ...(rule ? { rule } : {}),
    });

/** One request of a session at a time, so the rules see the statements before in order. */
const queues = new Map<string, Promise<unknown>>();
async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(key) ?? Promise.resolve();
  const mine = before.then(work, work);
  const settled = mine.catch(() => undefined);
  queues.set(key, settled);
  try {
    return await mine;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

const sameAgent = (text: string | undefined, session: SessionView) => {
  try {
    const agent = JSON.parse(text ?? '');
    return (
      agent?.account?.homePage === session.actor.account.homePage &&
      agent?.account?.name === session.actor.account.name
    );
  } catch {
    return false;
  }
};

export function cmi5LrsPlugin(deps: ModuleDeps) {
  const { baseUrl } = deps.config;
  const system = (organisationId: string, request: FastifyRequest) =>
    organisationContext({ db: deps.db, organisationId, log: request.log, bus: deps.bus });
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    app.addHook('onRequest', async (_request, reply) => {
      reply.headers(corsHeaders);
    });
    app.options('/*', { config: { isPublic: true }, schema: { hide: true } }, async (_request, reply) =>
      reply.status(204).send(),
    );

    // The fetch URL: POST only (cmi5 8.2.3); the token once, error code 1 the second time.
    app.post<{ Params: { token: string } }>(
      '/fetch/:token',
      { config: { isPublic: true }, schema: { hide: true } },
      async (request, reply) => {
        const token = String(request.params.token).slice(0, 200);
        const outcome = await fetchAuthToken(deps.db, token);
        reply.type('application/json; charset=utf-8').header('cache-control', 'no-store');
        if ('authToken' in outcome) return reply.status(200).send({ 'auth-token': outcome.authToken });
        return reply
          .status(outcome.errorCode === '1' ? 409 : 401)
          .send({ 'error-code': outcome.errorCode, 'error-text': outcome.errorText });
      },
    );

    app.route({
      method: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
      url: '/lrs/*',
      config: { isPublic: true },
      schema: { hide: true },
      handler: async (request, reply) => {
        const session = await sessionOfAuthorization(deps.db, baseUrl, request.headers.authorization);
        if (!session) {
          reply.header('www-authenticate', 'Basic realm="Groeipad cmi5"');
          return sendError(
            reply,
            401,
            'send the auth token from the fetch URL as Authorization: Basic <token>',
          );
        }
        await touchSession(deps.db, session.organisationId, session.sessionId);
        const resource = String((request.params as Record<string, string>)['*'] ?? '');
        const query = request.query as Record<string, string | string[] | undefined>;
        const one = (name: string) => {
          const value = query[name];
          return Array.isArray(value) ? value[0] : value;
        };
        if (one('method') !== undefined)
          return sendError(
            reply,
            400,
            'cmi5 sessions send real HTTP methods, not the Alternate Request Syntax',
          );
        // Only this learner's documents and statements (cmi5 launches open nothing else).
        if (['activities/state', 'agents/profile'].includes(resource) && !sameAgent(one('agent'), session))
          return sendError(reply, 403, 'a cmi5 session reads and writes documents of its own learner only');
        if (resource === 'statements' && (request.method === 'GET' || request.method === 'HEAD')) {
          const isSingle = one('statementId') !== undefined || one('voidedStatementId') !== undefined;
          if (!isSingle && !sameAgent(one('agent'), session))
            return sendError(reply, 403, 'a cmi5 session queries statements of its own learner (agent=)');
        }
        const isStatementWrite =
          resource === 'statements' && (request.method === 'POST' || request.method === 'PUT');
        if (!isStatementWrite) return forward(request, reply, session, resource);
        return inTurn(session.sessionId, async () => {
          const current = await loadSession(deps.db, baseUrl, session.organisationId, session.sessionId);
          if (!current) return sendError(reply, 401, 'the session is gone');
          const type = String(request.headers['content-type'] ?? '')
            .split(';')[0]!
            .trim()
            .toLowerCase();
          const body = (request.body as Buffer | undefined) ?? Buffer.alloc(0);
          let json: Buffer;
          if (type === 'application/json') json = body;
          else if (type === 'multipart/mixed')
            // Statements with attachments: the first part is checked; the LRS checks the attachments.
            try {
              json = splitStatementsMultipart(body, String(request.headers['content-type'])).json;
            } catch (error) {
              if (error instanceof XapiError) return sendError(reply, 400, error.message, error.rule);
              throw error;
            }
          else
            return sendError(
              reply,
              400,
              'a cmi5 session sends statements as application/json, or multipart/mixed with attachments',
            );
          let value: unknown;
          try {
            value = JSON.parse(json.toString('utf8'));
          } catch {
            return sendError(reply, 400, 'the statements are not valid JSON', 'xAPI Data 2.2');
          }
          const statements = Array.isArray(value) ? value : [value];
          const outcome = checkSessionStatements(current, statements);
          if (!outcome.ok) return sendError(reply, outcome.status, outcome.message, outcome.rule);
          const answer = await forwarded(request, current, resource);
          // What the statements changed is in place before the AU hears back (it may go to returnURL).
          if (answer.statusCode < 300)
            await applySessionEffects(
              system(current.organisationId, request),
              current,
              outcome.effects,
              baseUrl,
            );
          return relay(reply, answer);
        });
      },
    });

    async function forward(
      request: FastifyRequest,
      reply: FastifyReply,
      session: SessionView,
      resource: string,
    ) {
      return relay(reply, await forwarded(request, session, resource));
    }

    function relay(reply: FastifyReply, answer: Awaited<ReturnType<typeof forwarded>>) {
      reply.status(answer.statusCode);
      for (const name of forwardedAnswerHeaders) {
        const value = answer.headers[name];
        if (value !== undefined) reply.header(name, value);
      }
      return reply.send(answer.rawPayload);
    }

    async function forwarded(request: FastifyRequest, session: SessionView, resource: string) {
      const authorization = await lrsAuthorization(
        { db: deps.db, bus: deps.bus, log: request.log, serverSecret: deps.config.sessionSecret },
        session.organisationId,
      );
      const headers: Record<string, string> = { authorization };
      for (const name of forwardedRequestHeaders) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return app.inject({
        method: request.method as 'GET',
        url: `/xapi/${resource}${search}`,
        headers,
        ...(Buffer.isBuffer(request.body) ? { payload: request.body } : {}),
      });
    }
  };
}
