import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { personSchema } from '../people/index.ts';
import { listUnits, unitChart, unitView } from './org-units.read.ts';
import { createOrgUnitBody, orgUnitSchema, updateOrgUnitBody } from './org-units.schemas.ts';
import { createOrgUnit, deleteOrgUnit, updateOrgUnit } from './org-units.service.ts';

const tags = ['org-units'];

export const orgUnitRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/org-units',
      {
        schema: {
          tags,
          summary: 'Every unit (flat; build the tree from parentId) with head and head counts',
          response: { 200: z.array(orgUnitSchema), ...problems },
        },
      },
      async (request) => listUnits(ctxOf(request)),
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
      async (request) => unitChart(ctxOf(request), request.params.id),
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
        const ctx = ctxOf(request);
        const id = await createOrgUnit(ctx, request.body);
        return reply.status(201).send(await unitView(ctx, id));
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
        const ctx = ctxOf(request);
        await updateOrgUnit(ctx, request.params.id, request.body);
        return unitView(ctx, request.params.id);
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
        await deleteOrgUnit(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
