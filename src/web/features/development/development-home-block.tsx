import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../components/format.ts';

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline';

/** Home: what development asks of me now — conversations to prepare or sign, requests to decide on. */
export function DevelopmentHomeBlock() {
  const { t } = useTranslation('development');
  const format = useFormat();
  const conversations = useQuery({
    queryKey: ['development', 'conversations', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/mine')),
  });
  const approvals = useQuery({
    queryKey: ['development', 'approvals'],
    queryFn: () => unwrap(api.GET('/api/v1/budgets/approvals')),
  });
  const tasks = [
    ...(conversations.data ?? [])
      .filter((c) => !c.isLocked && (!c.isMyPreparationShared || !c.isSignedByMe))
      .map((c) => (
        <li key={c.id}>
          <Link
            to="/development/conversations/$conversationId"
            params={{ conversationId: c.id }}
            className={linkClass}
          >
            {c.isMyPreparationShared
              ? t('home.signConversation', {
                  name: c.mySide === 'employee' ? c.manager.displayName : c.employee.displayName,
                })
              : t('home.prepareConversation', {
                  name: c.mySide === 'employee' ? c.manager.displayName : c.employee.displayName,
                  date: format.date(c.cycle.preparationDue),
                })}
          </Link>
        </li>
      )),
    ...((approvals.data ?? []).length > 0
      ? [
          <li key="approvals">
            <Link to="/development/approvals" className={linkClass}>
              {t('home.approve', { count: approvals.data?.length ?? 0 })}
            </Link>
          </li>,
        ]
      : []),
  ];
  return (
    <section aria-labelledby="home-development" className="space-y-3">
      <h2 id="home-development" className="text-base font-semibold text-slate-900">
        {t('home.title')}
      </h2>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        {tasks.length === 0 ? (
          <p className="text-sm text-slate-600">
            {t('home.nothing')}{' '}
            <Link to="/development/plan" className={linkClass}>
              {t('home.toPlan')}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2 text-sm">{tasks}</ul>
        )}
      </div>
    </section>
  );
}
