import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { DropZone } from '../../components/drop-zone.tsx';
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
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({ mutationFn: uploadPeopleFile, onSuccess: onUploaded });

  const send = (file: File) => {
    setFileName(file.name);
    // Say it before sending 20 MB over a phone connection.
    setTooLarge(file.size > maxBytes);
    if (file.size > maxBytes) return;
    upload.mutate(file);
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
      <DropZone
        label={t('upload.dropZone')}
        chooseLabel={t('upload.choose')}
        dropText={t('upload.drop')}
        hint={t('upload.hint')}
        accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        isBusy={upload.isPending}
        busyText={t('upload.busy', { fileName })}
        onFile={send}
      >
        {failure && (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {failure}
          </div>
        )}
      </DropZone>
      {problems.length > 0 && <ProblemTable problems={problems} total={problems.length} />}
    </div>
  );
}
