import { api, type Schemas, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';

export type ImportUpload = Schemas['ImportUpload'];
export type ColumnMapping = Schemas['ImportColumnMapping'];
export type ImportField = keyof ColumnMapping;
export type ImportPreview = Schemas['ImportPreview'];
export type ImportSummary = Schemas['ImportSummary'];
export type ImportProblem = Schemas['ImportProblem'];
export type ColumnHint = Schemas['ImportColumnHint'];

/** The file's columns this mapping does not use, with what each looks like (from the upload). */
export function unmappedColumnsOf(upload: ImportUpload, mapping: ColumnMapping): ColumnHint[] {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  return upload.columnHints.filter((hint) => !mapped.has(hint.column));
}

/** The fields in the order the mapping step shows them, grouped as HR people think of them. */
export const fieldGroups: { key: 'person' | 'unit' | 'manager'; fields: ImportField[] }[] = [
  {
    key: 'person',
    fields: [
      'employeeNumber',
      'email',
      'givenName',
      'familyNamePrefix',
      'familyName',
      'fullName',
      'jobTitle',
      'startDate',
      'endDate',
      'locale',
    ],
  },
  { key: 'unit', fields: ['unitCode', 'unitName', 'parentUnitCode'] },
  { key: 'manager', fields: ['managerEmployeeNumber', 'managerEmail'] },
];

export function uploadPeopleFile(file: File): Promise<ImportUpload> {
  const form = new FormData();
  form.append('file', file);
  // openapi-fetch sends FormData as it is (the browser adds the multipart boundary) and the CSRF header.
  return unwrap(api.POST('/api/v1/imports/people/uploads', { body: form as unknown as { file: string } }));
}

type Check = { uploadId: string; mapping: ColumnMapping; deactivateMissing: boolean };

export const previewImport = ({ uploadId, ...body }: Check) =>
  unwrap(
    api.POST('/api/v1/imports/people/uploads/{id}/preview', { params: { path: { id: uploadId } }, body }),
  );

export const applyImport = ({ uploadId, ...body }: Check) =>
  unwrap(api.POST('/api/v1/imports/people/uploads/{id}/apply', { params: { path: { id: uploadId } }, body }));

/** The problems of a rejected file (400 import_rejected), which name line and column. */
export function problemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error) || error.code !== 'import_rejected') return [];
  return error.fieldErrors as unknown as ImportProblem[];
}

export const exportUrl = (format: 'csv' | 'xlsx', options: { includeLeft: boolean; language: string }) =>
  `/api/v1/exports/people?${new URLSearchParams({
    format,
    status: options.includeLeft ? 'all' : 'current',
    language: options.language === 'en' ? 'en' : 'nl',
  })}`;
