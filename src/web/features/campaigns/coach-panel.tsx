import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { coachPanelQuery, type CoachPanel as PanelData } from './coach-queries.ts';

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline';

/** What the moment is about: the conversations, the finished learning, the quiet team, the campaigns. */
function MomentFacts({
  moment,
  panel,
}: {
  moment: PanelData['moments'][number]['moment'];
  panel: PanelData;
}) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  if (moment === 'before_conversation')
    return (
      <ul className="space-y-1 text-sm text-slate-700">
        {panel.conversations.map((conversation) => (
          <li key={conversation.id}>
            <Link
              to="/development/conversations/$conversationId"
              params={{ conversationId: conversation.id }}
              className={linkClass}
            >
              {t('coach.conversationWith', {
                name: conversation.personName,
                when: format.dateTime(conversation.meetingAt),
              })}
            </Link>
            {conversation.suggestions.length > 0 && (
              <span className="text-slate-600">
                {' '}
                · {t('coach.suggest')}: {conversation.suggestions.map((s) => s.title).join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    );
  if (moment === 'member_finished')
    return (
      <ul className="space-y-1 text-sm text-slate-700">
        {panel.finished.map((row) => (
          <li key={`${row.personId}:${row.completedAt}`}>
            {t('coach.finishedItem', { name: row.personName, title: row.title })} ·{' '}
            {format.date(row.completedAt.slice(0, 10))}
          </li>
        ))}
      </ul>
    );
  if (moment === 'team_quiet')
    return (
      <p className="text-sm text-slate-700">
        {panel.quiet?.lastActivityAt
          ? t('coach.quietSince', { date: format.date(panel.quiet.lastActivityAt.slice(0, 10)) })
          : t('coach.quietNever')}
      </p>
    );
  return (
    <ul className="space-y-1 text-sm text-slate-700">
      {panel.campaigns.map((campaign) => (
        <li key={campaign.id}>
          {campaign.title} · {t(`phases.${campaign.phase}`)}
        </li>
      ))}
    </ul>
  );
}

/** The manager's coach: tips tied to what is going on in the team now. */
export function CoachPanel() {
  const { t } = useTranslation('campaigns');
  const panel = useQuery(coachPanelQuery());
  return (
    <Card title={t('coach.title')} titleId="coach-panel">
      {panel.isPending && <Loading />}
      {panel.isError && <QueryError error={panel.error} />}
      {panel.data && panel.data.moments.length === 0 && (
        <p className="text-sm text-slate-600">{t('coach.nothing')}</p>
      )}
      {panel.data && (
        <div className="space-y-5">
          {panel.data.moments.map(({ moment, tips }) => (
            <section key={moment} aria-labelledby={`coach-${moment}`} className="space-y-2">
              <h3 id={`coach-${moment}`} className="font-semibold text-slate-900">
                {t(`coach.moments.${moment}`)}
              </h3>
              <MomentFacts moment={moment} panel={panel.data} />
              <ul className="grid gap-2 md:grid-cols-2">
                {tips.map((tip) => (
                  <li
                    key={tip.id}
                    lang={tip.language}
                    dir={tip.dir}
                    className="rounded-lg border border-teal-100 bg-teal-50 p-3"
                  >
                    <p className="font-medium text-slate-900">{tip.title}</p>
                    {tip.body && <p className="mt-1 text-sm text-slate-700">{tip.body}</p>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
