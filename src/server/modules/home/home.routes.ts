import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../core/calendar.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { problems } from '../../http/common.schemas.ts';
import { authOf, can, personIdOf } from '../access/index.ts';
import { organisationToday } from '../organisations/index.ts';
import { findPerson, listPeople, personSchema, presentPerson } from '../people/index.ts';

const homeSchema = z
  .object({
    me: personSchema,
    team: z
      .object({
        reports: z.array(personSchema),
        newStarters: z.number().int().describe('Reports who started in the last 30 days or start soon'),
      })
      .nullable()
      .describe('Only for managers'),
    organisation: z
      .object({
        headcount: z.number().int(),
        units: z.number().int(),
        leaving: z.number().int(),
        withoutAccount: z.number().int().describe('Current people who cannot sign in yet'),
        invitationsOpen: z.number().int(),
        lastImportAt: z.iso.datetime().nullable(),
      })
      .nullable()
      .describe('Only for HR and L&D admins and owners'),
  })
  .meta({ id: 'Home' });

/** What the home page needs for the signed-in person, in one request, shaped by their roles. */
export const homeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        schema: {
          tags: ['home'],
          summary: 'My home page: me, my team, my organisation',
          response: { 200: homeSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const personId = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const meRow = await findPerson(tenant, personId);
        if (!meRow) throw new Error('signed-in person vanished');
        const me = presentPerson(meRow, { withHrFields: true });

        let team = null;
        if (me.isManager) {
          const { rows } = await listPeople(tenant, {
            managerId: personId,
            status: 'current',
            sort: 'name',
            page: 1,
            pageSize: 100,
            includeSubunits: false,
          });
          const today = await organisationToday(tenant, auth.organisationId);
          const [ago, soon] = [addDays(today, -30), addDays(today, 30)];
          team = {
            reports: rows.map((row) => presentPerson(row, { withHrFields: true })),
            newStarters: rows.filter((r) => r.start_date && r.start_date >= ago && r.start_date <= soon)
              .length,
          };
        }

        let organisation = null;
        if (can(auth, 'people.read_hr')) {
          const counts = await tenant
            .selectFrom('people')
            .select([
              sql<number>`count(*) FILTER (WHERE status <> 'left')`.as('headcount'),
              sql<number>`count(*) FILTER (WHERE status = 'leaving')`.as('leaving'),
              sql<number>`count(*) FILTER (WHERE status <> 'left' AND password_hash IS NULL)`.as(
                'without_account',
              ),
            ])
            .executeTakeFirstOrThrow();
          const [units, invitations, lastImport] = await Promise.all([
            tenant
              .selectFrom('org_units')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow(),
            tenant
              .selectFrom('auth_links')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('purpose', '=', 'invitation')
              .where('used_at', 'is', null)
              .where('expires_at', '>', new Date())
              .executeTakeFirstOrThrow(),
            tenant
              .selectFrom('events')
              .select('created_at')
              .where('action', '=', 'import.people.applied')
              .orderBy('id', 'desc')
              .limit(1)
              .executeTakeFirst(),
          ]);
          organisation = {
            headcount: Number(counts.headcount),
            units: Number(units.n),
            leaving: Number(counts.leaving),
            withoutAccount: Number(counts.without_account),
            invitationsOpen: Number(invitations.n),
            lastImportAt: lastImport ? lastImport.created_at.toISOString() : null,
          };
        }
        return { me, team, organisation };
      },
    );
  };
