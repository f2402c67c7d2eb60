import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf, can } from '../access/index.ts';
import { unitLineOf } from '../direction/index.ts';
import { isInConsultationAudience } from './consultations.audience.ts';
import { presentResponse, presentSummary, summaryOf } from './consultations.presenter.ts';
import { findConsultation, hasResponded, responsesOf, subjectOf } from './consultations.repository.ts';
import {
  closeBody,
  consultationSchema,
  consultationSummarySchema,
  createConsultationBody,
  replyBody,
  respondBody,
} from './consultations.schemas.ts';
import {
  closeConsultation,
  isOpen,
  openConsultation,
  replyToResponse,
  respond,
} from './consultations.service.ts';

const tags = ['consultations'];
const conflict = { 409: problems[400] };

export const consultationRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (auth: Auth) => forOrganisation(deps.db, auth.organisationId);

    /** Management sees every consultation; others only those put before them. */
    async function load(auth: Auth, id: string) {
      const tenant = tenantOf(auth);
      const row = await findConsultation(tenant, id);
      if (!row) throw notFound('Consultation');
      if (!can(auth, 'consultations.manage') && !(await isInConsultationAudience(tenant, auth, row)))
        throw notFound('Consultation');
      return row;
    }

    async function detail(auth: Auth, id: string) {
      const tenant = tenantOf(auth);
      const row = await load(auth, id);
      const [responses, subject, responded, inAudience] = await Promise.all([
        responsesOf(tenant, row.id),
        subjectOf(tenant, row, can(auth, 'goals.read_confidential')),
        auth.kind === 'person' ? hasResponded(tenant, row.id, auth.personId) : false,
        isInConsultationAudience(tenant, auth, row),
      ]);
      return {
        ...presentSummary(row, { responseCount: responses.length, hasResponded: responded }),
        description: row.description,
        audienceUnitIds: row.audience_unit_ids,
        allowsAnonymous: row.allows_anonymous,
        outcome: row.outcome,
        closedAt: row.closed_at?.toISOString() ?? null,
        subject,
        summary: summaryOf(responses),
        responses: responses.map(presentResponse),
        canRespond: inAudience && !responded && isOpen(row),
      };
    }

    app.get(
      '/consultations',
      {
        schema: {
          tags,
          summary: 'Consultations put before me (management: all), newest first',
          response: { 200: z.array(consultationSummarySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const tenant = tenantOf(auth);
        const rows = await tenant
          .selectFrom('consultations')
          .selectAll()
          .orderBy('created_at', 'desc')
          .limit(200)
          .execute();
        const visible = [];
        const unitLine = auth.kind === 'person' ? await unitLineOf(tenant, auth.personId) : [];
        for (const row of rows)
          if (
            can(auth, 'consultations.manage') ||
            (await isInConsultationAudience(tenant, auth, row, unitLine))
          )
            visible.push(row);
        if (visible.length === 0) return [];
        const ids = visible.map((r) => r.id);
        const [counts, mine] = await Promise.all([
          tenant
            .selectFrom('consultation_responses')
            .select(['consultation_id', (eb) => eb.fn.countAll<number>().as('n')])
            .where('consultation_id', 'in', ids)
            .groupBy('consultation_id')
            .execute(),
          auth.kind === 'person'
            ? tenant
                .selectFrom('consultation_participants')
                .select('consultation_id')
                .where('person_id', '=', auth.personId)
                .where('consultation_id', 'in', ids)
                .execute()
            : [],
        ]);
        return visible.map((row) =>
          presentSummary(row, {
            responseCount: Number(counts.find((c) => c.consultation_id === row.id)?.n ?? 0),
            hasResponded: mine.some((m) => m.consultation_id === row.id),
          }),
        );
      },
    );

    app.get(
      '/consultations/:id',
      {
        schema: {
          tags,
          summary: 'A consultation: the draft, responses (anonymous ones without author), summary, outcome',
          params: idParams,
          response: { 200: consultationSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        return detail(auth, request.params.id);
      },
    );

    app.post(
      '/consultations',
      {
        schema: {
          tags,
          summary: 'Put a draft before an audience until a closing date (notifies the audience)',
          body: createConsultationBody,
          response: { 201: consultationSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'consultations.manage');
        const id = await openConsultation({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await detail(auth, id));
      },
    );

    app.post(
      '/consultations/:id/responses',
      {
        schema: {
          tags,
          summary: 'Respond once: support, concern or question, with a comment, optionally anonymous',
          params: idParams,
          body: respondBody,
          response: { 201: consultationSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        await respond({ db: deps.db, auth, consultationId: request.params.id, input: request.body });
        return reply.status(201).send(await detail(auth, request.params.id));
      },
    );

    app.post(
      '/consultations/responses/:id/replies',
      {
        schema: {
          tags,
          summary: "Management's reply to a response (visible to the audience)",
          params: idParams,
          body: replyBody,
          response: { 201: consultationSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'consultations.manage');
        const consultationId = await replyToResponse({
          db: deps.db,
          auth,
          responseId: request.params.id,
          body: request.body.body,
        });
        return reply.status(201).send(await detail(auth, consultationId));
      },
    );

    app.post(
      '/consultations/:id/close',
      {
        schema: {
          tags,
          summary: 'Close with the outcome ("what we did with your input"), told to every respondent',
          params: idParams,
          body: closeBody,
          response: { 200: consultationSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'consultations.manage');
        await closeConsultation({ db: deps.db, auth, consultationId: request.params.id, ...request.body });
        return detail(auth, request.params.id);
      },
    );
  };
