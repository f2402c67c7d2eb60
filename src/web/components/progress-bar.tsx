import { useFormat } from './format.ts';

/**
 * How far something is, 0–100: a progressbar with its name and value for assistive technology; the
 * figure is shown beside the bar unless the surrounding text already says it.
 */
export function ProgressBar({
  percent,
  label,
  isValueShown = false,
}: {
  percent: number;
  label: string;
  isValueShown?: boolean;
}) {
  const format = useFormat();
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  const text = format.percent(value);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-teal-700" style={{ width: `${value}%` }} />
      </div>
      {isValueShown && <span className="w-12 text-right text-xs font-medium text-slate-700">{text}</span>}
    </div>
  );
}
