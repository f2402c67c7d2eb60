import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { type Auth, authOf, personIdOf } from '../access/index.ts';
import { presentAgreement } from './learning-agreements.presenter.ts';
import {
  agreementSchema,
  answerBody,
  createAgreementBody,
  followupParams,
} from './learning-agreements.schemas.ts';
import {
  agreeAgreement,
  agreementsQuery,
  answerFollowup,
  createAgreement,
  visibleAgreement,
} from './learning-agreements.service.ts';

const tags = ['learning agreements'];
const conflict = { 409: problemSchema };

export const learningAgreementRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function followupsOf(auth: Auth, ids: string[]) {
      if (ids.length === 0) return [];
      return forOrganisation(deps.db, auth.organisationId)
        .selectFrom('learning_agreement_followups')
        .selectAll()
        .where('agreement_id', 'in', ids)
        .execute();
    }
    async function load(auth: Auth, id: string) {
      const row = await visibleAgreement(forOrganisation(deps.db, auth.organisationId), auth, id);
      return presentAgreement(row, await followupsOf(auth, [row.id]), auth);
    }

    app.get(
      '/learning-agreements/mine',
      {
        schema: {
          tags,
          summary: "My learning agreements, and (for managers) my reports' agreements",
          response: { 200: z.array(agreementSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const me = personIdOf(auth);
        const rows = await agreementsQuery(forOrganisation(deps.db, auth.organisationId))
          .where((eb) => eb.or([eb('learning_agreements.person_id', '=', me), eb('p.manager_id', '=', me)]))
          .limit(500)
          .execute();
        const followups = await followupsOf(
          auth,
          rows.map((row) => row.id),
        );
        return rows.map((row) => presentAgreement(row, followups, auth));
      },
    );

    app.post(
      '/learning-agreements',
      {
        schema: {
          tags,
          summary: 'Make a learning agreement; follow-up questions come 30, 60 and 90 days after the start',
          body: createAgreementBody,
          response: { 201: agreementSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const id = await createAgreement({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await load(auth, id));
      },
    );

    app.get(
      '/learning-agreements/:id',
      {
        schema: {
          tags,
          summary: 'One learning agreement (the learner and their manager)',
          params: idParams,
          response: { 200: agreementSchema, ...problems },
        },
      },
      async (request) => load(authOf(request), request.params.id),
    );

    app.post(
      '/learning-agreements/:id/agree',
      {
        schema: {
          tags,
          summary: 'Manager: agree to the learning agreement',
          params: idParams,
          response: { 200: agreementSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await agreeAgreement({ db: deps.db, auth, id: request.params.id });
        return load(auth, request.params.id);
      },
    );

    app.put(
      '/learning-agreements/:id/followups/:day',
      {
        schema: {
          tags,
          summary:
            'Answer a follow-up question once it has been asked; the answer shows in the plan and the next conversation',
          params: followupParams,
          body: answerBody,
          response: { 200: agreementSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await answerFollowup({
          db: deps.db,
          auth,
          id: request.params.id,
          day: request.params.day,
          answer: request.body.answer,
        });
        return load(auth, request.params.id);
      },
    );
  };
