import { defaultUploadLimits, type UploadLimits } from '../../uploads/upload-limits.ts';
import { runBoundedWorker } from '../files/index.ts';
import type { ParseOptions, Sheet } from './imports.parser.ts';

// Uploaded import files (people, budgets) are read in a worker with a heap limit and a deadline, so a
// file that is too much for it ends the worker with a 422, never the server.

export type SheetReading = {
  limits: UploadLimits;
  /** Where a file that crashes the reader is logged (the request's logger). */
  log: { error: (details: object, message: string) => void };
};

const workerEntry = new URL('./sheet.worker.ts', import.meta.url);

export function sheetReading(limits: UploadLimits | undefined, log: SheetReading['log']): SheetReading {
  return { limits: limits ?? defaultUploadLimits, log };
}

export function readSheet(
  content: Uint8Array,
  fileName: string,
  reading: SheetReading,
  shape: { hasHeaderLine: boolean } = { hasHeaderLine: true },
): Promise<Sheet> {
  const options: ParseOptions = { zip: reading.limits.zip, sheet: reading.limits.sheet, ...shape };
  return runBoundedWorker<Sheet>(
    workerEntry,
    { fileName, content, options },
    { ...reading.limits.parse, log: reading.log },
  );
}
