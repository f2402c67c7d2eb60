import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { inputClass, TextField } from '../../components/field.tsx';
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

export function RulesCard() {
  const { t } = useTranslation('catalogue');
  const rules = useRules();
  const courses = useAdminCourses();
  const paths = useAdminPaths();
  const units = useOrgUnits();
  const invalidate = useInvalidateAdmin();
  const [rule, setRule] = useState<RuleInput>({
    name: '',
    condition: 'criteria',
    parameter: null,
    criteria: noCriteria,
    subject: { type: 'path', id: '' },
    dueDays: 30,
    isActive: true,
  });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/catalogue/rules', { body: rule })),
    onSuccess: invalidate,
  });
  // The preview is of the rule as it stands; any change to the rule asks for a new one.
  const preview = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/catalogue/rules/preview', {
          body: {
            condition: rule.condition,
            parameter: rule.parameter,
            criteria: rule.criteria,
            subject: rule.subject,
          },
        }),
      ),
  });
  const change = (next: RuleInput) => {
    preview.reset();
    create.reset();
    setRule(next);
  };
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
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <TextField
          label={t('rules.name')}
          value={rule.name}
          onChange={(e) => change({ ...rule, name: e.target.value })}
          required
        />
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('rules.condition')}</span>
          <select
            className={inputClass}
            value={rule.condition}
            onChange={(e) => {
              const condition = e.target.value as RuleInput['condition'];
              change({ ...rule, condition, parameter: condition === 'starts_within_days' ? '30' : null });
            }}
          >
            {(['criteria', 'starts_within_days', 'is_manager', 'in_unit'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`rules.conditions.${c}`, { days: 'N' })}
              </option>
            ))}
          </select>
        </label>
        {rule.condition === 'criteria' && (
          <RuleCriteriaFields
            value={rule.criteria ?? noCriteria}
            onChange={(criteria: Criteria) => change({ ...rule, criteria })}
          />
        )}
        {rule.condition === 'starts_within_days' && (
          <TextField
            label={t('rules.days')}
            type="number"
            min={1}
            value={rule.parameter ?? ''}
            onChange={(e) => change({ ...rule, parameter: e.target.value })}
          />
        )}
        {rule.condition === 'in_unit' && (
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t('rules.unit')}</span>
            <select
              className={inputClass}
              value={rule.parameter ?? ''}
              onChange={(e) => change({ ...rule, parameter: e.target.value })}
            >
              <option value="" />
              {units.data?.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('rules.learning')}</span>
          <select
            className={inputClass}
            value={rule.subject.id ? `${rule.subject.type}:${rule.subject.id}` : ''}
            onChange={(e) => {
              const [type, id] = e.target.value.split(':') as ['course' | 'path', string];
              change({ ...rule, subject: { type, id } });
            }}
          >
            <option value="" />
            {published.map((option) => (
              <option key={option.key} value={option.key}>
                {option.title}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={t('rules.dueDays')}
          type="number"
          min={1}
          value={rule.dueDays ?? ''}
          onChange={(e) => change({ ...rule, dueDays: Number(e.target.value) || null })}
        />
        {preview.data && <RulePreview preview={preview.data} />}
        <div className="sm:col-span-2">
          <FormErrorRegion error={create.error ?? preview.error} />
          {create.data && (
            <p role="status" className="mb-2 text-sm text-emerald-800">
              {t('rules.created', { count: create.data.enrolled })}
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => preview.mutate()}
              isBusy={preview.isPending}
              disabled={!rule.subject.id}
            >
              {t('rules.preview.show')}
            </Button>
            <Button type="submit" isBusy={create.isPending} disabled={!rule.subject.id}>
              {preview.data
                ? t('rules.preview.apply', { count: preview.data.newlyEnrolled })
                : t('rules.add')}
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}
