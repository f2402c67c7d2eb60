import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { attendanceQuery, eventQuery, eventsQuery, useCheckIn, useMarkAttendance } from './queries.ts';
import { SessionCard } from './session-card.tsx';
import { sessionTime } from './when.ts';

/** Upcoming workshops with their sessions. */
export function EventsPage() {
  const { t } = useTranslation('events');
  const events = useQuery(eventsQuery());
  if (events.isPending) return <Loading />;
  if (events.isError) return <QueryError error={events.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {events.data.length === 0 && <EmptyState title={t('list.empty')} />}
      {events.data.map((event) => (
        <Card key={event.id} title={event.title} titleId={`event-${event.id}`}>
          <ul className="space-y-3">
            {event.sessions.map((session) => (
              <SessionCard key={session.id} session={session} />
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
      <Card title={t('event.sessions')} titleId="event-sessions">
        <ul className="space-y-3">
          {event.data.sessions.map((session) => (
            <SessionCard key={session.id} session={session} />
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
