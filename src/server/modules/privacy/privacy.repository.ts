import { sql } from 'kysely';
import type { PersonalDataKind } from '../../core/personal-data.ts';
import type { TenantDb } from '../../db/tenant.ts';

export const savedRetention = async (tenant: TenantDb) =>
  (await tenant.selectFrom('privacy_settings').select('retention_months').executeTakeFirst())
    ?.retention_months;

export async function saveRetention(tenant: TenantDb, months: Record<string, number>) {
  await tenant
    .insertInto('privacy_settings', { retention_months: JSON.stringify(months) })
    .onConflict((conflict) =>
      conflict
        .column('organisation_id')
        .doUpdateSet({ retention_months: JSON.stringify(months), updated_at: sql`now()` }),
    )
    .execute();
}

export const personForErasure = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'status', 'end_date', 'given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .forUpdate()
    .executeTakeFirst();

export const erasuresOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('privacy_erasures')
    .select(['kind', 'erased_at', 'erased_by', 'rows_changed'])
    .where('person_id', '=', personId)
    .orderBy('erased_at')
    .execute();

export const recordErasure = (
  tenant: TenantDb,
  row: { personId: string; kind: PersonalDataKind; erasedBy: string | null; rowsChanged: number },
) =>
  tenant
    .insertInto('privacy_erasures', {
      person_id: row.personId,
      kind: row.kind,
      erased_by: row.erasedBy,
      rows_changed: row.rowsChanged,
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'person_id', 'kind']).doNothing())
    .execute();

/** People who left (with an end date) and still have kinds of data not erased. */
export const leaversWithData = (tenant: TenantDb) =>
  tenant
    .selectFrom('people')
    .select(['id', 'end_date'])
    .where('status', '=', 'left')
    .where('end_date', 'is not', null)
    .where(
      (eb) =>
        eb
          .selectFrom('privacy_erasures')
          .select(eb.fn.countAll<number>().as('count'))
          .whereRef('privacy_erasures.person_id', '=', 'people.id')
          .whereRef('privacy_erasures.organisation_id', '=', 'people.organisation_id'),
      '<',
      7,
    )
    .execute();

/** Leavers for HR's erasure screen: who left, when, and which kinds are already erased. */
export const leavers = (tenant: TenantDb) =>
  tenant
    .selectFrom('people')
    .select([
      'id',
      'given_name',
      'family_name_prefix',
      'family_name',
      'end_date',
      (eb) =>
        eb
          .selectFrom('privacy_erasures')
          .select(sql<string[]>`coalesce(array_agg(kind ORDER BY kind), '{}')`.as('kinds'))
          .whereRef('privacy_erasures.person_id', '=', 'people.id')
          .whereRef('privacy_erasures.organisation_id', '=', 'people.organisation_id')
          .as('erased_kinds'),
    ])
    .where('status', '=', 'left')
    .orderBy('end_date', 'desc')
    .limit(500)
    .execute();

// ---- organisation exports

export const insertOrganisationExport = async (tenant: TenantDb, requestedBy: string) =>
  (
    await tenant
      .insertInto('privacy_organisation_exports', { requested_by: requestedBy })
      .returning(['id'])
      .executeTakeFirstOrThrow()
  ).id;

export const organisationExports = (tenant: TenantDb) =>
  tenant
    .selectFrom('privacy_organisation_exports')
    .select(['id', 'state', 'requested_at', 'ready_at', 'size_bytes', 'storage_key'])
    .orderBy('requested_at', 'desc')
    .limit(20)
    .execute();

export const organisationExport = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('privacy_organisation_exports')
    .select(['id', 'state', 'storage_key', 'requested_at'])
    .where('id', '=', id)
    .executeTakeFirst();

export const finishOrganisationExport = (
  tenant: TenantDb,
  id: string,
  result: { state: 'ready' | 'failed'; storageKey?: string; sizeBytes?: number },
) =>
  tenant
    .updateTable('privacy_organisation_exports')
    .set({
      state: result.state,
      storage_key: result.storageKey ?? null,
      size_bytes: result.sizeBytes ?? null,
      ready_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();

export const everyoneIds = async (tenant: TenantDb) =>
  (await tenant.selectFrom('people').select('id').orderBy('id').execute()).map((row) => row.id);

export const pendingExports = (tenant: TenantDb) =>
  tenant.selectFrom('privacy_organisation_exports').select('id').where('state', '=', 'pending').execute();
