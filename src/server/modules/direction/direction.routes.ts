import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf, can } from '../access/index.ts';
import { presentPrinciple, presentStatement } from './direction.presenter.ts';
import {
  currentStatements,
  listPrinciples,
  type PrincipleTable,
  skillsOfCompetencies,
  statementsQuery,
} from './direction.repository.ts';
import {
  directionSchema,
  principleBody,
  principleChanges,
  principleSchema,
  saveStatementBody,
  statementHistoryQuery,
  statementSchema,
} from './direction.schemas.ts';
import { createPrinciple, saveStatement, setCompetencySkills, updatePrinciple } from './direction.service.ts';
import { readerLocale } from './locale.ts';

const tags = ['direction'];
const collections: { path: 'values' | 'competencies'; table: PrincipleTable; what: string }[] = [
  { path: 'values', table: 'core_values', what: 'core value' },
  { path: 'competencies', table: 'core_competencies', what: 'core competency' },
];

export const directionRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function principles(organisationId: string, table: PrincipleTable, withDrafts: boolean) {
      const tenant = forOrganisation(deps.db, organisationId);
      const rows = await listPrinciples(tenant, table, { withDrafts });
      const skills =
        table === 'core_competencies'
          ? await skillsOfCompetencies(
              tenant,
              rows.map((r) => r.id),
            )
          : null;
      return rows.map((row) => presentPrinciple(row, skills ? (skills.get(row.id) ?? []) : undefined));
    }

    app.get(
      '/direction',
      {
        schema: {
          tags,
          summary:
            "The organisation's why: current mission, vision, strategy (in my language), values, competencies",
          response: { 200: directionSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const { locale, fallback } = await readerLocale(deps.db, auth);
        const current = await currentStatements(tenant, locale, fallback);
        const present = (row: (typeof current)['mission']) => (row ? presentStatement(row) : null);
        return {
          statements: {
            mission: present(current.mission),
            vision: present(current.vision),
            strategy: present(current.strategy),
          },
          values: await principles(auth.organisationId, 'core_values', false),
          competencies: await principles(auth.organisationId, 'core_competencies', false),
        };
      },
    );

    app.get(
      '/direction/statements',
      {
        schema: {
          tags,
          summary: 'Every version of a statement, newest first, with who saved it (management)',
          querystring: statementHistoryQuery,
          response: { 200: z.array(statementSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        let query = statementsQuery(forOrganisation(deps.db, auth.organisationId))
          .where('direction_statements.kind', '=', request.query.kind)
          .orderBy('direction_statements.version', 'desc');
        if (request.query.locale)
          query = query.where('direction_statements.locale', '=', request.query.locale);
        return (await query.execute()).map(presentStatement);
      },
    );

    app.post(
      '/direction/statements',
      {
        schema: {
          tags,
          summary: 'Save a new version of the mission, vision or strategy in one language',
          body: saveStatementBody,
          response: { 201: statementSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        const id = await saveStatement({ db: deps.db, auth, input: request.body });
        const row = await statementsQuery(forOrganisation(deps.db, auth.organisationId))
          .where('direction_statements.id', '=', id)
          .executeTakeFirstOrThrow();
        return reply.status(201).send(presentStatement(row));
      },
    );

    for (const { path, table, what } of collections) {
      app.get(
        `/direction/${path}`,
        {
          schema: {
            tags,
            summary: `The ${what === 'core value' ? 'core values' : 'core competencies'} (drafts only for management)`,
            response: { 200: z.array(principleSchema), ...problems },
          },
        },
        async (request) => {
          const auth = authOf(request);
          assertCan(auth, 'direction.read');
          return principles(auth.organisationId, table, can(auth, 'direction.manage'));
        },
      );

      app.post(
        `/direction/${path}`,
        {
          schema: {
            tags,
            summary: `Add a ${what} with its behaviours per level`,
            body: principleBody,
            response: { 201: principleSchema, ...problems },
          },
        },
        async (request, reply) => {
          const auth = authOf(request);
          assertCan(auth, 'direction.manage');
          const id = await createPrinciple({ db: deps.db, auth, table, input: request.body });
          const all = await principles(auth.organisationId, table, true);
          return reply.status(201).send(all.find((p) => p.id === id)!);
        },
      );

      app.patch(
        `/direction/${path}/:id`,
        {
          schema: {
            tags,
            summary: `Change a ${what}; only the fields sent change`,
            params: idParams,
            body: principleChanges,
            response: { 200: principleSchema, ...problems },
          },
        },
        async (request) => {
          const auth = authOf(request);
          assertCan(auth, 'direction.manage');
          await updatePrinciple({ db: deps.db, auth, table, id: request.params.id, changes: request.body });
          const all = await principles(auth.organisationId, table, true);
          const found = all.find((p) => p.id === request.params.id);
          if (!found) throw notFound(what);
          return found;
        },
      );
    }

    app.put(
      '/direction/competencies/:id/skills',
      {
        schema: {
          tags,
          summary: 'Link a core competency to skills of the skills framework',
          params: idParams,
          body: z.object({ skillIds: z.array(z.uuid()).max(100) }),
          response: { 200: principleSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        await setCompetencySkills({
          db: deps.db,
          auth,
          id: request.params.id,
          skillIds: request.body.skillIds,
        });
        const all = await principles(auth.organisationId, 'core_competencies', true);
        return all.find((p) => p.id === request.params.id)!;
      },
    );
  };
