export { type ColumnMapping, type ImportField, importFields, suggestMapping } from './imports.fields.ts';
export type { Sheet } from './imports.parser.ts';
export { type ImportProblem, importRejected } from './imports.problems.ts';
export { importProblemResponse, importProblemSchema, uploadBody } from './imports.schemas.ts';
export { applyPeopleImport, exportPeople, previewPeopleImport, uploadPeopleFile } from './imports.service.ts';
export { readSheet, type SheetReading, sheetReading } from './imports.sheet-reader.ts';
