import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf } from '../access/index.ts';
import { canSeeHrFields, findPerson, listPeople, personSchema, presentPerson } from '../people/index.ts';
import { presentOrgUnit } from './org-units.presenter.ts';
import { listUnitsWithCounts } from './org-units.repository.ts';
import { createOrgUnitBody, orgUnitSchema, updateOrgUnitBody } from './org-units.schemas.ts';
import { createOrgUnit, deleteOrgUnit, updateOrgUnit } from './org-units.service.ts';

const tags = ['org-units'];

export const orgUnitRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const unitById = async (organisationId: string, id: string) => {
      const unit = (await listUnitsWithCounts(forOrganisation(deps.db, organisationId))).find(
        (u) => u.id === id,
      );
      if (!unit) throw notFound('Unit');
      return presentOrgUnit(unit);
    };

    app.get(
      '/org-units',
      {
        schema: {
          tags,
          summary: 'Every unit (flat; build the tree from parentId) with head and head counts',
          response: { 200: z.array(orgUnitSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.read');
        return (await listUnitsWithCounts(forOrganisation(deps.db, auth.organisationId))).map(presentOrgUnit);
      },
    );

    app.get(
      '/org-units/:id/chart',
      {
        schema: {
          tags,
          summary: 'Org chart of one unit: the unit, its sub-units and its members with their managers',
          params: idParams,
          response: {
            200: z.object({
              unit: orgUnitSchema,
              subunits: z.array(orgUnitSchema),
              members: z.array(personSchema),
            }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'people.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const units = await listUnitsWithCounts(tenant);
        const unit = units.find((u) => u.id === request.params.id);
        if (!unit) throw notFound('Unit');
        const { rows } = await listPeople(tenant, {
          orgUnitId: unit.id,
          includeSubunits: false,
          status: 'current',
          sort: 'name',
          page: 1,
          pageSize: 200,
        });
        return {
          unit: presentOrgUnit(unit),
          subunits: units.filter((u) => u.parent_id === unit.id).map(presentOrgUnit),
          members: rows.map((row) => presentPerson(row, { withHrFields: canSeeHrFields(auth, row) })),
        };
      },
    );

    app.post(
      '/org-units',
      {
        schema: {
          tags,
          summary: 'Add a unit',
          body: createOrgUnitBody,
          response: { 201: orgUnitSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'org_units.manage');
        const id = await createOrgUnit(deps.db, auth, request.body);
        return reply.status(201).send(await unitById(auth.organisationId, id));
      },
    );

    app.patch(
      '/org-units/:id',
      {
        schema: {
          tags,
          summary: 'Rename, move or change the head of a unit',
          params: idParams,
          body: updateOrgUnitBody,
          response: { 200: orgUnitSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'org_units.manage');
        await updateOrgUnit(deps.db, auth, request.params.id, request.body);
        return unitById(auth.organisationId, request.params.id);
      },
    );

    app.delete(
      '/org-units/:id',
      {
        schema: {
          tags,
          summary: 'Remove an empty unit',
          params: idParams,
          response: { 204: z.null(), ...problems, 409: problems[400] },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'org_units.manage');
        await deleteOrgUnit(deps.db, auth, request.params.id);
        return reply.status(204).send(null);
      },
    );
    void findPerson;
  };
