import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, authOf, personIdOf } from '../access/index.ts';
import { recordStatement } from '../learning-record/index.ts';
import { displayName } from '../people/index.ts';
import { enrolmentsWithProgress } from './learner.views.ts';
import {
  ratingBody,
  ratingSummarySchema,
  ruleInput,
  ruleSchema,
  teamMemberSchema,
} from './learning.schemas.ts';
import { saveRule } from './rules.service.ts';
import { findSubject, subjectTitles } from './subjects.ts';
import { contentHeadlines } from './titles.ts';

/** Managers' team progress, L&D's audience rules and ratings, and rating itself. */
export const oversightRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning/team',
      {
        schema: {
          tags: ['learning'],
          summary: "My direct reports' learning: progress, overdue assignments, assignments to confirm",
          response: { 200: z.array(teamMemberSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const me = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const reports = await tenant
          .selectFrom('people')
          .select(['id', 'given_name', 'family_name_prefix', 'family_name', 'job_title'])
          .where('manager_id', '=', me)
          .where('status', '<>', 'left')
          .orderBy('family_name')
          .execute();
        const locale = auth.kind === 'person' ? auth.locale : 'nl';
        const enrolments = await enrolmentsWithProgress(
          tenant,
          reports.map((r) => r.id),
          locale,
        );
        const pending = reports.length
          ? await tenant
              .selectFrom('assignment_submissions')
              .select(['person_id', 'content_id', 'reflection', 'submitted_at'])
              .where(
                'person_id',
                'in',
                reports.map((r) => r.id),
              )
              .where('confirmed_at', 'is', null)
              .execute()
          : [];
        const titles = await contentHeadlines(
          tenant,
          pending.map((p) => p.content_id),
          locale,
        );
        return reports.map((report) => {
          const own = enrolments.filter((e) => e.personId === report.id);
          return {
            personId: report.id,
            displayName: displayName(report),
            jobTitle: report.job_title,
            enrolments: own,
            overdue: own.filter((e) => e.isOverdue).length,
            pendingConfirmations: pending
              .filter((p) => p.person_id === report.id)
              .map((p) => ({
                contentId: p.content_id,
                title: titles.get(p.content_id)?.title ?? '',
                reflection: p.reflection,
                submittedAt: p.submitted_at.toISOString(),
              })),
          };
        });
      },
    );

    app.put(
      '/learning/ratings',
      {
        schema: {
          tags: ['learning'],
          summary: 'Rate an item, course or path (1–5 stars, optional comment); rating again replaces it',
          body: ratingBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const personId = personIdOf(auth);
        const { subject, stars, comment } = request.body;
        await forOrganisation(deps.db, auth.organisationId).transaction(async (trx) => {
          const found = await findSubject(trx, subject);
          if (found?.status !== 'published') throw notFound('Learning');
          await trx
            .insertInto('ratings', {
              person_id: personId,
              subject_kind: subject.type,
              subject_id: subject.id,
              stars,
              comment,
            })
            .onConflict((oc) =>
              oc
                .columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id'])
                .doUpdateSet({ stars, comment, updated_at: new Date() }),
            )
            .execute();
          await recordStatement(trx, deps.config.baseUrl, {
            personId,
            verb: 'rated',
            object: { kind: subject.type, id: subject.id, title: found.title },
            result: {
              score: { scaled: stars / 5, raw: stars, min: 1, max: 5 },
              ...(comment ? { response: comment } : {}),
            },
          });
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/catalogue/ratings',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Ratings per item, course and path with averages and recent comments (L&D)',
          response: { 200: z.array(ratingSummarySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const groups = await tenant
          .selectFrom('ratings')
          .select([
            'subject_kind',
            'subject_id',
            sql<string>`avg(stars)`.as('average'),
            sql<string>`count(*)`.as('count'),
          ])
          .groupBy(['subject_kind', 'subject_id'])
          .orderBy(sql`avg(stars)`, 'desc')
          .limit(200)
          .execute();
        const comments = groups.length
          ? await tenant
              .selectFrom('ratings')
              .select(['subject_kind', 'subject_id', 'stars', 'comment', 'updated_at'])
              .where('comment', 'is not', null)
              .where(
                'subject_id',
                'in',
                groups.map((g) => g.subject_id),
              )
              .orderBy('updated_at', 'desc')
              .execute()
          : [];
        const locale = auth.kind === 'person' ? auth.locale : 'nl';
        const titles = await subjectTitles(
          tenant,
          groups.map((g) => ({ type: g.subject_kind, id: g.subject_id })),
          locale,
        );
        return groups.map((group) => ({
          type: group.subject_kind,
          id: group.subject_id,
          title: titles.get(`${group.subject_kind}:${group.subject_id}`)?.title ?? '',
          averageStars: Math.round(Number(group.average) * 10) / 10,
          count: Number(group.count),
          comments: comments
            .filter((c) => c.subject_kind === group.subject_kind && c.subject_id === group.subject_id)
            .slice(0, 10)
            .map((c) => ({
              stars: c.stars,
              comment: c.comment ?? '',
              updatedAt: c.updated_at.toISOString(),
            })),
        }));
      },
    );

    async function listRules(organisationId: string, locale: 'nl' | 'en') {
      const tenant = forOrganisation(deps.db, organisationId);
      const rules = await tenant.selectFrom('audience_rules').selectAll().orderBy('created_at').execute();
      const titles = await subjectTitles(
        tenant,
        rules.map((r) => ({ type: r.subject_kind, id: r.subject_id })),
        locale,
      );
      const counts = await tenant
        .selectFrom('enrolments')
        .select(['rule_id', sql<string>`count(*)`.as('count')])
        .where('rule_id', 'is not', null)
        .groupBy('rule_id')
        .execute();
      return rules.map((rule) => ({
        id: rule.id,
        name: rule.name,
        condition: rule.condition,
        parameter: rule.parameter,
        subject: { type: rule.subject_kind, id: rule.subject_id },
        subjectTitle: titles.get(`${rule.subject_kind}:${rule.subject_id}`)?.title ?? '',
        dueDays: rule.due_days,
        isActive: rule.is_active,
        enrolled: Number(counts.find((c) => c.rule_id === rule.id)?.count ?? 0),
      }));
    }

    app.get(
      '/catalogue/rules',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Audience rules that enrol people automatically',
          response: { 200: z.array(ruleSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        return listRules(auth.organisationId, auth.kind === 'person' ? auth.locale : 'nl');
      },
    );

    app.post(
      '/catalogue/rules',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Add an audience rule; it enrols everyone it reaches straight away and keeps doing so',
          body: ruleInput,
          response: { 201: ruleSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { id } = await saveRule({ db: deps.db, auth, input: request.body });
        const rules = await listRules(auth.organisationId, auth.kind === 'person' ? auth.locale : 'nl');
        const rule = rules.find((candidate) => candidate.id === id);
        if (!rule) throw notFound('Rule');
        return reply.status(201).send(rule);
      },
    );

    app.put(
      '/catalogue/rules/:id',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Change or pause an audience rule (enrolments it made stay)',
          params: idParams,
          body: ruleInput,
          response: { 200: ruleSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        await saveRule({ db: deps.db, auth, id: request.params.id, input: request.body });
        const rules = await listRules(auth.organisationId, auth.kind === 'person' ? auth.locale : 'nl');
        const rule = rules.find((candidate) => candidate.id === request.params.id);
        if (!rule) throw notFound('Rule');
        return rule;
      },
    );
  };
