import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Drop a .zip here or choose one; hands the file over, says when it is busy. */
export function ZipDropZone({
  onFile,
  isBusy,
  busyText,
  label,
}: {
  onFile: (file: File) => void;
  isBusy: boolean;
  busyText: string;
  label: string;
}) {
  const { t } = useTranslation('scorm');
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
        className={`rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors ${
          isDragging ? 'border-teal-600 bg-teal-50' : 'border-slate-300 bg-slate-50'
        }`}
      >
        <legend className="sr-only">{label}</legend>
        <p className="text-sm text-slate-700">{t('upload.drop')}</p>
        <label
          htmlFor={inputId}
          className="mt-3 inline-flex min-h-10 cursor-pointer items-center rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-teal-800 focus-within:ring-2 focus-within:ring-teal-700 focus-within:ring-offset-2"
        >
          {label}
          <input
            id={inputId}
            type="file"
            accept=".zip,application/zip,application/x-zip-compressed"
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
          {t('upload.hint')}
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
      </div>
    </div>
  );
}
