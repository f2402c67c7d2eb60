import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { AssignDialog } from './assign-dialog.tsx';
import { EnrolmentAgreement } from './enrolment-agreement.tsx';
import { FormatIcon } from './entry-card.tsx';
import {
  type EnrolmentView,
  type LearningLock,
  type SubjectType,
  useEnrol,
  useLearnerCourse,
  useLearnerPath,
} from './learning-api.ts';
import { LockNotice, StepLock } from './lock-notice.tsx';
import { RatingForm } from './rating-form.tsx';
import { ServesChips } from './serves-chips.tsx';

/** A manager may assign what they look at to their own team. */
function TeamAssignButton(props: { subject: { type: SubjectType; id: string }; title: string }) {
  const me = useMe();
  return isManager(me) ? <AssignDialog {...props} audience="team" /> : null;
}

function EnrolPanel({
  subject,
  enrolment,
  certificateId,
}: {
  subject: { type: SubjectType; id: string };
  enrolment: EnrolmentView | null;
  certificateId: string | null;
}) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const enrol = useEnrol();
  return (
    <Card title={t('structure.yourProgress')} titleId="your-progress">
      {enrolment ? (
        <div className="space-y-2">
          <ProgressBar percent={enrolment.percent} label={t('structure.yourProgress')} />
          <p className="text-sm text-slate-600">{t('percent', { value: enrolment.percent })}</p>
          {enrolment.dueDate && (
            <p className="text-sm">
              {t('due', { date: format.date(enrolment.dueDate) })}{' '}
              {enrolment.isOverdue && <Badge tone="red">{t('overdue')}</Badge>}
            </p>
          )}
          <EnrolmentAgreement enrolment={enrolment} />
          {certificateId && (
            <a
              className="font-medium text-teal-700 underline"
              href={`/api/v1/certificates/${certificateId}/pdf`}
            >
              {t('certificates.download')}
            </a>
          )}
        </div>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t('structure.notEnrolled')}</p>
          <Button isBusy={enrol.isPending} onClick={() => enrol.mutate(subject)}>
            {t('structure.enrol')}
          </Button>
          <FormErrorRegion error={enrol.error} />
        </div>
      )}
    </Card>
  );
}

function ModuleRow({
  id,
  kind,
  title,
  durationMinutes,
  isCompleted,
  lock,
  marker,
}: {
  id: string;
  kind: string;
  title: string;
  durationMinutes: number | null;
  isCompleted: boolean;
  lock?: LearningLock | undefined;
  /** The step's number in a path ("2." or "•"). */
  marker?: string;
}) {
  const { t } = useTranslation('learning');
  return (
    <li className="flex items-center gap-3 py-2.5">
      {marker && <span className="w-6 text-sm text-slate-500">{marker}</span>}
      <FormatIcon format={kind} />
      <div className="min-w-0 flex-1">
        <Link
          to="/learning/items/$id"
          params={{ id }}
          className="text-sm font-medium text-slate-900 hover:underline"
        >
          {title}
        </Link>
        {lock && <StepLock lock={lock} />}
      </div>
      {durationMinutes ? (
        <span className="text-xs text-slate-600">{t('minutes', { count: durationMinutes })}</span>
      ) : null}
      {isCompleted && <Badge tone="green">{t('status.completed')}</Badge>}
    </li>
  );
}

export function CoursePage() {
  const { t } = useTranslation('learning');
  const { id } = useParams({ from: '/_app/learning/courses/$id' });
  const query = useLearnerCourse(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const { course, progress, lock } = query.data;
  const done = new Set(progress.modules.filter((m) => m.isCompleted).map((m) => m.contentId));
  return (
    <>
      <PageHeader
        eyebrow={`${t('formats.course')} · ${t('minutes', { count: course.durationMinutes })}`}
        title={course.title}
        description={course.summary}
        actions={
          course.status === 'published' && (
            <TeamAssignButton subject={{ type: 'course', id }} title={course.title} />
          )
        }
      />
      <div className="mb-4">
        <ServesChips serves={course.serves} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-4">
          {lock && <LockNotice lock={lock} />}
          {!lock && course.prerequisites.length > 0 && (
            <p className="text-sm text-slate-600">
              {t('structure.prerequisites')}: {course.prerequisites.map((p) => p.title).join(', ')}
            </p>
          )}
          {course.sections.map((section) => (
            <Card key={section.id} title={section.title} titleId={`section-${section.id}`}>
              <ol className="divide-y divide-slate-100">
                {section.modules.map((module) => (
                  <ModuleRow
                    key={module.contentId}
                    id={module.contentId}
                    kind={module.kind}
                    title={module.title}
                    durationMinutes={module.durationMinutes}
                    isCompleted={done.has(module.contentId)}
                  />
                ))}
              </ol>
            </Card>
          ))}
        </div>
        <div className="space-y-4">
          <EnrolPanel
            subject={{ type: 'course', id }}
            enrolment={progress.enrolment}
            certificateId={progress.certificateId}
          />
          {progress.enrolment && <RatingForm subject={{ type: 'course', id }} current={null} />}
        </div>
      </div>
    </>
  );
}

export function PathPage() {
  const { t } = useTranslation('learning');
  const { id } = useParams({ from: '/_app/learning/paths/$id' });
  const query = useLearnerPath(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const { path, progress, courseShares, locks } = query.data;
  const done = new Set(progress.modules.filter((m) => m.isCompleted).map((m) => m.contentId));
  return (
    <>
      <PageHeader
        eyebrow={`${t('formats.path')} · ${path.isOrdered ? t('structure.ordered') : t('structure.freeOrder')}`}
        title={path.title}
        description={path.summary}
        actions={
          path.status === 'published' && (
            <TeamAssignButton subject={{ type: 'path', id }} title={path.title} />
          )
        }
      />
      <div className="mb-4">
        <ServesChips serves={path.serves} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <ol className="divide-y divide-slate-100">
            {path.steps.map((step, index) =>
              step.kind === 'course' ? (
                <li key={step.id} className="flex items-center gap-3 py-3">
                  <span className="w-6 text-sm text-slate-500">{path.isOrdered ? `${index + 1}.` : '•'}</span>
                  <FormatIcon format="course" />
                  <div className="min-w-0 flex-1">
                    <Link
                      to="/learning/courses/$id"
                      params={{ id: step.id }}
                      className="text-sm font-medium hover:underline"
                    >
                      {step.title}
                    </Link>
                    {locks[step.id] && <StepLock lock={locks[step.id] as LearningLock} />}
                  </div>
                  {step.dueDays && (
                    <span className="text-xs text-slate-600">
                      {t('structure.dueDays', { count: step.dueDays })}
                    </span>
                  )}
                  <span className="w-24">
                    <ProgressBar percent={courseShares[step.id] ?? 0} label={step.title} />
                  </span>
                </li>
              ) : (
                <ModuleRow
                  key={step.id}
                  id={step.id}
                  kind={step.format}
                  title={step.title}
                  durationMinutes={step.durationMinutes}
                  isCompleted={done.has(step.id)}
                  lock={locks[step.id]}
                  marker={path.isOrdered ? `${index + 1}.` : '•'}
                />
              ),
            )}
          </ol>
        </Card>
        <div className="space-y-4">
          <EnrolPanel
            subject={{ type: 'path', id }}
            enrolment={progress.enrolment}
            certificateId={progress.certificateId}
          />
          {progress.enrolment && <RatingForm subject={{ type: 'path', id }} current={null} />}
        </div>
      </div>
    </>
  );
}
