import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { createCredentialBody, credentialSchema, presentCredential } from './credentials.schemas.ts';
import { createCredential, credentialsOfOrganisation, revokeCredentialOf } from './credentials.service.ts';

const tags = ['lrs'];

export const credentialRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/lrs/credentials',
      {
        schema: {
          tags,
          summary: 'LRS credentials of the organisation (HTTP Basic keys for /xapi/)',
          response: { 200: z.array(credentialSchema), ...problems },
        },
      },
      async (request) => (await credentialsOfOrganisation(ctxOf(request))).map(presentCredential),
    );

    app.post(
      '/lrs/credentials',
      {
        schema: {
          tags,
          summary: 'Create an LRS credential; the secret is in this answer only and stored as a hash',
          body: createCredentialBody,
          response: { 201: credentialSchema.extend({ secret: z.string() }), ...problems },
        },
      },
      async (request, reply) => {
        const row = await createCredential(ctxOf(request), request.body);
        return reply.status(201).send({ ...presentCredential(row), secret: row.secret });
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
        await revokeCredentialOf(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
