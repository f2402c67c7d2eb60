import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';
import { formatEuros } from '../../../shared/money.ts';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  attendanceQuery,
  type EventView,
  eventQuery,
  eventsQuery,
  feedbackQuery,
  useCheckIn,
  useMarkAttendance,
} from './queries.ts';
import { SessionCard } from './session-card.tsx';
import { sessionTime } from './when.ts';

/** Upcoming workshops with their sessions. */
export function EventsPage() {
  const { t } = useTranslation('events');
  const me = useMe();
  const events = useQuery(eventsQuery());
  if (events.isPending) return <Loading />;
  if (events.isError) return <QueryError error={events.error} />;
  const mayCreate = me.permissions.includes('catalogue.manage') || isManager(me);
  return (
    <div className="space-y-4">
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {mayCreate && (
        <Link
          to="/workshops/new"
          className="inline-block rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white"
        >
          {t('list.new')}
        </Link>
      )}
      {events.data.length === 0 && <EmptyState title={t('list.empty')} />}
      {events.data.map((event) => (
        <Card key={event.id} title={event.title} titleId={`event-${event.id}`}>
          <ul className="space-y-3">
            {event.sessions.map((session) => (
              <SessionCard key={session.id} session={session} needsApproval={event.needsApproval} />
            ))}
          </ul>
          <Link
            to="/workshops/$id"
            params={{ id: event.id }}
            className="mt-3 inline-block text-sm text-teal-700 underline"
          >
            {t('list.open', { title: event.title })}
          </Link>
        </Card>
      ))}
    </div>
  );
}

/** Cost and approval, who it is for, what it serves; the organiser's edit link. */
function EventFacts({ event }: { event: EventView }) {
  const { t, i18n } = useTranslation('events');
  const facts = [
    event.costCents ? t('event.cost', { amount: formatEuros(event.costCents, i18n.language) }) : null,
    event.needsApproval ? t('event.needsApproval') : null,
    event.team ? t('event.forTeam') : null,
  ].filter(Boolean);
  if (!facts.length && !event.serves.length && !event.canManage) return null;
  return (
    <div className="space-y-2 text-sm">
      {facts.length > 0 && <p>{facts.join(' · ')}</p>}
      {event.serves.length > 0 && (
        <p>
          {t('event.serves')}: {event.serves.map((s) => s.name).join(', ')}
        </p>
      )}
      {event.canManage && (
        <Link to="/workshops/$id/edit" params={{ id: event.id }} className="text-teal-700 underline">
          {t('event.edit')}
        </Link>
      )}
    </div>
  );
}

/** The organiser's feedback results (no names). */
function FeedbackResults({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('events');
  const results = useQuery(feedbackQuery(sessionId));
  if (!results.data) return null;
  const r = results.data;
  return (
    <Card title={t('feedback.results')} titleId="feedback-results">
      <p className="text-sm" data-testid="feedback-summary">
        {t('feedback.summary', { responses: r.responses, attended: r.attended })}
        {r.averageRating !== null && ` · ${t('feedback.average', { rating: r.averageRating })}`}
        {r.responses > 0 && ` · ${t('feedback.usefulCount', { count: r.usefulForWork })}`}
      </p>
      {r.comments.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {r.comments.map((c) => (
            <li key={c.createdAt}>
              “{c.comment}”{' '}
              <span className="text-slate-600">({t('feedback.stars', { count: c.rating })})</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One workshop: its summary and every session. */
export function EventPage() {
  const { t } = useTranslation('events');
  const { id } = useParams({ from: '/_app/workshops/$id' });
  const event = useQuery(eventQuery(id));
  if (event.isPending) return <Loading />;
  if (event.isError) return <QueryError error={event.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={event.data.title} description={event.data.summary} eyebrow={t('list.title')} />
      <EventFacts event={event.data} />
      <Card title={t('event.sessions')} titleId="event-sessions">
        <ul className="space-y-3">
          {event.data.sessions.map((session) => (
            <SessionCard key={session.id} session={session} needsApproval={event.data.needsApproval} />
          ))}
        </ul>
      </Card>
    </div>
  );
}

/** A QR code drawn as SVG squares (uqr gives the module matrix). */
function QrCode({ value, label }: { value: string; label: string }) {
  const { data, size } = encode(value, { border: 2 });
  // One path of unit squares: the dark modules.
  const path = data
    .flatMap((row, y) => row.flatMap((isDark, x) => (isDark ? [`M${x} ${y}h1v1h-1z`] : [])))
    .join('');
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="h-64 w-64 bg-white"
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <path d={path} />
    </svg>
  );
}

/** The trainer at the door: the QR code to scan, and the list to tick off by hand. */
export function AttendancePage() {
  const { t, i18n } = useTranslation('events');
  const { id } = useParams({ from: '/_app/workshops/sessions/$id/attendance' });
  const attendance = useQuery(attendanceQuery(id));
  const mark = useMarkAttendance(id);
  if (attendance.isPending) return <Loading />;
  if (attendance.isError) return <QueryError error={attendance.error} />;
  const { session, attendees, checkInUrl } = attendance.data;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('attendance.title', { title: session.title })}
        description={sessionTime(session.startsAt, session.endsAt, i18n.language)}
      />
      <Card title={t('attendance.qr')} titleId="attendance-qr">
        <div className="flex flex-col items-center gap-2">
          <QrCode value={checkInUrl} label={t('attendance.qrLabel')} />
          <p className="text-sm text-slate-600">{t('attendance.qrHint')}</p>
        </div>
      </Card>
      <Card title={t('attendance.list')} titleId="attendance-list">
        <ul className="divide-y">
          {attendees.map((a) => (
            <li key={a.registrationId} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span>
                <span className="font-medium">{a.person.displayName}</span>{' '}
                <span className="text-sm text-slate-600">
                  {a.status === 'waitlisted'
                    ? t('attendance.waitlisted')
                    : a.attendedAt
                      ? t('attendance.present')
                      : a.isNoShow
                        ? t('attendance.noShow')
                        : t('attendance.expected')}
                </span>
              </span>
              {a.status === 'confirmed' && (
                <Button
                  variant={a.attendedAt ? 'secondary' : 'primary'}
                  onClick={() => mark.mutate({ personId: a.person.id, attended: !a.attendedAt })}
                >
                  {a.attendedAt
                    ? t('attendance.undo', { name: a.person.displayName })
                    : t('attendance.mark', { name: a.person.displayName })}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <FormErrorRegion error={mark.error} />
      </Card>
      <FeedbackResults sessionId={session.id} />
    </div>
  );
}

/** Where the door's QR code leads: a signed-in person with a seat is checked in at once. */
export function CheckInPage() {
  const { t } = useTranslation('events');
  const { id } = useParams({ from: '/_app/workshops/check-in/$id' });
  const { code } = useSearch({ from: '/_app/workshops/check-in/$id' });
  const checkIn = useCheckIn();
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !code) return;
    started.current = true;
    checkIn.mutate({ id, code });
  }, [id, code, checkIn]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageHeader title={t('checkIn.title')} />
      <Card title={t('checkIn.status')} titleId="check-in-status">
        {checkIn.isPending && <Loading />}
        {checkIn.isSuccess && (
          <p role="status" className="text-lg font-semibold text-teal-800">
            {t('checkIn.done')}
          </p>
        )}
        <FormErrorRegion error={checkIn.error} />
      </Card>
    </div>
  );
}
