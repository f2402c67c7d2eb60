import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';

export function ConversationsPage() {
  const { t } = useTranslation('development');
  const format = useFormat();
  const list = useQuery({
    queryKey: ['development', 'conversations', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/mine')),
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <>
      <PageHeader title={t('conversation.listTitle')} description={t('conversation.listDescription')} />
      {list.data.length === 0 ? (
        <EmptyState title={t('conversation.none')} />
      ) : (
        <ul className="space-y-3">
          {list.data.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <Link
                to="/development/conversations/$conversationId"
                params={{ conversationId: c.id }}
                className="font-medium text-teal-700 underline"
              >
                {c.mySide === 'employee'
                  ? t('conversation.withManager', { name: c.manager.displayName })
                  : t('conversation.withEmployee', { name: c.employee.displayName })}
              </Link>
              <span className="text-sm text-slate-600">{c.cycle.name}</span>
              {c.isLocked ? (
                <Badge tone="green">{t('conversation.signed')}</Badge>
              ) : c.isMyPreparationShared ? (
                <Badge tone="blue">{t('conversation.prepared')}</Badge>
              ) : (
                <Badge tone="amber">
                  {t('conversation.prepareBy', { date: format.date(c.cycle.preparationDue) })}
                </Badge>
              )}
              {c.meetingAt && <span className="text-sm text-slate-600">{format.dateTime(c.meetingAt)}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
