import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/field.tsx';
import type { ColumnHint } from './imports-api.ts';

/**
 * The file's columns that are not imported. Those that look like a manager, unit or date reference
 * are marked and, in the check step, must be acknowledged before importing: leaving one out silently
 * drops managers, units or dates.
 */
export function UnmappedColumns({
  columns,
  acknowledgement,
}: {
  columns: ColumnHint[];
  /** In the check step: whether the person confirmed, and how to change that. */
  acknowledgement?: { isAcknowledged: boolean; onChange: (value: boolean) => void };
}) {
  const { t } = useTranslation('imports');
  if (columns.length === 0) return <p className="text-sm text-slate-600">{t('unmapped.none')}</p>;
  const flagged = columns.filter((column) => column.looksLike);
  return (
    <section
      aria-labelledby="unmapped-columns-title"
      className={`space-y-3 rounded-lg border px-4 py-3 ${
        flagged.length ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-slate-50'
      }`}
    >
      <h3 id="unmapped-columns-title" className="text-sm font-semibold text-slate-900">
        {t('unmapped.title', { count: columns.length })}
      </h3>
      <ul className="flex flex-wrap gap-2 text-sm">
        {columns.map((column) => (
          <li
            key={column.column}
            className={`rounded-md px-2 py-1 ${
              column.looksLike
                ? 'bg-amber-100 font-medium text-amber-950 ring-1 ring-amber-400'
                : 'bg-white text-slate-700 ring-1 ring-slate-200'
            }`}
          >
            {column.column}
            {column.looksLike && (
              <span className="font-normal"> — {t(`unmapped.looksLike.${column.looksLike}`)}</span>
            )}
          </li>
        ))}
      </ul>
      {flagged.length > 0 && (
        <div className="space-y-3" role={acknowledgement ? 'alert' : undefined}>
          <p className="text-sm text-amber-950">{t('unmapped.warning', { count: flagged.length })}</p>
          {acknowledgement && (
            <Checkbox
              label={t('unmapped.acknowledge', { count: flagged.length })}
              checked={acknowledgement.isAcknowledged}
              onChange={(event) => acknowledgement.onChange(event.target.checked)}
            />
          )}
        </div>
      )}
    </section>
  );
}
