import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Loading, QueryError } from '../../components/states.tsx';

type Skill = { id: string; name: { nl: string; en: string } };

/** The skill's name in the reader's language. */
export function useSkillName() {
  const { i18n } = useTranslation();
  return (skill: Skill) => (i18n.language === 'en' ? skill.name.en : skill.name.nl);
}

/** Linked skills as chips; each opens the skills page (my skills). */
export function SkillChips({ skills, label }: { skills: Skill[]; label: string }) {
  const name = useSkillName();
  if (skills.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill.id}>
          <Link
            to="/skills"
            className="inline-flex items-center rounded-full bg-white px-2 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-200 ring-inset hover:bg-teal-100"
          >
            {name(skill)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Search the skills framework and link skills to a core competency; chips remove a skill again. */
export function CompetencySkillPicker({
  competency,
  onDone,
}: {
  competency: { id: string; name: string; skills?: Skill[] };
  onDone: () => void;
}) {
  const { t } = useTranslation('direction');
  const name = useSkillName();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Skill[]>(competency.skills ?? []);
  const [search, setSearch] = useState('');
  const framework = useQuery({
    queryKey: ['skills', 'framework'],
    queryFn: () => unwrap(api.GET('/api/v1/skills/framework', { params: { query: {} } })),
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/direction/competencies/{id}/skills', {
          params: { path: { id: competency.id } },
          body: { skillIds: chosen.map((skill) => skill.id) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['direction'] });
      onDone();
    },
  });
  const needle = search.trim().toLocaleLowerCase();
  const matches = needle
    ? (framework.data?.skills ?? [])
        .filter((skill) => !chosen.some((c) => c.id === skill.id))
        .filter((skill) =>
          [skill.name.nl, skill.name.en, ...(skill.synonyms ?? [])].some((text) =>
            text.toLocaleLowerCase().includes(needle),
          ),
        )
        .slice(0, 8)
    : [];
  return (
    <div className="mt-2 space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <p className="text-xs font-semibold text-slate-700">
        {t('editor.skillsOf', { name: competency.name })}
      </p>
      {chosen.length === 0 ? (
        <p className="text-xs text-slate-600">{t('editor.noSkills')}</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('editor.linkedSkills')}>
          {chosen.map((skill) => (
            <li
              key={skill.id}
              className="inline-flex items-center gap-1 rounded-full bg-teal-50 py-0.5 pr-1 pl-2 text-xs font-medium text-teal-900 ring-1 ring-teal-200 ring-inset"
            >
              {name(skill)}
              <button
                type="button"
                className="rounded-full px-1 text-teal-800 hover:bg-teal-100"
                aria-label={t('editor.removeSkill', { name: name(skill) })}
                onClick={() => setChosen(chosen.filter((c) => c.id !== skill.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {framework.isPending ? (
        <Loading />
      ) : framework.isError ? (
        <QueryError error={framework.error} />
      ) : (
        <>
          <TextField
            label={t('editor.searchSkill')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          {needle && matches.length === 0 && <p className="text-xs text-slate-600">{t('editor.noMatch')}</p>}
          {matches.length > 0 && (
            <ul className="flex flex-wrap gap-1.5" aria-label={t('editor.skillMatches')}>
              {matches.map((skill) => (
                <li key={skill.id}>
                  <button
                    type="button"
                    className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-100"
                    aria-label={t('editor.addSkill', { name: name(skill) })}
                    onClick={() => {
                      setChosen([...chosen, { id: skill.id, name: skill.name }]);
                      setSearch('');
                    }}
                  >
                    + {name(skill)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <FormErrorRegion error={save.error} />
      <div className="flex gap-2">
        <Button type="button" variant="secondary" isBusy={save.isPending} onClick={() => save.mutate()}>
          {t('editor.saveSkills')}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t('editor.cancel')}
        </Button>
      </div>
    </div>
  );
}
