import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, NoAccess, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { type Criteria, noCriteria, RuleCriteriaFields, useAdminItems } from '../catalogue/index.ts';
import { onboardingKeys, saveTemplate, type TemplateBody, templateQuery } from './queries.ts';
import { kinds, owners, templateFormSchema, toBody, toStepValues } from './template-form.ts';

/** L&D and HR manage templates and journeys. */
export function useCanManage() {
  const me = useMe();
  return can(me, 'catalogue.manage') || can(me, 'people.manage');
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
  const form = useZodForm(templateFormSchema, {
    defaultValues: {
      name: initial.name,
      description: initial.description ?? '',
      criteria: (initial.criteria as Criteria | null) ?? null,
      isActive: initial.isActive,
      steps: initial.steps.map(toStepValues),
    },
  });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const [criteria, stepKinds] = form.watch(['criteria', 'steps']);
  const preview = useMutation({
    mutationFn: (criteria: Criteria) =>
      unwrap(api.POST('/api/v1/onboarding/templates/preview', { body: { criteria } })),
  });
  const setCriteria = (next: Criteria | null) => {
    preview.reset();
    form.setValue('criteria', next, { shouldDirty: true });
  };
  const count = steps.fields.length;
  return (
    <div className="space-y-6">
      <PageHeader
        title={id ? t('editor.editTitle', { name: initial.name }) : t('editor.newTitle')}
        description={t('editor.intro')}
      />
      <Form
        form={form}
        className="space-y-6"
        onSubmit={async (values) => {
          await saveTemplate(id, toBody(values));
          await queryClient.invalidateQueries({ queryKey: onboardingKeys.all });
          await navigate({ to: '/admin/onboarding' });
        }}
      >
        <Card>
          <div className="grid gap-4">
            <TextField name="name" label={t('editor.name')} required />
            <TextAreaField name="description" label={t('editor.description')} />
          </div>
        </Card>
        <Card title={t('editor.steps')} titleId="template-steps">
          <ol className="space-y-4">
            {steps.fields.map((field, index) => (
              <li key={field.id} className="rounded-lg border border-slate-200 p-3">
                <fieldset className="grid gap-3 sm:grid-cols-6">
                  <legend className="mb-2 text-sm font-semibold text-slate-800">
                    {t('editor.step', { number: index + 1 })}
                  </legend>
                  <div className="sm:col-span-3">
                    <TextField name={`steps.${index}.title`} label={t('editor.stepTitle')} />
                  </div>
                  <div className="sm:col-span-1">
                    <TextField
                      name={`steps.${index}.dayOffset`}
                      label={t('editor.dayOffset')}
                      type="number"
                      min={0}
                    />
                  </div>
                  <div className="sm:col-span-1">
                    <SelectField name={`steps.${index}.kind`} label={t('editor.kind')}>
                      {kinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`kinds.${kind}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  <div className="sm:col-span-1">
                    <SelectField name={`steps.${index}.owner`} label={t('editor.owner')}>
                      {owners.map((owner) => (
                        <option key={owner} value={owner}>
                          {t(`owners.${owner}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  {stepKinds[index]?.kind === 'learning' && (
                    <div className="sm:col-span-6">
                      <SelectField name={`steps.${index}.contentId`} label={t('editor.item')}>
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
                    <TextAreaField
                      name={`steps.${index}.description`}
                      label={t('editor.stepDescription')}
                      rows={2}
                    />
                  </div>
                  <div className="flex gap-2 sm:col-span-6">
                    <Button
                      variant="ghost"
                      disabled={index === 0}
                      onClick={() => steps.move(index, index - 1)}
                    >
                      {t('editor.up')}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={index === count - 1}
                      onClick={() => steps.move(index, index + 1)}
                    >
                      {t('editor.down')}
                    </Button>
                    <Button variant="ghost" disabled={count === 1} onClick={() => steps.remove(index)}>
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
              steps.append(
                toStepValues({ ...emptyStep(), dayOffset: Number(stepKinds.at(-1)?.dayOffset ?? 0) || 0 }),
              )
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
              checked={criteria !== null}
              onChange={(event) =>
                setCriteria(event.target.checked ? { ...noCriteria, startsWithinDays: 14 } : null)
              }
            />
            {criteria && (
              <>
                <div className="grid gap-4 sm:grid-cols-2">
                  <RuleCriteriaFields value={criteria} onChange={setCriteria} />
                </div>
                <CheckboxField name="isActive" label={t('editor.active')} />
                <Button
                  variant="secondary"
                  isBusy={preview.isPending}
                  onClick={() => preview.mutate(criteria)}
                >
                  {t('editor.preview')}
                </Button>
                <FormErrorRegion error={preview.error} shownFields={[]} />
                {preview.data && <RulePreview preview={preview.data} />}
              </>
            )}
          </div>
        </Card>
        <div>
          <FormError />
          <div className="flex gap-3">
            <SubmitButton>{t('editor.save')}</SubmitButton>
            <ButtonLink variant="secondary" to="/admin/onboarding">
              {t('editor.cancel')}
            </ButtonLink>
          </div>
        </div>
      </Form>
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
