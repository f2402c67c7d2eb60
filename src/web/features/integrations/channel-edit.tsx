import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';

type Channel = Schemas['UnitChannel'];
export const allTopics: Channel['topics'] = ['announcements', 'campaigns', 'challenges'];

/**
 * Renames a connected channel or changes its topics. The incoming-webhook address is not asked again:
 * the server keeps it sealed and never sends it back (only its host is shown).
 */
/** Which news a channel gets: the same three boxes when connecting and when changing a channel. */
export function TopicsField(props: {
  topics: Channel['topics'];
  onChange: (topics: Channel['topics']) => void;
  error?: Parameters<typeof CheckboxGroup>[0]['error'];
}) {
  const { t } = useTranslation('integrations');
  return (
    <CheckboxGroup
      legend={t('channels.topics')}
      options={allTopics.map((topic) => ({ value: topic, label: t(`channels.topic.${topic}`) }))}
      selected={props.topics}
      onChange={(values) => props.onChange(values as Channel['topics'])}
      error={props.error}
    />
  );
}

export function ChannelEdit({
  channel,
  queryKey,
  onDone,
}: {
  channel: Channel;
  queryKey: readonly unknown[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('integrations');
  const queryClient = useQueryClient();
  const [name, setName] = useState(channel.name ?? '');
  const [topics, setTopics] = useState<Channel['topics']>(channel.topics);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/unit-channels/{id}', {
          params: { path: { id: channel.id } },
          body: { name: name.trim() || null, topics },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey });
      onDone(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('channels.editNamed', { name: channel.name ?? channel.orgUnitName })}
      className="mt-2 grid w-full gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2"
    >
      <TextField
        label={t('channels.name')}
        hint={t('channels.nameHint')}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <p className="text-xs text-slate-600 sm:self-end">
        {t('channels.addressKept', { host: channel.host })}
      </p>
      <div className="sm:col-span-2">
        <TopicsField topics={topics} onChange={setTopics} error={errors.topics} />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" isBusy={save.isPending}>
          {t('channels.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('channels.cancel')}
        </Button>
      </div>
      <div className="sm:col-span-2">
        <FormErrorRegion error={save.error} shownFields={['name', 'topics']} />
      </div>
    </form>
  );
}
