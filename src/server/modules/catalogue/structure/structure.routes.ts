import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { changeRoute } from '../../../http/change-route.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { statusBody } from '../catalogue.schemas.ts';
import { setPublicationStatus } from '../content/publication.service.ts';
import { saveCourse } from './courses.service.ts';
import { copyPath, savePath } from './paths.service.ts';
import { courseView, listStructures, pathView } from './structure.read.ts';
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
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
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
        async (request) => listStructures(ctxOf(request), table),
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
        const ctx = ctxOf(request);
        const id = await saveCourse(ctx, { input: request.body });
        return reply.status(201).send(await courseView(ctx, id));
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
      async (request) => courseView(ctxOf(request), request.params.id),
    );

    changeRoute(app, {
      method: 'PUT',
      url: '/catalogue/courses/:id',
      tags,
      summary: 'Replace a course: sections, modules, prerequisites, topics',
      body: courseInput,
      shows: courseSchema,
      change: (ctx, id, body) => saveCourse(ctx, { id, input: body }),
      show: courseView,
    });

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
        const ctx = ctxOf(request);
        await setPublicationStatus(ctx, {
          table: 'courses',
          id: request.params.id,
          status: request.body.status,
        });
        return courseView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        const id = await savePath(ctx, { input: request.body });
        return reply.status(201).send(await pathView(ctx, id));
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
      async (request) => pathView(ctxOf(request), request.params.id),
    );

    changeRoute(app, {
      method: 'PUT',
      url: '/catalogue/paths/:id',
      tags,
      summary: 'Replace a learning path: steps, order, deadlines, topics',
      body: pathInput,
      shows: pathSchema,
      change: (ctx, id, body) => savePath(ctx, { id, input: body }),
      show: pathView,
    });

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
        const ctx = ctxOf(request);
        await setPublicationStatus(ctx, {
          table: 'learning_paths',
          id: request.params.id,
          status: request.body.status,
        });
        return pathView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        const id = await copyPath(ctx, { id: request.params.id, title: request.body.title });
        return reply.status(201).send(await pathView(ctx, id));
      },
    );
  };
