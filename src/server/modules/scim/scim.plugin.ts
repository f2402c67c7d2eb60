import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Ctx, makeContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { sha256 } from '../../core/secrets.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import {
  resourceTypeById,
  resourceTypeList,
  schemaById,
  schemaList,
  serviceProviderConfig,
} from './scim.discovery.ts';
import { ScimError, scimBody, toScimError } from './scim.errors.ts';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from './scim.groups.ts';
import { findLiveToken, touchScimToken } from './scim.repository.ts';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from './scim.users.ts';

declare module 'fastify' {
  interface FastifyRequest {
    scimCtx?: Ctx;
  }
}

type Json = Record<string, unknown>;
type Query = Record<string, string | undefined>;
const contentType = 'application/scim+json; charset=utf-8';

/**
 * The SCIM 2.0 service provider at /scim/v2 (RFC 7644): outside the /api/v1 session and CSRF world,
 * with the organisation's SCIM bearer tokens and SCIM's own error format. The token decides the
 * organisation; everything after goes through an organisation-scoped context as that token.
 */
export function scimPlugin(deps: ModuleDeps) {
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      ['application/scim+json', 'application/json'],
      { parseAs: 'string', bodyLimit: 1024 * 1024 },
      (_request, body, done) => {
        try {
          done(null, body ? JSON.parse(body as string) : {});
        } catch {
          done(
            new ScimError(400, 'The body is not JSON', 'invalidSyntax') as unknown as FastifyError,
            undefined,
          );
        }
      },
    );
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const scim = toScimError(error);
      if (scim)
        return reply
          .status(scim.status)
          .type(contentType)
          .send(scimBody(scim.status, scim.message, scim.scimType));
      if (error.statusCode && error.statusCode < 500)
        return reply
          .status(error.statusCode)
          .type(contentType)
          .send(scimBody(error.statusCode, error.message));
      request.log.error({ err: error }, 'SCIM request failed');
      return reply.status(500).type(contentType).send(scimBody(500, 'Something went wrong on our side'));
    });
    app.setNotFoundHandler((request, reply) => {
      reply
        .status(404)
        .type(contentType)
        .send(scimBody(404, `${request.url.split('?')[0]} is not a SCIM resource`));
    });
    app.addHook('onRequest', async (request) => {
      const header = request.headers.authorization ?? '';
      const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const token = bearer ? await findLiveToken(deps.db, sha256(bearer)) : undefined;
      if (!token) throw new ScimError(401, 'A valid SCIM bearer token is required');
      const at = new Date();
      request.scimCtx = makeContext({
        db: deps.db,
        // SCIM writes people as an integration: the people module's own rules for tokens apply
        // (no admin roles granted, no e-mail change for admins).
        auth: {
          kind: 'token',
          organisationId: token.organisation_id,
          tokenId: token.id,
          scopes: new Set(['people:write']),
        },
        log: request.log,
        bus: deps.bus,
        timeZone: await organisationTimeZone(deps.db, token.organisation_id),
        at,
      });
      if (!token.last_used_at || at.getTime() - new Date(token.last_used_at).getTime() > 5 * 60_000)
        await touchScimToken(request.scimCtx.db, token.id, at);
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      if (reply.getHeader('content-type')?.toString().startsWith('application/json'))
        reply.header('content-type', contentType);
      return payload;
    });

    const ctx = (request: FastifyRequest) => request.scimCtx!;
    const base = deps.config.baseUrl;
    const scimBase = `${base}/scim/v2`;
    const ifMatch = (request: FastifyRequest) => request.headers['if-match'] as string | undefined;
    const hide = { schema: { hide: true } };
    const send = (reply: FastifyReply, status: number, resource: { meta?: { version?: string } }) => {
      if (resource.meta?.version) reply.header('etag', resource.meta.version);
      return reply.status(status).type(contentType).send(resource);
    };
    type Params = { Params: { id: string }; Body: Json; Querystring: Query };

    app.get('/ServiceProviderConfig', hide, async () => serviceProviderConfig(scimBase));
    app.get('/ResourceTypes', hide, async () => resourceTypeList(scimBase));
    app.get<Params>('/ResourceTypes/:id', hide, async (request) => {
      const found = resourceTypeById(scimBase, request.params.id);
      if (!found) throw new ScimError(404, `No resource type ${request.params.id}`);
      return found;
    });
    app.get('/Schemas', hide, async () => schemaList(scimBase));
    app.get<Params>('/Schemas/:id', hide, async (request) => {
      const found = schemaById(scimBase, request.params.id);
      if (!found) throw new ScimError(404, `No schema ${request.params.id}`);
      return found;
    });

    app.get<Params>('/Users', hide, async (request) => listUsers(ctx(request), base, request.query));
    app.get<Params>('/Users/:id', hide, async (request, reply) =>
      send(reply, 200, await getUser(ctx(request), base, request.params.id)),
    );
    app.post<Params>('/Users', hide, async (request, reply) =>
      send(reply, 201, await createUser(ctx(request), base, request.body ?? {})),
    );
    app.put<Params>('/Users/:id', hide, async (request, reply) =>
      send(
        reply,
        200,
        await replaceUser(ctx(request), base, request.params.id, request.body ?? {}, ifMatch(request)),
      ),
    );
    app.patch<Params>('/Users/:id', hide, async (request, reply) =>
      send(
        reply,
        200,
        await patchUser(ctx(request), base, request.params.id, request.body ?? {}, ifMatch(request)),
      ),
    );
    app.delete<Params>('/Users/:id', hide, async (request, reply) => {
      await deleteUser(ctx(request), request.params.id);
      return reply.status(204).send();
    });

    app.get<Params>('/Groups', hide, async (request) => listGroups(ctx(request), base, request.query));
    app.get<Params>('/Groups/:id', hide, async (request, reply) =>
      send(reply, 200, await getGroup(ctx(request), base, request.params.id)),
    );
    app.post<Params>('/Groups', hide, async (request, reply) =>
      send(reply, 201, await createGroup(ctx(request), base, request.body ?? {})),
    );
    app.put<Params>('/Groups/:id', hide, async (request, reply) =>
      send(reply, 200, await replaceGroup(ctx(request), base, request.params.id, request.body ?? {})),
    );
    app.patch<Params>('/Groups/:id', hide, async (request, reply) =>
      send(reply, 200, await patchGroup(ctx(request), base, request.params.id, request.body ?? {})),
    );
    app.delete<Params>('/Groups/:id', hide, async (request, reply) => {
      await deleteGroup(ctx(request), request.params.id);
      return reply.status(204).send();
    });
  };
}
