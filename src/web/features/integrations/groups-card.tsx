import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';

type Group = Schemas['ScimGroupMapping'];
type Role = NonNullable<Group['role']>;
const key = ['integrations', 'scim-groups'] as const;
const roles: Role[] = ['coach', 'ambassador', 'works_council', 'ld_admin', 'hr_admin', 'owner'];

/** The identity provider's groups (sent by SCIM) and the Groeipad role and/or unit each maps to. */
export function GroupsCard() {
  const { t } = useTranslation('integrations');
  const groups = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/scim/groups')) });
  return (
    <Card title={t('groups.title')} titleId="scim-groups-title">
      <p className="text-sm text-slate-600">{t('groups.intro')}</p>
      {groups.isPending && <Loading />}
      {groups.isError && <QueryError error={groups.error} />}
      {groups.data &&
        (groups.data.length === 0 ? (
          <p className="mt-4 text-sm text-slate-600">{t('groups.none')}</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200">
            {groups.data.map((group) => (
              <GroupRow key={group.id} group={group} />
            ))}
          </ul>
        ))}
    </Card>
  );
}

function GroupRow({ group }: { group: Group }) {
  const { t } = useTranslation('integrations');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const [role, setRole] = useState<string>(group.role ?? '');
  const [unit, setUnit] = useState<string>(group.orgUnitId ?? '');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/scim/groups/{id}/mapping', {
          params: { path: { id: group.id } },
          body: { role: (role || null) as Role | null, orgUnitId: unit || null },
        }),
      ),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const changed = role !== (group.role ?? '') || unit !== (group.orgUnitId ?? '');
  return (
    <li className="space-y-3 px-3 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{group.displayName}</span>
        {group.externalId && <code className="text-xs text-slate-600">{group.externalId}</code>}
        <Badge tone="neutral">{t('groups.members', { count: group.memberCount })}</Badge>
        {saved && !changed && <span className="text-xs text-green-700">{t('groups.saved')}</span>}
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField
          label={t('groups.role', { name: group.displayName })}
          value={role}
          error={errors.role}
          onChange={(event) => {
            setRole(event.target.value);
            setSaved(false);
          }}
        >
          <option value="">{t('groups.noRole')}</option>
          {roles.map((value) => (
            <option key={value} value={value}>
              {tc(`roles.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('groups.unit', { name: group.displayName })}
          value={unit}
          error={errors.orgUnitId}
          onChange={(event) => {
            setUnit(event.target.value);
            setSaved(false);
          }}
        >
          <option value="">{t('groups.noUnit')}</option>
          {units.data && <UnitOptions units={flattenTree(buildUnitTree(units.data))} />}
        </SelectField>
        <Button
          variant="secondary"
          isBusy={save.isPending}
          disabled={!changed}
          aria-label={t('groups.saveNamed', { name: group.displayName })}
          onClick={() => save.mutate()}
        >
          {t('groups.save')}
        </Button>
      </div>
      {(role === 'owner' || role === 'hr_admin' || role === 'ld_admin') && (
        <p className="text-xs text-amber-800">{t('groups.adminWarning')}</p>
      )}
      <FormErrorRegion error={save.error} shownFields={['role', 'orgUnitId']} />
    </li>
  );
}
