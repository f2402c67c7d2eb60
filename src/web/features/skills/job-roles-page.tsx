import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
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

// The API's jobRoleBody: a name in both languages (at most 200), the skills with their target level
// and the roles it leads to.
const roleSchema = z.object({
  name: z.object({ nl: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  skills: z.array(z.object({ skillId: z.string(), targetLevel: z.number().int().min(1).max(9) })).max(200),
  leadsTo: z.array(z.string()).max(50),
});

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
  const form = useZodForm(roleSchema, {
    defaultValues: role
      ? {
          name: { nl: role.name.nl, en: role.name.en },
          skills: role.skills.map(({ skillId, targetLevel }) => ({ skillId, targetLevel })),
          leadsTo: role.leadsTo,
        }
      : { name: { nl: '', en: '' }, skills: [], leadsTo: [] },
  });
  const skills = useFieldArray({ control: form.control, name: 'skills' });
  const leadsTo = useWatch({ control: form.control, name: 'leadsTo' });
  const [newSkill, setNewSkill] = useState('');
  const save = useSkillsMutation((body: z.output<typeof roleSchema>) =>
    role
      ? unwrap(api.PUT('/api/v1/job-roles/{id}', { params: { path: { id: role.id } }, body }))
      : unwrap(api.POST('/api/v1/job-roles', { body })),
  );
  const skillName = (id: string) => {
    const skill = framework.skills.find((s) => s.id === id);
    return skill ? name(skill.name) : id;
  };
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        const saved = await save.mutateAsync(values);
        onSaved(saved.id);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name.nl" label={t('roles.nameNl')} required />
        <TextField name="name.en" label={t('roles.nameEn')} required />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('roles.profile')}</legend>
        <ul className="mt-2 space-y-1">
          {skills.fields.map((item, index) => (
            <li key={item.id} className="flex items-center gap-2 text-sm">
              <span className="flex-1">{skillName(item.skillId)}</span>
              <label className="flex items-center gap-1">
                <span className="text-slate-600">{t('roles.target')}</span>
                <select
                  className="min-h-9 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
                  {...form.register(`skills.${index}.targetLevel`, { valueAsNumber: true })}
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
                onClick={() => skills.remove(index)}
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
              .filter((s) => !skills.fields.some((d) => d.skillId === s.id))
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
              skills.append({ skillId: newSkill, targetLevel: 3 });
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
                  checked={leadsTo.includes(r.id)}
                  onChange={(e) =>
                    form.setValue(
                      'leadsTo',
                      e.target.checked ? [...leadsTo, r.id] : leadsTo.filter((id) => id !== r.id),
                    )
                  }
                />
                {name(r.name)}
              </label>
            ))}
        </div>
      </fieldset>
      <FormError />
      <SubmitButton>{t('roles.save')}</SubmitButton>
      {save.isSuccess && (
        <span role="status" className="ml-3 text-sm text-emerald-800">
          {t('map.saved')}
        </span>
      )}
    </Form>
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
