import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { buttonClass } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { exportUrl, type ScormReport, useReport } from './scorm-api.ts';

type Attempt = ScormReport['attempts'][number];
type Question = ScormReport['questions'][number];

const minutes = (seconds: number | null) => (seconds === null ? null : Math.max(0, Math.round(seconds / 60)));

/** L&D's report of one package: the figures, every attempt, every question; CSV and XLSX. */
export function ScormReportPage() {
  const { t, i18n } = useTranslation('scorm');
  const format = useFormat();
  const { id } = useParams({ from: '/_app/admin/catalogue/scorm/$id/report' });
  const report = useReport(id);
  if (report.isPending) return <Loading />;
  if (report.isError) return <QueryError error={report.error} />;
  const data = report.data;
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value * 100));
  const score = (value: number | null) => (value === null ? '—' : format.percent(value * 100));
  const duration = (seconds: number | null) => {
    const value = minutes(seconds);
    return value === null ? '—' : t('report.minutes', { count: value });
  };
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/admin/catalogue/items/$id" params={{ id }} className="hover:underline">
            {data.title}
          </Link>
        }
        title={t('report.title', { title: data.title })}
        actions={
          <>
            <a className={buttonClass('secondary')} href={exportUrl(id, 'csv', i18n.language)} download>
              {t('report.exportCsv')}
            </a>
            <a className={buttonClass('secondary')} href={exportUrl(id, 'xlsx', i18n.language)} download>
              {t('report.exportXlsx')}
            </a>
          </>
        }
      />
      <div className="space-y-6">
        <Card title={t('report.summary')} titleId="scorm-report-summary">
          <DescriptionList
            items={[
              { term: t('report.learners'), value: format.number(data.summary.learners) },
              { term: t('report.attempts'), value: format.number(data.summary.attempts) },
              { term: t('report.completionRate'), value: rate(data.summary.completionRate) },
              { term: t('report.passRate'), value: rate(data.summary.passRate) },
              { term: t('report.averageScore'), value: score(data.summary.averageScoreScaled) },
              { term: t('report.averageTime'), value: duration(data.summary.averageSeconds) },
            ]}
          />
        </Card>
        <Card title={t('report.attemptsTitle')} titleId="scorm-report-attempts">
          <DataTable<Attempt>
            label={t('report.attemptsTitle')}
            isPlain
            rows={data.attempts}
            rowKey={(attempt) => attempt.id}
            emptyTitle={t('report.noAttempts')}
            initialSort={{ columnId: 'started', direction: 'descending' }}
            columns={[
              { id: 'name', header: t('report.name'), cell: (a) => a.name, sortValue: (a) => a.name },
              {
                id: 'number',
                header: t('report.attemptNumber'),
                cell: (a) => t('report.attemptOfVersion', { number: a.number, version: a.versionNumber }),
                className: 'hidden sm:table-cell',
              },
              {
                id: 'status',
                header: t('report.status'),
                cell: (a) => <AttemptStatus attempt={a} />,
                sortValue: (a) => a.completionStatus,
              },
              {
                id: 'score',
                header: t('report.score'),
                cell: (a) => score(a.scoreScaled),
                sortValue: (a) => a.scoreScaled,
              },
              {
                id: 'time',
                header: t('report.time'),
                cell: (a) => duration(a.totalSeconds),
                sortValue: (a) => a.totalSeconds,
                className: 'hidden md:table-cell',
              },
              {
                id: 'started',
                header: t('report.started'),
                cell: (a) => format.dateTime(a.startedAt),
                sortValue: (a) => a.startedAt,
                className: 'hidden md:table-cell',
              },
            ]}
          />
        </Card>
        <Card title={t('report.questionsTitle')} titleId="scorm-report-questions">
          <DataTable<Question>
            label={t('report.questionsTitle')}
            isPlain
            rows={data.questions}
            rowKey={(q) => `${q.scoId}/${q.interactionId}`}
            emptyTitle={t('report.noQuestions')}
            columns={[
              {
                id: 'question',
                header: t('report.question'),
                cell: (q) => q.description ?? q.interactionId,
                sortValue: (q) => q.description ?? q.interactionId,
              },
              {
                id: 'answers',
                header: t('report.answers'),
                cell: (q) => q.answers,
                sortValue: (q) => q.answers,
              },
              {
                id: 'correct',
                header: t('report.correctRate'),
                cell: (q) => rate(q.correctRate),
                sortValue: (q) => q.correctRate,
              },
              {
                id: 'responses',
                header: t('report.responses'),
                cell: (q) => q.responses.map((r) => `${r.response} (${r.count})`).join(', '),
                className: 'hidden md:table-cell',
              },
              {
                id: 'latency',
                header: t('report.latency'),
                cell: (q) =>
                  q.averageLatencySeconds === null
                    ? '—'
                    : t('report.seconds', { count: Math.round(q.averageLatencySeconds) }),
                className: 'hidden md:table-cell',
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}

function AttemptStatus({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation('scorm');
  if (attempt.successStatus === 'passed') return <Badge tone="green">{t('status.passed')}</Badge>;
  if (attempt.successStatus === 'failed') return <Badge tone="red">{t('status.failed')}</Badge>;
  if (attempt.completionStatus === 'completed') return <Badge tone="green">{t('status.completed')}</Badge>;
  return <Badge>{t(`status.${attempt.completionStatus}`)}</Badge>;
}
