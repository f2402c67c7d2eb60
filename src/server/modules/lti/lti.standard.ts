import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { AppError } from '../../http/errors.ts';
import { scope } from './lti.claims.ts';
import { receiveDeepLinks } from './lti.deep-linking.ts';
import { embedDocument } from './lti.embed.ts';
import { publicKeySet } from './lti.keys.ts';
import { authorize } from './lti.launch.ts';
import { openidConfiguration, registerDynamically } from './lti.registration.ts';
import { envOf } from './lti.routes.ts';
import {
  addLineItem,
  callerOf,
  issueAccessToken,
  lineItemsOf,
  linkOfCaller,
  membershipsOf,
  OAuthError,
  presentLineItem,
  receiveScore,
  resultsOf,
} from './lti.services.ts';

// LTI's own endpoints, outside /api/v1 with their own authentication: the JWKS (public), the OIDC
// authorization endpoint (a one-time login hint), the OAuth2 token endpoint (the tool's signed
// assertion), the deep-linking return (the tool's signed JWT) and AGS/NRPS (access tokens).

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The authentication response as an auto-submitting form post (response_mode=form_post). */
function formPost(reply: FastifyReply, action: string, fields: Record<string, string>) {
  const nonce = randomBytes(16).toString('base64');
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return reply
    .header(
      'content-security-policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; form-action ${new URL(action).origin}; frame-ancestors 'self'; base-uri 'none'`,
    )
    .header('x-frame-options', 'SAMEORIGIN')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Groeipad</title></head><body><form method="post" action="${escapeHtml(action)}">${inputs}<noscript><button type="submit">Doorgaan / Continue</button></noscript></form><script nonce="${nonce}">document.forms[0].submit()</script></body></html>`,
    );
}

const asStrings = (value: unknown) =>
  Object.fromEntries(
    Object.entries((value as Record<string, unknown>) ?? {}).flatMap(([key, entry]) =>
      typeof entry === 'string' ? [[key, entry]] : [],
    ),
  ) as Record<string, string | undefined>;

const scoreBody = z.object({
  userId: z.string().min(1).max(200),
  scoreGiven: z.number().min(0).optional(),
  scoreMaximum: z.number().positive().optional(),
  activityProgress: z.enum(['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed']),
  gradingProgress: z.enum(['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady']),
  timestamp: z.string().min(1).max(40),
  comment: z.string().max(2000).optional(),
});
const lineItemBody = z.object({
  label: z.string().trim().min(1).max(200),
  scoreMaximum: z.number().positive(),
  resourceId: z.string().max(200).optional(),
  tag: z.string().max(200).optional(),
});

export const ltiStandardPlugin = (deps: ModuleDeps) => async (app: FastifyInstance) => {
  const env = envOf(deps);
  const now = () => new Date();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  for (const type of ['application/vnd.ims.lis.v1.score+json', 'application/vnd.ims.lis.v2.lineitem+json'])
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('validation_failed', 'body is not JSON'), undefined);
      }
    });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof OAuthError)
      return reply.status(error.status).send({ error: error.error, error_description: error.message });
    if (error instanceof AppError) throw error;
    if (error instanceof z.ZodError)
      return reply.status(400).send({
        error: 'invalid_request',
        error_description: error.issues
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('; '),
      });
    throw error;
  });

  // LTI's own wire formats, specified by 1EdTech (docs/LTI.md); not part of Groeipad's API document.
  const standard = { schema: { hide: true } };
  app.get(
    '/lti/:organisationId/jwks',
    standard,
    async (request: FastifyRequest<{ Params: { organisationId: string } }>, reply) => {
      const { organisationId } = request.params;
      const keys = /^[0-9a-f-]{36}$/i.test(organisationId)
        ? await publicKeySet(deps.db, organisationId, now())
        : { keys: [] };
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(keys);
    },
  );

  type OrganisationRequest = FastifyRequest<{ Params: { organisationId: string } }>;
  const isUuid = (text: string) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
  // Dynamic Registration: the configuration the tool reads, and where it registers (with L&D's token).
  app.get(
    '/lti/:organisationId/openid-configuration',
    standard,
    async (request: OrganisationRequest, reply) => {
      if (!isUuid(request.params.organisationId)) throw new OAuthError(404, 'not_found', 'no such platform');
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(openidConfiguration(env.baseUrl, request.params.organisationId));
    },
  );
  app.post('/lti/:organisationId/registrations', standard, async (request: OrganisationRequest, reply) => {
    if (!isUuid(request.params.organisationId))
      throw new OAuthError(401, 'invalid_token', 'the registration token is unknown, used or expired');
    const answer = await registerDynamically(deps, {
      organisationId: request.params.organisationId,
      authorization: request.headers.authorization,
      body: request.body,
      now: now(),
    });
    return reply.status(201).header('cache-control', 'no-store').send(answer);
  });

  // Embedded launch: the frame between the launch page and the tool (lti.embed.ts).
  app.get('/lti/embed', standard, async (request, reply) => {
    const page = await embedDocument(deps.db, asStrings(request.query));
    return reply
      .header('content-security-policy', page.csp)
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(page.html);
  });

  const authorizeHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    const query = { ...asStrings(request.query), ...asStrings(request.body) };
    const answer = await authorize(deps.db, env, query, now());
    return formPost(reply, answer.redirectUri, {
      id_token: answer.idToken,
      ...(answer.state ? { state: answer.state } : {}),
    });
  };
  app.get('/lti/authorize', standard, authorizeHandler);
  app.post('/lti/authorize', standard, authorizeHandler);

  app.post('/lti/token', standard, async (request, reply) => {
    const answer = await issueAccessToken(deps.db, env, asStrings(request.body), now());
    return reply.header('cache-control', 'no-store').send(answer);
  });

  app.post('/lti/deep-links', standard, async (request, reply) => {
    const { launchId } = await receiveDeepLinks(deps.db, env, asStrings(request.body).JWT);
    return reply.redirect(`${env.baseUrl}/admin/lti/selections/${launchId}`, 303);
  });

  type Service = FastifyRequest<{ Params: { contentId: string; lineItemId?: string } }>;
  const lineItemScopes = [scope.lineItem, scope.lineItemReadonly];
  app.get('/lti/services/:contentId/lineitems', standard, async (request: Service, reply) => {
    const caller = await callerOf(deps.db, request.headers.authorization, lineItemScopes, now());
    await linkOfCaller(caller, request.params.contentId);
    const rows = await lineItemsOf(caller, request.params.contentId);
    return reply
      .type('application/vnd.ims.lis.v2.lineitemcontainer+json')
      .send(rows.map((row) => presentLineItem(env.baseUrl, row)));
  });
  app.post('/lti/services/:contentId/lineitems', standard, async (request: Service, reply) => {
    const caller = await callerOf(deps.db, request.headers.authorization, [scope.lineItem], now());
    await linkOfCaller(caller, request.params.contentId);
    const row = await addLineItem(caller, request.params.contentId, lineItemBody.parse(request.body));
    return reply
      .status(201)
      .type('application/vnd.ims.lis.v2.lineitem+json')
      .send(presentLineItem(env.baseUrl, row));
  });
  app.get('/lti/services/:contentId/lineitems/:lineItemId', standard, async (request: Service, reply) => {
    const caller = await callerOf(deps.db, request.headers.authorization, lineItemScopes, now());
    await linkOfCaller(caller, request.params.contentId);
    const row = (await lineItemsOf(caller, request.params.contentId)).find(
      (item) => item.id === request.params.lineItemId,
    );
    if (!row) throw new OAuthError(404, 'not_found', 'no such line item');
    return reply.type('application/vnd.ims.lis.v2.lineitem+json').send(presentLineItem(env.baseUrl, row));
  });
  app.post(
    '/lti/services/:contentId/lineitems/:lineItemId/scores',
    standard,
    async (request: Service, reply) => {
      const caller = await callerOf(deps.db, request.headers.authorization, [scope.score], now());
      await linkOfCaller(caller, request.params.contentId);
      await receiveScore(deps, caller, {
        contentId: request.params.contentId,
        lineItemId: request.params.lineItemId as string,
        body: scoreBody.parse(request.body),
        baseUrl: env.baseUrl,
        now: now(),
      });
      return reply.status(204).send();
    },
  );
  app.get(
    '/lti/services/:contentId/lineitems/:lineItemId/results',
    standard,
    async (request: Service, reply) => {
      const caller = await callerOf(deps.db, request.headers.authorization, [scope.resultReadonly], now());
      await linkOfCaller(caller, request.params.contentId);
      const results = await resultsOf(
        caller,
        request.params.contentId,
        request.params.lineItemId as string,
        env.baseUrl,
      );
      return reply.type('application/vnd.ims.lis.v2.resultcontainer+json').send(results);
    },
  );
  app.get('/lti/services/:contentId/memberships', standard, async (request: Service, reply) => {
    const caller = await callerOf(deps.db, request.headers.authorization, [scope.memberships], now());
    return reply
      .type('application/vnd.ims.lti-nrps.v2.membershipcontainer+json')
      .send(await membershipsOf(caller, request.params.contentId, env.baseUrl));
  });
};
