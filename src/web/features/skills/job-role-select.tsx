import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useJobRoles, useLocalName, useSkillsMutation } from './skills-api.ts';

/** For HR/L&D: set the person's current job role, which brings its target levels onto their map. */
export function JobRoleSelect({
  personId,
  currentRoleId,
}: {
  personId: string;
  currentRoleId: string | null;
}) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const roles = useJobRoles();
  const [roleId, setRoleId] = useState(currentRoleId ?? '');
  const save = useSkillsMutation(() =>
    unwrap(
      api.PUT('/api/v1/job-roles/holders/{id}', {
        params: { path: { id: personId } },
        body: { jobRoleId: roleId || null },
      }),
    ),
  );
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-800">{t('map.jobRole')}</span>
        <select
          className="min-h-10 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
          value={roleId}
          onChange={(event) => setRoleId(event.target.value)}
        >
          <option value="">{t('map.noRole')}</option>
          {[...(roles.data ?? [])]
            .sort((a, b) => name(a.name).localeCompare(name(b.name)))
            .map((role) => (
              <option key={role.id} value={role.id}>
                {name(role.name)}
              </option>
            ))}
        </select>
      </label>
      <Button
        type="submit"
        variant="secondary"
        isBusy={save.isPending}
        disabled={roleId === (currentRoleId ?? '')}
      >
        {t('map.save')}
      </Button>
      <FormErrorRegion error={save.error} />
    </form>
  );
}
