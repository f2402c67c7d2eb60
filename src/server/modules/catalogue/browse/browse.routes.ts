import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { pageOf, problems } from '../../../http/common.schemas.ts';
import { browse, forYou, topicsView } from './browse.read.ts';
import { browseQuery, catalogueEntrySchema, topicCountSchema } from './browse.schemas.ts';
import { followTopics } from './topics.service.ts';

const tags = ['catalogue'];

/** The employee's catalogue: browse, search, filter, topics and a "for you" row. */
export const browseRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
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
      async (request) => browse(ctxOf(request), request.query),
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
      async (request) => forYou(ctxOf(request)),
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
      async (request) => topicsView(ctxOf(request)),
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
      async (request) => followTopics(ctxOf(request), request.body.labels),
    );
  };
