import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { EmptyState, Loading, NoAccess, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { type Criteria, noCriteria, RuleCriteriaFields, useAdminItems } from '../catalogue/index.ts';
import { JourneyProgress } from './journey-steps.tsx';
import {
  journeysQuery,
  onboardingKeys,
  saveTemplate,
  type TemplateBody,
  templateQuery,
  templatesQuery,
  useAssign,
} from './queries.ts';

const kinds = ['buddy', 'task', 'check_in', 'learning'] as const;
const owners = ['newcomer', 'buddy', 'manager'] as const;

function useCanManage() {
  const me = useMe();
  return can(me, 'catalogue.manage') || can(me, 'people.manage');
}

/** L&D and HR: the templates, giving someone a journey by hand, and every journey under way. */
export function OnboardingAdminPage() {
  const { t } = useTranslation('onboarding');
  const canManage = useCanManage();
  const templates = useQuery({ ...templatesQuery(), enabled: canManage });
  const journeys = useQuery({ ...journeysQuery(), enabled: canManage });
  if (!canManage) return <NoAccess />;
  if (templates.isPending || journeys.isPending) return <Loading />;
  if (templates.isError) return <QueryError error={templates.error} />;
  if (journeys.isError) return <QueryError error={journeys.error} />;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('admin.title')}
        description={t('admin.intro')}
        actions={<ButtonLink to="/admin/onboarding/templates/new">{t('admin.newTemplate')}</ButtonLink>}
      />
      <Card title={t('admin.templates')} titleId="onboarding-templates">
        {templates.data.length === 0 ? (
          <EmptyState title={t('admin.noTemplates')} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {templates.data.map((template) => (
              <li key={template.id} className="flex flex-wrap items-center gap-3 py-3 text-sm">
                <Link
                  to="/admin/onboarding/templates/$id"
                  params={{ id: template.id }}
                  className="font-medium text-teal-700 underline"
                >
                  {template.name}
                </Link>
                <span className="text-slate-600">
                  {t('admin.counts', { steps: template.steps, journeys: template.journeys })}
                </span>
                {template.hasRule && (
                  <Badge tone={template.isActive ? 'green' : 'neutral'}>
                    {template.isActive ? t('admin.ruleOn') : t('admin.ruleOff')}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <AssignCard templates={templates.data} />
      <Card title={t('admin.journeys')} titleId="onboarding-journeys">
        {journeys.data.length === 0 ? (
          <EmptyState title={t('admin.noJourneys')} />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {journeys.data.map((journey) => (
              <li key={journey.id} className="rounded-lg border border-slate-200 p-3">
                <Link
                  to="/onboarding/journeys/$id"
                  params={{ id: journey.id }}
                  className="font-medium text-teal-700 underline"
                >
                  {journey.person.displayName}
                </Link>
                <p className="mb-2 text-sm text-slate-600">
                  {journey.templateName} ·{' '}
                  {journey.buddy
                    ? t('admin.withBuddy', { name: journey.buddy.displayName })
                    : t('journey.noBuddy')}
                </p>
                <JourneyProgress journey={journey} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function AssignCard({ templates }: { templates: { id: string; name: string }[] }) {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const assign = useAssign();
  const [personId, setPersonId] = useState<string | null>(null);
  const [buddyId, setBuddyId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [startDate, setStartDate] = useState('');
  const errors = fieldErrorsOf(assign.error);
  return (
    <Card title={t('assign.title')} titleId="onboarding-assign">
      <form
        className="grid gap-4 sm:grid-cols-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!personId) return;
          assign.mutate(
            { personId, templateId, buddyId, startDate: startDate || null },
            {
              onSuccess: (journey) =>
                navigate({ to: '/onboarding/journeys/$id', params: { id: journey.id } }),
            },
          );
        }}
      >
        <p className="text-sm text-slate-600 sm:col-span-2">{t('assign.help')}</p>
        <PersonPicker
          label={t('assign.person')}
          value={personId}
          onChange={setPersonId}
          error={errors.personId}
        />
        <SelectField
          label={t('assign.template')}
          value={templateId}
          onChange={(event) => setTemplateId(event.target.value)}
          error={errors.templateId}
        >
          <option value="" />
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </SelectField>
        <PersonPicker
          label={t('assign.buddy')}
          value={buddyId}
          onChange={setBuddyId}
          excludeId={personId ?? undefined}
          error={errors.buddyId}
        />
        <TextField
          label={t('assign.startDate')}
          hint={t('assign.startDateHint')}
          type="date"
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          error={errors.startDate}
        />
        <div className="sm:col-span-2">
          <FormErrorRegion
            error={assign.error}
            shownFields={['personId', 'templateId', 'buddyId', 'startDate']}
          />
          <Button type="submit" isBusy={assign.isPending} disabled={!personId || !templateId}>
            {t('assign.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

type StepDraft = TemplateBody['steps'][number];
const emptyStep = (): StepDraft => ({
  kind: 'task',
  title: '',
  description: null,
  dayOffset: 0,
  owner: 'newcomer',
  contentId: null,
});

/** L&D's template editor: steps over the first weeks and, optionally, the rule that assigns it. */
export function TemplateEditorPage() {
  const canManage = useCanManage();
  const params = useParams({ strict: false }) as { id?: string };
  const existing = useQuery({ ...templateQuery(params.id ?? ''), enabled: Boolean(params.id) && canManage });
  if (!canManage) return <NoAccess />;
  if (params.id && existing.isPending) return <Loading />;
  if (existing.isError) return <QueryError error={existing.error} />;
  const template = existing.data;
  return (
    <TemplateForm
      key={template?.id ?? 'new'}
      id={params.id}
      initial={
        template
          ? {
              name: template.name,
              description: template.description,
              criteria: template.criteria,
              isActive: template.isActive,
              steps: template.steps.map(({ id: _id, contentTitle: _title, ...step }) => step),
            }
          : { name: '', description: null, criteria: null, isActive: true, steps: [emptyStep()] }
      }
    />
  );
}

function TemplateForm({ id, initial }: { id?: string; initial: TemplateBody }) {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const items = useAdminItems();
  const [draft, setDraft] = useState<TemplateBody>(initial);
  const save = useMutation({
    mutationFn: () => saveTemplate(id, draft),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: onboardingKeys.all });
      await navigate({ to: '/admin/onboarding' });
    },
  });
  const preview = useMutation({
    mutationFn: (criteria: Criteria) =>
      unwrap(api.POST('/api/v1/onboarding/templates/preview', { body: { criteria } })),
  });
  const errors = fieldErrorsOf(save.error ?? preview.error);
  const set = (patch: Partial<TemplateBody>) => {
    save.reset();
    setDraft({ ...draft, ...patch });
  };
  const setStep = (index: number, patch: Partial<StepDraft>) =>
    set({ steps: draft.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });
  const move = (index: number, by: number) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    set({ steps });
  };
  const shown = [
    'name',
    'description',
    ...draft.steps.flatMap((_, i) =>
      ['title', 'dayOffset', 'contentId', 'kind', 'owner'].map((f) => `steps.${i}.${f}`),
    ),
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={id ? t('editor.editTitle', { name: initial.name }) : t('editor.newTitle')}
        description={t('editor.intro')}
      />
      <form
        noValidate
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Card>
          <div className="grid gap-4">
            <TextField
              label={t('editor.name')}
              value={draft.name}
              onChange={(event) => set({ name: event.target.value })}
              error={errors.name}
              required
            />
            <TextArea
              label={t('editor.description')}
              value={draft.description ?? ''}
              onChange={(event) => set({ description: event.target.value || null })}
              error={errors.description}
            />
          </div>
        </Card>
        <Card title={t('editor.steps')} titleId="template-steps">
          <ol className="space-y-4">
            {draft.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id until saved; order is the identity
              <li key={index} className="rounded-lg border border-slate-200 p-3">
                <fieldset className="grid gap-3 sm:grid-cols-6">
                  <legend className="mb-2 text-sm font-semibold text-slate-800">
                    {t('editor.step', { number: index + 1 })}
                  </legend>
                  <div className="sm:col-span-3">
                    <TextField
                      label={t('editor.stepTitle')}
                      value={step.title}
                      onChange={(event) => setStep(index, { title: event.target.value })}
                      error={errors[`steps.${index}.title`]}
                    />
                  </div>
                  <div className="sm:col-span-1">
                    <TextField
                      label={t('editor.dayOffset')}
                      type="number"
                      min={0}
                      value={step.dayOffset}
                      onChange={(event) => setStep(index, { dayOffset: Number(event.target.value) })}
                      error={errors[`steps.${index}.dayOffset`]}
                    />
                  </div>
                  <div className="sm:col-span-1">
                    <SelectField
                      label={t('editor.kind')}
                      value={step.kind}
                      onChange={(event) =>
                        setStep(index, { kind: event.target.value as StepDraft['kind'], contentId: null })
                      }
                    >
                      {kinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`kinds.${kind}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  <div className="sm:col-span-1">
                    <SelectField
                      label={t('editor.owner')}
                      value={step.owner}
                      onChange={(event) =>
                        setStep(index, { owner: event.target.value as StepDraft['owner'] })
                      }
                    >
                      {owners.map((owner) => (
                        <option key={owner} value={owner}>
                          {t(`owners.${owner}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  {step.kind === 'learning' && (
                    <div className="sm:col-span-6">
                      <SelectField
                        label={t('editor.item')}
                        value={step.contentId ?? ''}
                        onChange={(event) => setStep(index, { contentId: event.target.value || null })}
                        error={errors[`steps.${index}.contentId`]}
                      >
                        <option value="" />
                        {items.data?.items.map((item) => (
                          <option key={item.id} value={item.id}>
                            {item.title}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                  )}
                  <div className="sm:col-span-6">
                    <TextArea
                      label={t('editor.stepDescription')}
                      rows={2}
                      value={step.description ?? ''}
                      onChange={(event) => setStep(index, { description: event.target.value || null })}
                    />
                  </div>
                  <div className="flex gap-2 sm:col-span-6">
                    <Button variant="ghost" disabled={index === 0} onClick={() => move(index, -1)}>
                      {t('editor.up')}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={index === draft.steps.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      {t('editor.down')}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={draft.steps.length === 1}
                      onClick={() => set({ steps: draft.steps.filter((_, i) => i !== index) })}
                    >
                      {t('editor.remove')}
                    </Button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <Button
            variant="secondary"
            className="mt-3"
            onClick={() =>
              set({
                steps: [...draft.steps, { ...emptyStep(), dayOffset: draft.steps.at(-1)?.dayOffset ?? 0 }],
              })
            }
          >
            {t('editor.addStep')}
          </Button>
        </Card>
        <Card title={t('editor.rule')} titleId="template-rule">
          <div className="space-y-4">
            <Checkbox
              label={t('editor.byRule')}
              hint={t('editor.byRuleHint')}
              checked={draft.criteria !== null}
              onChange={(event) =>
                set({
                  criteria: event.target.checked
                    ? ({ ...noCriteria, startsWithinDays: 14 } as TemplateBody['criteria'])
                    : null,
                })
              }
            />
            {draft.criteria && (
              <>
                <div className="grid gap-4 sm:grid-cols-2">
                  <RuleCriteriaFields
                    value={draft.criteria as Criteria}
                    onChange={(criteria) => {
                      preview.reset();
                      set({ criteria: criteria as TemplateBody['criteria'] });
                    }}
                  />
                </div>
                <Checkbox
                  label={t('editor.active')}
                  checked={draft.isActive}
                  onChange={(event) => set({ isActive: event.target.checked })}
                />
                <Button
                  variant="secondary"
                  isBusy={preview.isPending}
                  onClick={() => preview.mutate(draft.criteria as Criteria)}
                >
                  {t('editor.preview')}
                </Button>
                {preview.data && <RulePreview preview={preview.data} />}
              </>
            )}
          </div>
        </Card>
        <div>
          <FormErrorRegion error={save.error ?? preview.error} shownFields={shown} />
          <div className="flex gap-3">
            <Button type="submit" isBusy={save.isPending}>
              {t('editor.save')}
            </Button>
            <ButtonLink variant="secondary" to="/admin/onboarding">
              {t('editor.cancel')}
            </ButtonLink>
          </div>
        </div>
      </form>
    </div>
  );
}

function RulePreview({
  preview,
}: {
  preview: {
    reached: number;
    people: { id: string; displayName: string; startDate: string | null; unitName: string | null }[];
  };
}) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  return (
    <div role="status" className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium text-slate-900">{t('editor.reached', { count: preview.reached })}</p>
      <ul className="mt-2 space-y-1">
        {preview.people.slice(0, 20).map((person) => (
          <li key={person.id} className="text-slate-700">
            {person.displayName}
            {person.unitName && ` · ${person.unitName}`} ·{' '}
            {t('editor.starts', { date: format.date(person.startDate) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
