import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { pageOf, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf, personIdOf } from '../access/index.ts';
import { browseCatalogue, decorateEntries, entriesForYou, topicCounts } from './browse.repository.ts';
import { browseQuery, catalogueEntrySchema, topicCountSchema } from './browse.schemas.ts';

const tags = ['catalogue'];

/** The employee's catalogue: browse, search, filter, topics and a "for you" row. */
export const browseRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/catalogue',
      {
        schema: {
          tags,
          summary: 'Browse and search what is published (Dutch/English full text, typo tolerant)',
          querystring: browseQuery,
          response: { 200: pageOf(catalogueEntrySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const personId = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const locale = auth.kind === 'person' ? auth.locale : 'nl';
        const { rows, total, topics } = await browseCatalogue(tenant, request.query, locale);
        return {
          items: await decorateEntries(tenant, personId, rows, topics),
          total,
          page: request.query.page,
          pageSize: request.query.pageSize,
        };
      },
    );

    app.get(
      '/catalogue/for-you',
      {
        schema: {
          tags,
          summary: 'Suggestions from followed topics and what colleagues in the same role or team finished',
          response: { 200: z.array(catalogueEntrySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const personId = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const locale = auth.kind === 'person' ? auth.locale : 'nl';
        return decorateEntries(tenant, personId, await entriesForYou(tenant, personId, locale));
      },
    );

    app.get(
      '/catalogue/topics',
      {
        schema: {
          tags,
          summary: 'Topics of published learning with how often they are used, and which I follow',
          response: {
            200: z.object({ topics: z.array(topicCountSchema), followed: z.array(z.string()) }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const followed = await tenant
          .selectFrom('topic_follows')
          .select('label')
          .where('person_id', '=', personIdOf(auth))
          .orderBy('label')
          .execute();
        return { topics: await topicCounts(tenant), followed: followed.map((row) => row.label) };
      },
    );

    app.put(
      '/catalogue/topics/followed',
      {
        schema: {
          tags,
          summary: 'Set the topics I follow (they feed my "for you" row)',
          body: z.object({ labels: z.array(z.string().trim().min(1).max(60)).max(50) }),
          response: { 200: z.object({ followed: z.array(z.string()) }), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const personId = personIdOf(auth);
        const labels = [...new Set(request.body.labels)];
        await forOrganisation(deps.db, auth.organisationId).transaction(async (trx) => {
          await trx.deleteFrom('topic_follows').where('person_id', '=', personId).execute();
          if (labels.length)
            await trx
              .insertInto(
                'topic_follows',
                labels.map((label) => ({ person_id: personId, label })),
              )
              .execute();
        });
        return { followed: labels.sort() };
      },
    );
  };
