import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { directionKeys, useAnnouncements } from './api.ts';
import { RichTextEditor } from './rich-text-editor.tsx';

const audienceRoles = ['manager', 'works_council', 'ambassador', 'coach', 'hr_admin', 'ld_admin'] as const;
type AudienceRole = (typeof audienceRoles)[number];

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

function NewAnnouncementForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  const [titleNl, setTitleNl] = useState('');
  const [bodyNl, setBodyNl] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [bodyEn, setBodyEn] = useState('');
  const [audience, setAudience] = useState('');
  const [publishOn, setPublishOn] = useState('');
  const [requiresAcknowledgement, setRequiresAcknowledgement] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const [echoEveryDays, setEchoEveryDays] = useState('');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/announcements', {
          body: {
            translations: [
              { locale: 'nl' as const, title: titleNl, bodyHtml: bodyNl },
              ...(titleEn ? [{ locale: 'en' as const, title: titleEn, bodyHtml: bodyEn }] : []),
            ],
            audienceKind: audience.startsWith('unit:')
              ? 'units'
              : audience.startsWith('role:')
                ? 'roles'
                : 'everyone',
            audienceUnitIds: audience.startsWith('unit:') ? [audience.slice(5)] : [],
            audienceRoles: audience.startsWith('role:') ? [audience.slice(5) as AudienceRole] : [],
            publishAt: publishOn ? new Date(`${publishOn}T08:00:00`).toISOString() : new Date().toISOString(),
            requiresAcknowledgement,
            isPinned,
            echoEveryDays: echoEveryDays ? Number(echoEveryDays) : null,
            echoUntil: null,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: directionKeys.announcements });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <Card title={t('announcements.new')} titleId="new-announcement">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="space-y-3" lang="nl">
            <TextField
              label={t('announcements.titleNl')}
              value={titleNl}
              onChange={(e) => setTitleNl(e.target.value)}
              required
              error={errors['translations.0.title']}
            />
            <RichTextEditor label={t('announcements.bodyNl')} value={bodyNl} onChange={setBodyNl} />
          </div>
          <div className="space-y-3" lang="en">
            <TextField
              label={t('announcements.titleEn')}
              value={titleEn}
              onChange={(e) => setTitleEn(e.target.value)}
            />
            <RichTextEditor label={t('announcements.bodyEn')} value={bodyEn} onChange={setBodyEn} />
          </div>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            label={t('announcements.audience')}
            value={audience}
            onChange={(e) => setAudience(e.target.value)}
          >
            <option value="">{t('audiences.everyone')}</option>
            <optgroup label={t('audiences.units')}>
              {(units.data ?? []).map((unit) => (
                <option key={unit.id} value={`unit:${unit.id}`}>
                  {unit.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('audiences.roles')}>
              {audienceRoles.map((role) => (
                <option key={role} value={`role:${role}`}>
                  {t(`roleNames.${role}`)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField
            label={t('announcements.publishOn')}
            hint={t('announcements.publishOnHint')}
            type="date"
            value={publishOn}
            onChange={(e) => setPublishOn(e.target.value)}
          />
          <SelectField
            label={t('announcements.echo')}
            value={echoEveryDays}
            onChange={(e) => setEchoEveryDays(e.target.value)}
          >
            <option value="">{t('announcements.echoNone')}</option>
            <option value="14">{t('announcements.echoHum')}</option>
            <option value="7">{t('announcements.echoSing')}</option>
            <option value="2">{t('announcements.echoShout')}</option>
          </SelectField>
        </div>
        <div className="flex flex-wrap gap-6">
          <Checkbox
            label={t('announcements.requiresAcknowledgement')}
            checked={requiresAcknowledgement}
            onChange={(e) => setRequiresAcknowledgement(e.target.checked)}
          />
          <Checkbox
            label={t('announcements.pin')}
            checked={isPinned}
            onChange={(e) => setIsPinned(e.target.checked)}
          />
        </div>
        <FormErrorRegion error={save.error} shownFields={['translations.0.title']} />
        <div className="flex gap-2">
          <Button type="submit" isBusy={save.isPending}>
            {t('announcements.publish')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
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
        {isCreating && <NewAnnouncementForm onDone={() => setIsCreating(false)} />}
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
