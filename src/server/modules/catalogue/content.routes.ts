import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, pageOf, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf } from '../access/index.ts';
import {
  contentInput,
  contentItemSchema,
  contentSummarySchema,
  listItemsQuery,
  statusBody,
} from './catalogue.schemas.ts';
import {
  createContentItem,
  listContentItems,
  loadContentItem,
  presentContentItem,
  setPublicationStatus,
  updateContentItem,
} from './content.service.ts';

const tags = ['catalogue'];

/** L&D authoring of content items; learners reach items through /learning. */
export const contentRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function present(auth: Auth, id: string, notices?: string[]) {
      const loaded = await loadContentItem(forOrganisation(deps.db, auth.organisationId), id, auth);
      if (!loaded) throw notFound('Content item');
      return presentContentItem(loaded, notices);
    }

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { items, total } = await listContentItems(
          forOrganisation(deps.db, auth.organisationId),
          request.query,
        );
        return { items, total, page: request.query.page, pageSize: request.query.pageSize };
      },
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
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { id, notices } = await createContentItem({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await present(auth, id, notices));
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        return present(auth, request.params.id);
      },
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
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { notices } = await updateContentItem({
          db: deps.db,
          auth,
          id: request.params.id,
          input: request.body,
        });
        return present(auth, request.params.id, notices);
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
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        await setPublicationStatus({
          db: deps.db,
          auth,
          table: 'content_items',
          id: request.params.id,
          status: request.body.status,
        });
        return present(auth, request.params.id);
      },
    );
  };
