import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';
import { allTopics, ChannelEdit, TopicsField } from './channel-edit.tsx';

type Channel = Schemas['UnitChannel'];
const key = ['integrations', 'unit-channels'] as const;
const tones = { queued: 'amber', sent: 'green', failed: 'red' } as const;

/**
 * Teams and Slack channels per unit: announcements, campaign messages and team challenges for a unit (and
 * units below it) are posted there, per channel the topics chosen (all by default).
 */
export function ChannelsCard() {
  const { t } = useTranslation('integrations');
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const channels = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/unit-channels')) });
  const [orgUnitId, setOrgUnitId] = useState('');
  const [kind, setKind] = useState<Channel['kind']>('teams');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [topics, setTopics] = useState<Channel['topics']>(allTopics);
  const [tested, setTested] = useState<{ id: string; ok: boolean; error: string | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/unit-channels', {
          body: { orgUnitId, kind, url, name: name.trim() || null, topics },
        }),
      ),
    onSuccess: async () => {
      setUrl('');
      setName('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/unit-channels/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const test = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/unit-channels/{id}/test', { params: { path: { id } } })),
    onSuccess: (answer, id) => setTested({ id, ...answer }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const errors = fieldErrorsOf(create.error);
  return (
    <Card title={t('channels.title')} titleId="unit-channels-title">
      <p className="text-sm text-slate-600">{t('channels.intro')}</p>
      {channels.isPending && <Loading />}
      {channels.isError && <QueryError error={channels.error} />}
      {channels.data && (
        <div className="mt-4 space-y-4">
          {channels.data.length === 0 ? (
            <p className="text-sm text-slate-600">{t('channels.none')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {channels.data.map((channel) => (
                <li key={channel.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
                  {channel.name && <span className="font-medium text-slate-900">{channel.name}</span>}
                  <span className={channel.name ? 'text-slate-700' : 'font-medium text-slate-900'}>
                    {channel.orgUnitName}
                  </span>
                  <Badge tone="neutral">{t(`channels.kinds.${channel.kind}`)}</Badge>
                  <code className="text-xs text-slate-600">{channel.host}</code>
                  <span className="text-xs text-slate-600">
                    {t('channels.topicsShort')}:{' '}
                    {channel.topics.map((topic) => t(`channels.topic.${topic}`)).join(', ')}
                  </span>
                  {channel.lastStatus && (
                    <Badge tone={tones[channel.lastStatus]}>
                      {t(`channels.status.${channel.lastStatus}`)}
                    </Badge>
                  )}
                  {channel.lastError && <span className="text-xs text-red-700">{channel.lastError}</span>}
                  {tested?.id === channel.id && (
                    <span
                      role="status"
                      className={`text-xs ${tested.ok ? 'text-green-700' : 'text-red-700'}`}
                    >
                      {tested.ok ? t('channels.testOk') : t('channels.testFailed', { error: tested.error })}
                    </span>
                  )}
                  {saved === channel.id && editing !== channel.id && (
                    <span role="status" className="text-xs text-green-700">
                      {t('channels.saved')}
                    </span>
                  )}
                  <span className="ml-auto flex gap-2">
                    <Button
                      variant="secondary"
                      aria-label={t('channels.editNamed', { name: channel.name ?? channel.orgUnitName })}
                      aria-expanded={editing === channel.id}
                      onClick={() => {
                        setEditing(editing === channel.id ? null : channel.id);
                        setSaved(null);
                      }}
                    >
                      {t('channels.edit')}
                    </Button>
                    <Button
                      variant="secondary"
                      aria-label={t('channels.testNamed', { name: channel.orgUnitName })}
                      isBusy={test.isPending && test.variables === channel.id}
                      onClick={() => test.mutate(channel.id)}
                    >
                      {t('channels.test')}
                    </Button>
                    <Button
                      variant="secondary"
                      className="text-red-700"
                      aria-label={t('channels.removeNamed', { name: channel.orgUnitName })}
                      isBusy={remove.isPending && remove.variables === channel.id}
                      onClick={() => remove.mutate(channel.id)}
                    >
                      {t('channels.remove')}
                    </Button>
                  </span>
                  {editing === channel.id && (
                    <ChannelEdit
                      channel={channel}
                      queryKey={key}
                      onDone={(isSaved) => {
                        setEditing(null);
                        setSaved(isSaved ? channel.id : null);
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={t('channels.unit')}
              required
              value={orgUnitId}
              error={errors.orgUnitId}
              onChange={(event) => setOrgUnitId(event.target.value)}
            >
              <option value="">{t('channels.chooseUnit')}</option>
              {units.data && <UnitOptions units={flattenTree(buildUnitTree(units.data))} />}
            </SelectField>
            <SelectField
              label={t('channels.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as Channel['kind'])}
            >
              <option value="teams">{t('channels.kinds.teams')}</option>
              <option value="slack">{t('channels.kinds.slack')}</option>
            </SelectField>
            <div className="sm:col-span-2">
              <TextField
                label={t('channels.url')}
                hint={t('channels.urlHint')}
                required
                type="url"
                value={url}
                onChange={(event) => setUrl(event.target.value)}
                error={errors.url}
              />
            </div>
            <div className="sm:col-span-2">
              <TextField
                label={t('channels.name')}
                hint={t('channels.nameHint')}
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.target.value)}
                error={errors.name}
              />
            </div>
            <div className="sm:col-span-2">
              <TopicsField topics={topics} onChange={setTopics} error={errors.topics} />
            </div>
            <div>
              <Button type="submit" isBusy={create.isPending}>
                {t('channels.add')}
              </Button>
            </div>
          </form>
          <FormErrorRegion
            error={create.error ?? remove.error ?? test.error}
            shownFields={['orgUnitId', 'url', 'name', 'topics']}
          />
        </div>
      )}
    </Card>
  );
}
