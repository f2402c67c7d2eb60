import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button, buttonClass } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { CyclePeopleCard } from './cycle-people-card.tsx';
import { useDevelopmentMutation } from './development-api.ts';

// The API's createCycleBody: a name (at most 200), a template, four dates; job titles typed as one line.
const cycleSchema = z.object({
  name: z.string().trim().min(1).max(200),
  templateKey: z.string().min(1),
  startsOn: z.string().min(1),
  endsOn: z.string().min(1),
  preparationDue: z.string().min(1),
  signOffDue: z.string().min(1),
  jobTitles: z.string(),
});

function NewCycleForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation('development');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const year = new Date().getFullYear();
  const templates = useQuery({
    queryKey: ['development', 'templates'],
    queryFn: () => unwrap(api.GET('/api/v1/conversation-cycles/templates')),
  });
  const form = useZodForm(cycleSchema, {
    defaultValues: {
      name: '',
      templateKey: 'ontwikkelgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      preparationDue: `${year}-11-01`,
      signOffDue: `${year}-12-15`,
      jobTitles: '',
    },
  });
  const templateKey = useWatch({ control: form.control, name: 'templateKey' });
  const create = useDevelopmentMutation((values: z.output<typeof cycleSchema>) =>
    unwrap(
      api.POST('/api/v1/conversation-cycles', {
        body: {
          ...values,
          unitIds: [],
          jobTitles: values.jobTitles
            .split(',')
            .map((title) => title.trim())
            .filter(Boolean),
        },
      }),
    ),
  );
  const chosen = templates.data?.find((template) => template.key === templateKey);
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await create.mutateAsync(values);
        onDone();
      }}
      aria-label={t('cycles.new')}
    >
      <FormError />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t('cycles.name')} required />
        {/* Mounted again once the templates arrive, so the chosen one shows as chosen. */}
        <SelectField
          key={templates.data ? 'templates' : 'loading'}
          name="templateKey"
          label={t('cycles.template')}
        >
          {(templates.data ?? []).map((template) => (
            <option key={template.key} value={template.key}>
              {template.name[lang]}
            </option>
          ))}
        </SelectField>
        <TextField name="startsOn" label={t('cycles.startsOn')} type="date" />
        <TextField name="endsOn" label={t('cycles.endsOn')} type="date" />
        <TextField name="preparationDue" label={t('cycles.preparationDue')} type="date" />
        <TextField name="signOffDue" label={t('cycles.signOffDue')} type="date" />
      </div>
      {chosen && (
        <div className="rounded-lg bg-slate-50 p-4 text-sm">
          <p className="mb-2 text-slate-700">{chosen.description[lang]}</p>
          <ul className="list-disc pl-5 text-slate-700">
            {chosen.sections.map((section) => (
              <li key={section.id}>
                {section.title[lang]} ({t('cycles.questions', { count: section.questions.length })})
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField name="jobTitles" label={t('cycles.jobTitles')} hint={t('cycles.participantsHint')} />
      <div className="flex gap-2">
        <SubmitButton>{t('cycles.open')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

export function CyclesPage() {
  const { t } = useTranslation('development');
  const format = useFormat();
  const [isCreating, setIsCreating] = useState(false);
  const cycles = useQuery({
    queryKey: ['development', 'cycles'],
    queryFn: () => unwrap(api.GET('/api/v1/conversation-cycles')),
  });
  if (cycles.isPending) return <Loading />;
  if (cycles.isError) return <QueryError error={cycles.error} />;
  return (
    <>
      <PageHeader
        title={t('cycles.title')}
        description={t('cycles.description')}
        actions={
          <>
            <Link to="/development/templates" className={buttonClass('secondary')}>
              {t('templates.link')}
            </Link>
            {!isCreating && <Button onClick={() => setIsCreating(true)}>{t('cycles.new')}</Button>}
          </>
        }
      />
      <div className="space-y-6">
        {isCreating && (
          <Card title={t('cycles.new')} titleId="cycle-new">
            <NewCycleForm onDone={() => setIsCreating(false)} />
          </Card>
        )}
        {cycles.data.length === 0 ? (
          <EmptyState title={t('cycles.none')} />
        ) : (
          <ul className="space-y-3">
            {cycles.data.map((cycle) => (
              <li
                key={cycle.id}
                className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <Link
                  to="/development/cycles/$cycleId"
                  params={{ cycleId: cycle.id }}
                  className="font-medium text-teal-700 underline"
                >
                  {cycle.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {format.date(cycle.startsOn)} – {format.date(cycle.endsOn)}
                </span>
                <span className="ml-auto text-sm">
                  {t('cycles.signedOf', { signed: cycle.signed, total: cycle.conversations })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

export function CycleBoardPage({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const board = useQuery({
    queryKey: ['development', 'cycle', cycleId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/conversation-cycles/{id}/board', { params: { path: { id: cycleId } } })),
  });
  if (board.isPending) return <Loading />;
  if (board.isError) return <QueryError error={board.error} />;
  const { cycle, units } = board.data;
  const percent = (part: number, total: number) => (total ? Math.round((part / total) * 100) : 0);
  return (
    <>
      <PageHeader
        title={cycle.name}
        description={t('conversation.deadlines', {
          preparation: format.date(cycle.preparationDue),
          signOff: format.date(cycle.signOffDue),
        })}
      />
      <Card title={t('cycles.board')} titleId="cycle-board">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('cycles.board')}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1">{t('cycles.unit')}</th>
              <th>{t('cycles.total')}</th>
              <th>{t('cycles.prepared')}</th>
              <th>{t('cycles.held')}</th>
              <th>{t('cycles.signed')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((row) => (
              <tr key={row.unit?.id ?? 'none'} className="border-t border-slate-100">
                <td className="py-2 font-medium">{row.unit?.name ?? t('cycles.noUnit')}</td>
                <td>{row.total}</td>
                <td>
                  {row.prepared} ({percent(row.prepared, row.total)}%)
                </td>
                <td>
                  {row.held} ({percent(row.held, row.total)}%)
                </td>
                <td>
                  {row.signed} ({percent(row.signed, row.total)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <div className="mt-6">
        <CyclePeopleCard cycleId={cycleId} />
      </div>
    </>
  );
}
