import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { TextField } from '../../components/field.tsx';
import { useOrgUnits } from '../org/index.ts';
import { useJobRoles, useLocalName } from '../skills/index.ts';
import type { RuleInput } from './catalogue-admin-api.ts';

export type Criteria = NonNullable<RuleInput['criteria']>;
export const noCriteria: Criteria = {
  unitIds: [],
  jobRoleIds: [],
  roles: [],
  statuses: [],
  startDateFrom: null,
  startDateTo: null,
  startsWithinDays: null,
};
const roles = ['manager', 'owner', 'hr_admin', 'ld_admin', 'coach', 'ambassador', 'works_council'] as const;
const statuses = ['active', 'leaving'] as const;

/** Who a rule reaches: units (with their sub-units), job roles, roles, start date and status, combined. */
export function RuleCriteriaFields({
  value,
  onChange,
}: {
  value: Criteria;
  onChange: (next: Criteria) => void;
}) {
  const { t } = useTranslation('catalogue');
  const units = useOrgUnits();
  const jobRoles = useJobRoles();
  const localName = useLocalName();
  const set = (patch: Partial<Criteria>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
      <p className="text-sm text-slate-600 sm:col-span-2">{t('rules.criteria.help')}</p>
      <CheckboxGroup
        legend={t('rules.criteria.units')}
        options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        selected={value.unitIds ?? []}
        onChange={(unitIds) => set({ unitIds })}
      />
      <CheckboxGroup
        legend={t('rules.criteria.jobRoles')}
        options={(jobRoles.data ?? []).map((role) => ({ value: role.id, label: localName(role.name) }))}
        selected={value.jobRoleIds ?? []}
        onChange={(jobRoleIds) => set({ jobRoleIds })}
      />
      <CheckboxGroup
        legend={t('rules.criteria.roles')}
        options={roles.map((role) => ({ value: role, label: t(`rules.criteria.role.${role}`) }))}
        selected={value.roles ?? []}
        onChange={(next) => set({ roles: next as Criteria['roles'] })}
      />
      <CheckboxGroup
        legend={t('rules.criteria.statuses')}
        options={statuses.map((status) => ({ value: status, label: t(`rules.criteria.status.${status}`) }))}
        selected={value.statuses ?? []}
        onChange={(next) => set({ statuses: next as Criteria['statuses'] })}
      />
      <TextField
        label={t('rules.criteria.startDateFrom')}
        type="date"
        value={value.startDateFrom ?? ''}
        onChange={(e) => set({ startDateFrom: e.target.value || null })}
      />
      <TextField
        label={t('rules.criteria.startDateTo')}
        type="date"
        value={value.startDateTo ?? ''}
        onChange={(e) => set({ startDateTo: e.target.value || null })}
      />
      <TextField
        label={t('rules.criteria.startsWithinDays')}
        type="number"
        min={0}
        value={value.startsWithinDays ?? ''}
        onChange={(e) => set({ startsWithinDays: e.target.value === '' ? null : Number(e.target.value) })}
      />
    </div>
  );
}
