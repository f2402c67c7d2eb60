import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, assertCan } from '../access/index.ts';
import { publishPeopleChanged } from '../people/index.ts';
import { columnHints, unmappedColumns } from './imports.column-hints.ts';
import { afterImportCredentials, emailChangeProblems } from './imports.credentials.ts';
import { peopleCsv, peopleXlsx } from './imports.export.ts';
import './imports.events.ts';
import { type ColumnMapping, suggestMapping } from './imports.fields.ts';
import type { Sheet } from './imports.parser.ts';
import { type ImportPlan, planImport } from './imports.plan.ts';
import { type ImportProblem, importRejected } from './imports.problems.ts';
import {
  applyPlan,
  deleteAbandonedUploads,
  findMapping,
  findUpload,
  insertUpload,
  loadPeople,
  loadUnits,
  markUploadImported,
  peopleForExport,
  saveMapping,
} from './imports.repository.ts';
import { checkMapping, readRows } from './imports.rows.ts';
import { scimManagedProblems, withoutScimLeavers } from './imports.scim.ts';
import { readSheet, type SheetReading } from './imports.sheet-reader.ts';

/** Enough to fix a file by; a file with more problems is probably mapped wrong. */
const maxProblemsListed = 1000;

export async function uploadPeopleFile(
  ctx: Ctx,
  options: { fileName: string; content: Buffer; reading: SheetReading },
) {
  const { auth } = ctx;
  const { fileName, content } = options;
  assertCan(auth, 'people.manage');
  const sheet = await readSheet(content, fileName, options.reading);
  const remembered = await findMapping(ctx.db);
  const upload = await runChange(ctx, async (tx) => {
    await deleteAbandonedUploads(tx.db);
    const row = await insertUpload(tx.db, {
      fileName,
      content,
      createdBy: auth.kind === 'person' ? auth.personId : auth.tokenId,
    });
    tx.record({
      action: 'import.people.uploaded',
      subjectId: row.id,
      changes: { fileName, rows: sheet.rows.length },
    });
    return row;
  });
  const suggestedMapping = suggestMapping(sheet.headers, remembered);
  return {
    uploadId: upload.id,
    fileName,
    kind: sheet.kind,
    encoding: sheet.encoding,
    separator: sheet.separator,
    headers: sheet.headers,
    sampleRows: sheet.rows.slice(0, 5),
    rowCount: sheet.rows.length,
    suggestedMapping,
    isMappingRemembered: remembered !== null,
    columnHints: columnHints(sheet, suggestedMapping),
  };
}

type CheckOptions = {
  uploadId: string;
  mapping: ColumnMapping;
  deactivateMissing: boolean;
  reading: SheetReading;
};

/** The upload, read; outside any transaction, so no database connection waits while the file is read. */
async function readUpload(tenant: TenantDb, uploadId: string, reading: SheetReading) {
  const upload = await findUpload(tenant, uploadId);
  if (!upload) throw notFound('Upload');
  if (upload.imported_at) throw new AppError('conflict', `${upload.file_name} has already been imported.`);
  return readSheet(upload.content, upload.file_name, reading);
}

/** Reads the upload through the mapping and plans the import against the organisation as it is now. */
async function check(
  tenant: TenantDb,
  sheet: Sheet,
  options: CheckOptions & { auth: Auth; today: string; forUpdate?: boolean },
) {
  const upload = await findUpload(tenant, options.uploadId, { forUpdate: options.forUpdate });
  if (!upload) throw notFound('Upload');
  if (upload.imported_at) throw new AppError('conflict', `${upload.file_name} has already been imported.`);
  const mappingProblems = checkMapping(sheet.headers, options.mapping);
  if (mappingProblems.length) return { fileName: upload.file_name, problems: mappingProblems, plan: null };
  const { rows, problems: rowProblems } = readRows(sheet, options.mapping);
  const [people, units] = await Promise.all([loadPeople(tenant), loadUnits(tenant)]);
  const { problems, plan: planned } = planImport({
    rows,
    mapping: options.mapping,
    people,
    units,
    deactivateMissing: options.deactivateMissing,
    actorPersonId: options.auth.kind === 'person' ? options.auth.personId : null,
    today: options.today,
  });
  const scim = await scimManagedProblems(tenant, { plan: planned, people, rows, mapping: options.mapping });
  const plan = withoutScimLeavers(planned, scim.managed, people);
  const credentialProblems = await emailChangeProblems(tenant, options.auth, {
    plan,
    people,
    rows,
    mapping: options.mapping,
  });
  const all = [...rowProblems, ...problems, ...scim.problems, ...credentialProblems].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  return { fileName: upload.file_name, problems: all, plan, people };
}

