import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/field.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { grantableRoles } from './people-search.ts';

export type GrantableRole = (typeof grantableRoles)[number];

/** The roles one can grant; only an owner may grant or take away owner. */
export function RoleCheckboxes({
  roles,
  onChange,
}: {
  roles: GrantableRole[];
  onChange: (roles: GrantableRole[]) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-sm font-semibold text-slate-900">{t('fields.roles')}</legend>
      <p className="text-xs text-slate-600">{t('people.roles.hint')}</p>
      {grantableRoles.map((role) => (
        <Checkbox
          key={role}
          label={t(`roles.${role}`)}
          hint={t(`roles.hints.${role}`)}
          checked={roles.includes(role)}
          disabled={role === 'owner' && !can(me, 'roles.grant_owner')}
          onChange={(event) =>
            onChange(event.target.checked ? [...roles, role] : roles.filter((held) => held !== role))
          }
        />
      ))}
    </fieldset>
  );
}

/** The role checkboxes as the "roles" field of a form (components/form). */
export function RolesField() {
  const { field } = useController<{ roles: GrantableRole[] }, 'roles'>({ name: 'roles' });
  return <RoleCheckboxes roles={field.value} onChange={field.onChange} />;
}
