import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Checkbox } from '../../components/field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { PersonForm } from './person-form.tsx';
import { bodyOf, type PersonFormValues } from './person-values.ts';
import { type GrantableRole, RoleCheckboxes } from './role-checkboxes.tsx';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<GrantableRole[]>([]);
  const [sendInvitation, setSendInvitation] = useState(true);
  const create = useMutation({
    mutationFn: (values: PersonFormValues) => {
      const { status: _status, ...rest } = bodyOf(values);
      return unwrap(api.POST('/api/v1/people', { body: { ...rest, roles, sendInvitation } }));
    },
    onSuccess: async (person) => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
      await navigate({ to: '/people/$personId', params: { personId: person.id } });
    },
  });
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/people" className="hover:underline">
            ← {t('people.title')}
          </Link>
        }
        title={t('people.new.title')}
        description={t('people.new.description')}
      />
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <PersonForm
          submitLabel={t('people.new.submit')}
          onSubmit={(values) => create.mutateAsync(values)}
          onCancel={() => void navigate({ to: '/people' })}
          extra={
            <div className="grid gap-6 border-t border-slate-200 pt-6 sm:grid-cols-2">
              <RoleCheckboxes roles={roles} onChange={setRoles} />
              <fieldset>
                <legend className="mb-2 text-sm font-semibold text-slate-900">
                  {t('people.new.account')}
                </legend>
                <Checkbox
                  label={t('people.new.sendInvitation')}
                  hint={t('people.new.sendInvitationHint')}
                  checked={sendInvitation}
                  onChange={(event) => setSendInvitation(event.target.checked)}
                />
              </fieldset>
            </div>
          }
        />
      </div>
    </>
  );
}
