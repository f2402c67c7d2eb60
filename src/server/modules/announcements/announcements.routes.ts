import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf, can, personIdOf } from '../access/index.ts';
import { isInAudience, readerLocale, unitLineOf } from '../direction/index.ts';
import {
  type AnnouncementRow,
  findAnnouncement,
  pickTranslation,
  type TranslationRow,
  translationsOf,
} from './announcements.repository.ts';
import {
  announcementSchema,
  createAnnouncementBody,
  feedItemSchema,
  reachSchema,
  updateAnnouncementBody,
} from './announcements.schemas.ts';
import {
  createAnnouncement,
  homeFeed,
  markRead,
  reachOf,
  updateAnnouncement,
} from './announcements.service.ts';

const tags = ['announcements'];

function statusOf(row: AnnouncementRow, now = new Date()) {
  if (!row.publish_at) return 'draft' as const;
  return row.publish_at > now ? ('scheduled' as const) : ('published' as const);
}

function present(
  row: AnnouncementRow,
  translations: TranslationRow[],
  language: { locale: Locale; fallback: Locale },
  receipt: { read_at: Date | null; acknowledged_at: Date | null } | undefined,
  withTranslations: boolean,
) {
  const text = pickTranslation(translations, row.id, language.locale, language.fallback);
  return {
    id: row.id,
    locale: text?.locale ?? language.fallback,
    title: text?.title ?? '',
    bodyHtml: text?.body_html ?? '',
    status: statusOf(row),
    publishAt: row.publish_at?.toISOString() ?? null,
    audienceKind: row.audience_kind,
    audienceUnitIds: row.audience_unit_ids,
    audienceRoles: row.audience_roles,
    requiresAcknowledgement: row.requires_acknowledgement,
    isPinned: row.is_pinned,
    echoEveryDays: row.echo_every_days,
    echoUntil: row.echo_until,
    readAt: receipt?.read_at?.toISOString() ?? null,
    acknowledgedAt: receipt?.acknowledged_at?.toISOString() ?? null,
    ...(withTranslations
      ? {
          translations: translations
            .filter((t) => t.announcement_id === row.id)
            .map((t) => ({ locale: t.locale, title: t.title, bodyHtml: t.body_html })),
        }
      : {}),
  };
}

export const announcementRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (auth: Auth) => forOrganisation(deps.db, auth.organisationId);

    /** Readers see a published announcement of their audience; managers of announcements see all. */
    async function loadFor(auth: Auth, tenant: TenantDb, id: string) {
      const row = await findAnnouncement(tenant, id);
      if (!row) throw notFound('Announcement');
      let isForMe = false;
      if (auth.kind === 'person' && statusOf(row) === 'published') {
        const unitLine = await unitLineOf(tenant, auth.personId);
        isForMe = isInAudience(
          { kind: row.audience_kind, unitIds: row.audience_unit_ids, roles: row.audience_roles },
          { unitLine, roles: auth.roles },
        );
      }
      if (!isForMe && !can(auth, 'announcements.manage')) throw notFound('Announcement');
      return { row, isForMe };
    }

    async function one(auth: Auth, id: string) {
      const tenant = tenantOf(auth);
      const { row, isForMe } = await loadFor(auth, tenant, id);
      const [translations, language, receipt] = await Promise.all([
        translationsOf(tenant, [row.id]),
        readerLocale(deps.db, auth),
        auth.kind === 'person'
          ? tenant
              .selectFrom('announcement_receipts')
              .select(['read_at', 'acknowledged_at'])
              .where('announcement_id', '=', row.id)
              .where('person_id', '=', auth.personId)
              .executeTakeFirst()
          : undefined,
      ]);
      return { ...present(row, translations, language, receipt, can(auth, 'announcements.manage')), isForMe };
    }

    app.get(
      '/announcements',
      {
        schema: {
          tags,
          summary: 'All announcements, drafts and scheduled ones included (for those who manage them)',
          response: { 200: z.array(announcementSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'announcements.manage');
        const tenant = tenantOf(auth);
        const rows = await tenant
          .selectFrom('announcements')
          .selectAll()
          .orderBy('created_at', 'desc')
          .limit(200)
          .execute();
        const [translations, language] = await Promise.all([
          translationsOf(
            tenant,
            rows.map((r) => r.id),
          ),
          readerLocale(deps.db, auth),
        ]);
        return rows.map((row) => ({
          ...present(row, translations, language, undefined, true),
          isForMe: false,
        }));
      },
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const personId = personIdOf(auth);
        if (auth.kind !== 'person') return []; // personIdOf refused tokens already
        const items = await homeFeed({
          tenant: tenantOf(auth),
          personId,
          roles: [...auth.roles],
          locale: auth.locale,
        });
        return items.map(({ row, reason }) => {
          // The feed query picked the reader's translation already.
          const text: TranslationRow[] = row.locale
            ? [
                {
                  organisation_id: row.organisation_id,
                  announcement_id: row.id,
                  locale: row.locale,
                  title: row.title ?? '',
                  body_html: row.body_html ?? '',
                },
              ]
            : [];
          const language = { locale: row.locale ?? auth.locale, fallback: auth.locale };
          const { translations: _, ...item } = present(row, text, language, row, false);
          return { ...item, reason };
        });
      },
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        return one(auth, request.params.id);
      },
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
        const auth = authOf(request);
        assertCan(auth, 'announcements.manage');
        const id = await createAnnouncement({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await one(auth, id));
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
        const auth = authOf(request);
        assertCan(auth, 'announcements.manage');
        await updateAnnouncement({ db: deps.db, auth, id: request.params.id, changes: request.body });
        return one(auth, request.params.id);
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
          const auth = authOf(request);
          assertCan(auth, 'direction.read');
          const tenant = tenantOf(auth);
          // Receipts are for the audience only: an author reading along does not count.
          const { row, isForMe } = await loadFor(auth, tenant, request.params.id);
          if (!isForMe) throw notFound('Announcement');
          await markRead(tenant, row.id, personIdOf(auth), action === 'acknowledge');
          return one(auth, row.id);
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'announcements.manage');
        const tenant = tenantOf(auth);
        const row = await findAnnouncement(tenant, request.params.id);
        if (!row) throw notFound('Announcement');
        return reachOf(tenant, row);
      },
    );
  };
