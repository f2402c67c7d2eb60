import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { changeRoute } from '../../http/change-route.ts';
import { idParams, pageOf, problems } from '../../http/common.schemas.ts';
import { peoplePage, personView, readPerson, reportsOf } from './people.read.ts';
import {
  createPersonBody,
  deactivateBody,
  inviteManyBody,
  listPeopleQuery,
  personSchema,
  setRolesBody,
  updatePersonBody,
} from './people.schemas.ts';
import {
  createPerson,
  deactivatePerson,
  inviteMany,
  invitePerson,
  setRoles,
  updatePerson,
} from './people.service.ts';

const tags = ['people'];

export const peopleRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people',
      {
        schema: {
          tags,
          summary: 'List and search people (the directory; HR fields only for those allowed)',
          querystring: listPeopleQuery,
          response: { 200: pageOf(personSchema), ...problems },
        },
      },
      async (request) => peoplePage(ctxOf(request), request.query),
    );

    app.get(
      '/people/:id',
      {
        schema: {
          tags,
          summary: 'One person',
          params: idParams,
          response: { 200: personSchema, ...problems },
        },
      },
      async (request) => readPerson(ctxOf(request), request.params.id),
    );

    app.post(
      '/people',
      {
        schema: {
          tags,
          summary: 'Add a person, optionally with roles and an invitation e-mail',
          body: createPersonBody,
          response: { 201: personSchema, ...problems, 409: problems[400] },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createPerson(ctx, { input: request.body, baseUrl: deps.config.baseUrl });
        return reply.status(201).send(await personView(ctx, id));
      },
    );

    changeRoute(app, {
      method: 'PATCH',
      url: '/people/:id',
      tags,
      summary: 'Change a person; only the fields sent change',
      body: updatePersonBody,
      shows: personSchema,
      change: (ctx, id, body) => updatePerson(ctx, { personId: id, changes: body }),
      show: personView,
    });

    changeRoute(app, {
      method: 'POST',
      url: '/people/:id/deactivate',
      tags,
      summary: 'Mark a person as left: they can no longer sign in, their history stays',
      body: deactivateBody,
      shows: personSchema,
      conflicts: true,
      change: (ctx, id, body) => deactivatePerson(ctx, { personId: id, endDate: body.endDate }),
      show: personView,
    });

    changeRoute(app, {
      method: 'POST',
      url: '/people/:id/invitation',
      tags,
      summary: 'E-mail an invitation to choose a password (replaces an earlier one)',
      shows: personSchema,
      conflicts: true,
      change: (ctx, id) => invitePerson(ctx, { personId: id, baseUrl: deps.config.baseUrl }),
      show: personView,
    });

    app.post(
      '/people/invitations',
      {
        schema: {
          tags,
          summary:
            'Invite everyone in a unit (or everywhere) who cannot sign in yet and has no open invitation',
          body: inviteManyBody,
          response: { 200: z.object({ invited: z.number().int() }), ...problems },
        },
      },
      async (request) => inviteMany(ctxOf(request), { ...request.body, baseUrl: deps.config.baseUrl }),
    );

    changeRoute(app, {
      method: 'PUT',
      url: '/people/:id/roles',
      tags,
      summary: 'Set the roles a person holds besides employee and manager',
      body: setRolesBody,
      shows: personSchema,
      change: (ctx, id, body) => setRoles(ctx, { personId: id, roles: body.roles }),
      show: personView,
    });

    app.get(
      '/people/:id/reports',
      {
        schema: {
          tags,
          summary: "A person's direct reports, for the org chart",
          params: idParams,
          response: { 200: z.array(personSchema), ...problems },
        },
      },
      async (request) => reportsOf(ctxOf(request), request.params.id),
    );
  };
