import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import {
  announcementLanguages,
  announcementReach,
  announcementView,
  listAnnouncements,
  myFeed,
} from './announcements.read.ts';
import {
  announcementLanguagesSchema,
  announcementSchema,
  createAnnouncementBody,
  feedItemSchema,
  reachSchema,
  updateAnnouncementBody,
} from './announcements.schemas.ts';
import { createAnnouncement, markAnnouncement, updateAnnouncement } from './announcements.service.ts';

const tags = ['announcements'];

export const announcementRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/announcements',
      {
        schema: {
          tags,
          summary: 'All announcements, drafts and scheduled ones included (for those who manage them)',
          response: { 200: z.array(announcementSchema), ...problems },
        },
      },
      async (request) => listAnnouncements(ctxOf(request)),
    );

    app.get(
      '/announcements/languages',
      {
        schema: {
          tags,
          summary: 'The languages an announcement can be written in beside Dutch and English',
          response: { 200: announcementLanguagesSchema, ...problems },
        },
      },
      async (request) => announcementLanguages(ctxOf(request)),
    );

    app.get(
      '/announcements/feed',
      {
        schema: {
          tags,
          summary:
            'My home feed: pinned, new, waiting for acknowledgement, and echoes (at most a few a week)',
          response: { 200: z.array(feedItemSchema), ...problems },
        },
      },
      async (request) => myFeed(ctxOf(request)),
    );

    app.get(
      '/announcements/:id',
      {
        schema: {
          tags,
          summary: 'One announcement in my language (falling back to the organisation default)',
          params: idParams,
          response: { 200: announcementSchema, ...problems },
        },
      },
      async (request) => announcementView(ctxOf(request), request.params.id),
    );

    app.post(
      '/announcements',
      {
        schema: {
          tags,
          summary: 'Write an announcement per language, target it, schedule it, set its echo rhythm',
          body: createAnnouncementBody,
          response: { 201: announcementSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createAnnouncement(ctx, request.body);
        return reply.status(201).send(await announcementView(ctx, id));
      },
    );

    app.patch(
      '/announcements/:id',
      {
        schema: {
          tags,
          summary: 'Change an announcement; only the fields sent change',
          params: idParams,
          body: updateAnnouncementBody,
          response: { 200: announcementSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateAnnouncement(ctx, { id: request.params.id, changes: request.body });
        return announcementView(ctx, request.params.id);
      },
    );

    for (const action of ['read', 'acknowledge'] as const) {
      app.post(
        `/announcements/:id/${action}`,
        {
          schema: {
            tags,
            summary:
              action === 'read'
                ? 'I read it (a read receipt)'
                : 'Gelezen en begrepen: I read and understood it',
            params: idParams,
            response: { 200: announcementSchema, ...problems },
          },
        },
        async (request) => {
          const ctx = ctxOf(request);
          await markAnnouncement(ctx, { id: request.params.id, acknowledge: action === 'acknowledge' });
          return announcementView(ctx, request.params.id);
        },
      );
    }

    app.get(
      '/announcements/:id/reach',
      {
        schema: {
          tags,
          summary: 'Read receipts: audience, read and acknowledged, per unit',
          params: idParams,
          response: { 200: reachSchema, ...problems },
        },
      },
      async (request) => announcementReach(ctxOf(request), request.params.id),
    );
  };
