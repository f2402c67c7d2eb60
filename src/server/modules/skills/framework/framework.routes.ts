import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { presentCategory, presentSkill } from '../skills.presenter.ts';
import { categorySchema, skillSchema } from '../skills.schemas.ts';
import { frameworkView, scaleView, skillView } from './framework.read.ts';
import {
  categoryBody,
  frameworkSchema,
  importBody,
  importResultSchema,
  listSkillsQuery,
  scaleBody,
  scaleLevelSchema,
  skillBody,
  skillChanges,
  skillImportProblemResponse,
} from './framework.schemas.ts';
import { createCategory, createSkill, importSkills, setScale, updateSkill } from './framework.service.ts';
import { importStarterSet } from './starter-set/starter-set.ts';

const tags = ['skills'];

/** The skill framework: categories, skills, the proficiency scale, CSV import and the starter set. */
export const frameworkRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/skills/framework',
      {
        schema: {
          tags,
          summary: 'The whole skill framework: categories, skills and the proficiency scale',
          querystring: listSkillsQuery,
          response: { 200: frameworkSchema, ...problems },
        },
      },
      async (request) => frameworkView(ctxOf(request), request.query),
    );

    app.post(
      '/skills/categories',
      {
        schema: {
          tags,
          summary: 'Add a skill category',
          body: categoryBody,
          response: { 201: categorySchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentCategory(await createCategory(ctxOf(request), request.body))),
    );

    app.post(
      '/skills',
      {
        schema: {
          tags,
          summary: 'Add a skill',
          body: skillBody,
          response: { 201: skillSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentSkill(await createSkill(ctxOf(request), request.body))),
    );

    app.get(
      '/skills/:id',
      {
        schema: { tags, summary: 'One skill', params: idParams, response: { 200: skillSchema, ...problems } },
      },
      async (request) => skillView(ctxOf(request), request.params.id),
    );

    app.patch(
      '/skills/:id',
      {
        schema: {
          tags,
          summary: 'Change a skill (or archive it); only the fields sent change',
          params: idParams,
          body: skillChanges,
          response: { 200: skillSchema, ...problems },
        },
      },
      async (request) =>
        presentSkill(
          await updateSkill(ctxOf(request), { skillId: request.params.id, changes: request.body }),
        ),
    );

    app.put(
      '/skills/scale',
      {
        schema: {
          tags,
          summary: 'Replace the proficiency scale (level 1 first)',
          body: scaleBody,
          response: { 200: z.array(scaleLevelSchema), ...problems, 409: problems[400] },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setScale(ctx, request.body);
        return scaleView(ctx);
      },
    );

    app.post(
      '/skills/import',
      {
        schema: {
          tags,
          summary:
            'Import skills from CSV (our columns or the ESCO skills CSV); all or nothing, problems named by line and column',
          body: importBody,
          response: { 200: importResultSchema, ...problems, 400: skillImportProblemResponse },
        },
      },
      async (request) => importSkills(ctxOf(request), request.body),
    );

    app.post(
      '/skills/starter-set',
      {
        schema: {
          tags,
          summary: 'Add the curated Dutch/English starter set of care skills (existing names are kept)',
          response: { 200: importResultSchema, ...problems },
        },
      },
      async (request) => importStarterSet(ctxOf(request)),
    );
  };
