import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { useMe } from '../../lib/session.tsx';
import { useDevelopmentMutation } from './development-api.ts';

type Agreement = Schemas['LearningAgreement'];

function FollowupAnswer({ agreement, day }: { agreement: Agreement; day: 30 | 60 | 90 }) {
  const { t } = useTranslation('development');
  const [answer, setAnswer] = useState('');
  const save = useDevelopmentMutation(() =>
    unwrap(
      api.PUT('/api/v1/learning-agreements/{id}/followups/{day}', {
        params: { path: { id: agreement.id, day } },
        body: { answer },
      }),
    ),
  );
  return (
    <div className="mt-2 space-y-2 rounded-lg bg-amber-50 p-3">
      <FormErrorRegion error={save.error} />
      <TextArea
        label={t('agreement.followupQuestion', { day, title: agreement.title })}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <Button
        variant="secondary"
        onClick={() => save.mutate(undefined)}
        disabled={!answer.trim()}
        isBusy={save.isPending}
      >
        {t('agreement.answer')}
      </Button>
    </div>
  );
}

/** Learning agreements: mine (answer the follow-up questions) and, for a manager, my reports' (agree). */
export function LearningAgreementsCard({ scope }: { scope: 'mine' | 'team' }) {
  const { t } = useTranslation('development');
  const me = useMe();
  const format = useFormat();
  const agreements = useQuery({
    queryKey: ['development', 'agreements', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/learning-agreements/mine')),
  });
  const agree = useDevelopmentMutation((id: string) =>
    unwrap(api.POST('/api/v1/learning-agreements/{id}/agree', { params: { path: { id } } })),
  );
  const list = (agreements.data ?? []).filter((a) => (scope === 'mine') === (a.person.id === me.person.id));
  if (list.length === 0) return null;
  return (
    <Card
      title={scope === 'mine' ? t('agreement.mine') : t('agreement.team')}
      titleId={`agreements-${scope}`}
    >
      <FormErrorRegion error={agree.error} />
      <ul className="space-y-4">
        {list.map((agreement) => (
          <li key={agreement.id} className="text-sm">
            <div className="flex flex-wrap items-center gap-2">
              {scope === 'team' && <span className="font-medium">{agreement.person.displayName}</span>}
              <span className="font-medium text-slate-900">{agreement.title}</span>
              {agreement.isWillingBuddy && <Badge tone="violet">{t('agreement.buddyBadge')}</Badge>}
              {agreement.isWillingMentor && <Badge tone="violet">{t('agreement.mentorBadge')}</Badge>}
              {agreement.managerAgreedAt ? (
                <Badge tone="green">{t('agreement.agreed')}</Badge>
              ) : (
                <Badge tone="amber">{t('agreement.awaitingManager')}</Badge>
              )}
            </div>
            <p className="mt-1 text-slate-700">{agreement.application}</p>
            <p className="mt-1 text-xs text-slate-500">
              {agreement.followups
                .map((f) =>
                  f.answeredAt
                    ? t('agreement.followupAnswered', { day: f.day })
                    : t('agreement.followupDue', { day: f.day, date: format.date(f.dueOn) }),
                )
                .join(' · ')}
            </p>
            {agreement.can.agree && (
              <Button
                className="mt-2"
                variant="secondary"
                onClick={() => agree.mutate(agreement.id)}
                isBusy={agree.isPending}
              >
                {t('agreement.agree')}
              </Button>
            )}
            {agreement.can.answer &&
              agreement.followups
                .filter((f) => f.isAsked && !f.answeredAt)
                .map((f) => <FollowupAnswer key={f.day} agreement={agreement} day={f.day as 30 | 60 | 90} />)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
