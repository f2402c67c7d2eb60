import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { assignJobRole, deleteJobRole, findJobRole, listJobRoles, saveJobRole } from './job-roles.service.ts';
import { assignRoleBody, jobRoleBody, jobRoleSchema } from './skills.schemas.ts';

const tags = ['job-roles'];

export const jobRoleRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (organisationId: string) => forOrganisation(deps.db, organisationId);

    app.get(
      '/job-roles',
      {
        schema: {
          tags,
          summary: 'Job roles with their skill profiles and the roles each leads to (the career-path graph)',
          response: { 200: z.array(jobRoleSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        return listJobRoles(tenantOf(auth.organisationId));
      },
    );

    app.get(
      '/job-roles/:id',
      {
        schema: {
          tags,
          summary: 'One job role',
          params: idParams,
          response: { 200: jobRoleSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        return findJobRole(tenantOf(auth.organisationId), request.params.id);
      },
    );

    app.post(
      '/job-roles',
      {
        schema: {
          tags,
          summary: 'Add a job role with required skills, target levels and next roles',
          body: jobRoleBody,
          response: { 201: jobRoleSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        const id = await saveJobRole({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await findJobRole(tenantOf(auth.organisationId), id));
      },
    );

    app.put(
      '/job-roles/:id',
      {
        schema: {
          tags,
          summary: 'Replace a job role: names, skill profile and next roles',
          params: idParams,
          body: jobRoleBody,
          response: { 200: jobRoleSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        await saveJobRole({ db: deps.db, auth, roleId: request.params.id, input: request.body });
        return findJobRole(tenantOf(auth.organisationId), request.params.id);
      },
    );

    app.delete(
      '/job-roles/:id',
      {
        schema: {
          tags,
          summary: 'Remove a job role nobody holds',
          params: idParams,
          response: { 204: z.null(), ...problems, 409: problems[400] },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        await deleteJobRole({ db: deps.db, auth, roleId: request.params.id });
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/job-roles/holders/:id',
      {
        schema: {
          tags,
          summary: "Set a person's current job role (id is the person; null clears it)",
          params: idParams,
          body: assignRoleBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        await assignJobRole({ db: deps.db, auth, personId: request.params.id, input: request.body });
        return reply.status(204).send(null);
      },
    );
  };
