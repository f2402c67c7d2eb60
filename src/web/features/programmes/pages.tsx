import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { BuildTools } from './build-tools.tsx';
import {
  type Programme,
  type ProgrammeSession,
  programmeQuery,
  programmesQuery,
  useCreateProgramme,
  useJoin,
  useLeave,
} from './queries.ts';
import { Recap } from './recap.tsx';

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');
const dayOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );
const timeOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const dateOf = (date: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );

const createSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  tracks: z.string().max(1200),
});

function CreateProgramme() {
  const { t } = useTranslation('programmes');
  const create = useCreateProgramme();
  const form = useZodForm(createSchema, {
    defaultValues: { title: '', summary: '', startsOn: '', endsOn: '', tracks: '' },
  });
  return (
    <Card title={t('create.title')} titleId="programme-create">
      <Form
        form={form}
        aria-label={t('create.title')}
        onSubmit={async (values) => {
          await create.mutateAsync({
            ...values,
            tracks: values.tracks
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
          });
          form.reset();
        }}
      >
        <TextField name="title" label={t('create.name')} />
        <TextAreaField name="summary" label={t('create.summary')} rows={2} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField name="startsOn" type="date" label={t('create.startsOn')} />
          <TextField name="endsOn" type="date" label={t('create.endsOn')} />
        </div>
        <TextField name="tracks" label={t('create.tracks')} hint={t('create.tracksHint')} />
        <FormError />
        <SubmitButton>{t('create.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

/** The organisation's programmes; L&D make new ones here. */
export function ProgrammesPage() {
  const { t, i18n } = useTranslation('programmes');
  const me = useMe();
  const list = useQuery(programmesQuery());
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {list.data.length === 0 && <EmptyState title={t('list.empty')} />}
      <ul className="grid gap-4 md:grid-cols-2">
        {list.data.map((programme) => (
          <li key={programme.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                to="/programmes/$id"
                params={{ id: programme.id }}
                className="text-lg font-semibold text-teal-800 underline"
              >
                {programme.title}
              </Link>
              {programme.status === 'draft' && <Badge tone="amber">{t('status.draft')}</Badge>}
              {programme.isOver && <Badge>{t('status.over')}</Badge>}
            </div>
            <p className="text-sm text-slate-600">
              {t('list.period', {
                from: dateOf(programme.startsOn, i18n.language),
                to: dateOf(programme.endsOn, i18n.language),
              })}{' '}
              · {t('list.sessions', { count: programme.sessionCount })}
            </p>
            {programme.summary && <p className="mt-2 text-sm">{programme.summary}</p>}
          </li>
        ))}
      </ul>
      {can(me, 'catalogue.manage') && <CreateProgramme />}
    </div>
  );
}

function SessionItem({
  programme,
  session,
  titles,
}: {
  programme: Programme;
  session: ProgrammeSession;
  titles: Map<string, string>;
}) {
  const { t, i18n } = useTranslation('programmes');
  const join = useJoin(programme.id);
  const leave = useLeave(programme.id);
  const [joinedClash, setJoinedClash] = useState<string[]>([]);
  const track = programme.tracks.find((candidate) => candidate.id === session.trackId);
  const mine = session.inMySchedule ? session.myRegistration : null;
  const isFull = session.seatsTaken >= session.seats;
  const clashTitles = session.clashesWith.map((id) => titles.get(id) ?? '').filter(Boolean);
  return (
    <li
      className={`rounded-lg border p-4 ${session.inMySchedule && session.clashesWith.length ? 'border-amber-400 bg-amber-50' : 'border-slate-200'}`}
      aria-label={session.title}
      data-testid="programme-session"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span className="font-medium text-slate-900">
          {timeOf(session.startsAt, i18n.language)}–{timeOf(session.endsAt, i18n.language)}
        </span>
        {track && <Badge tone="blue">{track.name}</Badge>}
        <Badge tone="violet">{t(`format.${session.format}`)}</Badge>
      </div>
      <p className="mt-1 font-semibold">{session.title}</p>
      {session.summary && <p className="text-sm text-slate-700">{session.summary}</p>}
      {session.speakers.length > 0 && (
        <p className="text-sm text-slate-600">
          {session.speakers
            .map(
              (speaker) =>
                `${speaker.name}${speaker.affiliation ? ` (${speaker.affiliation})` : ''} · ${t(`speaker.${speaker.kind}`)}`,
            )
            .join(', ')}
        </p>
      )}
      <p className="text-sm text-slate-600">
        {session.location ?? t('session.online')} ·{' '}
        <span data-testid="capacity">
          {t('session.seats', { taken: session.seatsTaken, seats: session.seats })}
          {session.waitlistLength > 0 && ` · ${t('session.waitlist', { count: session.waitlistLength })}`}
        </span>
      </p>
      {clashTitles.length > 0 && (
        <p
          className="mt-2 text-sm font-medium text-amber-900"
          role={session.inMySchedule ? 'alert' : undefined}
        >
          {session.inMySchedule
            ? t('clash.inSchedule', { titles: clashTitles.join(', ') })
            : t('clash.wouldClash', { titles: clashTitles.join(', ') })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {session.isCancelled && <Badge tone="red">{t('session.cancelled')}</Badge>}
        {mine?.status === 'confirmed' && <Badge tone="green">{t('session.inSchedule')}</Badge>}
        {mine?.status === 'waitlisted' && (
          <Badge tone="amber">{t('session.waitlisted', { position: mine.waitlistPosition })}</Badge>
        )}
        {!mine && session.isOpen && programme.status === 'published' && (
          <Button
            onClick={async () => setJoinedClash((await join.mutateAsync(session.id)).clashesWith)}
            aria-label={t('session.addNamed', { title: session.title })}
          >
            {isFull ? t('session.joinWaitlist') : t('session.add')}
          </Button>
        )}
        {mine && !session.isCancelled && (
          <Button
            variant="secondary"
            onClick={() => leave.mutate(session.id)}
            aria-label={t('session.removeNamed', { title: session.title })}
          >
            {t('session.remove')}
          </Button>
        )}
      </div>
      {joinedClash.length > 0 && mine && <span className="sr-only">{t('clash.added')}</span>}
      <FormErrorRegion error={join.error ?? leave.error} />
    </li>
  );
}

function Schedule({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation('programmes');
  const titles = new Map(programme.sessions.map((s) => [s.id, s.title]));
  const days = new Map<string, ProgrammeSession[]>();
  for (const session of programme.sessions) {
    const day = dayOf(session.startsAt, i18n.language);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  if (programme.sessions.length === 0) return <EmptyState title={t('programme.noSessions')} />;
  return (
    <div className="space-y-4">
      {[...days].map(([day, sessions]) => (
        <Card key={day} title={day} titleId={`day-${day}`}>
          <ul className="grid gap-3 lg:grid-cols-2">
            {sessions.map((session) => (
              <SessionItem key={session.id} programme={programme} session={session} titles={titles} />
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}

function MySchedule({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation('programmes');
  const mine = programme.sessions.filter((s) => s.inMySchedule);
  return (
    <Card title={t('mine.title')} titleId="my-schedule">
      {programme.clashCount > 0 && (
        <p className="mb-3 rounded-md bg-amber-100 p-3 text-sm font-medium text-amber-900" role="alert">
          {t('mine.clashes', { count: programme.clashCount })}
        </p>
      )}
      {mine.length === 0 ? (
        <p className="text-sm text-slate-600">{t('mine.empty')}</p>
      ) : (
        <ul className="divide-y text-sm" data-testid="my-schedule">
          {mine.map((session) => (
            <li key={session.id} className="py-2">
              <span className="font-medium">{session.title}</span>{' '}
              <span className="text-slate-600">
                {dayOf(session.startsAt, i18n.language)}, {timeOf(session.startsAt, i18n.language)}–
                {timeOf(session.endsAt, i18n.language)}
                {session.myRegistration?.status === 'waitlisted' && ` · ${t('mine.waitlisted')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mine.length > 0 && (
        <a
          className="mt-3 inline-block text-sm text-teal-700 underline"
          href={`/api/v1/programmes/${programme.id}/my-schedule.ics`}
        >
          {t('mine.calendar')}
        </a>
      )}
    </Card>
  );
}

export function ProgrammePage() {
  const { t, i18n } = useTranslation('programmes');
  const { id } = useParams({ from: '/_app/programmes/$id' });
  const programme = useQuery(programmeQuery(id));
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <QueryError error={programme.error} />;
  const p = programme.data;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={<Link to="/programmes">{t('list.title')}</Link>}
        title={p.title}
        description={
          <>
            {t('list.period', {
              from: dateOf(p.startsOn, i18n.language),
              to: dateOf(p.endsOn, i18n.language),
            })}
            {p.summary && <span className="block">{p.summary}</span>}
          </>
        }
        actions={
          <>
            {p.status === 'draft' && <Badge tone="amber">{t('status.draft')}</Badge>}
            {p.isOver && <Badge>{t('status.over')}</Badge>}
          </>
        }
      />
      {(p.isOver || p.materials.length > 0) && <Recap programme={p} />}
      <MySchedule programme={p} />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t('programme.tracks')}:</span>
        {p.tracks.map((track) => (
          <Badge key={track.id} tone="blue">
            {track.name}
          </Badge>
        ))}
      </p>
      <Schedule programme={p} />
      {p.canManage && <BuildTools programme={p} />}
      {p.canManage && !p.isOver && p.materials.length === 0 && <Recap programme={p} />}
    </div>
  );
}
