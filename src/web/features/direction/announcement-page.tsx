import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { type Announcement, directionKeys, useAnnouncement, useReach } from './api.ts';

function Reach({ id }: { id: string }) {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const reach = useReach(id, true);
  if (reach.isPending) return <Loading />;
  if (reach.isError) return <QueryError error={reach.error} />;
  const rate = (read: number, audience: number) => (audience ? Math.round((read / audience) * 100) : 0);
  return (
    <Card title={t('announcements.reach')} titleId="reach">
      <p className="mb-3 text-sm text-slate-700">
        {t('announcements.reachSummary', {
          read: reach.data.read,
          audience: reach.data.audience,
          acknowledged: reach.data.acknowledged,
        })}
      </p>
      <table className="w-full text-sm">
        <caption className="sr-only">{t('announcements.reachByUnit')}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col">{t('consultations.unit')}</th>
            <th scope="col" className="pl-3 text-right">
              {t('announcements.audienceSize')}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t('announcements.read')}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t('announcements.readRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {reach.data.byUnit.map((row) => (
            <tr key={row.unit?.id ?? 'none'} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {row.unit?.name ?? t('announcements.noUnit')}
              </th>
              <td className="text-right">{format.number(row.audience)}</td>
              <td className="text-right">{format.number(row.read)}</td>
              <td className="text-right">{t('percent', { value: rate(row.read, row.audience) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** HTML the server has already reduced to a small allow-list of tags (sanitise-html.ts). */
function SanitisedHtml({ html }: { html: string }) {
  const className =
    'space-y-3 text-slate-900 [&_a]:text-teal-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6';
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server before it is stored
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function AnnouncementPage() {
  const { t } = useTranslation('direction');
  const { announcementId } = useParams({ strict: false }) as { announcementId: string };
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const query = useAnnouncement(announcementId);
  const mark = useMutation({
    mutationFn: (action: 'read' | 'acknowledge') =>
      unwrap(
        action === 'read'
          ? api.POST('/api/v1/announcements/{id}/read', { params: { path: { id: announcementId } } })
          : api.POST('/api/v1/announcements/{id}/acknowledge', { params: { path: { id: announcementId } } }),
      ),
    onSuccess: async (data: Announcement) => {
      queryClient.setQueryData(directionKeys.announcement(announcementId), data);
      await queryClient.invalidateQueries({ queryKey: directionKeys.feed });
      await queryClient.invalidateQueries({ queryKey: directionKeys.reach(announcementId) });
    },
  });
  const announcement = query.data;
  const isUnread = announcement?.isForMe && !announcement.readAt;
  const { mutate } = mark;
  // Opening it is reading it: the read receipt is written once.
  useEffect(() => {
    if (isUnread) mutate('read');
  }, [isUnread, mutate]);
  if (query.isPending) return <Loading />;
  if (query.isError || !announcement) return <QueryError error={query.error} />;
  return (
    <>
      <PageHeader title={announcement.title} eyebrow={format.date(announcement.publishAt)} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <article
          lang={announcement.locale}
          className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
        >
          <SanitisedHtml html={announcement.bodyHtml} />
          {announcement.requiresAcknowledgement && announcement.isForMe && (
            <div className="mt-6 border-t border-slate-100 pt-4">
              {announcement.acknowledgedAt ? (
                <p className="text-sm font-medium text-emerald-800">
                  {t('announcements.acknowledged', { date: format.dateTime(announcement.acknowledgedAt) })}
                </p>
              ) : (
                <Button onClick={() => mark.mutate('acknowledge')} isBusy={mark.isPending}>
                  {t('announcements.acknowledge')}
                </Button>
              )}
              <FormErrorRegion error={mark.error} />
            </div>
          )}
        </article>
        {can(me, 'announcements.manage') && <Reach id={announcement.id} />}
      </div>
    </>
  );
}
