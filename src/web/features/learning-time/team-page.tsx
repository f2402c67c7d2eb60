import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Column, DataTable } from '../../components/data-table.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { hoursAndMinutes } from './hours.ts';
import { type TeamWeek, teamNoShowsQuery, teamQuery, useProposeHour } from './queries.ts';

type Member = TeamWeek['members'][number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const proposalSchema = z.object({
  title: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  startTime: time,
  endTime: time,
  repeatsWeekly: z.boolean(),
});

/** A learning hour for the whole team: each member sees it in their week and accepts or declines. */
function ProposeForm({ team }: { team: TeamWeek }) {
  const { t } = useTranslation('learning-time');
  const propose = useProposeHour();
  const today = new Date().toISOString().slice(0, 10);
  const form = useZodForm(proposalSchema, {
    defaultValues: { title: '', date: today, startTime: '14:00', endTime: '15:00', repeatsWeekly: false },
  });
  return (
    <Card title={t('propose.title')} titleId="lt-propose">
      <p className="mb-3 text-sm text-slate-600">{t('propose.intro')}</p>
      <Form
        form={form}
        onSubmit={async (values) => {
          await propose.mutateAsync(values);
          form.reset({ ...values, title: '' });
        }}
      >
        <TextField name="title" label={t('propose.what')} hint={t('propose.whatHint')} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField name="date" type="date" label={t('reserve.date')} />
          <TextField name="startTime" type="time" label={t('reserve.start')} />
          <TextField name="endTime" type="time" label={t('reserve.end')} />
        </div>
        <CheckboxField name="repeatsWeekly" label={t('reserve.weekly')} />
        <FormError />
        <SubmitButton>{t('propose.submit')}</SubmitButton>
      </Form>
      {team.proposals.length > 0 && (
        <ul className="mt-4 divide-y" aria-label={t('propose.list')}>
          {team.proposals.map((p) => (
            <li key={p.id} className="py-2 text-sm">
              <span className="font-medium">{p.title}</span> · {p.date}, {p.startTime}–{p.endTime} ·{' '}
              {t('propose.answers', { accepted: p.accepted, declined: p.declined, open: p.open })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** My reports' missed workshop sessions (which session, not why). */
function NoShows() {
  const { t, i18n } = useTranslation('learning-time');
  const noShows = useQuery(teamNoShowsQuery());
  if (!noShows.data?.length) return null;
  const day = (at: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
      new Date(at),
    );
  return (
    <Card title={t('noShows.title')} titleId="lt-no-shows">
      <p className="mb-2 text-sm text-slate-600">{t('noShows.intro')}</p>
      <ul className="divide-y">
        {noShows.data.map((n) => (
          <li key={`${n.sessionId}-${n.person.id}`} className="py-2 text-sm">
            <span className="font-medium">{n.person.displayName}</span> — {n.title}, {day(n.startsAt)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The manager's view: per report the norm, reserved and learned time this week (never what). */
export function TeamPage() {
  const { t } = useTranslation('learning-time');
  const team = useQuery(teamQuery());
  if (team.isPending) return <Loading />;
  if (team.isError) return <QueryError error={team.error} />;
  const h = (m: number) => hoursAndMinutes(m, t('hourUnit'));
  const columns: Column<Member>[] = [
    { id: 'name', header: t('team.person'), cell: (m) => m.person.displayName },
    { id: 'norm', header: t('week.norm'), cell: (m) => h(m.normMinutes) },
    { id: 'reserved', header: t('week.reserved'), cell: (m) => h(m.reservedMinutes) },
    { id: 'learned', header: t('week.learned'), cell: (m) => h(m.learnedMinutes) },
  ];
  return (
    <div className="space-y-4">
      <PageHeader title={t('team.title')} description={t('team.intro')} />
      <Card title={t('week.totals', { from: team.data.weekStart, to: team.data.weekEnd })} titleId="lt-team">
        <DataTable
          label={t('team.title')}
          rows={team.data.members}
          columns={columns}
          rowKey={(m) => m.person.id}
          emptyTitle={t('team.empty')}
        />
      </Card>
      {team.data.members.length > 0 && <ProposeForm team={team.data} />}
      <NoShows />
    </div>
  );
}
