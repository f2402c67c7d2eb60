import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { useErrorMessage } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { type ImportUpload, problemsOf, uploadPeopleFile } from './imports-api.ts';
import { ProblemTable } from './problem-table.tsx';

const maxBytes = 20 * 1024 * 1024;

/** Step 1: choose or drop a CSV or XLSX file; it is read on the server straight away. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: ImportUpload) => void }) {
  const { t } = useTranslation('imports');
  const errorMessage = useErrorMessage();
  const format = useFormat();
  const inputId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({ mutationFn: uploadPeopleFile, onSuccess: onUploaded });

  const send = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    // Say it before sending 20 MB over a phone connection.
    setTooLarge(file.size > maxBytes);
    if (file.size > maxBytes) return;
    upload.mutate(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    send(event.dataTransfer.files[0]);
  };
  const problems = problemsOf(upload.error);
  // What is wrong with the file, in words that say what to do about it.
  const uploadFailure = (error: unknown) => {
    if (!isApiError(error)) return errorMessage(error);
    if (error.code === 'unsupported_file') return t('upload.unsupported');
    if (error.code === 'file_too_complex' && error.limit)
      return t(`upload.tooComplex.${error.limit.name}`, {
        max: format.number(error.limit.max),
        defaultValue: errorMessage(error),
      });
    return errorMessage(error);
  };
  const failure = tooLarge
    ? t('upload.tooLarge', { fileName })
    : upload.error
      ? `${fileName ? `${fileName}: ` : ''}${uploadFailure(upload.error)}`
      : null;

  return (
    <div className="space-y-4">
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
        <legend className="sr-only">{t('upload.dropZone')}</legend>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="mx-auto size-10 text-slate-400" fill="none">
          <path
            d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="mt-3 text-sm text-slate-700">{t('upload.drop')}</p>
        <label
          htmlFor={inputId}
          className="mt-3 inline-flex min-h-10 cursor-pointer items-center rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-teal-800 focus-within:ring-2 focus-within:ring-teal-700 focus-within:ring-offset-2"
        >
          {t('upload.choose')}
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            aria-describedby={`${inputId}-hint`}
            disabled={upload.isPending}
            onChange={(event) => {
              send(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <p id={`${inputId}-hint`} className="mt-3 text-xs text-slate-600">
          {t('upload.hint')}
        </p>
      </fieldset>
      <div aria-live="polite" aria-atomic="true">
        {upload.isPending && (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
            <span
              aria-hidden="true"
              className="size-4 animate-spin rounded-full border-2 border-teal-700 border-r-transparent"
            />
            {t('upload.busy', { fileName })}
          </p>
        )}
        {failure && (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {failure}
          </div>
        )}
      </div>
      {problems.length > 0 && <ProblemTable problems={problems} total={problems.length} />}
    </div>
  );
}
