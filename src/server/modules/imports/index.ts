export { type ColumnMapping, type ImportField, importFields, suggestMapping } from './imports.fields.ts';
export { applyPeopleImport, exportPeople, previewPeopleImport, uploadPeopleFile } from './imports.service.ts';
