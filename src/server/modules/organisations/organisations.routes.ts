import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isTimeZone } from '../../core/calendar.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { locale, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { diff, recordEvent } from '../audit/index.ts';
import { forgetOrganisationTimeZone } from './organisation-time-zone.ts';

const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    defaultLocale: locale,
    timeZone: z.string().describe('IANA time zone whose calendar "today" and due dates follow'),
    isDemo: z.boolean(),
    settings: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Organisation' });

const updateOrganisationBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    defaultLocale: locale,
    timeZone: z
      .string()
      .refine(isTimeZone, 'is not a time zone; use an IANA name such as Europe/Amsterdam')
      .describe('IANA time zone, e.g. Europe/Amsterdam'),
    settings: z.record(z.string(), z.unknown()),
  })
  .partial();

export const organisationRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const load = async (id: string) => {
      const row = await deps.db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        name: row.name,
        slug: row.slug,
        defaultLocale: row.default_locale,
        timeZone: row.time_zone,
        isDemo: row.is_demo,
        settings: row.settings,
      };
    };

    app.get(
      '/organisation',
      {
        schema: {
          tags: ['organisation'],
          summary: 'My organisation',
          response: { 200: organisationSchema, ...problems },
        },
      },
      async (request) => load(authOf(request).organisationId),
    );

    app.patch(
      '/organisation',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Change name, default language, time zone or settings (owner)',
          body: updateOrganisationBody,
          response: { 200: organisationSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'organisation.manage');
        const before = await load(auth.organisationId);
        const changes = Object.fromEntries(
          Object.entries({
            name: request.body.name,
            default_locale: request.body.defaultLocale,
            time_zone: request.body.timeZone,
            settings: request.body.settings,
          }).filter(([, value]) => value !== undefined),
        );
        await deps.db.transaction().execute(async (trx) => {
          if (Object.keys(changes).length) {
            await trx
              .updateTable('organisations')
              .set({ ...changes, updated_at: new Date() })
              .where('id', '=', auth.organisationId)
              .execute();
          }
          await recordEvent(forOrganisation(trx, auth.organisationId), auth, {
            action: 'organisation.updated',
            subjectType: 'organisation',
            subjectId: auth.organisationId,
            changes: diff(before, request.body),
          });
        });
        if (request.body.timeZone) forgetOrganisationTimeZone(auth.organisationId);
        return load(auth.organisationId);
      },
    );
  };
