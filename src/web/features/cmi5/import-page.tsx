import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { useErrorMessage } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { courseProblemsOf, importCourse, importCourseFromUrl } from './cmi5-api.ts';
import { CourseStructureTable } from './structure-table.tsx';

/** The catalogue's "new item" screen for cmi5: choose the zip or cmi5.xml, see the AUs that were found. */
export function Cmi5ImportPage() {
  const { t } = useTranslation('cmi5');
  const inputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [address, setAddress] = useState('');
  const upload = useMutation({
    mutationFn: (source: File | string) =>
      typeof source === 'string' ? importCourseFromUrl(source) : importCourse(source),
  });
  const course = upload.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/admin/catalogue" className="hover:underline">
            {t('import.backToCatalogue')}
          </Link>
        }
        title={t('import.title')}
        description={t('import.intro')}
      />
      <div className="space-y-6">
        <Card>
          <label
            htmlFor={inputId}
            className="inline-flex min-h-10 cursor-pointer items-center rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-teal-800 focus-within:ring-2 focus-within:ring-teal-700 focus-within:ring-offset-2"
          >
            {t('import.choose')}
            <input
              id={inputId}
              type="file"
              accept=".zip,.xml,application/zip,application/xml,text/xml"
              className="sr-only"
              aria-describedby={`${inputId}-hint`}
              disabled={upload.isPending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) {
                  setFileName(file.name);
                  upload.mutate(file);
                }
                event.target.value = '';
              }}
            />
          </label>
          <p id={`${inputId}-hint`} className="mt-3 text-xs text-slate-600">
            {t('import.hint')}
          </p>
          <form
            className="mt-4 flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (!address.trim()) return;
              setFileName(address.trim());
              upload.mutate(address.trim());
            }}
          >
            <div className="min-w-64 flex-1">
              <TextField
                label={t('import.urlLabel')}
                hint={t('import.urlHint')}
                type="url"
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary" disabled={upload.isPending || !address.trim()}>
              {t('import.urlSubmit')}
            </Button>
          </form>
          <div className="mt-3" aria-live="polite">
            {upload.isPending && (
              <p role="status" className="text-sm text-slate-700">
                {t('import.busy', { fileName })}
              </p>
            )}
          </div>
          <div aria-live="assertive">
            <ImportProblems error={upload.error} fileName={fileName} />
          </div>
        </Card>
        {course && (
          <Card title={t('import.found')} titleId="cmi5-found">
            <p role="status" className="mb-4 text-sm text-emerald-800">
              {t('import.added', { title: course.title })}
            </p>
            <CourseStructureTable course={course} />
            <div className="mt-4">
              <ButtonLink to="/admin/catalogue/items/$id" params={{ id: course.contentId }}>
                {t('import.openItem')}
              </ButtonLink>
            </div>
          </Card>
        )}
      </div>
    </>
  );
}

function ImportProblems({ error, fileName }: { error: unknown; fileName: string | null }) {
  const { t } = useTranslation('cmi5');
  const errorMessage = useErrorMessage();
  if (!error) return null;
  const problems = courseProblemsOf(error);
  return (
    <div
      role="alert"
      className="mt-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-medium">
        {problems.length ? t('import.rejected', { count: problems.length, fileName }) : errorMessage(error)}
      </p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
            <li key={index}>
              {problem.file && (
                <span className="font-medium">
                  {problem.line
                    ? t('import.fileLine', { file: problem.file, line: problem.line })
                    : problem.file}
                  {': '}
                </span>
              )}
              <span lang="en">{problem.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">{t('import.nothingAdded')}</p>
    </div>
  );
}
