import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { type EventSession, useCancelRegistration, useSignUp } from './queries.ts';
import { sessionTime } from './when.ts';

/** One session: when, where, seats; my sign-up, waitlist place or cancel; the invitation. */
export function SessionCard({ session }: { session: EventSession }) {
  const { t, i18n } = useTranslation('events');
  const signUp = useSignUp();
  const cancel = useCancelRegistration();
  const mine = session.myRegistration?.status === 'cancelled' ? null : session.myRegistration;
  const isFull = session.seatsTaken >= session.seats;
  return (
    <li
      className="rounded-lg border p-4"
      aria-label={sessionTime(session.startsAt, session.endsAt, i18n.language)}
    >
      <p className="font-medium">{sessionTime(session.startsAt, session.endsAt, i18n.language)}</p>
      <p className="text-sm text-slate-600">
        {session.location ?? t('session.online')}
        {session.trainer && ` · ${t('session.trainer', { name: session.trainer.name })}`}
      </p>
      <p className="mt-1 text-sm" data-testid="seats">
        {t('session.seats', { taken: session.seatsTaken, seats: session.seats })}
        {session.waitlistLength > 0 && ` · ${t('session.waitlist', { count: session.waitlistLength })}`}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {session.isCancelled && <Badge tone="red">{t('session.cancelled')}</Badge>}
        {mine?.status === 'confirmed' && <Badge tone="green">{t('session.confirmed')}</Badge>}
        {mine?.status === 'waitlisted' && (
          <Badge tone="amber">{t('session.waitlisted', { position: mine.waitlistPosition })}</Badge>
        )}
        {!mine && session.isOpen && (
          <Button onClick={() => signUp.mutate(session.id)}>
            {isFull ? t('session.joinWaitlist') : t('session.signUp')}
          </Button>
        )}
        {mine && !mine.attendedAt && !session.isCancelled && (
          <Button variant="secondary" onClick={() => cancel.mutate(session.id)}>
            {t('session.cancel')}
          </Button>
        )}
        {mine && (
          <a
            className="text-sm text-teal-700 underline"
            href={`/api/v1/workshops/sessions/${session.id}/invitation.ics`}
          >
            {t('session.invitation')}
          </a>
        )}
        {session.canManage && (
          <Link
            to="/workshops/sessions/$id/attendance"
            params={{ id: session.id }}
            className="text-sm text-teal-700 underline"
          >
            {t('session.attendance')}
          </Link>
        )}
      </div>
      <FormErrorRegion error={signUp.error ?? cancel.error} />
    </li>
  );
}
