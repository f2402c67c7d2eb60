import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { ColumnMapping } from './imports.fields.ts';
import type { ImportPlan } from './imports.plan.ts';
import type { ExistingPerson, ExistingUnit } from './imports.types.ts';

// SQL only. The writes are set-based: each kind of change is one statement over arrays (unnest),
// so 10,000 rows cost a handful of round trips, not 10,000.

const mappingKind = 'people';

export function insertUpload(
  tenant: TenantDb,
  upload: { fileName: string; content: Buffer; createdBy: string },
) {
  return tenant
    .insertInto('import_uploads', {
      file_name: upload.fileName,
      content: upload.content,
      created_by: upload.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Uploads nobody imported within a week are dropped: they hold personal data for no purpose. */
export async function deleteAbandonedUploads(tenant: TenantDb) {
  await tenant
    .deleteFrom('import_uploads')
    .where('imported_at', 'is', null)
    .where('created_at', '<', sql<Date>`now() - interval '7 days'`)
    .execute();
}

export function findUpload(tenant: TenantDb, uploadId: string, options: { forUpdate?: boolean } = {}) {
  let query = tenant
    .selectFrom('import_uploads')
    .select(['id', 'file_name', 'content', 'imported_at'])
    .where('id', '=', uploadId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Marks the upload imported and drops the file: personal data is not kept longer than needed. */
export async function markUploadImported(tenant: TenantDb, uploadId: string) {
  await tenant
    .updateTable('import_uploads')
    .set({ imported_at: new Date(), content: Buffer.alloc(0) })
    .where('id', '=', uploadId)
    .execute();
}

export async function findMapping(tenant: TenantDb): Promise<ColumnMapping | null> {
  const row = await tenant
    .selectFrom('import_mappings')
    .select('mapping')
    .where('kind', '=', mappingKind)
    .executeTakeFirst();
  return (row?.mapping as ColumnMapping | undefined) ?? null;
}

export async function saveMapping(tenant: TenantDb, mapping: ColumnMapping) {
  const stored = Object.fromEntries(Object.entries(mapping).filter(([, header]) => header !== undefined));
  await tenant
    .insertInto('import_mappings', { kind: mappingKind, mapping: stored as Record<string, string> })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'kind'])
        .doUpdateSet({ mapping: stored as Record<string, string>, updated_at: new Date() }),
    )
    .execute();
}

export function loadPeople(tenant: TenantDb): Promise<ExistingPerson[]> {
  return tenant
    .selectFrom('people')
    .select([
      'id',
      'employee_number',
      'email',
      'given_name',
      'family_name_prefix',
      'family_name',
      'job_title',
      'org_unit_id',
      'manager_id',
      'start_date',
      'end_date',
      'locale',
      'status',
    ])
    .execute();
}

export function loadUnits(tenant: TenantDb): Promise<ExistingUnit[]> {
  return tenant.selectFrom('org_units').select(['id', 'code', 'name', 'parent_id']).execute();
}

const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);

/** Writes a checked plan. Call inside the import's transaction. */
export async function applyPlan(tenant: TenantDb, plan: ImportPlan) {
  const org = tenant.organisationId;
  const run = (query: ReturnType<typeof sql>) => query.execute(tenant.executor);
  const { unitsToCreate: newUnits, unitsToUpdate: changedUnits } = plan;
  if (newUnits.length)
    // Foreign keys are checked at the end of each statement, so parents and children go in together.
    await run(sql`
      INSERT INTO org_units (organisation_id, id, code, name, parent_id, kind)
      SELECT ${org}::uuid, v.* FROM unnest(
        ${column(newUnits, 'id')}::uuid[], ${column(newUnits, 'code')}::text[], ${column(newUnits, 'name')}::text[],
        ${column(newUnits, 'parent_id')}::uuid[], ${column(newUnits, 'kind')}::text[]
      ) AS v(id, code, name, parent_id, kind)`);
  if (changedUnits.length)
    await run(sql`
      UPDATE org_units u SET name = v.name, parent_id = v.parent_id, updated_at = now()
      FROM unnest(
        ${column(changedUnits, 'id')}::uuid[], ${column(changedUnits, 'name')}::text[],
        ${column(changedUnits, 'parent_id')}::uuid[]
      ) AS v(id, name, parent_id)
      WHERE u.organisation_id = ${org} AND u.id = v.id`);

  const people = (rows: ImportPlan['peopleToCreate']) => sql`unnest(
    ${column(rows, 'id')}::uuid[], ${column(rows, 'employee_number')}::text[], ${column(rows, 'email')}::text[],
    ${column(rows, 'given_name')}::text[], ${column(rows, 'family_name_prefix')}::text[],
    ${column(rows, 'family_name')}::text[], ${column(rows, 'job_title')}::text[],
    ${column(rows, 'org_unit_id')}::uuid[], ${column(rows, 'manager_id')}::uuid[],
    ${column(rows, 'start_date')}::date[], ${column(rows, 'end_date')}::date[],
    ${column(rows, 'locale')}::text[], ${column(rows, 'status')}::text[]
  ) AS v(id, employee_number, email, given_name, family_name_prefix, family_name, job_title,
         org_unit_id, manager_id, start_date, end_date, locale, status)`;
  if (plan.peopleToCreate.length)
    await run(sql`
      INSERT INTO people (organisation_id, id, employee_number, email, given_name, family_name_prefix,
        family_name, job_title, org_unit_id, manager_id, start_date, end_date, locale, status)
      SELECT ${org}::uuid, v.* FROM ${people(plan.peopleToCreate)}`);
  if (plan.peopleToUpdate.length)
    await run(sql`
      UPDATE people p SET employee_number = v.employee_number, email = v.email, given_name = v.given_name,
        family_name_prefix = v.family_name_prefix, family_name = v.family_name, job_title = v.job_title,
        org_unit_id = v.org_unit_id, manager_id = v.manager_id, start_date = v.start_date,
        end_date = v.end_date, locale = v.locale, status = v.status, updated_at = now()
      FROM ${people(plan.peopleToUpdate)}
      WHERE p.organisation_id = ${org} AND p.id = v.id`);
  const leaving = plan.peopleToDeactivate;
  if (leaving.length)
    await run(sql`
      UPDATE people p SET status = 'left', end_date = v.end_date, updated_at = now()
      FROM unnest(${column(leaving, 'id')}::uuid[], ${column(leaving, 'end_date')}::date[]) AS v(id, end_date)
      WHERE p.organisation_id = ${org} AND p.id = v.id`);
  // Whoever has left can no longer be signed in.
  const leftIds = [
    ...plan.peopleToUpdate.filter((person) => person.status === 'left').map((person) => person.id),
    ...column(leaving, 'id'),
  ];
  if (leftIds.length)
    await run(
      sql`DELETE FROM sessions WHERE organisation_id = ${org} AND person_id = ANY(${leftIds}::uuid[])`,
    );
}

/** Everyone (or everyone current) with what an import file holds: unit and parent codes, manager keys. */
export function peopleForExport(tenant: TenantDb, options: { includeLeft: boolean }) {
  let query = tenant
    .selectFrom('people')
    .leftJoin('org_units as unit', (join) =>
      join
        .onRef('unit.organisation_id', '=', 'people.organisation_id')
        .onRef('unit.id', '=', 'people.org_unit_id'),
    )
    .leftJoin('org_units as parent', (join) =>
      join
        .onRef('parent.organisation_id', '=', 'unit.organisation_id')
        .onRef('parent.id', '=', 'unit.parent_id'),
    )
    .leftJoin('people as manager', (join) =>
      join
        .onRef('manager.organisation_id', '=', 'people.organisation_id')
        .onRef('manager.id', '=', 'people.manager_id'),
    )
    .select([
      'people.employee_number',
      'people.email',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'people.job_title',
      'unit.code as unit_code',
      'unit.name as unit_name',
      'parent.code as parent_unit_code',
      'manager.employee_number as manager_employee_number',
      'manager.email as manager_email',
      'people.start_date',
      'people.end_date',
      'people.locale',
    ])
    .orderBy(sql`fold_text(people.family_name)`)
    .orderBy(sql`fold_text(people.given_name)`)
    .orderBy('people.id');
  if (!options.includeLeft) query = query.where('people.status', '<>', 'left');
  return query.execute();
}

export type ExportRow = Awaited<ReturnType<typeof peopleForExport>>[number];
