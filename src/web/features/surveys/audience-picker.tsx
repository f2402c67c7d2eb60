import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { CheckboxGroupField } from '../../components/form/index.ts';

export type Audience = { unitIds?: string[]; roles?: string[] };
const roles = ['manager', 'ld_admin', 'hr_admin', 'coach', 'ambassador', 'works_council', 'owner'] as const;

/** The catalogue's audience criteria in their simplest form: units (with sub-units) and roles; none = everyone. */
export function AudiencePicker() {
  const { t } = useTranslation('surveys');
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t('builder.audienceHint')}</p>
      <CheckboxGroupField
        name="audience.unitIds"
        legend={t('builder.units')}
        options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <CheckboxGroupField
        name="audience.roles"
        legend={t('builder.roles')}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
    </div>
  );
}
