import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { AssignDialog } from './assign-dialog.tsx';
import { stopLink } from './course-player.tsx';
import { CoverImage } from './cover-image.tsx';
import { EnrolmentAgreement } from './enrolment-agreement.tsx';
import { FormatIcon } from './entry-card.tsx';
import { FinishMoment } from './finish-moment.tsx';
import {
  type EnrolmentView,
  type LearningLock,
  type SubjectType,
  useEnrol,
  useLearnerCourse,
  useLearnerPath,
} from './learning-api.ts';
import { LockNotice, StepLock } from './lock-notice.tsx';
import type { PlayerFrom } from './player-context.ts';
import { nextStop, type Sequence, useSequence } from './player-sequence.ts';
import { RatingForm } from './rating-form.tsx';
import { ServesChips } from './serves-chips.tsx';

/** A manager may assign what they look at to their own team. */
function TeamAssignButton(props: { subject: { type: SubjectType; id: string }; title: string }) {
  const me = useMe();
  return isManager(me) ? <AssignDialog {...props} audience="team" /> : null;
}

/** Start, continue or look back: the one main action on a course or path page. */
function StartButton({ sequence }: { sequence: Sequence | null }) {
  const { t } = useTranslation('learning');
  if (!sequence?.isEnrolled || !sequence.stops.length) return null;
  const stop = nextStop(sequence.stops);
  if (!stop) return null;
  const label =
    sequence.doneCount === 0 && sequence.stops.every((s) => s.percent === 0)
      ? 'player.start'
      : 'player.continue';
  return (
    <ButtonLink {...stopLink(stop, sequence)} className="w-full sm:w-auto">
      {t(label)}
      <span className="sr-only">: {stop.title}</span>
      <span aria-hidden="true"> →</span>
    </ButtonLink>
  );
}

function EnrolPanel({
  subject,
  enrolment,
  certificateId,
  sequence,
}: {
  subject: { type: SubjectType; id: string };
  enrolment: EnrolmentView | null;
  certificateId: string | null;
  sequence: Sequence | null;
}) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const enrol = useEnrol();
  const first = sequence ? nextStop(sequence.stops) : null;
  return (
    <Card title={t('structure.yourProgress')} titleId="your-progress">
      {enrol.isSuccess && enrolment && (
        <div role="status" className="mb-3 rounded-lg bg-teal-50 p-3 text-sm text-teal-900">
          <p className="font-semibold">{t('player.enrolled', { title: enrolment.title })}</p>
          {first && <p className="mt-1">{t('player.enrolledStart', { title: first.title })}</p>}
        </div>
      )}
      {enrolment ? (
        <div className="space-y-3">
          <StartButton sequence={sequence} />
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
          <Button isBusy={enrol.isPending} onClick={() => enrol.mutate(subject)} className="w-full sm:w-auto">
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
  percent = 0,
  lock,
  marker,
  from,
}: {
  id: string;
  kind: string;
  title: string;
  durationMinutes: number | null;
  isCompleted: boolean;
  percent?: number;
  lock?: LearningLock | undefined;
  /** The step's number in a path ("2." or "•"). */
  marker?: string;
  /** The course or path the module is opened from, so its outline goes along. */
  from: PlayerFrom;
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
          search={from}
          className="text-sm font-medium text-slate-900 hover:underline"
        >
          {title}
        </Link>
        {lock && <StepLock lock={lock} />}
      </div>
      {durationMinutes ? (
        <span className="text-xs text-slate-600">{t('minutes', { count: durationMinutes })}</span>
      ) : null}
      {isCompleted ? (
        <Badge tone="green">{t('status.completed')}</Badge>
      ) : percent > 0 ? (
        <span className="w-20">
          <ProgressBar percent={percent} label={title} />
        </span>
      ) : null}
    </li>
  );
}

export function CoursePage() {
  const { t } = useTranslation('learning');
  const { id } = useParams({ from: '/_app/learning/courses/$id' });
  const query = useLearnerCourse(id);
  const { sequence } = useSequence({ course: id });
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const { course, progress, lock } = query.data;
  const byId = new Map(progress.modules.map((m) => [m.contentId, m]));
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
      {course.cover && (
        <CoverImage cover={course.cover} format="course" className="mb-4 max-h-64 rounded-xl" />
      )}
      <div className="mb-4">
        <ServesChips serves={course.serves} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-4">
          {progress.enrolment?.completedAt && sequence && <FinishMoment sequence={sequence} />}
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
                    isCompleted={!!byId.get(module.contentId)?.isCompleted}
                    percent={byId.get(module.contentId)?.percent ?? 0}
                    from={{ course: id }}
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
            sequence={sequence}
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
  const { sequence } = useSequence({ path: id });
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const { path, progress, courseShares, locks } = query.data;
  const byId = new Map(progress.modules.map((m) => [m.contentId, m]));
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
      {path.cover && <CoverImage cover={path.cover} format="path" className="mb-4 max-h-64 rounded-xl" />}
      <div className="mb-4">
        <ServesChips serves={path.serves} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-4">
          {progress.enrolment?.completedAt && sequence && <FinishMoment sequence={sequence} />}
          <Card>
            <ol className="divide-y divide-slate-100">
              {path.steps.map((step, index) =>
                step.kind === 'course' ? (
                  <li key={step.id} className="flex items-center gap-3 py-3">
                    <span className="w-6 text-sm text-slate-500">
                      {path.isOrdered ? `${index + 1}.` : '•'}
                    </span>
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
                    isCompleted={!!byId.get(step.id)?.isCompleted}
                    percent={byId.get(step.id)?.percent ?? 0}
                    lock={locks[step.id]}
                    from={{ path: id }}
                    marker={path.isOrdered ? `${index + 1}.` : '•'}
                  />
                ),
              )}
            </ol>
          </Card>
        </div>
        <div className="space-y-4">
          <EnrolPanel
            subject={{ type: 'path', id }}
            enrolment={progress.enrolment}
            certificateId={progress.certificateId}
            sequence={sequence}
          />
          {progress.enrolment && <RatingForm subject={{ type: 'path', id }} current={null} />}
        </div>
      </div>
    </>
  );
}
