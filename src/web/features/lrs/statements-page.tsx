import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { QueryError } from '../../components/states.tsx';
import { PageButtons } from './actors-page.tsx';
import { type BrowsedStatement, type StatementFilters, useStatements } from './lrs-api.ts';
import { LrsNav } from './lrs-nav.tsx';
import { useCursorPages } from './use-cursor-pages.ts';

const commonVerbs = [
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/failed',
  'http://adlnet.gov/expapi/verbs/progressed',
  'http://adlnet.gov/expapi/verbs/experienced',
  'http://adlnet.gov/expapi/verbs/attempted',
  'http://adlnet.gov/expapi/verbs/launched',
  'http://adlnet.gov/expapi/verbs/initialized',
  'http://adlnet.gov/expapi/verbs/terminated',
  'https://w3id.org/xapi/adl/verbs/satisfied',
  'https://w3id.org/xapi/adl/verbs/abandoned',
];

const optionalUrl = z.union([z.literal(''), z.url()]);
const optionalDate = z.union([z.literal(''), z.iso.date()]);
const filterSchema = z.object({
  personId: z.string().nullable(),
  verb: optionalUrl,
  activity: optionalUrl,
  since: optionalDate,
  until: optionalDate,
});

/** A calendar day in the browser's time zone, as the instant it starts (or the next one starts). */
const dayStart = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};
const dayOf = (instant: string | undefined, minusDays = 0) => {
  if (!instant) return '';
  const date = new Date(instant);
  date.setDate(date.getDate() - minusDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

function Filters({ filters }: { filters: StatementFilters }) {
  const { t } = useTranslation('lrs');
  const navigate = useNavigate();
  const form = useZodForm(filterSchema, {
    defaultValues: {
      personId: filters.personId ?? null,
      verb: filters.verb ?? '',
      activity: filters.activity ?? '',
      since: dayOf(filters.since),
      until: dayOf(filters.until, 1),
    },
  });
  return (
    <Form
      form={form}
      aria-label={t('statements.filters.label')}
      className="mb-6 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2"
      onSubmit={(values) =>
        navigate({
          to: '/admin/lrs',
          search: {
            personId: values.personId ?? undefined,
            agentKey: values.personId ? undefined : filters.agentKey,
            verb: values.verb || undefined,
            activity: values.activity || undefined,
            since: values.since ? dayStart(values.since) : undefined,
            until: values.until ? dayStart(values.until, 1) : undefined,
          },
        })
      }
    >
      <Controller
        name="personId"
        control={form.control}
        render={({ field }) => (
          <PersonPicker
            label={t('statements.filters.person')}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <TextField
        name="verb"
        label={t('statements.filters.verb')}
        hint={t('statements.filters.verbHint')}
        list="lrs-common-verbs"
      />
      <datalist id="lrs-common-verbs">
        {commonVerbs.map((verb) => (
          <option key={verb} value={verb} />
        ))}
      </datalist>
      <TextField
        name="activity"
        label={t('statements.filters.activity')}
        hint={t('statements.filters.activityHint')}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField name="since" type="date" label={t('statements.filters.since')} />
        <TextField name="until" type="date" label={t('statements.filters.until')} />
      </div>
      <div className="flex flex-wrap items-center gap-2 md:col-span-2">
        <SubmitButton>{t('statements.filters.apply')}</SubmitButton>
        <Button variant="secondary" onClick={() => navigate({ to: '/admin/lrs', search: {} })}>
          {t('statements.filters.clear')}
        </Button>
        {filters.agentKey && <Badge tone="neutral">{t('statements.filters.oneActor')}</Badge>}
      </div>
      <div className="md:col-span-2">
        <FormError />
      </div>
    </Form>
  );
}

/** One statement opened: who did what, then the statement itself as the store keeps it. */
function StatementDialog({
  statement,
  onClose,
}: {
  statement: BrowsedStatement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('lrs');
  const format = useFormat();
  return (
    <Dialog
      isOpen={statement !== null}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('statements.opened.title')}
      description={statement ? format.dateTime(statement.stored) : undefined}
      isWide
    >
      {statement && (
        <>
          <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t('statements.columns.who')}</dt>
            <dd className="text-slate-900">
              {statement.person?.displayName ?? statement.actor.name ?? t('statements.anonymous')}
              {statement.actor.identifier && (
                <span className="text-slate-600"> ({statement.actor.identifier.value})</span>
              )}
            </dd>
            <dt className="text-slate-600">{t('statements.columns.verb')}</dt>
            <dd className="text-slate-900">{statement.verb.display}</dd>
            <dt className="text-slate-600">{t('statements.columns.object')}</dt>
            <dd className="break-all text-slate-900">
              {statement.object.name ?? statement.object.id ?? statement.object.objectType}
            </dd>
          </dl>
          <h3 className="mb-1 text-sm font-medium text-slate-800">{t('statements.opened.json')}</h3>
          {/* Focusable, so a keyboard can scroll a long statement too. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
          <pre tabIndex={0} className="max-h-[60vh] overflow-auto rounded bg-slate-50 p-3 text-xs">
            {JSON.stringify(statement.statement, null, 2)}
          </pre>
        </>
      )}
    </Dialog>
  );
}

export function StatementsPage({ filters }: { filters: StatementFilters }) {
  const { t } = useTranslation('lrs');
  const format = useFormat();
  const pages = useCursorPages([filters]);
  const statements = useStatements(filters, pages.cursor);
  const [opened, setOpened] = useState<BrowsedStatement | null>(null);
  const outcome = (statement: BrowsedStatement) => {
    const result = statement.result;
    if (!result) return null;
    const parts = [
      result.success === true
        ? t('statements.success')
        : result.success === false
          ? t('statements.failure')
          : null,
      result.completion === true ? t('statements.completed') : null,
      result.scaled !== null ? format.percent(result.scaled * 100) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : null;
  };
  const columns: Column<BrowsedStatement>[] = [
    {
      id: 'stored',
      header: t('statements.columns.stored'),
      cell: (statement) => format.dateTime(statement.stored),
      className: 'whitespace-nowrap',
    },
    {
      id: 'who',
      header: t('statements.columns.who'),
      cell: (statement) => (
        <div>
          <p className="font-medium text-slate-900">
            {statement.person?.displayName ?? statement.actor.name ?? t('statements.anonymous')}
          </p>
          {!statement.person && (
            <p className="text-xs text-slate-600">
              {statement.actor.identifier?.value ?? ''} · {t('statements.unmatched')}
            </p>
          )}
        </div>
      ),
    },
    { id: 'verb', header: t('statements.columns.verb'), cell: (statement) => statement.verb.display },
    {
      id: 'object',
      header: t('statements.columns.object'),
      cell: (statement) => (
        <div className="max-w-md">
          <p className="text-slate-900">
            {statement.object.name ?? statement.object.id ?? statement.object.objectType}
          </p>
          {statement.object.name && statement.object.id && (
            <p className="text-xs break-all text-slate-600">{statement.object.id}</p>
          )}
        </div>
      ),
    },
    { id: 'result', header: t('statements.columns.result'), cell: (statement) => outcome(statement) ?? '—' },
    {
      id: 'open',
      header: <span className="sr-only">{t('statements.json')}</span>,
      cell: (statement) => (
        <Button
          variant="secondary"
          aria-label={t('statements.opened.openNamed', { when: format.dateTime(statement.stored) })}
          onClick={() => setOpened(statement)}
        >
          {t('statements.opened.open')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('statements.description')} />
      <LrsNav />
      <Filters key={JSON.stringify(filters)} filters={filters} />
      {statements.isError ? (
        <QueryError error={statements.error} />
      ) : (
        <DataTable
          label={t('statements.list')}
          columns={columns}
          rows={statements.data?.statements}
          rowKey={(statement) => statement.id}
          isLoading={statements.isPending}
          emptyTitle={t('statements.empty')}
        />
      )}
      <PageButtons pages={pages} nextCursor={statements.data?.nextCursor ?? null} />
      <StatementDialog statement={opened} onClose={() => setOpened(null)} />
    </>
  );
}
