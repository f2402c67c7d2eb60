import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { useOrgUnits } from '../org/index.ts';
import {
  type RuleInput,
  useAdminCourses,
  useAdminPaths,
  useInvalidateAdmin,
  useRules,
} from './catalogue-admin-api.ts';
import { type Criteria, noCriteria, RuleCriteriaFields } from './rule-criteria-fields.tsx';
import { RulePreview } from './rule-preview.tsx';

const conditions = ['criteria', 'starts_within_days', 'is_manager', 'in_unit'] as const;

// The API's ruleInput; its parameter is typed as days or chosen as a unit, the learning as one choice.
const ruleSchema = z.object({
  name: z.string().trim().min(1).max(200),
  condition: z.enum(conditions),
  // Checked by the server only for a starts-within rule; hidden otherwise.
  days: z.number().nullable(),
  unitId: z.string(),
  criteria: z.custom<Criteria>(),
  subject: z.string().min(1),
  dueDays: z.number().int().min(1).max(3650).nullable(),
});
type RuleValues = z.input<typeof ruleSchema>;

/** The rule as the API takes it (the preview leaves out name, due days and whether it is active). */
const ruleOf = (values: RuleValues): RuleInput => {
  const [type, id] = values.subject.split(':') as ['course' | 'path', string];
  return {
    name: values.name,
    condition: values.condition,
    parameter:
      values.condition === 'starts_within_days'
        ? String(values.days ?? '')
        : values.condition === 'in_unit'
          ? values.unitId
          : null,
    criteria: values.criteria,
    subject: { type, id: id ?? '' },
    dueDays: values.dueDays || null,
    isActive: true,
  };
};

export function RulesCard() {
  const { t } = useTranslation('catalogue');
  const rules = useRules();
  const courses = useAdminCourses();
  const paths = useAdminPaths();
  const units = useOrgUnits();
  const invalidate = useInvalidateAdmin();
  const form = useZodForm(ruleSchema, {
    defaultValues: {
      name: '',
      condition: 'criteria',
      days: 30,
      unitId: '',
      criteria: noCriteria,
      subject: '',
      dueDays: 30,
    },
  });
  const values = useWatch({ control: form.control }) as RuleValues;
  const create = useMutation({
    mutationFn: (rule: RuleInput) => unwrap(api.POST('/api/v1/catalogue/rules', { body: rule })),
    onSuccess: invalidate,
  });
  const preview = useMutation({
    mutationFn: ({ condition, parameter, criteria, subject }: RuleInput) =>
      unwrap(
        api.POST('/api/v1/catalogue/rules/preview', { body: { condition, parameter, criteria, subject } }),
      ),
  });
  // The preview is of the rule as it stands; any change to the rule asks for a new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a changed rule is the only reason
  useEffect(() => {
    preview.reset();
    create.reset();
  }, [JSON.stringify(values)]);
  const published = [
    ...(paths.data
      ?.filter((p) => p.status === 'published')
      .map((p) => ({ key: `path:${p.id}`, title: p.title })) ?? []),
    ...(courses.data
      ?.filter((c) => c.status === 'published')
      .map((c) => ({ key: `course:${c.id}`, title: c.title })) ?? []),
  ];
  return (
    <Card title={t('rules.title')} titleId="rules">
      <p className="mb-3 text-sm text-slate-600">{t('rules.description')}</p>
      <ul className="mb-4 divide-y divide-slate-100">
        {rules.data?.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="flex-1 font-medium">{r.name}</span>
            <span className="text-slate-600">
              {r.condition === 'criteria'
                ? t('rules.conditions.criteria')
                : t(`rules.conditions.${r.condition}`, { days: r.parameter })}{' '}
              → {r.subjectTitle}
            </span>
            <Badge tone={r.isActive ? 'green' : 'neutral'}>
              {t('rules.enrolled', { count: r.enrolled })}
            </Badge>
          </li>
        ))}
      </ul>
      <Form
        form={form}
        onSubmit={(rule) => create.mutateAsync(ruleOf(rule))}
        className="grid gap-3 sm:grid-cols-2"
      >
        <TextField name="name" label={t('rules.name')} required />
        <SelectField name="condition" label={t('rules.condition')}>
          {conditions.map((c) => (
            <option key={c} value={c}>
              {t(`rules.conditions.${c}`, { days: 'N' })}
            </option>
          ))}
        </SelectField>
        {values.condition === 'criteria' && <CriteriaField />}
        {values.condition === 'starts_within_days' && (
          <TextField name="days" label={t('rules.days')} type="number" min={1} />
        )}
        {values.condition === 'in_unit' && (
          <SelectField key={units.data ? 'units' : 'loading'} name="unitId" label={t('rules.unit')}>
            <option value="" />
            {units.data?.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField name="subject" label={t('rules.learning')}>
          <option value="" />
          {published.map((option) => (
            <option key={option.key} value={option.key}>
              {option.title}
            </option>
          ))}
        </SelectField>
        <TextField name="dueDays" label={t('rules.dueDays')} type="number" min={1} />
        {preview.data && <RulePreview preview={preview.data} />}
        <div className="sm:col-span-2">
          <FormError />
          <FormErrorRegion error={preview.error} />
          {create.data && (
            <p role="status" className="mb-2 text-sm text-emerald-800">
              {t('rules.created', { count: create.data.enrolled })}
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => preview.mutate(ruleOf(form.getValues()))}
              isBusy={preview.isPending}
              disabled={!values.subject}
            >
              {t('rules.preview.show')}
            </Button>
            <SubmitButton isDisabled={!values.subject}>
              {preview.data
                ? t('rules.preview.apply', { count: preview.data.newlyEnrolled })
                : t('rules.add')}
            </SubmitButton>
          </div>
        </div>
      </Form>
    </Card>
  );
}

/** Who a criteria rule reaches (units, job roles, roles, start date, status). */
function CriteriaField() {
  const { field } = useController<RuleValues, 'criteria'>({ name: 'criteria' });
  return <RuleCriteriaFields value={field.value ?? noCriteria} onChange={field.onChange} />;
}
