import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, pageOf, problems } from '../../../http/common.schemas.ts';
import {
  contentInput,
  contentItemSchema,
  contentSummarySchema,
  listItemsQuery,
  statusBody,
} from '../catalogue.schemas.ts';
import { contentView, listContent } from './content.read.ts';
import { createContentItem, updateContentItem } from './content.service.ts';
import { setPublicationStatus } from './publication.service.ts';

const tags = ['catalogue'];

/** L&D authoring of content items; learners reach items through /learning. */
export const contentRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/catalogue/items',
      {
        schema: {
          tags,
          summary: 'All content items for authoring, newest change first',
          querystring: listItemsQuery,
          response: { 200: pageOf(contentSummarySchema), ...problems },
        },
      },
      async (request) => listContent(ctxOf(request), request.query),
    );

    app.post(
      '/catalogue/items',
      {
        schema: {
          tags,
          summary: 'Create a content item (draft) with one version per language',
          body: contentInput,
          response: { 201: contentItemSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { id, notices } = await createContentItem(ctx, request.body);
        return reply.status(201).send(await contentView(ctx, id, notices));
      },
    );

    app.get(
      '/catalogue/items/:id',
      {
        schema: {
          tags,
          summary: 'A content item with every version, for editing',
          params: idParams,
          response: { 200: contentItemSchema, ...problems },
        },
      },
      async (request) => contentView(ctxOf(request), request.params.id),
    );

    app.put(
      '/catalogue/items/:id',
      {
        schema: {
          tags,
          summary: 'Replace a content item: its settings, versions and topics',
          params: idParams,
          body: contentInput,
          response: { 200: contentItemSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const { notices } = await updateContentItem(ctx, { id: request.params.id, input: request.body });
        return contentView(ctx, request.params.id, notices);
      },
    );

    app.post(
      '/catalogue/items/:id/status',
      {
        schema: {
          tags,
          summary: 'Publish, archive or return a content item to draft',
          params: idParams,
          body: statusBody,
          response: { 200: contentItemSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setPublicationStatus(ctx, {
          table: 'content_items',
          id: request.params.id,
          status: request.body.status,
        });
        return contentView(ctx, request.params.id);
      },
    );
  };