const summaryOf = (plan: ImportPlan | null) => ({
  create: plan?.peopleToCreate.length ?? 0,
  update: plan?.peopleToUpdate.length ?? 0,
  unchanged: plan?.unchanged ?? 0,
  deactivate: plan?.peopleToDeactivate.length ?? 0,
  unitsCreated: plan?.unitsToCreate.length ?? 0,
  unitsUpdated: plan?.unitsToUpdate.length ?? 0,
});

const listed = (problems: ImportProblem[]) => problems.slice(0, maxProblemsListed);

export async function previewPeopleImport(ctx: Ctx, options: CheckOptions) {
  assertCan(ctx.auth, 'people.manage');
  const sheet = await readUpload(ctx.db, options.uploadId, options.reading);
  const { problems, plan } = await check(ctx.db, sheet, { ...options, auth: ctx.auth, today: ctx.today() });
  return {
    ok: problems.length === 0,
    errors: listed(problems),
    errorCount: problems.length,
    summary: summaryOf(plan),
    changes: problems.length === 0 && plan ? plan.samples : [],
    unmappedColumns: unmappedColumns(sheet, options.mapping),
  };
}

/** Checks again and writes everything in one change, or nothing at all. */
export async function applyPeopleImport(ctx: Ctx, options: CheckOptions) {
  assertCan(ctx.auth, 'people.manage');
  const sheet = await readUpload(ctx.db, options.uploadId, options.reading);
  return runChange(ctx, async (tx) => {
    const { fileName, problems, plan, people } = await check(tx.db, sheet, {
      ...options,
      auth: tx.auth,
      today: tx.today(),
      forUpdate: true,
    });
    if (problems.length || !plan) throw importRejected(fileName, listed(problems));
    try {
      await applyPlan(tx.db, plan);
    } catch (error) {
      // Someone changed people while we imported (a unique e-mail taken in between, say).
      if ((error as { code?: string }).code === '23505')
        throw new AppError('conflict', `${fileName}: people changed during the import; check it again.`);
      throw error;
    }
    await afterImportCredentials(tx.db, tx.auth, { plan, people: people ?? [] });
    await saveMapping(tx.db, options.mapping, tx.now());
    await markUploadImported(tx.db, options.uploadId, tx.now());
    const summary = summaryOf(plan);
    tx.record({
      action: 'import.people.applied',
      subjectId: options.uploadId,
      changes: { fileName, deactivateMissing: options.deactivateMissing, ...summary },
    });
    // Audience rules and the like follow who arrived or changed, and their managers.
    const touched = [...plan.peopleToCreate, ...plan.peopleToUpdate];
    publishPeopleChanged(tx, [...touched.map((p) => p.id), ...touched.map((p) => p.manager_id)]);
    return summary;
  });
}

export async function exportPeople(
  ctx: Ctx,
  options: { format: 'csv' | 'xlsx'; includeLeft: boolean; language?: Locale },
) {
  assertCan(ctx.auth, 'people.manage');
  const language = options.language ?? ctx.locale;
  const rows = await peopleForExport(ctx.db, { includeLeft: options.includeLeft });
  const stem = `${language === 'nl' ? 'medewerkers' : 'people'}-${ctx.today()}`;
  if (options.format === 'xlsx')
    return {
      fileName: `${stem}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await peopleXlsx(rows, language),
    };
  return {
    fileName: `${stem}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: peopleCsv(rows, language),
  };
}
