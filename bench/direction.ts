import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';

/**
 * 500 announcements for the bench organisation: for everyone, for a unit or for a role, in Dutch and
 * English, over the last four months; a third echo on a rhythm, some pinned or waiting for
 * acknowledgement; read receipts for about 3 % of every audience, and the admin has read half.
 */
export async function seedAnnouncements(db: Db, organisationId: string, adminEmail: string, count = 500) {
  const started = performance.now();
  const tenant = forOrganisation(db, organisationId);
  const units = await tenant.selectFrom('org_units').select('id').orderBy('code').execute();
  const roles = ['manager', 'works_council', 'hr_admin', 'ambassador'];
  const rows = Array.from({ length: count }, (_, i) => {
    const kind = i % 5 < 2 ? 'everyone' : i % 5 < 4 ? 'units' : 'roles';
    return {
      audience_kind: kind as 'everyone' | 'units' | 'roles',
      audience_unit_ids: kind === 'units' ? [units[(i * 7) % units.length]!.id] : [],
      audience_roles: kind === 'roles' ? [roles[i % roles.length]!] : [],
      publish_at: new Date(Date.now() - ((i * 5) % 120) * 86_400_000 - 3_600_000),
      notified_at: new Date(),
      is_pinned: i % 100 === 0,
      requires_acknowledgement: i % 10 === 3,
      echo_every_days: i % 3 === 0 ? 7 : null,
      echo_until: i % 3 === 0 ? new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) : null,
    };
  });
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 100) {
    const created = await tenant
      .insertInto('announcements', rows.slice(start, start + 100))
      .returning('id')
      .execute();
    ids.push(...created.map((row) => row.id));
  }
  await tenant
    .insertInto(
      'announcement_translations',
      ids.flatMap((id, i) => [
        {
          announcement_id: id,
          locale: 'nl' as const,
          title: `Bericht ${i + 1}`,
          body_html: `<p>Nieuws voor jullie, nummer ${i + 1}.</p>`,
        },
        {
          announcement_id: id,
          locale: 'en' as const,
          title: `Announcement ${i + 1}`,
          body_html: `<p>News for you, number ${i + 1}.</p>`,
        },
      ]),
    )
    .execute();
  await sql`
    INSERT INTO announcement_receipts (organisation_id, announcement_id, person_id, read_at)
    SELECT a.organisation_id, a.id, p.id, a.publish_at + interval '1 day'
      FROM announcements a JOIN people p ON p.organisation_id = a.organisation_id
     WHERE a.organisation_id = ${organisationId} AND hashtext(a.id::text || p.id::text) % 33 = 0
    ON CONFLICT DO NOTHING`.execute(db);
  const admin = await tenant
    .selectFrom('people')
    .select('id')
    .where('email', '=', adminEmail)
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO announcement_receipts (organisation_id, announcement_id, person_id, read_at)
    SELECT organisation_id, id, ${admin.id}, publish_at + interval '1 day' FROM announcements
     WHERE organisation_id = ${organisationId} AND hashtext(id::text) % 2 = 0
    ON CONFLICT DO NOTHING`.execute(db);
  return { announcements: ids.length, seconds: (performance.now() - started) / 1000 };
}
