import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Button, buttonClass } from '../../components/button.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { BudgetFileImport } from './budget-file-import.tsx';
import { eurosAsCents, useDevelopmentMutation, useMoney } from './development-api.ts';

// The API's policyBody; amounts are typed in euros under the API's cents names.
const policySchema = z.object({
  amountCents: eurosAsCents(),
  hours: z.number().int().min(0).max(10_000),
  carryOverMaxCents: eurosAsCents(),
  isProRata: z.boolean(),
  fullTimeHours: z.number().min(1).max(60),
  requiresHrApproval: z.boolean(),
});

/** The rule for the year; saving it gives everyone their budget by it. */
function PolicyForm({ year, policy }: { year: number; policy: Schemas['BudgetPolicy'] | null }) {
  const { t } = useTranslation('development');
  const form = useZodForm(policySchema, {
    // No rule for the year yet: a common one to start from.
    defaultValues: policy
      ? {
          amountCents: String(policy.amountCents / 100),
          hours: policy.hours,
          carryOverMaxCents: String(policy.carryOverMaxCents / 100),
          isProRata: policy.isProRata,
          fullTimeHours: policy.fullTimeHours,
          requiresHrApproval: policy.requiresHrApproval,
        }
      : {
          amountCents: '1000',
          hours: 40,
          carryOverMaxCents: '250',
          isProRata: true,
          fullTimeHours: 36,
          requiresHrApproval: true,
        },
  });
  const isProRata = useWatch({ control: form.control, name: 'isProRata' });
  const save = useDevelopmentMutation(async (body: z.output<typeof policySchema>) => {
    await unwrap(api.PUT('/api/v1/budgets/policies/{year}', { params: { path: { year } }, body }));
    return unwrap(api.POST('/api/v1/budgets/allocate', { body: { year } }));
  });
  return (
    <Form form={form} onSubmit={(values) => save.mutateAsync(values)}>
      <FormError />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="amountCents" label={t('budgetsAdmin.amount')} inputMode="decimal" />
        <TextField name="hours" label={t('budgetsAdmin.hours')} type="number" />
        <TextField name="carryOverMaxCents" label={t('budgetsAdmin.carryOver')} inputMode="decimal" />
      </div>
      <CheckboxField name="isProRata" label={t('budgetsAdmin.proRata')} />
      {isProRata && <TextField name="fullTimeHours" label={t('budgetsAdmin.fullTimeHours')} type="number" />}
      <CheckboxField name="requiresHrApproval" label={t('budgetsAdmin.hrApproval')} />
      <SubmitButton>{t('budgetsAdmin.saveAndAllocate')}</SubmitButton>
      {save.data && (
        <p role="status" className="text-sm text-emerald-800">
          {t('budgetsAdmin.allocated', { count: save.data.budgets })}
        </p>
      )}
    </Form>
  );
}

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
  const [csv, setCsv] = useState('');
  const importBudgets = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/budgets/import', { body: { year, csv } })),
  );
  if (policy.isPending) return <Loading />;
  if (policy.isError) return <QueryError error={policy.error} />;
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
          <PolicyForm year={year} policy={policy.data} />
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
