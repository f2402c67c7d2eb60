import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../components/format.ts';
import { approvalKinds, useApprovals } from './approvals.ts';
import type { Conversation } from './development-api.ts';

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline';

/** A few names and how many more: "Anna, Bram en 19 anderen". */
function useNames(names: string[]) {
  const { t } = useTranslation('development');
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? t('home.andOthers', { names: shown, count: names.length - 3 }) : shown;
}

/** My reports' conversations: grouped and counted, never one line per person. */
function TeamConversations({
  conversations,
  step,
}: {
  conversations: Pick<Conversation, 'employee' | 'cycle'>[];
  step: 'prepare' | 'sign';
}) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const names = useNames(conversations.map((c) => c.employee.displayName));
  if (conversations.length === 0) return null;
  const due = conversations
    .map((c) => c.cycle.preparationDue)
    .filter(Boolean)
    .sort()[0];
  return (
    <li>
      <Link to="/development/conversations" className={linkClass}>
        {step === 'prepare'
          ? t('home.prepareTeam', { count: conversations.length, date: format.date(due) })
          : t('home.signTeam', { count: conversations.length })}
      </Link>
      <span className="block text-xs text-slate-600">{names}</span>
    </li>
  );
}

/** Home: what development asks of me now — my own conversation, my team's, and what waits on my decision. */
export function DevelopmentHomeBlock() {
  const { t } = useTranslation('development');
  const format = useFormat();
  const conversations = useQuery({
    queryKey: ['development', 'conversations', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/mine')),
  });
  const approvals = useApprovals();
  const open = (conversations.data ?? []).filter(
    (c) => !c.isLocked && (!c.isMyPreparationShared || !c.isSignedByMe),
  );
  const mine = open.filter((c) => c.mySide === 'employee');
  const team = open.filter((c) => c.mySide === 'manager');
  const waiting = approvalKinds.filter((kind) => approvals.counts[kind] > 0);
  const total = waiting.reduce((sum, kind) => sum + approvals.counts[kind], 0);
  const hasTasks = mine.length + team.length + total > 0;
  return (
    <section aria-labelledby="home-development" className="space-y-3">
      <h2 id="home-development" className="text-base font-semibold text-slate-900">
        {t('home.title')}
      </h2>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        {!hasTasks ? (
          <p className="text-sm text-slate-600">
            {t('home.nothing')}{' '}
            <Link to="/development/plan" className={linkClass}>
              {t('home.toPlan')}
            </Link>
          </p>
        ) : (
          <ul className="space-y-3 text-sm">
            {total > 0 && (
              <li>
                <Link to="/development/approvals" className={linkClass}>
                  {t('approvals.waiting', { count: total })}
                </Link>
                <span className="block text-xs text-slate-600">
                  {waiting
                    .map((kind) => `${t(`approvals.kinds.${kind}`)}: ${approvals.counts[kind]}`)
                    .join(' · ')}
                </span>
              </li>
            )}
            {mine.map((c) => (
              <li key={c.id}>
                <Link
                  to="/development/conversations/$conversationId"
                  params={{ conversationId: c.id }}
                  className={linkClass}
                >
                  {c.isMyPreparationShared
                    ? t('home.signConversation', { name: c.manager.displayName })
                    : t('home.prepareConversation', {
                        name: c.manager.displayName,
                        date: format.date(c.cycle.preparationDue),
                      })}
                </Link>
              </li>
            ))}
            <TeamConversations conversations={team.filter((c) => !c.isMyPreparationShared)} step="prepare" />
            <TeamConversations conversations={team.filter((c) => c.isMyPreparationShared)} step="sign" />
          </ul>
        )}
      </div>
    </section>
  );
}
