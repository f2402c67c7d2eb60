import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../components/dialog.tsx';
import {
  CheckboxGroupField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { QueryError } from '../../components/states.tsx';
import {
  type LrsCredential,
  type LrsScope,
  lrsScopes,
  useCreateCredential,
  useCredentials,
  useRevokeCredential,
} from './lrs-api.ts';
import { LrsNav } from './lrs-nav.tsx';

const createSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(lrsScopes)).min(1),
});

type Created = LrsCredential & { secret: string };

function CreateCredentialForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const { t } = useTranslation('lrs');
  const create = useCreateCredential();
  const form = useZodForm(createSchema, {
    defaultValues: { name: '', scopes: ['statements/write'] as LrsScope[] },
  });
  const scopeLabels: Record<LrsScope, string> = {
    'statements/write': t('scopes.statementsWrite'),
    'statements/read': t('scopes.statementsRead'),
    'statements/read/mine': t('scopes.statementsReadMine'),
    state: t('scopes.state'),
    profile: t('scopes.profile'),
    define: t('scopes.define'),
    'all/read': t('scopes.allRead'),
    all: t('scopes.all'),
  };
  return (
    <Card title={t('credentials.create.title')} titleId="lrs-credential-create">
      <Form
        form={form}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(values);
          form.reset();
          onCreated(created);
        }}
      >
        <TextField name="name" label={t('credentials.create.name')} hint={t('credentials.create.nameHint')} />
        <CheckboxGroupField
          name="scopes"
          legend={t('credentials.create.scopes')}
          options={lrsScopes.map((scope) => ({ value: scope, label: `${scopeLabels[scope]} (${scope})` }))}
        />
        <FormError />
        <SubmitButton>{t('credentials.create.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

/** The key and secret, once: the server keeps only a hash of the secret. */
function SecretDialog({ created, onClose }: { created: Created | null; onClose: () => void }) {
  const { t } = useTranslation('lrs');
  const endpoint = `${window.location.origin}/xapi/`;
  const rows = [
    { id: 'lrs-endpoint', label: t('credentials.secret.endpoint'), value: endpoint },
    { id: 'lrs-key', label: t('credentials.secret.key'), value: created?.key ?? '' },
    { id: 'lrs-secret', label: t('credentials.secret.secret'), value: created?.secret ?? '' },
  ];
  return (
    <Dialog
      isOpen={created !== null}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('credentials.secret.title')}
      description={t('credentials.secret.body')}
    >
      <div className="space-y-3">
        {rows.map((row) => (
          <div key={row.id}>
            <label className="block text-sm font-medium text-slate-800" htmlFor={row.id}>
              {row.label}
            </label>
            <input
              id={row.id}
              readOnly
              value={row.value}
              onFocus={(event) => event.target.select()}
              className="mt-1 block w-full rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300"
            />
          </div>
        ))}
      </div>
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose}>{t('credentials.secret.done')}</Button>
      </div>
    </Dialog>
  );
}

function CredentialList() {
  const { t } = useTranslation('lrs');
  const format = useFormat();
  const credentials = useCredentials();
  const revoke = useRevokeCredential();
  const [revoking, setRevoking] = useState<LrsCredential | null>(null);
  if (credentials.isError) return <QueryError error={credentials.error} />;
  const columns: Column<LrsCredential>[] = [
    {
      id: 'name',
      header: t('credentials.columns.name'),
      sortValue: (row) => row.name,
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          {row.name}
          <Badge tone={row.revokedAt ? 'neutral' : 'green'}>
            {row.revokedAt ? t('credentials.revoked') : t('credentials.active')}
          </Badge>
        </span>
      ),
    },
    {
      id: 'key',
      header: t('credentials.columns.key'),
      cell: (row) => <code className="text-xs text-slate-700">{row.key}</code>,
      className: 'hidden md:table-cell',
    },
    { id: 'scopes', header: t('credentials.columns.scopes'), cell: (row) => row.scopes.join(', ') },
    {
      id: 'lastUsed',
      header: t('credentials.columns.lastUsed'),
      sortValue: (row) => row.lastUsedAt ?? '',
      cell: (row) => (row.lastUsedAt ? format.dateTime(row.lastUsedAt) : t('credentials.neverUsed')),
    },
    {
      id: 'actions',
      header: <span className="sr-only">{t('credentials.columns.actions')}</span>,
      cell: (row) =>
        row.revokedAt ? null : (
          <Button
            variant="secondary"
            className="text-red-700"
            aria-label={t('credentials.revokeNamed', { name: row.name })}
            onClick={() => {
              revoke.reset();
              setRevoking(row);
            }}
          >
            {t('credentials.revoke')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <DataTable
        label={t('credentials.list')}
        isCaptionShown
        columns={columns}
        rows={credentials.data}
        rowKey={(row) => row.id}
        isLoading={credentials.isPending}
        emptyTitle={t('credentials.empty')}
      />
      <ConfirmDialog
        isOpen={revoking !== null}
        onOpenChange={(isOpen) => !isOpen && setRevoking(null)}
        title={t('credentials.revokeDialog.title', { name: revoking?.name ?? '' })}
        description={t('credentials.revokeDialog.body')}
        confirmLabel={t('credentials.revoke')}
        isDanger
        isBusy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      >
        <FormErrorRegion error={revoke.error} />
      </ConfirmDialog>
    </>
  );
}

export function CredentialsPage() {
  const { t } = useTranslation('lrs');
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <>
      <PageHeader title={t('title')} description={t('credentials.description')} />
      <LrsNav />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <CredentialList />
        <CreateCredentialForm onCreated={setCreated} />
      </div>
      <SecretDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
