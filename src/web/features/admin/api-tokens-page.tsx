import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmDialog, Dialog } from '../../components/dialog.tsx';
import { Checkbox } from '../../components/field.tsx';
import {
  Form,
  FormError,
  SubmitButton,
  TextField,
  useShownField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';

const scopes = ['people:read', 'people:write', 'audit:read'] as const;
type ApiToken = Schemas['ApiToken'];

// The API's createTokenBody: a name (at most 100), at least one scope, an optional last day
// (typed as a date under the API's name, expiresAt).
const tokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(scopes)).min(1),
  expiresAt: z.string(),
});
const newToken = { name: '', scopes: ['people:read' as const], expiresAt: '' };

function CreateTokenForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useZodForm(tokenSchema, { defaultValues: newToken });
  const create = useMutation({
    mutationFn: ({ expiresAt, ...values }: z.output<typeof tokenSchema>) =>
      unwrap(
        api.POST('/api/v1/api-tokens', {
          body: {
            ...values,
            ...(expiresAt ? { expiresAt: new Date(`${expiresAt}T23:59:59`).toISOString() } : {}),
          },
        }),
      ),
    onSuccess: async (created) => {
      // The scopes stay as chosen, for a next token of the same kind.
      form.reset({ ...newToken, scopes: form.getValues('scopes') });
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
      onCreated(created.token);
    },
  });
  return (
    <Card title={t('apiTokens.create.title')} titleId="api-token-create">
      <Form form={form} onSubmit={(values) => create.mutateAsync(values)}>
        <FormError />
        <TextField name="name" label={t('fields.tokenName')} required hint={t('apiTokens.create.nameHint')} />
        <ScopesField />
        <TextField
          name="expiresAt"
          label={t('fields.expiresOn')}
          type="date"
          hint={t('apiTokens.create.expiresHint')}
        />
        <SubmitButton>{t('apiTokens.create.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

/** A checkbox per scope, each with its technical name as hint. */
function ScopesField() {
  const { t } = useTranslation();
  const { field, fieldState } = useController<z.input<typeof tokenSchema>, 'scopes'>({ name: 'scopes' });
  useShownField('scopes');
  const chosen = field.value;
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t('fields.scopes')}</legend>
      {scopes.map((scope) => (
        <Checkbox
          key={scope}
          label={t(`apiTokens.scopes.${scope.replace(':', '_')}`)}
          hint={scope}
          checked={chosen.includes(scope)}
          onChange={(event) =>
            field.onChange(
              event.target.checked ? [...chosen, scope] : chosen.filter((held) => held !== scope),
            )
          }
        />
      ))}
      {fieldState.error && <p className="text-sm font-medium text-red-700">{t('fieldErrors.chooseOne')}</p>}
    </fieldset>
  );
}

function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Dialog
      isOpen={secret !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) {
          setIsCopied(false);
          onClose();
        }
      }}
      title={t('apiTokens.secret.title')}
      description={t('apiTokens.secret.body')}
    >
      <label className="block text-sm font-medium text-slate-800" htmlFor="api-token-secret">
        {t('apiTokens.secret.label')}
      </label>
      <input
        id="api-token-secret"
        readOnly
        value={secret ?? ''}
        onFocus={(event) => event.target.select()}
        className="mt-1 block w-full rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300"
      />
      <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:justify-end">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(secret ?? '').then(() => setIsCopied(true));
          }}
        >
          {isCopied ? t('apiTokens.secret.copied') : t('apiTokens.secret.copy')}
        </Button>
        <Button onClick={onClose}>{t('apiTokens.secret.done')}</Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {isCopied ? t('apiTokens.secret.copied') : ''}
      </p>
    </Dialog>
  );
}

function tokenState(token: ApiToken): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return 'expired';
  return 'active';
}

function TokenList() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const tokens = useQuery({ queryKey: ['api-tokens'], queryFn: () => unwrap(api.GET('/api/v1/api-tokens')) });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
    },
  });
  if (tokens.isPending) return <Loading />;
  if (tokens.isError) return <QueryError error={tokens.error} />;
  if (tokens.data.length === 0) return <EmptyState title={t('apiTokens.empty')} />;
  return (
    <>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {tokens.data.map((token) => {
          const state = tokenState(token);
          return (
            <li key={token.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  {token.name}
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                    {token.prefix}…
                  </code>
                  <Badge tone={state === 'active' ? 'green' : 'neutral'}>
                    {t(`apiTokens.states.${state}`)}
                  </Badge>
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  {token.scopes.join(', ')} · {t('apiTokens.created', { date: format.date(token.createdAt) })}{' '}
                  ·{' '}
                  {token.lastUsedAt
                    ? t('apiTokens.lastUsed', { date: format.dateTime(token.lastUsedAt) })
                    : t('apiTokens.neverUsed')}
                  {token.expiresAt && ` · ${t('apiTokens.expires', { date: format.date(token.expiresAt) })}`}
                </p>
              </div>
              {state === 'active' && (
                <Button
                  variant="secondary"
                  className="text-red-700"
                  aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                  onClick={() => {
                    revoke.reset();
                    setRevoking(token);
                  }}
                >
                  {t('apiTokens.revoke')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        isOpen={revoking !== null}
        onOpenChange={(isOpen) => !isOpen && setRevoking(null)}
        title={t('apiTokens.revokeDialog.title', { name: revoking?.name ?? '' })}
        description={t('apiTokens.revokeDialog.body')}
        confirmLabel={t('apiTokens.revoke')}
        isDanger
        isBusy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      >
        <FormErrorRegion error={revoke.error} />
      </ConfirmDialog>
    </>
  );
}

export function ApiTokensPage() {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        description={
          <>
            {t('apiTokens.description')}{' '}
            <a href="/api/v1/reference" className="font-medium text-teal-700 hover:underline">
              {t('apiTokens.reference')}
            </a>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="api-token-list" className="space-y-3">
          <h2 id="api-token-list" className="text-base font-semibold text-slate-900">
            {t('apiTokens.list')}
          </h2>
          <TokenList />
        </section>
        <CreateTokenForm onCreated={setSecret} />
      </div>
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
