import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { useErrorMessage } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { packageProblemsOf } from './scorm-api.ts';

const knownCodes = new Set([
  'noManifest',
  'badXml',
  'missingFile',
  'unknownResource',
  'unsupportedManifest',
  'invalidManifest',
  'notZip',
]);

/** Why a package was refused: every manifest problem with its file and line, or the zip limit it hit. */
export function PackageProblems({ error, fileName }: { error: unknown; fileName: string | null }) {
  const { t } = useTranslation('scorm');
  const errorMessage = useErrorMessage();
  const format = useFormat();
  if (!error) return null;
  const problems = packageProblemsOf(error);
  let headline: string;
  if (problems.length > 0) headline = t('upload.rejected', { count: problems.length, fileName });
  else if (isApiError(error) && error.code === 'file_too_complex' && error.limit)
    headline = t(`upload.tooComplex.${error.limit.name}`, {
      max: format.number(error.limit.max),
      defaultValue: error.message,
    });
  else if (isApiError(error) && error.code === 'unsupported_file')
    headline = t('upload.unsafe', { detail: error.message });
  else headline = errorMessage(error);
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-medium">{headline}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
            <li key={index}>
              <span className="font-medium">
                {t(`problems.${problem.code && knownCodes.has(problem.code) ? problem.code : 'other'}`)}
              </span>
              {problem.file && (
                <span>
                  {' — '}
                  {problem.line
                    ? t('upload.fileLine', { file: problem.file, line: problem.line })
                    : problem.file}
                </span>
              )}
              <span className="block text-red-800" lang="en">
                {problem.message}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">{t('upload.nothingAdded')}</p>
    </div>
  );
}
