import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of programmes, on the organisation-scoped database.

export type Speaker = {
  name: string;
  kind: 'internal' | 'external';
  personId: string | null;
  affiliation: string | null;
};

const programmeColumns = [
  'programmes.id',
  'programmes.title',
  'programmes.summary',
  sql<string>`programmes.starts_on::text`.as('starts_on'),
  sql<string>`programmes.ends_on::text`.as('ends_on'),
  'programmes.status',
  'programmes.recap_note',
  sql<number>`(SELECT count(*)::int FROM programme_sessions s WHERE s.organisation_id = programmes.organisation_id
    AND s.programme_id = programmes.id)`.as('session_count'),
] as const;

export type ProgrammeRow = Awaited<ReturnType<typeof findProgramme>> & {};

export const findProgramme = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('programmes').select(programmeColumns).where('id', '=', id).executeTakeFirst();

export const listProgrammes = (tenant: TenantDb, includeDrafts: boolean) => {
  let query = tenant.selectFrom('programmes').select(programmeColumns);
  if (!includeDrafts) query = query.where('status', '=', 'published');
  return query.orderBy('programmes.starts_on', 'desc').limit(100).execute();
};

export const insertProgramme = (
  tenant: TenantDb,
  row: { title: string; summary: string; starts_on: string; ends_on: string; created_by: string | null },
) => tenant.insertInto('programmes', row).returning('id').executeTakeFirstOrThrow();

export const updateProgramme = (
  tenant: TenantDb,
  id: string,
  row: Partial<{
    title: string;
    summary: string;
    starts_on: string;
    ends_on: string;
    status: 'draft' | 'published';
    recap_note: string;
  }>,
  at: Date,
) =>
  tenant
    .updateTable('programmes')
    .set({ ...row, updated_at: at })
    .where('id', '=', id)
    .execute();

export const tracksOf = (tenant: TenantDb, programmeId: string) =>
  tenant
    .selectFrom('programme_tracks')
    .select(['id', 'name', 'position'])
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .orderBy('name')
    .execute();

export const insertTrack = (
  tenant: TenantDb,
  row: { programme_id: string; name: string; position: number },
) =>
  tenant
    .insertInto('programme_tracks', row)
    .onConflict((oc) => oc.columns(['organisation_id', 'programme_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();

export const sessionsOf = (tenant: TenantDb, programmeId: string) =>
  tenant
    .selectFrom('programme_sessions')
    .select([
      'id',
      'track_id',
      'event_session_id',
      'format',
      'summary',
      sql<Speaker[]>`speakers`.as('speakers'),
    ])
    .where('programme_id', '=', programmeId)
    .execute();

export const findProgrammeSession = (tenant: TenantDb, programmeId: string, id: string) =>
  tenant
    .selectFrom('programme_sessions')
    .select(['id', 'event_session_id'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertProgrammeSession = (
  tenant: TenantDb,
  row: {
    programme_id: string;
    track_id: string;
    event_session_id: string;
    format: 'talk' | 'panel' | 'workshop';
    summary: string;
    speakers: Speaker[];
  },
) =>
  tenant
    .insertInto('programme_sessions', { ...row, speakers: JSON.stringify(row.speakers) })
    .returning('id')
    .executeTakeFirstOrThrow();

export const materialsOf = (tenant: TenantDb, programmeId: string) =>
  tenant
    .selectFrom('programme_materials')
    .select(['id', 'programme_session_id', 'kind', 'title', 'url', 'file_id'])
    .where('programme_id', '=', programmeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const insertMaterial = (
  tenant: TenantDb,
  row: {
    programme_id: string;
    programme_session_id: string | null;
    kind: 'recording' | 'material';
    title: string;
    url: string | null;
    file_id: string | null;
  },
) => tenant.insertInto('programme_materials', row).returning('id').executeTakeFirstOrThrow();

export const deleteMaterial = (tenant: TenantDb, programmeId: string, id: string) =>
  tenant
    .deleteFrom('programme_materials')
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const personExists = async (tenant: TenantDb, id: string) =>
  Boolean(await tenant.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst());
