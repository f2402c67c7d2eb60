import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { eventQuery } from './queries.ts';
import { SessionCard } from './session-card.tsx';

/**
 * A workshop's sessions with sign-up where someone meets the workshop: its catalogue page, or the
 * plan goal that links it.
 */
export function WorkshopSignUp({ eventId }: { eventId: string }) {
  const { t } = useTranslation('events');
  const event = useQuery(eventQuery(eventId));
  if (!event.data) return null;
  const upcoming = event.data.sessions.filter((s) => !s.isCancelled && new Date(s.endsAt) > new Date());
  return (
    <div className="space-y-2">
      {upcoming.length === 0 ? (
        <p className="text-sm text-slate-600">{t('signUp.none')}</p>
      ) : (
        <ul className="space-y-2" aria-label={t('signUp.sessions', { title: event.data.title })}>
          {upcoming.map((session) => (
            <SessionCard key={session.id} session={session} needsApproval={event.data.needsApproval} />
          ))}
        </ul>
      )}
      <Link to="/workshops/$id" params={{ id: eventId }} className="text-sm text-teal-700 underline">
        {t('list.open', { title: event.data.title })}
      </Link>
    </div>
  );
}
