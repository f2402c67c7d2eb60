import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import { writeUnits } from '../org-units/index.ts';
import { writePeople } from '../people/index.ts';
import type { ColumnMapping } from './imports.fields.ts';
import type { ImportPlan } from './imports.plan.ts';
import type { ExistingPerson, ExistingUnit } from './imports.types.ts';

// SQL only. People and units are written by their own modules, set-based (one statement per kind of
// change), so 10,000 rows cost a handful of round trips, not 10,000.

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
export async function markUploadImported(tenant: TenantDb, uploadId: string, at: Date) {
  await tenant
    .updateTable('import_uploads')
    .set({ imported_at: at, content: Buffer.alloc(0) })
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

export async function saveMapping(tenant: TenantDb, mapping: ColumnMapping, at: Date) {
  const stored = Object.fromEntries(Object.entries(mapping).filter(([, header]) => header !== undefined));
  await tenant
    .insertInto('import_mappings', { kind: mappingKind, mapping: stored as Record<string, string> })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'kind'])
        .doUpdateSet({ mapping: stored as Record<string, string>, updated_at: at }),
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

/** Writes a checked plan: units first (people refer to them), then people. Call inside the change. */
export async function applyPlan(tenant: TenantDb, plan: ImportPlan) {
  await writeUnits(tenant, { create: plan.unitsToCreate, update: plan.unitsToUpdate });
  await writePeople(tenant, {
    create: plan.peopleToCreate,
    update: plan.peopleToUpdate,
    leave: plan.peopleToDeactivate,
  });
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
