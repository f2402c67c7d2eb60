import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { calendarTexts } from '../../messages/index.ts';
import { type Auth, authOf, personIdOf } from '../access/index.ts';
import { conversationIcs } from './conversation-ics.ts';
import { isLocked } from './conversations.policy.ts';
import { cycleRef, presentConversation } from './conversations.presenter.ts';
import {
  actionsOf,
  conversationsQuery,
  followupAnswers,
  preparationsOf,
} from './conversations.repository.ts';
import {
  actionBody,
  actionParams,
  conversationSchema,
  conversationSummarySchema,
  meetingBody,
  preparationBody,
  updateConversationBody,
} from './conversations.schemas.ts';
import {
  addAgreedAction,
  planMeeting,
  removeAgreedAction,
  requestReopen,
  savePreparation,
  sharePreparation,
  signConversation,
  updateConversation,
  visibleConversation,
} from './conversations.service.ts';
import { suggestedLearning } from './suggested-learning.ts';

const tags = ['conversations'];
const locked = { 409: problemSchema };

export const conversationRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function load(auth: Auth, id: string) {
      const tenant = forOrganisation(deps.db, auth.organisationId);
      const { row, side } = await visibleConversation(tenant, auth, id);
      const [preparations, actions, followups] = await Promise.all([
        preparationsOf(tenant, [row.id]),
        actionsOf(tenant, row.id),
        followupAnswers(tenant, row.employee_id),
      ]);
      return presentConversation(row, side, { preparations, actions, followups });
    }

    app.get(
      '/conversations/mine',
      {
        schema: {
          tags,
          summary: 'My conversations in open cycles, as employee and as manager',
          response: { 200: z.array(conversationSummarySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const me = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const rows = await conversationsQuery(tenant)
          .where((eb) =>
            eb.or([eb('conversations.employee_id', '=', me), eb('conversations.manager_id', '=', me)]),
          )
          .where('c.state', '=', 'open')
          .orderBy('c.sign_off_due')
          .limit(500)
          .execute();
        const preparations = await preparationsOf(
          tenant,
          rows.map((row) => row.id),
        );
        return rows.map((row) => {
          const side = row.employee_id === me ? ('employee' as const) : ('manager' as const);
          return {
            id: row.id,
            cycle: cycleRef(row),
            employee: { id: row.employee_id, displayName: row.employee_name },
            manager: { id: row.manager_id, displayName: row.manager_name },
            mySide: side,
            isMyPreparationShared: preparations.some(
              (p) => p.conversation_id === row.id && p.side === side && p.shared_at,
            ),
            meetingAt: row.meeting_at?.toISOString() ?? null,
            isSignedByMe: Boolean(side === 'employee' ? row.employee_signed_at : row.manager_signed_at),
            isLocked: isLocked(row),
          };
        });
      },
    );

    app.get(
      '/conversations/:id',
      {
        schema: {
          tags,
          summary: 'One conversation (only for its employee and manager)',
          params: idParams,
          response: { 200: conversationSchema, ...problems },
        },
      },
      async (request) => load(authOf(request), request.params.id),
    );

    app.get(
      '/conversations/:id/suggested-learning',
      {
        schema: {
          tags,
          summary:
            "For the manager: learning for the employee's plan-goal skills and largest skill gaps (max 5)",
          params: idParams,
          response: {
            200: z.array(
              z
                .object({
                  type: z.enum(['content', 'course', 'path']),
                  id: z.uuid(),
                  title: z.string(),
                  format: z.string(),
                  durationMinutes: z.number().int().nullable(),
                  reason: z.enum(['plan_goal', 'skill_gap']),
                })
                .meta({ id: 'SuggestedLearning' }),
            ),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        return suggestedLearning({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          locale: auth.kind === 'person' ? auth.locale : 'nl',
        });
      },
    );

    app.get(
      '/conversations/:id/invite.ics',
      {
        schema: {
          tags,
          summary: 'Calendar invitation (.ics) for the planned meeting',
          params: idParams,
          produces: ['text/calendar', 'application/problem+json'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const { row } = await visibleConversation(tenant, auth, request.params.id);
        if (!row.meeting_at) throw new AppError('not_found', 'No meeting planned yet.');
        const people = await tenant
          .selectFrom('people')
          .select(['id', 'email'])
          .where('id', 'in', [row.employee_id, row.manager_id])
          .execute();
        const emailOf = (id: string) => people.find((p) => p.id === id)?.email ?? '';
        const locale = auth.kind === 'person' ? auth.locale : 'nl';
        const ics = conversationIcs({
          id: row.id,
          locale,
          names: { cycle: row.cycle_name, employee: row.employee_name, manager: row.manager_name },
          meetingAt: row.meeting_at,
          organiser: { name: row.manager_name, email: emailOf(row.manager_id) },
          attendee: { name: row.employee_name, email: emailOf(row.employee_id) },
          url: `${deps.config.baseUrl}/development/conversations/${row.id}`,
        });
        return fileHeaders(reply, {
          fileName: calendarTexts(locale).fileName(),
          contentType: 'text/calendar; charset=utf-8',
        }).send(ics as never);
      },
    );

    app.put(
      '/conversations/:id/preparation',
      {
        schema: {
          tags,
          summary: 'Save my preparation (private until I share it)',
          params: idParams,
          body: preparationBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await savePreparation({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          answers: request.body.answers,
        });
        return load(auth, request.params.id);
      },
    );

    const steps = {
      'preparation/share': { summary: 'Share my preparation with the other side', run: sharePreparation },
      sign: { summary: 'Sign off; when both have signed the conversation is locked', run: signConversation },
      reopen: {
        summary: 'Ask to reopen a signed conversation; it reopens when both have asked',
        run: requestReopen,
      },
    } as const;
    for (const [path, step] of Object.entries(steps))
      app.post(
        `/conversations/:id/${path}`,
        {
          schema: {
            tags,
            summary: step.summary,
            params: idParams,
            response: { 200: conversationSchema, ...problems, ...locked },
          },
        },
        async (request) => {
          const auth = authOf(request);
          await step.run({ db: deps.db, auth, conversationId: request.params.id });
          return load(auth, request.params.id);
        },
      );

    app.put(
      '/conversations/:id/meeting',
      {
        schema: {
          tags,
          summary: 'Plan the meeting; both get an e-mail with a calendar invitation',
          params: idParams,
          body: meetingBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await planMeeting({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          meetingAt: request.body.meetingAt,
          baseUrl: deps.config.baseUrl,
        });
        return load(auth, request.params.id);
      },
    );

    app.patch(
      '/conversations/:id',
      {
        schema: {
          tags,
          summary:
            'Shared notes, ratings (manager) and whether the meeting was held; withdraws signatures given',
          params: idParams,
          body: updateConversationBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await updateConversation({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          changes: request.body,
        });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/conversations/:id/actions',
      {
        schema: {
          tags,
          summary: "Agree an action; it lands in the employee's development plan",
          params: idParams,
          body: actionBody,
          response: { 201: conversationSchema, ...problems, ...locked },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        await addAgreedAction({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          title: request.body.title,
        });
        return reply.status(201).send(await load(auth, request.params.id));
      },
    );

    app.delete(
      '/conversations/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Remove an agreed action (and its plan action)',
          params: actionParams,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await removeAgreedAction({
          db: deps.db,
          auth,
          conversationId: request.params.id,
          actionId: request.params.actionId,
        });
        return load(auth, request.params.id);
      },
    );
  };
