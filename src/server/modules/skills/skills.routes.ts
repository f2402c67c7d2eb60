import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf } from '../access/index.ts';
import { jobRoleRoutes } from './job-roles.routes.ts';
import { mentorRoutes } from './mentors.routes.ts';
import {
  createCategory,
  createSkill,
  importSkills,
  setScale,
  updateSkill,
} from './skills.framework.service.ts';
import { insightRoutes } from './skills.insight.routes.ts';
import { presentCategory, presentSkill } from './skills.presenter.ts';
import { ratingRoutes } from './skills.ratings.routes.ts';
import { findSkill, listSkills } from './skills.repository.ts';
import { scaleOf } from './skills.scale.ts';
import {
  categoryBody,
  categorySchema,
  frameworkSchema,
  importBody,
  importResultSchema,
  listSkillsQuery,
  scaleBody,
  scaleLevelSchema,
  skillBody,
  skillChanges,
  skillImportProblemResponse,
  skillSchema,
} from './skills.schemas.ts';
import { importStarterSet } from './starter-set/starter-set.ts';

const tags = ['skills'];

/** The skills module: framework here, the rest in its own plugins (one line in app.ts). */
export const skillsRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(frameworkRoutes(deps));
    await app.register(jobRoleRoutes(deps));
    await app.register(ratingRoutes(deps));
    await app.register(insightRoutes(deps));
    await app.register(mentorRoutes(deps));
  };

const frameworkRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (organisationId: string) => forOrganisation(deps.db, organisationId);

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        const tenant = tenantOf(auth.organisationId);
        const [categories, skills, scale] = await Promise.all([
          tenant.selectFrom('skill_categories').selectAll().orderBy('name_nl').execute(),
          listSkills(tenant, request.query),
          scaleOf(tenant),
        ]);
        return { categories: categories.map(presentCategory), skills: skills.map(presentSkill), scale };
      },
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
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        const row = await createCategory({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(presentCategory(row));
      },
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
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        const row = await createSkill({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(presentSkill(row));
      },
    );

    app.get(
      '/skills/:id',
      {
        schema: { tags, summary: 'One skill', params: idParams, response: { 200: skillSchema, ...problems } },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        const row = await findSkill(tenantOf(auth.organisationId), request.params.id);
        if (!row) throw notFound('Skill');
        return presentSkill(row);
      },
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        const row = await updateSkill({
          db: deps.db,
          auth,
          skillId: request.params.id,
          changes: request.body,
        });
        return presentSkill(row);
      },
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
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        await setScale({ db: deps.db, auth, input: request.body });
        return scaleOf(tenantOf(auth.organisationId));
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        return importSkills({ db: deps.db, auth, input: request.body });
      },
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.manage');
        return importStarterSet({ db: deps.db, auth });
      },
    );
  };
