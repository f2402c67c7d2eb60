import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { locale, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { diff, recordEvent } from '../audit/index.ts';

const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    defaultLocale: locale,
    isDemo: z.boolean(),
    settings: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Organisation' });

const updateOrganisationBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    defaultLocale: locale,
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
          summary: 'Change name, default language or settings (owner)',
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
        return load(auth.organisationId);
      },
    );
  };
