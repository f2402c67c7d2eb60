import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button, buttonClass } from '../../components/button.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { BudgetFileImport } from './budget-file-import.tsx';
import { centsOf, useDevelopmentMutation, useMoney } from './development-api.ts';

/** HR: the rule for the year, giving everyone their budget, importing, and the finance export. */
export function BudgetsAdminPage() {
  const { t, i18n } = useTranslation('development');
  const money = useMoney();
  const year = new Date().getFullYear();
  const policy = useQuery({
    queryKey: ['development', 'policy', year],
    queryFn: () => unwrap(api.GET('/api/v1/budgets/policies/{year}', { params: { path: { year } } })),
  });
  const budgets = useQuery({
    queryKey: ['development', 'budgets', 'organisation', year],
    queryFn: () => unwrap(api.GET('/api/v1/budgets', { params: { query: { scope: 'organisation', year } } })),
  });
  const [form, setForm] = useState({
    amount: '1000',
    hours: '40',
    isProRata: true,
    fullTimeHours: '36',
    carryOver: '250',
    requiresHrApproval: true,
  });
  const [csv, setCsv] = useState('');
  useEffect(() => {
    if (policy.data)
      setForm({
        amount: String(policy.data.amountCents / 100),
        hours: String(policy.data.hours),
        isProRata: policy.data.isProRata,
        fullTimeHours: String(policy.data.fullTimeHours),
        carryOver: String(policy.data.carryOverMaxCents / 100),
        requiresHrApproval: policy.data.requiresHrApproval,
      });
  }, [policy.data]);
  const save = useDevelopmentMutation(async () => {
    await unwrap(
      api.PUT('/api/v1/budgets/policies/{year}', {
        params: { path: { year } },
        body: {
          amountCents: centsOf(form.amount),
          hours: Number(form.hours),
          isProRata: form.isProRata,
          fullTimeHours: Number(form.fullTimeHours),
          carryOverMaxCents: centsOf(form.carryOver),
          requiresHrApproval: form.requiresHrApproval,
        },
      }),
    );
    return unwrap(api.POST('/api/v1/budgets/allocate', { body: { year } }));
  });
  const importBudgets = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/budgets/import', { body: { year, csv } })),
  );
  if (policy.isPending) return <Loading />;
  if (policy.isError) return <QueryError error={policy.error} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const totals = (budgets.data ?? []).reduce(
    (sum, b) => ({
      available: sum.available + b.ledger.availableCents,
      used: sum.used + b.ledger.committedCents + b.ledger.spentCents,
    }),
    { available: 0, used: 0 },
  );
  return (
    <>
      <PageHeader title={t('budgetsAdmin.title', { year })} description={t('budgetsAdmin.description')} />
      <div className="space-y-6">
        <Card title={t('budgetsAdmin.rule')} titleId="budget-rule">
          <form onSubmit={submit} className="space-y-4">
            <FormErrorRegion error={save.error} />
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField
                label={t('budgetsAdmin.amount')}
                inputMode="decimal"
                value={form.amount}
                onChange={(e) => setForm({ ...form, amount: e.target.value })}
              />
              <TextField
                label={t('budgetsAdmin.hours')}
                type="number"
                value={form.hours}
                onChange={(e) => setForm({ ...form, hours: e.target.value })}
              />
              <TextField
                label={t('budgetsAdmin.carryOver')}
                inputMode="decimal"
                value={form.carryOver}
                onChange={(e) => setForm({ ...form, carryOver: e.target.value })}
              />
            </div>
            <Checkbox
              label={t('budgetsAdmin.proRata')}
              checked={form.isProRata}
              onChange={(e) => setForm({ ...form, isProRata: e.target.checked })}
            />
            {form.isProRata && (
              <TextField
                label={t('budgetsAdmin.fullTimeHours')}
                type="number"
                value={form.fullTimeHours}
                onChange={(e) => setForm({ ...form, fullTimeHours: e.target.value })}
              />
            )}
            <Checkbox
              label={t('budgetsAdmin.hrApproval')}
              checked={form.requiresHrApproval}
              onChange={(e) => setForm({ ...form, requiresHrApproval: e.target.checked })}
            />
            <Button type="submit" isBusy={save.isPending}>
              {t('budgetsAdmin.saveAndAllocate')}
            </Button>
            {save.data && (
              <p role="status" className="text-sm text-emerald-800">
                {t('budgetsAdmin.allocated', { count: save.data.budgets })}
              </p>
            )}
          </form>
        </Card>
        <Card title={t('budgetsAdmin.import')} titleId="budget-import">
          <BudgetFileImport year={year} />
          <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-800">{t('budgetImport.pasteTitle')}</h3>
          <FormErrorRegion error={importBudgets.error} />
          <TextArea
            label={t('budgetsAdmin.csv')}
            hint={t('budgetsAdmin.csvHint')}
            rows={5}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
          />
          <Button
            className="mt-2"
            variant="secondary"
            onClick={() => importBudgets.mutate(undefined)}
            disabled={!csv.trim()}
            isBusy={importBudgets.isPending}
          >
            {t('budgetsAdmin.importButton')}
          </Button>
          {importBudgets.data && (
            <p role="status" className="mt-2 text-sm text-emerald-800">
              {t('budgetsAdmin.imported', { count: importBudgets.data.budgets })}
            </p>
          )}
        </Card>
        <Card title={t('budgetsAdmin.export')} titleId="budget-export">
          <p className="mb-3 text-sm text-slate-700">
            {t('budgetsAdmin.totals', {
              used: money(totals.used, i18n.language),
              available: money(totals.available, i18n.language),
              count: budgets.data?.length ?? 0,
            })}
          </p>
          <div className="flex gap-2">
            <a className={buttonClass('secondary')} href={`/api/v1/budgets/export?year=${year}&format=csv`}>
              {t('budgetsAdmin.exportCsv')}
            </a>
            <a className={buttonClass('secondary')} href={`/api/v1/budgets/export?year=${year}&format=xlsx`}>
              {t('budgetsAdmin.exportXlsx')}
            </a>
          </div>
        </Card>
      </div>
    </>
  );
}
