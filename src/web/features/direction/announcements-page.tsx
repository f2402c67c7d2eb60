import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { AnnouncementForm } from './announcement-form.tsx';
import { directionKeys, useAnnouncements } from './api.ts';

function PinToggle({ id, isPinned }: { id: string; isPinned: boolean }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/announcements/{id}', { params: { path: { id } }, body: { isPinned: !isPinned } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directionKeys.announcements }),
  });
  return (
    <Button variant="ghost" onClick={() => save.mutate()} isBusy={save.isPending}>
      {isPinned ? t('announcements.unpin') : t('announcements.pinAction')}
    </Button>
  );
}

export function AnnouncementsPage() {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const list = useAnnouncements();
  const [isCreating, setIsCreating] = useState(false);
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <>
      <PageHeader
        title={t('announcements.pageTitle')}
        description={t('announcements.intro')}
        actions={<Button onClick={() => setIsCreating(true)}>{t('announcements.new')}</Button>}
      />
      <div className="space-y-4">
        {isCreating && (
          <Card title={t('announcements.new')} titleId="new-announcement">
            <AnnouncementForm onDone={() => setIsCreating(false)} />
          </Card>
        )}
        {list.data.length === 0 ? (
          <EmptyState title={t('announcements.none')} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {list.data.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link
                    to="/announcements/$announcementId"
                    params={{ announcementId: item.id }}
                    className="font-medium text-teal-800 hover:underline"
                  >
                    {item.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {item.translations?.map((tr) => tr.locale.toUpperCase()).join(' · ')} ·{' '}
                    {format.date(item.publishAt)}
                  </p>
                </div>
                <div className="flex gap-2">
                  {item.isPinned && <Badge tone="violet">{t('announcements.pinned')}</Badge>}
                  <PinToggle id={item.id} isPinned={item.isPinned} />
                  {item.echoEveryDays && (
                    <Badge tone="blue">{t('announcements.echoesEvery', { count: item.echoEveryDays })}</Badge>
                  )}
                  <Badge tone={item.status === 'published' ? 'green' : 'amber'}>
                    {t(`announcementStatus.${item.status}`)}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
