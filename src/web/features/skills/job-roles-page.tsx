import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { CareerGraph } from './career-graph.tsx';
import {
  type Framework,
  type JobRole,
  useFramework,
  useJobRoles,
  useLocalName,
  useSkillsMutation,
} from './skills-api.ts';

type Draft = {
  name: { nl: string; en: string };
  skills: { skillId: string; targetLevel: number }[];
  leadsTo: string[];
};

function RoleEditor({
  role,
  roles,
  framework,
  onSaved,
}: {
  role: JobRole | null;
  roles: JobRole[];
  framework: Framework;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const [draft, setDraft] = useState<Draft>(
    role
      ? { name: { nl: role.name.nl, en: role.name.en }, skills: role.skills, leadsTo: role.leadsTo }
      : { name: { nl: '', en: '' }, skills: [], leadsTo: [] },
  );
  const [newSkill, setNewSkill] = useState('');
  const save = useSkillsMutation(() =>
    role
      ? unwrap(api.PUT('/api/v1/job-roles/{id}', { params: { path: { id: role.id } }, body: draft }))
      : unwrap(api.POST('/api/v1/job-roles', { body: draft })),
  );
  const errors = fieldErrorsOf(save.error);
  const skillName = (id: string) => {
    const skill = framework.skills.find((s) => s.id === id);
    return skill ? name(skill.name) : id;
  };
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined, { onSuccess: (saved) => onSaved(saved.id) });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('roles.nameNl')}
          value={draft.name.nl}
          required
          error={errors['name.nl']}
          onChange={(e) => setDraft({ ...draft, name: { ...draft.name, nl: e.target.value } })}
        />
        <TextField
          label={t('roles.nameEn')}
          value={draft.name.en}
          required
          error={errors['name.en']}
          onChange={(e) => setDraft({ ...draft, name: { ...draft.name, en: e.target.value } })}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('roles.profile')}</legend>
        <ul className="mt-2 space-y-1">
          {draft.skills.map((item, index) => (
            <li key={item.skillId} className="flex items-center gap-2 text-sm">
              <span className="flex-1">{skillName(item.skillId)}</span>
              <label className="flex items-center gap-1">
                <span className="text-slate-600">{t('roles.target')}</span>
                <select
                  className="min-h-9 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
                  value={item.targetLevel}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      skills: draft.skills.map((s, i) =>
                        i === index ? { ...s, targetLevel: Number(e.target.value) } : s,
                      ),
                    })
                  }
                >
                  {framework.scale.map((s) => (
                    <option key={s.level} value={s.level}>
                      {s.level} · {name(s.label)}
                    </option>
                  ))}
                </select>
              </label>
              <Button
                variant="ghost"
                aria-label={t('roles.removeSkill', { skill: skillName(item.skillId) })}
                onClick={() => setDraft({ ...draft, skills: draft.skills.filter((_, i) => i !== index) })}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
        <div className="mt-2 flex gap-2">
          <select
            aria-label={t('roles.addSkill')}
            className="min-h-10 flex-1 rounded-md bg-white px-2 text-sm ring-1 ring-slate-300 ring-inset"
            value={newSkill}
            onChange={(e) => setNewSkill(e.target.value)}
          >
            <option value="">{t('roles.addSkill')}</option>
            {framework.skills
              .filter((s) => !draft.skills.some((d) => d.skillId === s.id))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {name(s.name)}
                </option>
              ))}
          </select>
          <Button
            variant="secondary"
            disabled={!newSkill}
            onClick={() => {
              setDraft({ ...draft, skills: [...draft.skills, { skillId: newSkill, targetLevel: 3 }] });
              setNewSkill('');
            }}
          >
            {t('roles.add')}
          </Button>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('roles.leadsTo')}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {roles
            .filter((r) => r.id !== role?.id)
            .map((r) => (
              <label key={r.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="accent-teal-700"
                  checked={draft.leadsTo.includes(r.id)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      leadsTo: e.target.checked
                        ? [...draft.leadsTo, r.id]
                        : draft.leadsTo.filter((id) => id !== r.id),
                    })
                  }
                />
                {name(r.name)}
              </label>
            ))}
        </div>
      </fieldset>
      <FormErrorRegion error={save.error} shownFields={['name.nl', 'name.en']} />
      <Button type="submit" isBusy={save.isPending}>
        {t('roles.save')}
      </Button>
      {save.isSuccess && (
        <span role="status" className="ml-3 text-sm text-emerald-800">
          {t('map.saved')}
        </span>
      )}
    </form>
  );
}

export function JobRolesPage() {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const roles = useJobRoles();
  const framework = useFramework();
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  if (roles.isPending || framework.isPending) return <Loading />;
  if (roles.isError) return <QueryError error={roles.error} />;
  if (framework.isError) return <QueryError error={framework.error} />;
  const sorted = [...roles.data].sort((a, b) => name(a.name).localeCompare(name(b.name)));
  const role = sorted.find((r) => r.id === selected) ?? null;
  return (
    <>
      <PageHeader
        title={t('roles.title')}
        description={t('roles.description')}
        actions={<Button onClick={() => setSelected('new')}>{t('roles.new')}</Button>}
      />
      <div className="space-y-6">
        <Card title={t('career.paths')} titleId="roles-paths">
          <CareerGraph roles={roles.data} targetRoleId={role?.id} />
        </Card>
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <nav aria-label={t('roles.list')}>
            <ul className="space-y-1">
              {sorted.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    aria-current={r.id === selected ? 'true' : undefined}
                    className={`w-full rounded-md px-3 py-2 text-left text-sm ${r.id === selected ? 'bg-teal-50 font-semibold text-teal-900' : 'hover:bg-slate-100'}`}
                    onClick={() => setSelected(r.id)}
                  >
                    {name(r.name)}
                    <span className="block text-xs font-normal text-slate-500">
                      {t('roles.summary', { skills: r.skills.length, people: r.peopleCount })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected ? (
            <Card title={role ? name(role.name) : t('roles.new')} titleId="role-editor">
              <RoleEditor
                key={selected}
                role={role}
                roles={roles.data}
                framework={framework.data}
                onSaved={(id) => setSelected(id)}
              />
            </Card>
          ) : (
            <p className="text-sm text-slate-600">{t('roles.pick')}</p>
          )}
        </div>
      </div>
    </>
  );
}
