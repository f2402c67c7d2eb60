import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { type EventSession, useCancelRegistration, useGiveFeedback, useSignUp } from './queries.ts';
import { sessionTime } from './when.ts';

/** After attending: how was it (1–5), can I use it in my work, a comment. */
function FeedbackForm({ session }: { session: EventSession }) {
  const { t } = useTranslation('events');
  const give = useGiveFeedback(session.id);
  const [rating, setRating] = useState(0);
  const [isUseful, setIsUseful] = useState(true);
  const [comment, setComment] = useState('');
  return (
    <form
      className="mt-3 space-y-2 rounded-lg bg-slate-50 p-3"
      aria-label={t('feedback.title')}
      onSubmit={(e) => {
        e.preventDefault();
        give.mutate({ rating, isUsefulForWork: isUseful, comment: comment.trim() || null });
      }}
    >
      <p className="font-medium">{t('feedback.title')}</p>
      <fieldset>
        <legend className="text-sm">{t('feedback.rating')}</legend>
        <div className="mt-1 flex gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex items-center gap-1 rounded border bg-white px-2 py-1 text-sm">
              <input
                type="radio"
                name={`rating-${session.id}`}
                checked={rating === n}
                onChange={() => setRating(n)}
              />
              {t('feedback.stars', { count: n })}
            </label>
          ))}
        </div>
      </fieldset>
      <Checkbox
        label={t('feedback.useful')}
        checked={isUseful}
        onChange={(e) => setIsUseful(e.target.checked)}
      />
      <TextArea
        label={t('feedback.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        rows={2}
      />
      <FormErrorRegion error={give.error} />
      <Button type="submit" isBusy={give.isPending} disabled={rating === 0}>
        {t('feedback.send')}
      </Button>
    </form>
  );
}

/** One session: when, where, seats; my sign-up, waitlist place or cancel; the invitation. */
export function SessionCard({
  session,
  needsApproval = false,
}: {
  session: EventSession;
  needsApproval?: boolean;
}) {
  const { t, i18n } = useTranslation('events');
  const signUp = useSignUp();
  const cancel = useCancelRegistration();
  const mine = session.myRegistration?.status === 'cancelled' ? null : session.myRegistration;
  const isWaitingForManager = !mine && session.myApproval?.state === 'pending';
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
        {isWaitingForManager && <Badge tone="amber">{t('session.pendingApproval')}</Badge>}
        {!mine && session.myApproval?.state === 'declined' && (
          <Badge tone="red">{t('session.declined')}</Badge>
        )}
        {mine?.attendedAt && <Badge tone="green">{t('session.attended')}</Badge>}
        {!mine && !isWaitingForManager && session.isOpen && (
          <Button onClick={() => signUp.mutate(session.id)}>
            {needsApproval
              ? t('session.askApproval')
              : isFull
                ? t('session.joinWaitlist')
                : t('session.signUp')}
          </Button>
        )}
        {(isWaitingForManager || (mine && !mine.attendedAt)) && !session.isCancelled && (
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
      {mine?.attendedAt && !mine.hasGivenFeedback && <FeedbackForm session={session} />}
      {mine?.attendedAt && mine.hasGivenFeedback && (
        <p className="mt-2 text-sm text-slate-600">{t('feedback.thanks')}</p>
      )}
      <FormErrorRegion error={signUp.error ?? cancel.error} />
    </li>
  );
}
