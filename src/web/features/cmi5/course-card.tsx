import { useTranslation } from 'react-i18next';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useCourse } from './cmi5-api.ts';
import { NewVersionForm, WaiveForm } from './course-admin.tsx';
import { Cmi5CourseCardBody } from './structure-table.tsx';

/** In a cmi5 item's editor: the imported course structure. */
export function Cmi5CourseCard({ contentId }: { contentId: string }) {
  const { t } = useTranslation('cmi5');
  const course = useCourse(contentId);
  if (course.isPending) return <Loading />;
  if (course.isError) return <QueryError error={course.error} />;
  return (
    <Card title={t('card.title')} titleId="cmi5-course">
      <Cmi5CourseCardBody course={course.data} />
      <div className="mt-6 grid gap-6 border-t border-slate-200 pt-4 md:grid-cols-2">
        <NewVersionForm course={course.data} />
        <WaiveForm course={course.data} />
      </div>
    </Card>
  );
}
