export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
      className="h-2 w-full rounded-full bg-slate-100"
    >
      <div className="h-2 rounded-full bg-teal-700" style={{ width: `${percent}%` }} />
    </div>
  );
}
