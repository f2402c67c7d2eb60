import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Person, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { ConfirmDialog, Dialog } from '../../components/dialog.tsx';
import { TextField } from '../../components/field.tsx';
import { Form, FormError, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { localToday } from '../../components/format.ts';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { grantableRoles } from './people-search.ts';
import { type GrantableRole, RolesField } from './role-checkboxes.tsx';

function usePersonMutation<T>(personId: string, call: (variables: T) => Promise<Person>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (person) => {
      queryClient.setQueryData(['person', personId], person);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function InviteButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const me = useMe();
  const invite = usePersonMutation(person.id, () =>
    unwrap(api.POST('/api/v1/people/{id}/invitation', { params: { path: { id: person.id } } })),
  );
  return (
    <div className="flex flex-col items-start">
      <Button variant="secondary" isBusy={invite.isPending} onClick={() => invite.mutate(undefined)}>
        {person.account === 'invited' ? t('person.actions.reinvite') : t('person.actions.invite')}
      </Button>
      <div aria-live="polite" className="text-sm">
        {invite.isSuccess && (
          <p className="mt-2 text-emerald-800">
            {t('person.actions.invited', { email: person.email })}{' '}
            {can(me, 'outbox.read') && (
              <Link to="/admin/outbox" className="font-medium text-teal-700 hover:underline">
                {t('person.actions.seeOutbox')}
              </Link>
            )}
          </p>
        )}
      </div>
      <FormErrorRegion error={invite.error} />
    </div>
  );
}

export function DeactivateButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [endDate, setEndDate] = useState(localToday());
  const deactivate = usePersonMutation(person.id, () =>
    unwrap(
      api.POST('/api/v1/people/{id}/deactivate', {
        params: { path: { id: person.id } },
        body: endDate ? { endDate } : {},
      }),
    ),
  );
  return (
    <>
      <Button variant="secondary" className="text-red-700" onClick={() => setIsOpen(true)}>
        {t('person.actions.deactivate')}
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={(open) => {
          setIsOpen(open);
          if (!open) deactivate.reset();
        }}
        title={t('person.deactivate.title', { name: person.displayName })}
        description={t('person.deactivate.body')}
        confirmLabel={t('person.deactivate.confirm')}
        isDanger
        isBusy={deactivate.isPending}
        onConfirm={() => deactivate.mutate(undefined, { onSuccess: () => setIsOpen(false) })}
      >
        <div className="space-y-3">
          <FormErrorRegion error={deactivate.error} shownFields={['endDate']} />
          <TextField
            label={t('person.deactivate.endDate')}
            type="date"
            value={endDate}
            onChange={(event) => setEndDate(event.target.value)}
            error={fieldErrorsOf(deactivate.error).endDate}
          />
        </div>
      </ConfirmDialog>
    </>
  );
}

// Which roles besides employee; the server names a refused grant (owner, last owner) on "roles".
const rolesSchema = z.object({ roles: z.array(z.enum(grantableRoles)) });

export function RolesButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const form = useZodForm(rolesSchema, { defaultValues: { roles: [] } });
  const save = usePersonMutation(person.id, (next: GrantableRole[]) =>
    unwrap(
      api.PUT('/api/v1/people/{id}/roles', { params: { path: { id: person.id } }, body: { roles: next } }),
    ),
  );
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          form.reset({ roles: (person.roles ?? []) as GrantableRole[] });
          setIsOpen(true);
        }}
      >
        {t('person.actions.roles')}
      </Button>
      <Dialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title={t('person.rolesDialog.title', { name: person.displayName })}
        description={t('person.rolesDialog.body')}
      >
        <Form
          form={form}
          onSubmit={async ({ roles }) => {
            await save.mutateAsync(roles);
            setIsOpen(false);
          }}
        >
          <FormError />
          <RolesField />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setIsOpen(false)}>
              {t('common.cancel')}
            </Button>
            <SubmitButton>{t('common.save')}</SubmitButton>
          </div>
        </Form>
      </Dialog>
    </>
  );
}

export { usePersonMutation };
