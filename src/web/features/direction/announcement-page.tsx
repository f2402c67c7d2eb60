import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { AnnouncementForm } from './announcement-form.tsx';
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

/** For those who manage it: to whom it goes, when, and how often it comes back. */
function Publication({ announcement, onEdit }: { announcement: Announcement; onEdit: () => void }) {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const units = useQuery({
    queryKey: ['org-units'],
    queryFn: () => unwrap(api.GET('/api/v1/org-units')),
    enabled: announcement.audienceKind === 'units' || announcement.audienceKind === 'units_and_roles',
  });
  const unitName = (id: string) => units.data?.find((unit) => unit.id === id)?.name ?? '…';
  const roleNames = announcement.audienceRoles.map((role) => t(`roleNames.${role}`, { defaultValue: role }));
  const audience =
    announcement.audienceKind === 'units'
      ? announcement.audienceUnitIds.map(unitName)
      : announcement.audienceKind === 'roles'
        ? roleNames
        : announcement.audienceKind === 'units_and_roles'
          ? [
              t('audiences.rolesWithinUnits', {
                roles: roleNames.join(', '),
                units: announcement.audienceUnitIds.map(unitName).join(', '),
              }),
            ]
          : [t('audiences.everyone')];
  return (
    <Card
      title={t('announcements.publication')}
      titleId="publication"
      actions={
        <Button variant="secondary" onClick={onEdit}>
          {t('announcements.edit')}
        </Button>
      }
    >
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-800">{t('announcements.audience')}</dt>
          <dd>
            <ul aria-label={t('announcements.audience')} className="mt-1 flex flex-wrap gap-1">
              {audience.map((name) => (
                <li key={name}>
                  <Badge tone="blue">{name}</Badge>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-800">{t('announcements.status')}</dt>
          <dd className="text-slate-700">
            {t(`announcementStatus.${announcement.status}`)}
            {announcement.publishAt ? ` · ${format.date(announcement.publishAt)}` : ''}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-800">{t('announcements.echo')}</dt>
          <dd className="text-slate-700">
            {announcement.echoEveryDays
              ? announcement.echoUntil
                ? t('announcements.echoesEveryUntil', {
                    count: announcement.echoEveryDays,
                    date: format.date(announcement.echoUntil),
                  })
                : t('announcements.echoesEvery', { count: announcement.echoEveryDays })
              : t('announcements.echoNone')}
          </dd>
        </div>
      </dl>
      {/* After the list: a <dl> holds only terms with their values. */}
      {(announcement.requiresAcknowledgement || announcement.isPinned) && (
        <div className="mt-3 flex flex-wrap gap-1">
          {announcement.requiresAcknowledgement && (
            <Badge tone="amber">{t('announcements.asksAcknowledgement')}</Badge>
          )}
          {announcement.isPinned && <Badge tone="violet">{t('announcements.pinned')}</Badge>}
        </div>
      )}
    </Card>
  );
}

/** HTML the server has already reduced to a small allow-list of tags (src/server/http/rich-text.ts). */
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
  const [isEditing, setIsEditing] = useState(false);
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
  const mayManage = can(me, 'announcements.manage');
  if (isEditing && mayManage)
    return (
      <>
        <PageHeader title={t('announcements.editOf', { title: announcement.title })} />
        <Card>
          <AnnouncementForm
            announcement={announcement}
            onDone={async () => {
              await queryClient.invalidateQueries({ queryKey: directionKeys.reach(announcementId) });
              setIsEditing(false);
            }}
          />
        </Card>
      </>
    );
  return (
    <>
      <PageHeader title={announcement.title} eyebrow={format.date(announcement.publishAt)} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <article
          lang={announcement.locale}
          className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
        >
          <div dir={announcement.dir}>
            <SanitisedHtml html={announcement.bodyHtml} />
          </div>
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
        {mayManage && (
          <div className="space-y-4">
            <Publication announcement={announcement} onEdit={() => setIsEditing(true)} />
            <Reach id={announcement.id} />
          </div>
        )}
      </div>
    </>
  );
}
