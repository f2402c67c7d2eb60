import { useTranslation } from 'react-i18next';

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation('direction');
  const percent = Math.round(value * 100);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-teal-600" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-12 text-right text-xs font-medium text-slate-700">
        {t('percent', { value: percent })}
      </span>
    </div>
  );
}
