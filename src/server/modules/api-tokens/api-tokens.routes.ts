import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { dateTime, idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf, personIdOf, type TokenScope, tokenScopes } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { randomToken, sha256 } from '../auth/index.ts';

const scope = z.enum(Object.keys(tokenScopes) as [TokenScope, ...TokenScope[]]);
const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export const apiTokenRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['api-tokens'];
    app.get(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'API tokens of the organisation',
          response: { 200: z.array(apiTokenSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'api_tokens.manage');
        const rows = await forOrganisation(deps.db, auth.organisationId)
          .selectFrom('api_tokens')
          .selectAll()
          .orderBy('created_at', 'desc')
          .execute();
        return rows.map((row) => ({
          id: row.id,
          name: row.name,
          prefix: row.token_prefix,
          scopes: row.scopes,
          createdAt: row.created_at.toISOString(),
          expiresAt: iso(row.expires_at),
          lastUsedAt: iso(row.last_used_at),
          revokedAt: iso(row.revoked_at),
        }));
      },
    );

    app.post(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token; the secret is shown once in this answer and stored only as a hash',
          body: z.object({
            name: z.string().trim().min(1).max(100),
            scopes: z.array(scope).min(1),
            expiresAt: dateTime.optional(),
          }),
          response: { 201: apiTokenSchema.extend({ token: z.string() }), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'api_tokens.manage');
        const token = `gp_${randomToken()}`;
        const row = await forOrganisation(deps.db, auth.organisationId).transaction(async (tenant) => {
          const created = await tenant
            .insertInto('api_tokens', {
              name: request.body.name,
              token_hash: sha256(token),
              token_prefix: token.slice(0, 8),
              scopes: [...new Set(request.body.scopes)],
              created_by: personIdOf(auth),
              expires_at: request.body.expiresAt ? new Date(request.body.expiresAt) : null,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await recordEvent(tenant, auth, {
            action: 'api_token.created',
            subjectType: 'api_token',
            subjectId: created.id,
            changes: { name: created.name, scopes: created.scopes },
          });
          return created;
        });
        return reply.status(201).send({
          id: row.id,
          name: row.name,
          prefix: row.token_prefix,
          scopes: row.scopes,
          createdAt: row.created_at.toISOString(),
          expiresAt: iso(row.expires_at),
          lastUsedAt: null,
          revokedAt: null,
          token,
        });
      },
    );

    app.delete(
      '/api-tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke an API token',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'api_tokens.manage');
        await forOrganisation(deps.db, auth.organisationId).transaction(async (tenant) => {
          const revoked = await tenant
            .updateTable('api_tokens')
            .set({ revoked_at: new Date() })
            .where('id', '=', request.params.id)
            .where('revoked_at', 'is', null)
            .executeTakeFirst();
          if (Number(revoked.numUpdatedRows) === 0) throw notFound('API token');
          await recordEvent(tenant, auth, {
            action: 'api_token.revoked',
            subjectType: 'api_token',
            subjectId: request.params.id,
          });
        });
        return reply.status(204).send(null);
      },
    );
  };
