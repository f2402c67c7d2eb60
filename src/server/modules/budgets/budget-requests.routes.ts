import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { type Auth, authOf, can, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { budgetFilePolicy, readBudgetFile, removeBudgetFile, storeBudgetFile } from './budget-files.ts';
import { presentRequest } from './budget-requests.presenter.ts';
import { filesOf, requestsQuery } from './budget-requests.repository.ts';
import {
  approveRequest,
  cancelRequest,
  completeRequest,
  createRequest,
  declineRequest,
  visibleRequest,
} from './budget-requests.service.ts';
import {
  approveBody,
  budgetRequestSchema,
  completeBody,
  createRequestBody,
  declineBody,
  fileParams,
  uploadBody,
  uploadQuery,
} from './budgets.schemas.ts';

const tags = ['development budgets'];
const conflict = { 409: problemSchema };

export const budgetRequestRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function load(auth: Auth, requestId: string) {
      const tenant = forOrganisation(deps.db, auth.organisationId);
      const row = await visibleRequest(tenant, auth, requestId);
      return presentRequest(row, await filesOf(tenant, [row.id]), auth);
    }

    app.post(
      '/budgets/requests',
      {
        schema: {
          tags,
          summary: 'Request budget for a course or training; goes to my manager, then HR',
          body: createRequestBody,
          response: { 201: budgetRequestSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const id = await createRequest({
          db: deps.db,
          auth,
          input: request.body,
          baseUrl: deps.config.baseUrl,
        });
        return reply.status(201).send(await load(auth, id));
      },
    );

    app.get(
      '/budgets/approvals',
      {
        schema: {
          tags,
          summary: 'Approvals inbox: requests waiting for my decision (my reports; HR step for HR)',
          response: { 200: z.array(budgetRequestSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const me = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const rows = await requestsQuery(tenant)
          .where((eb) =>
            eb.or([
              eb.and([eb('budget_requests.state', '=', 'pending_manager'), eb('p.manager_id', '=', me)]),
              ...(can(auth, 'development.manage') ? [eb('budget_requests.state', '=', 'pending_hr')] : []),
            ]),
          )
          .where('budget_requests.person_id', '<>', me)
          .limit(500)
          .execute();
        const files = await filesOf(
          tenant,
          rows.map((row) => row.id),
        );
        return rows.map((row) => presentRequest(row, files, auth)).filter((r) => r.can.approve);
      },
    );

    app.get(
      '/budgets/requests/:id',
      {
        schema: {
          tags,
          summary: 'One budget request',
          params: idParams,
          response: { 200: budgetRequestSchema, ...problems },
        },
      },
      async (request) => load(authOf(request), request.params.id),
    );

    app.post(
      '/budgets/requests/:id/approve',
      {
        schema: {
          tags,
          summary: 'Approve the step whose turn it is (manager, then HR); the final step commits the budget',
          params: idParams,
          body: approveBody,
          response: { 200: budgetRequestSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await approveRequest({
          db: deps.db,
          auth,
          requestId: request.params.id,
          overBudgetReason: request.body.overBudgetReason,
          baseUrl: deps.config.baseUrl,
        });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/budgets/requests/:id/decline',
      {
        schema: {
          tags,
          summary: 'Decline with a reason',
          params: idParams,
          body: declineBody,
          response: { 200: budgetRequestSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await declineRequest({
          db: deps.db,
          auth,
          requestId: request.params.id,
          reason: request.body.reason,
          baseUrl: deps.config.baseUrl,
        });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/budgets/requests/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel my request (pending or approved)',
          params: idParams,
          response: { 200: budgetRequestSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await cancelRequest({ db: deps.db, auth, requestId: request.params.id });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/budgets/requests/:id/complete',
      {
        schema: {
          tags,
          summary: 'Mark an approved request completed with the actual cost (upload proof as a file)',
          params: idParams,
          body: completeBody,
          response: { 200: budgetRequestSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await completeRequest({
          db: deps.db,
          auth,
          requestId: request.params.id,
          spentCents: request.body.spentCents,
        });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/budgets/requests/:id/files',
      {
        schema: {
          tags,
          summary:
            'Attach a quote or proof (multipart field "file": PDF, PNG, JPEG, WebP or HEIC by content, at most 10 MB)',
          consumes: ['multipart/form-data'],
          params: idParams,
          querystring: uploadQuery,
          body: uploadBody,
          response: { 201: budgetRequestSchema, ...problems, 413: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const me = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const row = await visibleRequest(tenant, auth, request.params.id);
        if (row.person_id !== me && !can(auth, 'development.manage'))
          throw new AppError('forbidden', 'Only the requester or HR can attach files.');
        const file = await request.file({ limits: { fileSize: budgetFilePolicy.maxBytes } });
        if (file?.fieldname !== 'file')
          throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
            errors: [{ field: 'file', message: 'is missing' }],
          });
        const fileName = basename(file.filename || 'file').slice(0, 200) || 'file';
        const stored = await storeBudgetFile({
          config: deps.config,
          organisationId: auth.organisationId,
          fileName,
          stream: file.file,
        });
        try {
          await tenant.transaction(async (trx) => {
            const added = await trx
              .insertInto('budget_request_files', {
                request_id: row.id,
                purpose: request.query.purpose,
                file_name: fileName,
                content_type: stored.contentType,
                size_bytes: stored.sizeBytes,
                storage_key: stored.key,
                uploaded_by: me,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            await recordEvent(trx, auth, {
              action: 'budget_request.file_added',
              subjectType: 'budget_request',
              subjectId: row.id,
              changes: { fileId: added.id, purpose: request.query.purpose },
            });
          });
        } catch (error) {
          await removeBudgetFile(deps.config, stored.key);
          throw error;
        }
        return reply.status(201).send(await load(auth, row.id));
      },
    );

    app.get(
      '/budgets/requests/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Download a quote or proof',
          params: fileParams,
          produces: [...budgetFilePolicy.types, 'application/problem+json'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        await visibleRequest(tenant, auth, request.params.id);
        const file = await tenant
          .selectFrom('budget_request_files')
          .selectAll()
          .where('id', '=', request.params.fileId)
          .where('request_id', '=', request.params.id)
          .executeTakeFirst();
        if (!file) throw notFound('File');
        // A download, as before (files from before 0121 carry the uploader's claimed type).
        return fileHeaders(reply, { fileName: file.file_name, contentType: file.content_type, inline: false })
          .header('cache-control', 'private, no-store')
          .send(await readBudgetFile(deps.config, file));
      },
    );
  };
