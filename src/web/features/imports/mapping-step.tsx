import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import { useFormat } from '../../components/format.ts';
import {
  type ColumnMapping,
  fieldGroups,
  type ImportField,
  type ImportUpload,
  unmappedColumnsOf,
} from './imports-api.ts';
import { UnmappedColumns } from './unmapped-columns.tsx';

const requiredFields: ImportField[] = ['email', 'givenName', 'familyName'];

/** Step 2: which column holds which field; the suggested (or last used) mapping is filled in. */
export function MappingStep({
  upload,
  mapping,
  onChange,
  onBack,
  onNext,
}: {
  upload: ImportUpload;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('imports');
  const format = useFormat();
  const examples = (header: string | null | undefined) => {
    if (!header) return null;
    const index = upload.headers.indexOf(header);
    const values = upload.sampleRows.map((row) => row.cells[index] ?? '').filter(Boolean);
    return values.length
      ? t('map.example', { values: [...new Set(values)].slice(0, 3).join(' · ') })
      : t('map.noExample');
  };
  const isMissing = (field: ImportField) =>
    requiredFields.includes(field) && !mapping[field] && !(field !== 'email' && mapping.fullName);
  const set = (field: ImportField, header: string) => {
    const next = { ...mapping };
    // An empty choice is remembered as "not imported", so it is not suggested again next time.
    next[field] = header || null;
    onChange(next);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
      className="space-y-6"
    >
      <div className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">
        <p>
          <span className="font-medium text-slate-900">{upload.fileName}</span> —{' '}
          {t('map.fileSummary', {
            count: upload.rowCount,
            rows: format.number(upload.rowCount),
            columns: upload.headers.length,
          })}
        </p>
        <p className="mt-1">{upload.isMappingRemembered ? t('map.remembered') : t('map.suggested')}</p>
      </div>
      {fieldGroups.map((group) => (
        <fieldset key={group.key} className="space-y-4">
          <legend className="text-sm font-semibold text-slate-900">{t(`map.groups.${group.key}`)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((field) => {
              const example = examples(mapping[field]);
              const fieldHint = i18n.exists(`fieldHints.${field}`, { ns: 'imports' })
                ? t(`fieldHints.${field}`)
                : null;
              const hint = [fieldHint, example].filter(Boolean).join(' ');
              return (
                <SelectField
                  key={field}
                  label={t(`fields.${field}`)}
                  hint={hint || undefined}
                  required={requiredFields.includes(field) && !(field !== 'email' && mapping.fullName)}
                  value={mapping[field] ?? ''}
                  onChange={(event) => set(field, event.target.value)}
                  aria-invalid={isMissing(field) || undefined}
                >
                  <option value="">{t('map.notImported')}</option>
                  {upload.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </SelectField>
              );
            })}
          </div>
        </fieldset>
      ))}
      <UnmappedColumns columns={unmappedColumnsOf(upload, mapping)} />
      <p className="text-sm text-slate-600">{t('map.keepHint')}</p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack}>
          {t('actions.otherFile')}
        </Button>
        <Button type="submit">{t('actions.check')}</Button>
      </div>
    </form>
  );
}
