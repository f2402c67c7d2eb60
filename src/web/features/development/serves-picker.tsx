import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { FieldError } from '../../api/errors.ts';
import { SelectField } from '../../components/field.tsx';
import { useMe } from '../../lib/session.tsx';
import { useFramework, useJobRoles, useLocalName, useSkillsMap } from '../skills/index.ts';

export type ServesKind = 'organisation_goal' | 'team_goal' | 'skill' | 'job_role';
export type Serves = { kind: ServesKind | null; id: string | null; targetLevel: number | null };

const useOrganisationGoals = () =>
  useQuery({ queryKey: ['development', 'pick', 'goals'], queryFn: () => unwrap(api.GET('/api/v1/goals')) });
const useTeamGoals = () =>
  useQuery({
    queryKey: ['development', 'pick', 'team-goals'],
    queryFn: () => unwrap(api.GET('/api/v1/goals/team-goals', { params: { query: {} } })),
  });

/** What a plan goal serves, picked from the real goals, skills and job roles (grouped in one list). */
export function ServesPicker({
  value,
  onChange,
  error,
}: {
  value: Serves;
  onChange: (value: Serves) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation('development');
  const name = useLocalName();
  const me = useMe();
  const goals = useOrganisationGoals();
  const teamGoals = useTeamGoals();
  const framework = useFramework();
  const roles = useJobRoles();
  const map = useSkillsMap(me.person.id);
  const live = (status: string) => status === 'active' || status === 'achieved';
  const skills = [...(framework.data?.skills ?? [])]
    .filter((skill) => !skill.isArchived)
    .sort((a, b) => name(a.name).localeCompare(name(b.name)));
  const current = value.kind === 'skill' ? map.data?.skills.find((s) => s.skill.id === value.id) : undefined;
  const top = framework.data?.scale.length ?? 5;
  const selected = value.kind && value.id ? `${value.kind}:${value.id}` : '';
  return (
    <div className="space-y-3">
      <SelectField
        label={t('goal.servesKind')}
        hint={t('pick.hint')}
        error={error}
        value={selected}
        onChange={(event) => {
          const [kind, id] = event.target.value.split(':') as [ServesKind | '', string | undefined];
          onChange({
            kind: kind || null,
            id: id ?? null,
            // A skill starts at the level the person's role asks for, when there is one.
            targetLevel:
              kind === 'skill'
                ? (map.data?.skills.find((s) => s.skill.id === id)?.targetLevel ?? null)
                : null,
          });
        }}
      >
        <option value="">{t('goal.servesNone')}</option>
        <optgroup label={t('pick.organisationGoals')}>
          {(goals.data ?? [])
            .filter((goal) => live(goal.status))
            .map((goal) => (
              <option key={goal.id} value={`organisation_goal:${goal.id}`}>
                {goal.title}
              </option>
            ))}
        </optgroup>
        <optgroup label={t('pick.teamGoals')}>
          {(teamGoals.data ?? [])
            .filter((goal) => live(goal.status))
            .map((goal) => (
              <option key={goal.id} value={`team_goal:${goal.id}`}>
                {goal.title} ({goal.orgUnit.name})
              </option>
            ))}
        </optgroup>
        <optgroup label={t('pick.skills')}>
          {skills.map((skill) => (
            <option key={skill.id} value={`skill:${skill.id}`}>
              {name(skill.name)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('pick.jobRoles')}>
          {(roles.data ?? []).map((role) => (
            <option key={role.id} value={`job_role:${role.id}`}>
              {name(role.name)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      {value.kind === 'skill' && value.id && (
        <div className="flex flex-wrap items-end gap-4">
          <TargetLevel
            value={value.targetLevel}
            onChange={(targetLevel) => onChange({ ...value, targetLevel })}
            top={top}
            currentLevel={current?.current?.level ?? null}
          />
        </div>
      )}
      {value.kind === 'job_role' && value.id && (
        <Link to="/skills/career" className="text-sm text-teal-700 underline">
          {t('pick.whatItTakes')}
        </Link>
      )}
    </div>
  );
}

export type DevelopedSkill = { id: string | null; targetLevel: number | null };

/** The skill a goal develops next to what it serves (a goal that serves a skill says so above). */
export function SkillPicker({
  value,
  onChange,
}: {
  value: DevelopedSkill;
  onChange: (value: DevelopedSkill) => void;
}) {
  const { t } = useTranslation('development');
  const name = useLocalName();
  const me = useMe();
  const framework = useFramework();
  const map = useSkillsMap(me.person.id);
  const skills = [...(framework.data?.skills ?? [])]
    .filter((skill) => !skill.isArchived)
    .sort((a, b) => name(a.name).localeCompare(name(b.name)));
  const current = map.data?.skills.find((s) => s.skill.id === value.id);
  const top = framework.data?.scale.length ?? 5;
  return (
    <div className="flex flex-wrap items-end gap-4">
      <SelectField
        label={t('pick.developsSkill')}
        hint={t('pick.developsSkillHint')}
        value={value.id ?? ''}
        onChange={(event) => {
          const id = event.target.value || null;
          // Start at the level the person's role asks for, when there is one.
          const targetLevel = id
            ? (map.data?.skills.find((s) => s.skill.id === id)?.targetLevel ?? null)
            : null;
          onChange({ id, targetLevel });
        }}
      >
        <option value="">{t('pick.noSkill')}</option>
        {skills.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {name(skill.name)}
          </option>
        ))}
      </SelectField>
      {value.id && (
        <TargetLevel
          value={value.targetLevel}
          onChange={(targetLevel) => onChange({ ...value, targetLevel })}
          top={top}
          currentLevel={current?.current?.level ?? null}
        />
      )}
    </div>
  );
}

/** The level a goal aims for, next to where the person stands now. */
function TargetLevel({
  value,
  onChange,
  top,
  currentLevel,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
  top: number;
  currentLevel: number | null;
}) {
  const { t } = useTranslation('development');
  return (
    <>
      <SelectField
        label={t('pick.targetLevel')}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">—</option>
        {Array.from({ length: top }, (_, index) => index + 1).map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </SelectField>
      <p className="pb-2 text-sm text-slate-700">
        {currentLevel !== null ? t('pick.currentLevel', { level: currentLevel }) : t('pick.noCurrentLevel')}
      </p>
    </>
  );
}
