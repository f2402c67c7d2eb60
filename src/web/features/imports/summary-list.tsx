import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import type { ImportSummary } from './imports-api.ts';

const order = ['create', 'update', 'unchanged', 'deactivate', 'unitsCreated', 'unitsUpdated'] as const;

/** The counts of an import: what would change (preview) or what changed (result). */
export function SummaryList({ summary, isPreview }: { summary: ImportSummary; isPreview: boolean }) {
  const { t } = useTranslation('imports');
  const format = useFormat();
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {order.map((key) => (
        <div
          key={key}
          className={`rounded-lg border px-4 py-3 ${
            key === 'deactivate' && summary.deactivate > 0
              ? 'border-amber-300 bg-amber-50'
              : 'border-slate-200 bg-white'
          }`}
        >
          <dt className="text-xs font-medium text-slate-600">
            {isPreview ? t(`summary.willBe.${key}`) : t(`summary.were.${key}`)}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
            {format.number(summary[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
