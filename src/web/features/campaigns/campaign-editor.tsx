import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { goalSource, learningSource, skillSource } from '../../components/entity-sources.ts';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import {
  channels,
  type Draft,
  draftOf,
  emptyDraft,
  type Message,
  newMessageKey,
  phases,
  roles,
} from './campaign-draft.ts';
import { MessageLanguages } from './message-languages.tsx';
import { type CampaignInput, campaignQuery, settingsQuery, themesQuery, useSaveCampaign } from './queries.ts';

export function NewCampaignPage() {
  return <CampaignEditor initial={emptyDraft()} />;
}

export function EditCampaignPage() {
  const { id } = useParams({ from: '/_app/campaigns/$id/edit' });
  const campaign = useQuery(campaignQuery(id));
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <QueryError error={campaign.error} />;
  return <CampaignEditor id={id} initial={draftOf(campaign.data)} titles={campaign.data.promoted} />;
}

/** The campaign editor: goal, audience, the three phases' dates, learning and the planned messages. */
function CampaignEditor({
  id,
  initial,
  titles = [],
}: {
  id?: string;
  initial: Draft;
  titles?: { type: string; id: string; title: string }[];
}) {
  const { t, i18n } = useTranslation('campaigns');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initial);
  const [learningTitles, setLearningTitles] = useState(
    new Map(titles.map((item) => [`${item.type}:${item.id}`, item.title])),
  );
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  const themes = useQuery(themesQuery());
  const contentLanguages = useQuery(settingsQuery()).data?.contentLanguages ?? [];
  const save = useSaveCampaign(id);
  const errors = fieldErrorsOf(save.error);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setMessage = (key: number, change: Partial<Message>) =>
    set(
      'messages',
      draft.messages.map((message) => (message.key === key ? { ...message, ...change } : message)),
    );
  const phaseStart = { hum: draft.startsOn, sing: draft.singFrom, shout: draft.shoutFrom };
  const addMessage = (phase: (typeof phases)[number]) =>
    set('messages', [
      ...draft.messages,
      {
        key: newMessageKey(),
        phase,
        channel: phase === 'hum' ? 'banner' : phase === 'sing' ? 'card' : 'email',
        sendOn: phaseStart[phase],
        titleNl: '',
        bodyNl: '',
        titleEn: '',
        bodyEn: '',
        link: null,
        translations: [],
      },
    ]);
  const submit = async () => {
    const body: CampaignInput = {
      ...draft,
      messages: draft.messages.map(({ key: _key, ...message }) => message),
    };
    const saved = await save.mutateAsync(body);
    await navigate({ to: '/campaigns/$id', params: { id: saved.id } });
  };
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <div className="space-y-4">
      <PageHeader title={id ? t('editor.editTitle') : t('editor.newTitle')} description={t('editor.intro')} />
      <FormErrorRegion error={save.error} />
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <Card title={t('editor.basics')} titleId="campaign-basics">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              label={t('editor.name')}
              required
              value={draft.title}
              error={errors.title}
              onChange={(event) => set('title', event.currentTarget.value)}
            />
            <SelectField
              label={t('editor.goalKind')}
              value={draft.goal?.kind ?? ''}
              onChange={(event) => {
                const kind = event.currentTarget.value as '' | 'organisation_goal' | 'skill' | 'theme';
                set('goal', kind ? { kind, id: '' } : null);
              }}
            >
              <option value="">{t('editor.noGoal')}</option>
              <option value="organisation_goal">{t('editor.goalKinds.organisation_goal')}</option>
              <option value="skill">{t('editor.goalKinds.skill')}</option>
              <option value="theme">{t('editor.goalKinds.theme')}</option>
            </SelectField>
            {draft.goal?.kind === 'theme' && (
              <SelectField
                label={t('editor.goalKinds.theme')}
                value={draft.goal.id}
                error={errors['goal.id']}
                onChange={(event) => set('goal', { kind: 'theme', id: event.currentTarget.value })}
              >
                <option value="">—</option>
                {themes.data?.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {i18n.language === 'en' ? theme.nameEn : theme.nameNl}
                  </option>
                ))}
              </SelectField>
            )}
            {(draft.goal?.kind === 'organisation_goal' || draft.goal?.kind === 'skill') && (
              <EntityPicker
                label={t(`editor.goalKinds.${draft.goal.kind}`)}
                source={draft.goal.kind === 'skill' ? skillSource(i18n.language) : goalSource}
                error={errors['goal.id']}
                value={draft.goal.id ? { id: draft.goal.id, label: t('editor.chosen') } : null}
                onChange={(option) =>
                  draft.goal && set('goal', { kind: draft.goal.kind, id: option?.id ?? '' })
                }
              />
            )}
          </div>
        </Card>

        <Card title={t('editor.audience')} titleId="campaign-audience">
          <p className="mb-3 text-sm text-slate-600">{t('editor.audienceHint')}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t('editor.units')}</legend>
              <div className="mt-2 space-y-1">
                {units.data?.map((unit) => (
                  <Checkbox
                    key={unit.id}
                    label={unit.name}
                    checked={draft.audience.unitIds?.includes(unit.id) ?? false}
                    onChange={() =>
                      set('audience', {
                        ...draft.audience,
                        unitIds: toggle(draft.audience.unitIds ?? [], unit.id),
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t('editor.roles')}</legend>
              <div className="mt-2 space-y-1">
                {roles.map((role) => (
                  <Checkbox
                    key={role}
                    label={t(`roles.${role}`)}
                    checked={draft.audience.roles?.includes(role) ?? false}
                    onChange={() =>
                      set('audience', { ...draft.audience, roles: toggle(draft.audience.roles ?? [], role) })
                    }
                  />
                ))}
              </div>
            </fieldset>
          </div>
        </Card>

        <Card title={t('editor.period')} titleId="campaign-period">
          <div className="grid gap-4 md:grid-cols-4">
            {(['startsOn', 'singFrom', 'shoutFrom', 'endsOn'] as const).map((key) => (
              <TextField
                key={key}
                type="date"
                required
                label={t(`editor.dates.${key}`)}
                value={draft[key]}
                error={errors[key]}
                onChange={(event) => set(key, event.currentTarget.value)}
              />
            ))}
          </div>
        </Card>

        <Card title={t('editor.learning')} titleId="campaign-learning">
          <ul className="mb-3 space-y-1">
            {draft.promoted.map((item, index) => (
              <li key={`${item.type}:${item.id}`} className="flex items-center justify-between gap-2 text-sm">
                <span>{learningTitles.get(`${item.type}:${item.id}`) ?? item.id}</span>
                <Button
                  variant="ghost"
                  onClick={() =>
                    set(
                      'promoted',
                      draft.promoted.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('editor.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <EntityPicker
            label={t('editor.addLearning')}
            source={learningSource}
            value={null}
            excludeIds={draft.promoted.map((item) => `${item.type}:${item.id}`)}
            onChange={(option) => {
              if (!option) return;
              const [type, itemId] = option.id.split(':') as ['content' | 'course' | 'path', string];
              setLearningTitles(new Map(learningTitles).set(option.id, option.label));
              set('promoted', [...draft.promoted, { type, id: itemId }]);
            }}
          />
        </Card>

        {phases.map((phase) => (
          <Card
            key={phase}
            title={t(`phases.${phase}`)}
            titleId={`phase-${phase}`}
            actions={
              <Button variant="secondary" onClick={() => addMessage(phase)}>
                {t('editor.addMessage')}
              </Button>
            }
          >
            <p className="mb-3 text-sm text-slate-600">{t(`phases.${phase}Hint`)}</p>
            <ul className="space-y-4">
              {draft.messages.map((message, index) =>
                message.phase !== phase ? null : (
                  <li
                    key={message.key}
                    className="rounded-lg border border-slate-200 p-3"
                    aria-label={t('editor.messageLabel', { n: index + 1 })}
                  >
                    <div className="grid gap-3 md:grid-cols-3">
                      <SelectField
                        label={t('editor.channel')}
                        value={message.channel}
                        onChange={(event) =>
                          setMessage(message.key, {
                            channel: event.currentTarget.value as Message['channel'],
                          })
                        }
                      >
                        {channels.map((channel) => (
                          <option key={channel} value={channel}>
                            {t(`channels.${channel}`)}
                          </option>
                        ))}
                      </SelectField>
                      <TextField
                        type="date"
                        label={t('editor.sendOn')}
                        value={message.sendOn}
                        error={errors[`messages.${index}.sendOn`]}
                        onChange={(event) => setMessage(message.key, { sendOn: event.currentTarget.value })}
                      />
                      <TextField
                        label={t('editor.link')}
                        hint={t('editor.linkHint')}
                        value={message.link ?? ''}
                        error={errors[`messages.${index}.link`]}
                        onChange={(event) =>
                          setMessage(message.key, { link: event.currentTarget.value || null })
                        }
                      />
                      <TextField
                        label={t('editor.titleNl')}
                        required
                        value={message.titleNl}
                        error={errors[`messages.${index}.titleNl`]}
                        onChange={(event) => setMessage(message.key, { titleNl: event.currentTarget.value })}
                      />
                      <TextField
                        label={t('editor.titleEn')}
                        required
                        value={message.titleEn}
                        error={errors[`messages.${index}.titleEn`]}
                        onChange={(event) => setMessage(message.key, { titleEn: event.currentTarget.value })}
                      />
                      <div />
                      <TextArea
                        label={t('editor.bodyNl')}
                        value={message.bodyNl}
                        onChange={(event) => setMessage(message.key, { bodyNl: event.currentTarget.value })}
                      />
                      <TextArea
                        label={t('editor.bodyEn')}
                        value={message.bodyEn}
                        onChange={(event) => setMessage(message.key, { bodyEn: event.currentTarget.value })}
                      />
                      <MessageLanguages
                        languages={contentLanguages}
                        translations={message.translations ?? []}
                        field={`messages.${index}.translations`}
                        errors={errors}
                        onChange={(translations) => setMessage(message.key, { translations })}
                      />
                      <div className="flex items-end">
                        <Button
                          variant="ghost"
                          onClick={() =>
                            set(
                              'messages',
                              draft.messages.filter((m) => m.key !== message.key),
                            )
                          }
                        >
                          {t('editor.removeMessage')}
                        </Button>
                      </div>
                    </div>
                  </li>
                ),
              )}
            </ul>
          </Card>
        ))}
        <div className="flex gap-2">
          <Button type="submit" isBusy={save.isPending}>
            {t('editor.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
