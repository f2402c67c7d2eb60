import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { SecretDialog } from './secret-dialog.tsx';

const key = ['integrations', 'scim'] as const;

/** SCIM: the address and tokens to give the identity provider, and how many people it manages. */
export function ScimCard() {
  const { t } = useTranslation('integrations');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const setup = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/scim')) });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/scim/tokens', { body: { name } })),
    onSuccess: async (created) => {
      setName('');
      setSecret(created.token);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/scim/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card title={t('scim.title')} titleId="scim-title">
      <p className="text-sm text-slate-600">{t('scim.intro')}</p>
      {setup.isPending && <Loading />}
      {setup.isError && <QueryError error={setup.error} />}
      {setup.data && (
        <div className="mt-4 space-y-4">
          <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-800">{t('scim.baseUrl')}</dt>
            <dd>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800">{setup.data.baseUrl}</code>
            </dd>
            <dt className="font-medium text-slate-800">{t('scim.managed')}</dt>
            <dd>{t('scim.managedCount', { count: setup.data.managedPeople })}</dd>
          </dl>
          <h3 className="text-sm font-semibold text-slate-900">{t('scim.tokens')}</h3>
          {setup.data.tokens.length === 0 ? (
            <p className="text-sm text-slate-600">{t('scim.noTokens')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {setup.data.tokens.map((token) => (
                <li key={token.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
                  <span className="font-medium text-slate-900">{token.name}</span>
                  <code className="text-xs text-slate-600">{token.prefix}…</code>
                  <Badge tone={token.revokedAt ? 'neutral' : 'green'}>
                    {t(token.revokedAt ? 'scim.revoked' : 'scim.active')}
                  </Badge>
                  <span className="text-xs text-slate-600">
                    {token.lastUsedAt
                      ? t('scim.lastUsed', { date: format.dateTime(token.lastUsedAt) })
                      : t('scim.neverUsed')}
                  </span>
                  {!token.revokedAt && (
                    <Button
                      variant="secondary"
                      className="ml-auto text-red-700"
                      aria-label={t('scim.revokeNamed', { name: token.name })}
                      isBusy={revoke.isPending && revoke.variables === token.id}
                      onClick={() => revoke.mutate(token.id)}
                    >
                      {t('scim.revoke')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="flex-1">
              <TextField
                label={t('scim.tokenName')}
                hint={t('scim.tokenNameHint')}
                required
                value={name}
                onChange={(event) => setName(event.target.value)}
                error={fieldErrorsOf(create.error).name}
              />
            </div>
            <Button type="submit" isBusy={create.isPending}>
              {t('scim.create')}
            </Button>
          </form>
          <FormErrorRegion error={create.error ?? revoke.error} shownFields={['name']} />
        </div>
      )}
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
