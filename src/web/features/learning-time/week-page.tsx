import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { hoursAndMinutes } from './hours.ts';
import {
  feedQuery,
  useAnswerProposal,
  useLogTime,
  useRemoveBlock,
  useRenewFeed,
  useReserveBlock,
  useRevokeFeed,
  type Week,
  weekQuery,
} from './queries.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const blockSchema = z.object({
  title: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  startTime: time,
  endTime: time,
  repeatsWeekly: z.boolean(),
});
const entrySchema = z.object({
  date: z.iso.date(),
  minutes: z.number().int().min(1).max(1440),
  description: z.string().trim().min(1).max(300),
});

function Totals({ week }: { week: Week }) {
  const { t } = useTranslation('learning-time');
  const h = (m: number) => hoursAndMinutes(m, t('hourUnit'));
  const percent = week.normMinutes
    ? Math.min(100, Math.round((week.learnedMinutes / week.normMinutes) * 100))
    : 0;
  return (
    <Card title={t('week.totals', { from: week.weekStart, to: week.weekEnd })} titleId="lt-totals">
      <dl className="grid grid-cols-3 gap-3 text-center">
        {(
          [
            ['norm', week.normMinutes],
            ['reserved', week.reservedMinutes],
            ['learned', week.learnedMinutes],
          ] as const
        ).map(([key, minutes]) => (
          <div key={key} className="rounded-lg bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">{t(`week.${key}`)}</dt>
            <dd className="text-lg font-semibold" data-testid={`lt-${key}`}>
              {h(minutes)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-3">
        <ProgressBar percent={percent} label={t('week.progress', { percent })} />
      </div>
    </Card>
  );
}

function Planned({ week }: { week: Week }) {
  const { t, i18n } = useTranslation('learning-time');
  const remove = useRemoveBlock();
  const day = (date: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date(`${date}T12:00:00Z`));
  return (
    <Card title={t('week.planned')} titleId="lt-planned">
      {week.occurrences.length === 0 ? (
        <p className="text-sm text-slate-600">{t('week.nothingPlanned')}</p>
      ) : (
        <ul className="divide-y">
          {week.occurrences.map((o) => (
            <li
              key={`${o.blockId}-${o.date}`}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
            >
              <span>
                <span className="font-medium">{o.title}</span>{' '}
                <span className="text-sm text-slate-600">
                  {day(o.date)}, {o.startTime}–{o.endTime}
                </span>
              </span>
              <Button variant="secondary" onClick={() => remove.mutate(o.blockId)}>
                {t('week.remove', { title: o.title })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {week.entries.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t('week.learnedList')}</h3>
          <ul className="divide-y">
            {week.entries.map((e) => (
              <li key={e.id} className="py-2 text-sm">
                {day(e.date)}: {hoursAndMinutes(e.minutes, t('hourUnit'))} —{' '}
                {e.description ?? t(`sources.${e.source}`)}{' '}
                <span className="text-slate-600">({t(`sources.${e.source}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

/** Team learning hours my manager proposed: accept (it becomes my block) or decline. */
function Proposals({ week }: { week: Week }) {
  const { t } = useTranslation('learning-time');
  const answer = useAnswerProposal();
  if (week.proposals.length === 0) return null;
  return (
    <Card title={t('proposals.title')} titleId="lt-proposals">
      <ul className="divide-y">
        {week.proposals.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{p.title}</span>{' '}
              <span className="text-sm text-slate-600">
                {p.date}, {p.startTime}–{p.endTime}
                {p.repeatsWeekly && ` · ${t('proposals.weekly')}`} ·{' '}
                {t('proposals.by', { name: p.proposedBy })}
              </span>{' '}
              <span className="text-sm" data-testid="proposal-answer">
                {t(`proposals.answers.${p.answer}`)}
              </span>
            </span>
            <span className="flex gap-2">
              {p.answer !== 'accepted' && (
                <Button onClick={() => answer.mutate({ id: p.id, accept: true })}>
                  {t('proposals.accept', { title: p.title })}
                </Button>
              )}
              {p.answer !== 'declined' && (
                <Button variant="secondary" onClick={() => answer.mutate({ id: p.id, accept: false })}>
                  {t('proposals.decline', { title: p.title })}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ReserveForm({ today }: { today: string }) {
  const { t } = useTranslation('learning-time');
  const reserve = useReserveBlock();
  const form = useZodForm(blockSchema, {
    defaultValues: { title: '', date: today, startTime: '14:00', endTime: '15:00', repeatsWeekly: false },
  });
  return (
    <Card title={t('reserve.title')} titleId="lt-reserve">
      <Form
        form={form}
        onSubmit={async (values) => {
          await reserve.mutateAsync(values);
          form.reset({ ...values, title: '' });
        }}
      >
        <TextField name="title" label={t('reserve.what')} hint={t('reserve.whatHint')} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField name="date" type="date" label={t('reserve.date')} />
          <TextField name="startTime" type="time" label={t('reserve.start')} />
          <TextField name="endTime" type="time" label={t('reserve.end')} />
        </div>
        <CheckboxField name="repeatsWeekly" label={t('reserve.weekly')} />
        <FormError />
        <SubmitButton>{t('reserve.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

function LogForm({ today }: { today: string }) {
  const { t } = useTranslation('learning-time');
  const log = useLogTime();
  const form = useZodForm(entrySchema, { defaultValues: { date: today, minutes: 30, description: '' } });
  return (
    <Card title={t('log.title')} titleId="lt-log">
      <Form
        form={form}
        onSubmit={async (values) => {
          await log.mutateAsync(values);
          form.reset({ ...values, description: '' });
        }}
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField name="date" type="date" label={t('log.date')} />
          <TextField name="minutes" type="number" label={t('log.minutes')} />
        </div>
        <TextField name="description" label={t('log.description')} />
        <FormError />
        <SubmitButton>{t('log.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

function FeedCard() {
  const { t } = useTranslation('learning-time');
  const feed = useQuery(feedQuery());
  const renew = useRenewFeed();
  const revoke = useRevokeFeed();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <Card title={t('feed.title')} titleId="lt-feed">
      <p className="text-sm text-slate-600">{t('feed.intro')}</p>
      {url && (
        <p className="mt-2 break-all rounded bg-slate-50 p-2 font-mono text-sm" data-testid="feed-url">
          {url}
        </p>
      )}
      {url && <p className="mt-1 text-sm text-slate-600">{t('feed.once')}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={async () => setUrl((await renew.mutateAsync(undefined)).url)}>
          {feed.data?.isActive ? t('feed.renew') : t('feed.make')}
        </Button>
        {feed.data?.isActive && (
          <Button
            variant="secondary"
            onClick={async () => {
              await revoke.mutateAsync(undefined);
              setUrl(null);
            }}
          >
            {t('feed.revoke')}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** My learning time this week: norm, reserved and learned; reserve a block, log time, subscribe. */
export function WeekPage() {
  const { t } = useTranslation('learning-time');
  const me = useMe();
  const week = useQuery(weekQuery());
  if (week.isPending) return <Loading />;
  if (week.isError) return <QueryError error={week.error} />;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-4">
      <PageHeader title={t('week.title')} description={t('week.intro')} />
      {(can(me, 'development.manage') || can(me, 'catalogue.manage')) && (
        <Link to="/learning-time/norms" className="text-sm text-teal-700 underline">
          {t('norms.edit')}
        </Link>
      )}
      <Totals week={week.data} />
      <Proposals week={week.data} />
      <Planned week={week.data} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ReserveForm today={today} />
        <LogForm today={today} />
      </div>
      <FeedCard />
    </div>
  );
}
