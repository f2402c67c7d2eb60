import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Loading, QueryError } from '../../components/states.tsx';
import { type Badge, type BadgeHolder, badgeHoldersQuery, useRevokeAward } from './queries.ts';

// The API's revokeBody.
const revokeSchema = z.object({ reason: z.string().trim().min(1).max(500) });

/** Taking a badge back from one person: the reason in words, then the button. */
function RevokeForm({ holder, onRevoked }: { holder: BadgeHolder; onRevoked: (name: string) => void }) {
  const { t } = useTranslation('recognition');
  const revoke = useRevokeAward();
  const form = useZodForm(revokeSchema, { defaultValues: { reason: '' } });
  return (
    <Form
      form={form}
      className="mt-2 flex flex-wrap items-end gap-2"
      aria-label={t('badges.revokeReason', { name: holder.person.name })}
      onSubmit={async (values) => {
        await revoke.mutateAsync({ awardId: holder.id, reason: values.reason });
        onRevoked(holder.person.name);
      }}
    >
      <div className="min-w-48 flex-1">
        <TextField name="reason" label={t('badges.revokeReason', { name: holder.person.name })} required />
      </div>
      <SubmitButton variant="secondary">{t('badges.revoke')}</SubmitButton>
      <FormError />
    </Form>
  );
}

/** L&D: who has the badge now (asked for when opened), and taking it back with a reason. */
export function BadgeHolders({ badge }: { badge: Badge }) {
  const { t } = useTranslation('recognition');
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-teal-800">
        {t('badges.holders')} ({badge.awardedCount})
      </summary>
      {isOpen && <HolderList badgeId={badge.id} />}
    </details>
  );
}

function HolderList({ badgeId }: { badgeId: string }) {
  const { t } = useTranslation('recognition');
  const format = useFormat();
  const holders = useQuery(badgeHoldersQuery(badgeId));
  const [revoked, setRevoked] = useState<string | null>(null);
  return (
    <div className="mt-3 text-sm">
      {revoked && (
        <p role="status" className="mb-2 text-teal-800">
          {t('badges.revoked', { name: revoked })}
        </p>
      )}
      {holders.isPending ? (
        <Loading />
      ) : holders.isError ? (
        <QueryError error={holders.error} />
      ) : holders.data.length === 0 ? (
        <p className="text-slate-600">{t('badges.noHolders')}</p>
      ) : (
        <ul className="divide-y">
          {holders.data.map((holder) => (
            <li key={holder.id} className="py-2">
              <p>
                <span className="font-medium text-slate-900">{holder.person.name}</span>{' '}
                <span className="text-slate-600">
                  {t('badges.holderSince', { date: format.date(holder.awardedAt) })}
                </span>
              </p>
              {holder.reason && <p className="text-xs text-slate-600">{holder.reason}</p>}
              {holder.canRevoke && <RevokeForm holder={holder} onRevoked={setRevoked} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
