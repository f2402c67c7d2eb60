import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { goalSource, learningSource, skillSource } from '../../components/entity-sources.ts';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import {
  CheckboxGroupField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  toFieldError,
  useShownField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { type Draft, draftOf, emptyDraft, roles } from './campaign-draft.ts';
import { CampaignMessages } from './campaign-messages.tsx';
import { type CampaignValues, campaignSchema } from './campaign-values.ts';
import { campaignQuery, themesQuery, useSaveCampaign } from './queries.ts';

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

type Titles = { type: string; id: string; title: string }[];

/**
 * The campaign editor on the form layer: goal, audience, the three phases' dates, learning and the
 * planned messages; the server's errors (messages.0.sendOn, goal.id) land on their fields.
 */
function CampaignEditor({ id, initial, titles = [] }: { id?: string; initial: Draft; titles?: Titles }) {
  const { t } = useTranslation('campaigns');
  const navigate = useNavigate();
  const save = useSaveCampaign(id);
  const form = useZodForm(campaignSchema, { defaultValues: initial as CampaignValues });
  return (
    <div className="space-y-4">
      <PageHeader title={id ? t('editor.editTitle') : t('editor.newTitle')} description={t('editor.intro')} />
      <Form
        form={form}
        onSubmit={async (values) => {
          const body = { ...values, messages: values.messages.map(({ key: _key, ...message }) => message) };
          const saved = await save.mutateAsync(body);
          await navigate({ to: '/campaigns/$id', params: { id: saved.id } });
        }}
      >
        <FormError />
        <Basics />
        <Audience />
        <Card title={t('editor.period')} titleId="campaign-period">
          <div className="grid gap-4 md:grid-cols-4">
            {(['startsOn', 'singFrom', 'shoutFrom', 'endsOn'] as const).map((key) => (
              <TextField key={key} name={key} type="date" required label={t(`editor.dates.${key}`)} />
            ))}
          </div>
        </Card>
        <Learning titles={titles} />
        <CampaignMessages />
        <div className="flex gap-2">
          <SubmitButton>{t('editor.save')}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}

/** The name and the goal: an organisation goal or skill (picked), or a theme of the calendar. */
function Basics() {
  const { t, i18n } = useTranslation('campaigns');
  const { control, setValue } = useFormContext<CampaignValues>();
  const goal = useWatch({ control, name: 'goal' });
  const { errors } = useFormState({ control, name: 'goal' });
  useShownField('goal.id');
  const goalError = toFieldError('goal.id', errors.goal?.id);
  const themes = useQuery(themesQuery());
  const setGoal = (value: CampaignValues['goal']) => setValue('goal', value, { shouldDirty: true });
  return (
    <Card title={t('editor.basics')} titleId="campaign-basics">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="title" label={t('editor.name')} required />
        <PlainSelectField
          label={t('editor.goalKind')}
          value={goal?.kind ?? ''}
          onChange={(event) => {
            const kind = event.currentTarget.value as '' | 'organisation_goal' | 'skill' | 'theme';
            setGoal(kind ? { kind, id: '' } : null);
          }}
        >
          <option value="">{t('editor.noGoal')}</option>
          <option value="organisation_goal">{t('editor.goalKinds.organisation_goal')}</option>
          <option value="skill">{t('editor.goalKinds.skill')}</option>
          <option value="theme">{t('editor.goalKinds.theme')}</option>
        </PlainSelectField>
        {goal?.kind === 'theme' && (
          <PlainSelectField
            label={t('editor.goalKinds.theme')}
            value={goal.id}
            error={goalError}
            onChange={(event) => setGoal({ kind: 'theme', id: event.currentTarget.value })}
          >
            <option value="">—</option>
            {themes.data?.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {i18n.language === 'en' ? theme.nameEn : theme.nameNl}
              </option>
            ))}
          </PlainSelectField>
        )}
        {(goal?.kind === 'organisation_goal' || goal?.kind === 'skill') && (
          <EntityPicker
            label={t(`editor.goalKinds.${goal.kind}`)}
            source={goal.kind === 'skill' ? skillSource(i18n.language) : goalSource}
            error={goalError}
            value={goal.id ? { id: goal.id, label: t('editor.chosen') } : null}
            onChange={(option) => setGoal({ kind: goal.kind, id: option?.id ?? '' })}
          />
        )}
      </div>
    </Card>
  );
}

/** Units (with their sub-units) and roles; nothing chosen reaches everyone. */
function Audience() {
  const { t } = useTranslation('campaigns');
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  return (
    <Card title={t('editor.audience')} titleId="campaign-audience">
      <p className="mb-3 text-sm text-slate-600">{t('editor.audienceHint')}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <CheckboxGroupField
          name="audience.unitIds"
          legend={t('editor.units')}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <CheckboxGroupField
          name="audience.roles"
          legend={t('editor.roles')}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </div>
    </Card>
  );
}

/** The learning the campaign promotes, picked from the catalogue. */
function Learning({ titles }: { titles: Titles }) {
  const { t } = useTranslation('campaigns');
  const { control, setValue } = useFormContext<CampaignValues>();
  const promoted = useWatch({ control, name: 'promoted' }) ?? [];
  const [learningTitles, setLearningTitles] = useState(
    new Map(titles.map((item) => [`${item.type}:${item.id}`, item.title])),
  );
  const setPromoted = (next: CampaignValues['promoted']) => setValue('promoted', next, { shouldDirty: true });
  return (
    <Card title={t('editor.learning')} titleId="campaign-learning">
      <ul className="mb-3 space-y-1">
        {promoted.map((item, index) => (
          <li key={`${item.type}:${item.id}`} className="flex items-center justify-between gap-2 text-sm">
            <span>{learningTitles.get(`${item.type}:${item.id}`) ?? item.id}</span>
            <Button variant="ghost" onClick={() => setPromoted(promoted.filter((_, i) => i !== index))}>
              {t('editor.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={t('editor.addLearning')}
        source={learningSource}
        value={null}
        excludeIds={promoted.map((item) => `${item.type}:${item.id}`)}
        onChange={(option) => {
          if (!option) return;
          const [type, itemId] = option.id.split(':') as ['content' | 'course' | 'path', string];
          setLearningTitles(new Map(learningTitles).set(option.id, option.label));
          setPromoted([...promoted, { type, id: itemId }]);
        }}
      />
    </Card>
  );
}
