import { writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { ModuleDeps } from '../../core/module.ts';
import { personalDataContributors } from '../../core/personal-data.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { storageFor } from '../files/index.ts';
import { organisationContextOf, organisationsByToday } from '../organisations/index.ts';
import { everyoneIds, finishOrganisationExport, pendingExports } from './privacy.repository.ts';
import { toCsv } from './privacy.zip.ts';

/**
 * The organisation's data for leaving Groeipad: every module's part for every person, one file per
 * table with a `personId` column (JSON and CSV), built by the job and kept in file storage.
 */
async function organisationZip(tenant: TenantDb): Promise<Buffer> {
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const personId of await everyoneIds(tenant))
    for (const contributor of personalDataContributors())
      for (const table of await contributor.export(tenant, personId)) {
        const key = `${contributor.module}/${table.name}`;
        tables.set(key, [...(tables.get(key) ?? []), ...table.rows.map((row) => ({ personId, ...row }))]);
      }
  const zip = new JSZip();
  zip.file(
    'README.txt',
    'Groeipad: export van de organisatie / organisation export.\nPer tabel een JSON- en een CSV-bestand; elke rij noemt de persoon (personId, zie people/profile).\nOne JSON and one CSV file per table; each row names its person (personId, see people/profile).\n',
  );
  for (const [key, rows] of tables) {
    zip.file(`${key}.json`, `${JSON.stringify(rows, null, 2)}\n`);
    zip.file(`${key}.csv`, toCsv(rows));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The job: builds every export that was asked for (pg-boss runs it on one instance at a time). */
export async function buildOrganisationExports(deps: ModuleDeps) {
  let built = 0;
  const storage = storageFor(deps.config);
  for (const organisationIds of (await organisationsByToday(deps.db)).values())
    for (const organisationId of organisationIds) {
      const ctx = await organisationContextOf(deps, organisationId);
      for (const { id } of await pendingExports(ctx.db)) {
        try {
          const zip = await organisationZip(ctx.db);
          const temporary = await storage.temporaryPath(`privacy-export-${id}`);
          await writeFile(temporary, zip);
          const storageKey = `privacy-exports/${id}`;
          await storage.adopt(temporary, storageKey);
          await finishOrganisationExport(ctx.db, id, { state: 'ready', storageKey, sizeBytes: zip.length });
          built += 1;
        } catch (error) {
          deps.log.error({ err: error, exportId: id }, 'organisation export failed');
          await finishOrganisationExport(ctx.db, id, { state: 'failed' });
        }
      }
    }
  return { built };
}
