import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { ContinueCard } from './continue-card.tsx';
import { CoverImage } from './cover-image.tsx';
import { FormatIcon } from './entry-card.tsx';
import { type EnrolmentView, entryLink, useMyLearning } from './learning-api.ts';

export function EnrolmentList({ enrolments, empty }: { enrolments: EnrolmentView[]; empty: string }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  if (!enrolments.length) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100">
      {enrolments.map((enrolment) => (
        <li key={enrolment.id} className="flex flex-wrap items-center gap-3 py-3">
          <FormatIcon format={enrolment.format} />
          <div className="min-w-0 flex-1">
            <Link
              {...entryLink({ type: enrolment.type, id: enrolment.subjectId })}
              className="block truncate text-sm font-medium text-slate-900 hover:underline"
            >
              {enrolment.title}
            </Link>
            <p className="text-xs text-slate-600">
              {t(`formats.${enrolment.format}`)}
              {enrolment.dueDate && ` · ${t('due', { date: format.date(enrolment.dueDate) })}`}
              {enrolment.completedAt &&
                ` · ${t('completedOn', { date: format.date(enrolment.completedAt) })}`}
            </p>
          </div>
          {enrolment.isOverdue && <Badge tone="red">{t('overdue')}</Badge>}
          {enrolment.source === 'rule' && <Badge tone="violet">{t('sources.rule')}</Badge>}
          {enrolment.isSubstantial && (
            <Badge tone={enrolment.agreement?.state === 'agreed' ? 'green' : 'amber'}>
              {t('agreement.label')}{' '}
              {enrolment.agreement
                ? t(`agreement.states.${enrolment.agreement.state}`)
                : t('agreement.missing')}
            </Badge>
          )}
          <div className="w-28">
            <ProgressBar percent={enrolment.percent} label={enrolment.title} />
          </div>
          <span className="w-10 text-right text-xs text-slate-600">{enrolment.percent}%</span>
        </li>
      ))}
    </ul>
  );
}

/** Mijn leren as covers: what is open, with progress and the due date on each card. */
function EnrolmentCards({ enrolments, empty }: { enrolments: EnrolmentView[]; empty: string }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  if (!enrolments.length) return <EmptyState title={empty} />;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {enrolments.map((enrolment) => (
        <li
          key={enrolment.id}
          className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm focus-within:ring-2 focus-within:ring-teal-700 hover:shadow-md"
        >
          <CoverImage cover={enrolment.cover} format={enrolment.format} />
          <div className="flex flex-1 flex-col gap-2 p-4">
            <p className="flex items-center gap-1.5 text-xs text-slate-600">
              <FormatIcon format={enrolment.format} /> {t(`formats.${enrolment.format}`)}
              {enrolment.dueDate && ` · ${t('due', { date: format.date(enrolment.dueDate) })}`}
            </p>
            <h3 className="text-base leading-snug font-semibold text-slate-900">
              <Link
                {...entryLink({ type: enrolment.type, id: enrolment.subjectId })}
                className="after:absolute after:inset-0 focus:outline-none group-hover:underline"
              >
                {enrolment.title}
              </Link>
            </h3>
            <div className="flex flex-wrap gap-1.5">
              {enrolment.isOverdue && <Badge tone="red">{t('overdue')}</Badge>}
              {enrolment.source === 'rule' && <Badge tone="violet">{t('sources.rule')}</Badge>}
              {enrolment.isSubstantial && !enrolment.agreement && (
                <Badge tone="amber">
                  {t('agreement.label')} {t('agreement.missing')}
                </Badge>
              )}
            </div>
            <div className="mt-auto">
              <ProgressBar percent={enrolment.percent} label={enrolment.title} isValueShown />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MyLearningPage() {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const mine = useMyLearning();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} />;
  const data = mine.data;
  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description')}
        actions={
          <>
            <ButtonLink to="/learning/routes" variant="secondary">
              {t('ownRoutes.title')}
            </ButtonLink>
            <ButtonLink to="/learning/catalogue" search={{}} variant="secondary">
              {t('mine.toCatalogue')}
            </ButtonLink>
          </>
        }
      />
      <div className="space-y-6">
        {data.continue && <ContinueCard item={data.continue} />}
        <Card title={t('mine.assigned')} titleId="mine-assigned">
          <EnrolmentCards enrolments={data.assigned} empty={t('mine.assignedEmpty')} />
        </Card>
        <Card title={t('mine.inProgress')} titleId="mine-in-progress">
          <EnrolmentCards enrolments={data.inProgress} empty={t('mine.inProgressEmpty')} />
        </Card>
        <Card title={t('mine.completed')} titleId="mine-completed">
          <EnrolmentList enrolments={data.completed} empty={t('mine.completedEmpty')} />
        </Card>
        <Card title={t('certificates.title')} titleId="mine-certificates">
          {data.certificates.length === 0 ? (
            <EmptyState title={t('certificates.empty')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {data.certificates.map((certificate) => (
                <li key={certificate.id} className="flex flex-wrap items-center gap-3 py-3">
                  <span aria-hidden="true" className="text-amber-500">
                    ★
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium text-slate-900">{certificate.title}</p>
                    <p className="text-xs text-slate-600">
                      {t('certificates.issued', { date: format.date(certificate.issuedAt) })}
                    </p>
                  </div>
                  <a
                    className="text-sm font-medium text-teal-700 underline"
                    href={`/api/v1/certificates/${certificate.id}/pdf`}
                  >
                    {t('certificates.download')}
                  </a>
                  <a
                    className="text-sm font-medium text-teal-700 underline"
                    href={`/certificates/verify/${certificate.verificationCode}`}
                  >
                    {t('certificates.verifyLink')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
