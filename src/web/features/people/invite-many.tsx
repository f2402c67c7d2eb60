import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/dialog.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';

type Props = { count: number; orgUnitId?: string; unitName?: string };

/** HR opens Groeipad unit by unit: one click invites everyone shown who cannot sign in yet. */
export function InviteMany({ count, orgUnitId, unitName }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const [invited, setInvited] = useState<number | null>(null);
  const invite = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/people/invitations', { body: { orgUnitId, includeSubunits: true } })),
    onSuccess: async (result) => {
      setIsOpen(false);
      setInvited(result.invited);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
  if (invited !== null)
    return (
      <p role="status" className="mb-4 rounded-lg bg-teal-50 p-3 text-sm text-teal-900">
        {t('people.inviteMany.done', { count: invited })}
      </p>
    );
  if (count === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <span>
        {unitName
          ? t('people.inviteMany.summaryUnit', { count, unit: unitName })
          : t('people.inviteMany.summary', { count })}
      </span>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('people.inviteMany.action', { count })}
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title={t('people.inviteMany.title', { count })}
        description={t('people.inviteMany.description')}
        confirmLabel={t('people.inviteMany.confirm', { count })}
        onConfirm={() => invite.mutate()}
        isBusy={invite.isPending}
      >
        {invite.isError && <FormErrorRegion error={invite.error} />}
      </ConfirmDialog>
    </div>
  );
}
