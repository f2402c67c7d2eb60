import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Finished } from './learning-api.ts';

/** A small celebration when something is finished; announced politely to screen readers. */
export function Celebration({ finished }: { finished: Finished | null }) {
  const { t } = useTranslation('learning');
  return (
    <div aria-live="polite">
      {finished?.content && (
        <div
          role="status"
          className="celebrate mb-4 rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-emerald-900"
        >
          <p className="text-lg font-semibold">
            <span aria-hidden="true">★ </span>
            {t('celebration.module')}
          </p>
          {finished.courses.map((course) => (
            <p key={course.id} className="mt-1">
              {t('celebration.course', { title: course.title })}
            </p>
          ))}
          {finished.paths.map((path) => (
            <p key={path.id} className="mt-1">
              {t('celebration.path', { title: path.title })}
            </p>
          ))}
          {finished.certificates.length > 0 && (
            <p className="mt-2">
              <Link to="/learning" className="font-medium text-emerald-900 underline">
                {t('celebration.certificate')}
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
