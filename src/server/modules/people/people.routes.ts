import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, pageOf, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf, can } from '../access/index.ts';
import { canSeeHrFields } from './people.policy.ts';
import { presentPerson } from './people.presenter.ts';
import { findPerson, listPeople } from './people.repository.ts';
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
    async function load(organisationId: string, personId: string, auth: ReturnType<typeof authOf>) {
      const row = await findPerson(forOrganisation(deps.db, organisationId), personId);
      if (!row) throw notFound('Person');
      return presentPerson(row, { withHrFields: canSeeHrFields(auth, row) });
    }

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.read');
        const query = request.query;
        // Filtering on HR facts (status "left", roles) is for those who may see them.
        if (!can(auth, 'people.read_hr')) {
          if (query.status === 'left' || query.status === 'all') assertCan(auth, 'people.read_hr');
          if (query.role && query.role !== 'manager') assertCan(auth, 'people.read_hr');
          if (query.account) assertCan(auth, 'people.read_hr');
          if (query.sort.endsWith('startDate')) assertCan(auth, 'people.read_hr');
        }
        const { rows, total } = await listPeople(forOrganisation(deps.db, auth.organisationId), query);
        return {
          items: rows.map((row) => presentPerson(row, { withHrFields: canSeeHrFields(auth, row) })),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      },
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.read');
        return load(auth.organisationId, request.params.id, auth);
      },
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
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        const id = await createPerson({
          db: deps.db,
          auth,
          input: request.body,
          baseUrl: deps.config.baseUrl,
        });
        return reply.status(201).send(await load(auth.organisationId, id, auth));
      },
    );

    app.patch(
      '/people/:id',
      {
        schema: {
          tags,
          summary: 'Change a person; only the fields sent change',
          params: idParams,
          body: updatePersonBody,
          response: { 200: personSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        await updatePerson({ db: deps.db, auth, personId: request.params.id, changes: request.body });
        return load(auth.organisationId, request.params.id, auth);
      },
    );

    app.post(
      '/people/:id/deactivate',
      {
        schema: {
          tags,
          summary: 'Mark a person as left: they can no longer sign in, their history stays',
          params: idParams,
          body: deactivateBody,
          response: { 200: personSchema, ...problems, 409: problems[400] },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        await deactivatePerson({
          db: deps.db,
          auth,
          personId: request.params.id,
          endDate: request.body.endDate,
        });
        return load(auth.organisationId, request.params.id, auth);
      },
    );

    app.post(
      '/people/:id/invitation',
      {
        schema: {
          tags,
          summary: 'E-mail an invitation to choose a password (replaces an earlier one)',
          params: idParams,
          response: { 200: personSchema, ...problems, 409: problems[400] },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        await invitePerson({ db: deps.db, auth, personId: request.params.id, baseUrl: deps.config.baseUrl });
        return load(auth.organisationId, request.params.id, auth);
      },
    );

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        return inviteMany({ db: deps.db, auth, ...request.body, baseUrl: deps.config.baseUrl });
      },
    );

    app.put(
      '/people/:id/roles',
      {
        schema: {
          tags,
          summary: 'Set the roles a person holds besides employee and manager',
          params: idParams,
          body: setRolesBody,
          response: { 200: personSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.manage');
        await setRoles({ db: deps.db, auth, personId: request.params.id, roles: request.body.roles });
        return load(auth.organisationId, request.params.id, auth);
      },
    );

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        if (!(await findPerson(tenant, request.params.id))) throw notFound('Person');
        const { rows } = await listPeople(tenant, {
          managerId: request.params.id,
          status: 'current',
          sort: 'name',
          page: 1,
          pageSize: 500,
          includeSubunits: false,
        });
        return rows.map((row) => presentPerson(row, { withHrFields: canSeeHrFields(auth, row) }));
      },
    );
  };
