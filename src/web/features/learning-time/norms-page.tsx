import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, NoAccess, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { type Norm, normsQuery, useSetNorms } from './queries.ts';

const roles = [
  'employee',
  'manager',
  'coach',
  'ambassador',
  'works_council',
  'ld_admin',
  'hr_admin',
  'owner',
] as const;
type Row = {
  key: number;
  scope: Norm['scope'];
  orgUnitId: string;
  role: string;
  unit: 'minutes' | 'percent';
  amount: string;
};

const toRow = (norm: Norm, key: number): Row => ({
  key,
  scope: norm.scope,
  orgUnitId: norm.orgUnit?.id ?? '',
  role: norm.role ?? '',
  unit: norm.percentOfContract === null ? 'minutes' : 'percent',
  amount: String(norm.percentOfContract ?? (norm.minutesPerWeek ?? 0) / 60),
});

/** L&D or HR set the learning-time norms: for the organisation, per unit or per role. */
export function NormsPage() {
  const { t } = useTranslation('learning-time');
  const me = useMe();
  const mayEdit = can(me, 'development.manage') || can(me, 'catalogue.manage');
  const norms = useQuery({ ...normsQuery(), enabled: mayEdit });
  const units = useQuery({
    queryKey: ['org-units'],
    queryFn: () => unwrap(api.GET('/api/v1/org-units')),
    enabled: mayEdit,
  });
  const save = useSetNorms();
  const [rows, setRows] = useState<Row[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (norms.data) setRows(norms.data.map(toRow));
  }, [norms.data]);
  if (!mayEdit) return <NoAccess />;
  if (norms.isPending) return <Loading />;
  if (norms.isError) return <QueryError error={norms.error} />;
  const change = (key: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const submit = async () => {
    await save.mutateAsync(
      rows.map((row) => ({
        scope: row.scope,
        ...(row.scope === 'unit' ? { orgUnitId: row.orgUnitId || undefined } : {}),
        ...(row.scope === 'role' ? { role: (row.role || undefined) as (typeof roles)[number] } : {}),
        ...(row.unit === 'minutes'
          ? { minutesPerWeek: Math.round(Number(row.amount) * 60) }
          : { percentOfContract: Number(row.amount) }),
      })),
    );
    setSaved(true);
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t('norms.title')} description={t('norms.intro')} />
      <Card title={t('norms.list')} titleId="lt-norms">
        {rows.length === 0 && <p className="text-sm text-slate-600">{t('norms.none')}</p>}
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.key} className="grid grid-cols-1 gap-2 rounded-lg border p-3 sm:grid-cols-5">
              <SelectField
                label={t('norms.scope')}
                value={row.scope}
                onChange={(e) => change(row.key, { scope: e.target.value as Row['scope'] })}
              >
                {(['organisation', 'unit', 'role'] as const).map((scope) => (
                  <option key={scope} value={scope}>
                    {t(`norms.scopes.${scope}`)}
                  </option>
                ))}
              </SelectField>
              {row.scope === 'unit' && (
                <SelectField
                  label={t('norms.unit')}
                  value={row.orgUnitId}
                  onChange={(e) => change(row.key, { orgUnitId: e.target.value })}
                >
                  <option value="">{t('norms.choose')}</option>
                  {(units.data ?? []).map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </SelectField>
              )}
              {row.scope === 'role' && (
                <SelectField
                  label={t('norms.role')}
                  value={row.role}
                  onChange={(e) => change(row.key, { role: e.target.value })}
                >
                  <option value="">{t('norms.choose')}</option>
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {t(`norms.roles.${role}`)}
                    </option>
                  ))}
                </SelectField>
              )}
              {row.scope === 'organisation' && <span />}
              <SelectField
                label={t('norms.measure')}
                value={row.unit}
                onChange={(e) => change(row.key, { unit: e.target.value as Row['unit'] })}
              >
                <option value="minutes">{t('norms.hoursPerWeek')}</option>
                <option value="percent">{t('norms.percent')}</option>
              </SelectField>
              <TextField
                label={row.unit === 'minutes' ? t('norms.hours') : t('norms.percentShort')}
                type="number"
                step={row.unit === 'minutes' ? 0.25 : 0.5}
                min={0}
                value={row.amount}
                onChange={(e) => change(row.key, { amount: e.target.value })}
              />
              <div className="flex items-end">
                <Button
                  variant="ghost"
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  {t('norms.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              setRows((current) => [
                ...current,
                { key: Date.now(), scope: 'unit', orgUnitId: '', role: '', unit: 'minutes', amount: '2' },
              ])
            }
          >
            {t('norms.add')}
          </Button>
          <Button onClick={submit} isBusy={save.isPending}>
            {t('norms.save')}
          </Button>
        </div>
        {saved && (
          <p role="status" className="mt-2 text-sm text-teal-800">
            {t('norms.saved')}
          </p>
        )}
        <FormErrorRegion error={save.error} />
      </Card>
    </div>
  );
}
