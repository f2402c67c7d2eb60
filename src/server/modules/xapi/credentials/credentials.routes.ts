import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../../core/module.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { assertCan, authOf } from '../../access/index.ts';
import type { CredentialRow } from './credentials.repository.ts';
import { createCredential, listCredentials, revokeCredentialOf } from './credentials.service.ts';
import { xapiScopes } from './scopes.ts';

const credentialSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    key: z.string().describe('The HTTP Basic user name for /xapi/'),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LrsCredential' });

const present = (row: CredentialRow) => ({
  id: row.id,
  name: row.name,
  key: row.key,
  scopes: row.scopes,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export const credentialRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['lrs'];
    app.get(
      '/lrs/credentials',
      {
        schema: {
          tags,
          summary: 'LRS credentials of the organisation (HTTP Basic keys for /xapi/)',
          response: { 200: z.array(credentialSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        return (await listCredentials(forOrganisation(deps.db, auth.organisationId))).map(present);
      },
    );

    app.post(
      '/lrs/credentials',
      {
        schema: {
          tags,
          summary: 'Create an LRS credential; the secret is in this answer only and stored as a hash',
          body: z.object({
            name: z.string().trim().min(1).max(100),
            scopes: z.array(z.enum(xapiScopes)).min(1),
          }),
          response: { 201: credentialSchema.extend({ secret: z.string() }), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const row = await createCredential(forOrganisation(deps.db, auth.organisationId), auth, request.body);
        return reply.status(201).send({ ...present(row), secret: row.secret });
      },
    );

    app.delete(
      '/lrs/credentials/:id',
      {
        schema: {
          tags,
          summary: 'Revoke an LRS credential',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        await revokeCredentialOf(forOrganisation(deps.db, auth.organisationId), auth, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
