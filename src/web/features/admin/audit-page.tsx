import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { SelectField } from '../../components/field.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { QueryError } from '../../components/states.tsx';

type AuditEvent = Schemas['AuditEvent'];

const pageSize = 25;
const subjectTypes = [
  'person',
  'org_unit',
  'organisation',
  'api_token',
  'import',
  'statement',
  'core_competency',
  'organisation_goal',
  'team_goal',
  'consultation',
  'announcement',
  'skill_framework',
  'skill_category',
  'skill',
  'skill_scale',
  'job_role',
  'rating_request',
  'mentoring_request',
  'content',
  'course',
  'path',
  'audience_rule',
  'file',
  'development_plan',
  'conversation_cycle',
  'conversation',
  'learning_agreement',
  'budget_policy',
  'budget_request',
] as const;

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [subjectType, setSubjectType] = useState('');
  const [page, setPage] = useState(1);
  const events = useQuery({
    queryKey: ['events', subjectType, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/events', {
          params: { query: { page, pageSize, subjectType: subjectType || undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const columns: Column<AuditEvent>[] = [
    {
      id: 'when',
      header: t('audit.when'),
      className: 'whitespace-nowrap text-slate-600',
      cell: (event) => <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>,
    },
    {
      id: 'who',
      header: t('audit.who'),
      cell: (event) =>
        event.actor.kind === 'person' && event.actor.id ? (
          <Link
            to="/people/$personId"
            params={{ personId: event.actor.id }}
            className="font-medium text-teal-700 hover:underline"
          >
            {event.actor.name ?? t('audit.actors.person')}
          </Link>
        ) : (
          t(`audit.actors.${event.actor.kind}`)
        ),
    },
    {
      id: 'what',
      header: t('audit.what'),
      cell: (event) => (
        <>
          <span className="block text-slate-900">
            {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
          </span>
          <span className="font-mono text-xs text-slate-500">{event.action}</span>
          {event.subjectType === 'person' && event.subjectId ? (
            <Link
              to="/people/$personId"
              params={{ personId: event.subjectId }}
              className="block text-xs text-teal-700 hover:underline"
            >
              {t('audit.viewPerson')}
            </Link>
          ) : null}
        </>
      ),
    },
    {
      id: 'changes',
      header: t('audit.changes'),
      className: 'hidden max-w-md md:table-cell',
      cell: (event) =>
        Object.keys(event.changes).length > 0 ? (
          <details>
            <summary className="cursor-pointer text-xs text-teal-700">
              {t('audit.fieldsChanged', { count: Object.keys(event.changes).length })}
            </summary>
            <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs text-slate-700">
              {JSON.stringify(event.changes, null, 2)}
            </pre>
          </details>
        ) : (
          <span className="text-slate-400">—</span>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <search aria-label={t('audit.filter')} className="mb-4 max-w-xs">
        <SelectField
          label={t('audit.subjectType')}
          value={subjectType}
          onChange={(event) => {
            setSubjectType(event.target.value);
            setPage(1);
          }}
        >
          <option value="">{t('audit.allSubjects')}</option>
          {subjectTypes.map((type) => (
            <option key={type} value={type}>
              {t(`audit.subjects.${type}`)}
            </option>
          ))}
        </SelectField>
      </search>
      {events.isError ? (
        <QueryError error={events.error} />
      ) : (
        <DataTable
          label={t('audit.title')}
          isLoading={events.isPending}
          rows={events.data?.items}
          rowKey={(event) => event.id}
          rowClassName={() => 'align-top'}
          emptyTitle={t('audit.empty')}
          columns={columns}
          pagination={
            events.data && {
              page: events.data.page,
              pageSize: events.data.pageSize,
              total: events.data.total,
              onPageChange: setPage,
            }
          }
        />
      )}
    </>
  );
}
