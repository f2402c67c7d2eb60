import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { budgetFilePolicy, readBudgetFile } from './budget-files.ts';
import {
  approveRequest,
  attachRequestFile,
  cancelRequest,
  completeRequest,
  createRequest,
  declineRequest,
} from './budget-requests.service.ts';
import { approvalsInbox, requestFile, requestView } from './budgets.read.ts';
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
    const { baseUrl } = deps.config;

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
        const ctx = ctxOf(request);
        const id = await createRequest(ctx, { input: request.body, baseUrl });
        return reply.status(201).send(await requestView(ctx, id));
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
      async (request) => approvalsInbox(ctxOf(request)),
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
      async (request) => requestView(ctxOf(request), request.params.id),
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
        const ctx = ctxOf(request);
        const { overBudgetReason } = request.body;
        await approveRequest(ctx, { requestId: request.params.id, overBudgetReason, baseUrl });
        return requestView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        await declineRequest(ctx, { requestId: request.params.id, reason: request.body.reason, baseUrl });
        return requestView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        await cancelRequest(ctx, { requestId: request.params.id });
        return requestView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        await completeRequest(ctx, { requestId: request.params.id, spentCents: request.body.spentCents });
        return requestView(ctx, request.params.id);
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
        const ctx = ctxOf(request);
        const requestId = await attachRequestFile(ctx, {
          requestId: request.params.id,
          purpose: request.query.purpose,
          config: deps.config,
          readFile: async () => {
            const file = await request.file({ limits: { fileSize: budgetFilePolicy.maxBytes } });
            if (file?.fieldname !== 'file')
              throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
                errors: [{ field: 'file', message: 'is missing' }],
              });
            return { fileName: basename(file.filename || 'file').slice(0, 200) || 'file', stream: file.file };
          },
        });
        return reply.status(201).send(await requestView(ctx, requestId));
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
        const file = await requestFile(ctxOf(request), {
          requestId: request.params.id,
          fileId: request.params.fileId,
        });
        // A download, as before (files from before 0121 carry the uploader's claimed type).
        return fileHeaders(reply, { fileName: file.file_name, contentType: file.content_type, inline: false })
          .header('cache-control', 'private, no-store')
          .send(await readBudgetFile(deps.config, file));
      },
    );
  };
