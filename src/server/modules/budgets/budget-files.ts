import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Quotes and proof for budget requests live on local disk under DATA_DIR/budget-files/<organisation>/.
// Deliberately minimal: when the catalogue's general file storage lands, repoint these two functions.

export async function storeBudgetFile(
  dataDir: string,
  organisationId: string,
  content: Buffer,
): Promise<string> {
  const key = `${organisationId}/${randomUUID()}`;
  const folder = join(dataDir, 'budget-files', organisationId);
  await mkdir(folder, { recursive: true });
  await writeFile(join(dataDir, 'budget-files', key), content);
  return key;
}

export async function readBudgetFile(dataDir: string, storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error('bad storage key');
  return readFile(join(dataDir, 'budget-files', storageKey));
}

export const allowedBudgetFileTypes = new Set(['application/pdf', 'image/png', 'image/jpeg']);
