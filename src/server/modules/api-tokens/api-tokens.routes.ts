import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { apiTokenSchema, createTokenBody } from './api-tokens.schemas.ts';
import { createToken, revokeApiToken, tokensOfOrganisation } from './api-tokens.service.ts';

const tags = ['api-tokens'];

export const apiTokenRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'API tokens of the organisation',
          response: { 200: z.array(apiTokenSchema), ...problems },
        },
      },
      async (request) => tokensOfOrganisation(ctxOf(request)),
    );

    app.post(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token; the secret is shown once in this answer and stored only as a hash',
          body: createTokenBody,
          response: { 201: apiTokenSchema.extend({ token: z.string() }), ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await createToken(ctxOf(request), request.body)),
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
        await revokeApiToken(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
