import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf } from '../access/index.ts';
import { statusBody } from './catalogue.schemas.ts';
import { setPublicationStatus } from './content.service.ts';
import { loadCourse, saveCourse } from './courses.service.ts';
import { copyPath, loadPath, savePath } from './paths.service.ts';
import {
  courseInput,
  courseSchema,
  pathInput,
  pathSchema,
  structureSummarySchema,
} from './structure.schemas.ts';

const tags = ['catalogue'];

/** L&D building courses (sections of modules) and learning paths (courses and items). */
export const structureRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (organisationId: string) => forOrganisation(deps.db, organisationId);
    async function course(auth: Auth, id: string) {
      const loaded = await loadCourse(tenantOf(auth.organisationId), id, auth);
      if (!loaded) throw notFound('Course');
      return loaded;
    }
    async function path(auth: Auth, id: string) {
      const loaded = await loadPath(tenantOf(auth.organisationId), id, auth);
      if (!loaded) throw notFound('Learning path');
      return loaded;
    }

    for (const [table, url] of [
      ['courses', '/catalogue/courses'],
      ['learning_paths', '/catalogue/paths'],
    ] as const) {
      app.get(
        url,
        {
          schema: {
            tags,
            summary: `All ${table === 'courses' ? 'courses' : 'learning paths'} for authoring`,
            response: { 200: z.array(structureSummarySchema), ...problems },
          },
        },
        async (request) => {
          const auth = authOf(request);
          assertCan(auth, 'catalogue.manage');
          const rows = await tenantOf(auth.organisationId)
            .selectFrom(table)
            .select(['id', 'title', 'language', 'status', 'updated_at'])
            .orderBy('updated_at', 'desc')
            .limit(500)
            .execute();
          return rows.map((row) => ({
            id: row.id,
            title: row.title,
            language: row.language,
            status: row.status,
            updatedAt: row.updated_at.toISOString(),
          }));
        },
      );
    }

    app.post(
      '/catalogue/courses',
      {
        schema: {
          tags,
          summary: 'Create a course (draft) from sections of content items',
          body: courseInput,
          response: { 201: courseSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const id = await saveCourse({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await course(auth, id));
      },
    );

    app.get(
      '/catalogue/courses/:id',
      {
        schema: {
          tags,
          summary: 'A course for editing',
          params: idParams,
          response: { 200: courseSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        return course(auth, request.params.id);
      },
    );

    app.put(
      '/catalogue/courses/:id',
      {
        schema: {
          tags,
          summary: 'Replace a course: sections, modules, prerequisites, topics',
          params: idParams,
          body: courseInput,
          response: { 200: courseSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        await saveCourse({ db: deps.db, auth, id: request.params.id, input: request.body });
        return course(auth, request.params.id);
      },
    );

    app.post(
      '/catalogue/courses/:id/status',
      {
        schema: {
          tags,
          summary: 'Publish, archive or return a course to draft',
          params: idParams,
          body: statusBody,
          response: { 200: courseSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { id } = request.params;
        await setPublicationStatus({ db: deps.db, auth, table: 'courses', id, status: request.body.status });
        return course(auth, id);
      },
    );

    app.post(
      '/catalogue/paths',
      {
        schema: {
          tags,
          summary: 'Create a learning path (draft) of courses and content items',
          body: pathInput,
          response: { 201: pathSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const id = await savePath({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await path(auth, id));
      },
    );

    app.get(
      '/catalogue/paths/:id',
      {
        schema: {
          tags,
          summary: 'A learning path for editing',
          params: idParams,
          response: { 200: pathSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        return path(auth, request.params.id);
      },
    );

    app.put(
      '/catalogue/paths/:id',
      {
        schema: {
          tags,
          summary: 'Replace a learning path: steps, order, deadlines, topics',
          params: idParams,
          body: pathInput,
          response: { 200: pathSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        await savePath({ db: deps.db, auth, id: request.params.id, input: request.body });
        return path(auth, request.params.id);
      },
    );

    app.post(
      '/catalogue/paths/:id/status',
      {
        schema: {
          tags,
          summary: 'Publish, archive or return a learning path to draft',
          params: idParams,
          body: statusBody,
          response: { 200: pathSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { id } = request.params;
        await setPublicationStatus({
          db: deps.db,
          auth,
          table: 'learning_paths',
          id,
          status: request.body.status,
        });
        return path(auth, id);
      },
    );

    app.post(
      '/catalogue/paths/:id/copy',
      {
        schema: {
          tags,
          summary: 'Copy a learning path into a new draft, to adapt as a custom route',
          params: idParams,
          body: z.object({ title: z.string().trim().min(1).max(200).optional() }),
          response: { 201: pathSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const id = await copyPath({ db: deps.db, auth, id: request.params.id, title: request.body.title });
        return reply.status(201).send(await path(auth, id));
      },
    );
  };
