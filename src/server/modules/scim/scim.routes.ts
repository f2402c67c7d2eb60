import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { listGroupMappings, setGroupMapping } from './scim.group-mapping.ts';
import {
  createScimTokenBody,
  scimGroupMappingSchema,
  scimSetupSchema,
  scimTokenSchema,
  setScimGroupMappingBody,
} from './scim.schemas.ts';
import { createScimToken, revokeScimTokenOf, scimSetup } from './scim.tokens.ts';

const tags = ['scim'];

/** The owner's side of SCIM in the app's API; the SCIM protocol itself answers at /scim/v2. */
export const scimRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/scim',
      {
        schema: {
          tags,
          summary: 'SCIM provisioning: base address, tokens and how many people SCIM manages',
          response: { 200: scimSetupSchema, ...problems },
        },
      },
      async (request) => scimSetup(ctxOf(request), deps.config.baseUrl),
    );

    app.post(
      '/scim/tokens',
      {
        schema: {
          tags,
          summary:
            'Create a SCIM bearer token; the secret is shown once in this answer and stored only as a hash',
          body: createScimTokenBody,
          response: { 201: scimTokenSchema.extend({ token: z.string() }), ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await createScimToken(ctxOf(request), request.body)),
    );

    app.delete(
      '/scim/tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke a SCIM token',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await revokeScimTokenOf(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/scim/groups',
      {
        schema: {
          tags,
          summary: "The identity provider's groups (sent by SCIM) and the role and/or unit each maps to",
          response: { 200: z.array(scimGroupMappingSchema), ...problems },
        },
      },
      async (request) => listGroupMappings(ctxOf(request)),
    );

    app.put(
      '/scim/groups/:id/mapping',
      {
        schema: {
          tags,
          summary:
            'Map a group to a role and/or a unit; members get the role now and lose it when they leave the group (never the last owner)',
          params: idParams,
          body: setScimGroupMappingBody,
          response: { 200: scimGroupMappingSchema, ...problems },
        },
      },
      async (request) => setGroupMapping(ctxOf(request), request.params.id, request.body),
    );
  };
