import { type DragEvent, type ReactNode, useId, useState } from 'react';

/**
 * Drop a file here or choose one: a fieldset that takes a dragged file, a button-styled file input, a
 * hint, and a polite live region that says when the file is being sent (`children` add to that region,
 * e.g. what went wrong). A file dropped while busy is ignored; the caller decides what to do with one.
 */
export function DropZone({
  label,
  chooseLabel = label,
  dropText,
  hint,
  accept,
  isBusy,
  busyText,
  onFile,
  children,
}: {
  /** Names the zone (the fieldset's legend). */
  label: string;
  /** The choose button's text; the label when not given. */
  chooseLabel?: string;
  dropText: string;
  hint: string;
  accept: string;
  isBusy: boolean;
  busyText: string;
  onFile: (file: File) => void;
  children?: ReactNode;
}) {
  const inputId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !isBusy) onFile(file);
  };
  return (
    <div className="space-y-3">
      <fieldset
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={drop}
        className={`rounded-xl border-2 border-dashed px-4 py-10 text-center transition-colors ${
          isDragging ? 'border-teal-600 bg-teal-50' : 'border-slate-300 bg-slate-50'
        }`}
      >
        <legend className="sr-only">{label}</legend>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="mx-auto size-10 text-slate-400" fill="none">
          <path
            d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="mt-3 text-sm text-slate-700">{dropText}</p>
        <label
          htmlFor={inputId}
          className="mt-3 inline-flex min-h-10 cursor-pointer items-center rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-teal-800 focus-within:ring-2 focus-within:ring-teal-700 focus-within:ring-offset-2"
        >
          {chooseLabel}
          <input
            id={inputId}
            type="file"
            accept={accept}
            className="sr-only"
            aria-describedby={`${inputId}-hint`}
            disabled={isBusy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onFile(file);
              event.target.value = '';
            }}
          />
        </label>
        <p id={`${inputId}-hint`} className="mt-3 text-xs text-slate-600">
          {hint}
        </p>
      </fieldset>
      <div aria-live="polite" aria-atomic="true">
        {isBusy && (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
            <span
              aria-hidden="true"
              className="size-4 animate-spin rounded-full border-2 border-teal-700 border-r-transparent"
            />
            {busyText}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
