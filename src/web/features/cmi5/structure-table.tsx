import { useTranslation } from 'react-i18next';
import type { Cmi5Course } from './cmi5-api.ts';

/** What L&D imported: each AU with its block, moveOn, masteryScore, how it opens and where it lives. */
export function CourseStructureTable({ course }: { course: Cmi5Course }) {
  const { t } = useTranslation('cmi5');
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('structure.caption', { title: course.title })}</caption>
        <thead className="border-b text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t('structure.unit')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('structure.block')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('structure.moveOn')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('structure.masteryScore')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('structure.launchMethod')}
            </th>
            <th scope="col" className="py-2">
              {t('structure.hosted')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {course.units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {unit.title}
              </th>
              <td className="py-2 pr-3">{unit.blockTitles.join(' › ') || '—'}</td>
              <td className="py-2 pr-3">{t(`moveOn.${unit.moveOn}`)}</td>
              <td className="py-2 pr-3">
                {unit.masteryScore === null ? '—' : `${Math.round(unit.masteryScore * 100)}%`}
              </td>
              <td className="py-2 pr-3">{t(`launchMethod.${unit.launchMethod}`)}</td>
              <td className="py-2 break-all">{unit.isExternal ? unit.url : t('structure.inZip')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {course.objectives.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">
          {t('structure.objectives', {
            list: course.objectives.map((objective) => objective.title).join(', '),
          })}
        </p>
      )}
    </div>
  );
}

/** The cmi5 part of a course item's editor. */
export function Cmi5CourseCardBody({ course }: { course: Cmi5Course }) {
  const { t } = useTranslation('cmi5');
  return (
    <>
      {!course.isPlayable && (
        <p className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('card.notPlayable')}</p>
      )}
      <p className="mb-3 text-sm text-slate-700">
        {t('card.imported', { name: course.originalName, count: course.fileCount })}
      </p>
      <CourseStructureTable course={course} />
    </>
  );
}
