import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { changeRoute } from '../../../http/change-route.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { jobRoleView, listJobRoles } from './job-roles.read.ts';
import { assignRoleBody, jobRoleBody, jobRoleSchema } from './job-roles.schemas.ts';
import { assignJobRole, deleteJobRole, saveJobRole } from './job-roles.service.ts';

const tags = ['job-roles'];

export const jobRoleRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/job-roles',
      {
        schema: {
          tags,
          summary: 'Job roles with their skill profiles and the roles each leads to (the career-path graph)',
          response: { 200: z.array(jobRoleSchema), ...problems },
        },
      },
      async (request) => listJobRoles(ctxOf(request)),
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
      async (request) => jobRoleView(ctxOf(request), request.params.id),
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
        const ctx = ctxOf(request);
        const id = await saveJobRole(ctx, { input: request.body });
        return reply.status(201).send(await jobRoleView(ctx, id));
      },
    );

    changeRoute(app, {
      method: 'PUT',
      url: '/job-roles/:id',
      tags,
      summary: 'Replace a job role: names, skill profile and next roles',
      body: jobRoleBody,
      shows: jobRoleSchema,
      change: (ctx, id, body) => saveJobRole(ctx, { roleId: id, input: body }),
      show: jobRoleView,
    });

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
        await deleteJobRole(ctxOf(request), request.params.id);
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
        await assignJobRole(ctxOf(request), { personId: request.params.id, input: request.body });
        return reply.status(204).send(null);
      },
    );
  };
