import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { JobRoleSelect } from './job-role-select.tsx';
import { RatingRequestDialog } from './rating-request-dialog.tsx';
import { SkillCard } from './skill-card.tsx';
import { useFramework, useLocalName, useSkillsMap, useSkillsMutation } from './skills-api.ts';

function AddSkill({ known }: { known: Set<string> }) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const framework = useFramework();
  const [skillId, setSkillId] = useState('');
  const add = useSkillsMutation((id: string) =>
    unwrap(
      api.PUT('/api/v1/skills/me/preferences/{id}', {
        params: { path: { id } },
        body: { wantsToGrow: true },
      }),
    ),
  );
  const options = (framework.data?.skills ?? []).filter((s) => !known.has(s.id));
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (skillId) add.mutate(skillId, { onSuccess: () => setSkillId('') });
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-800">{t('map.addSkill')}</span>
        <select
          className="min-h-10 max-w-xs rounded-md bg-white px-2 text-sm ring-1 ring-slate-300 ring-inset"
          value={skillId}
          onChange={(event) => setSkillId(event.target.value)}
        >
          <option value="">{t('map.chooseSkill')}</option>
          {options.map((skill) => (
            <option key={skill.id} value={skill.id}>
              {name(skill.name)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" disabled={!skillId} isBusy={add.isPending}>
        {t('map.add')}
      </Button>
    </form>
  );
}

export function SkillsMapPage({ personId }: { personId?: string }) {
  const { t } = useTranslation('skills');
  const me = useMe();
  const name = useLocalName();
  const id = personId ?? me.person.id;
  const isOwn = id === me.person.id;
  const map = useSkillsMap(id);
  const framework = useFramework();
  if (map.isPending || framework.isPending) return <Loading />;
  if (map.isError) return <QueryError error={map.error} />;
  if (framework.isError) return <QueryError error={framework.error} />;
  const { skills, jobRole, canRateAs } = map.data;
  return (
    <>
      <PageHeader
        title={isOwn ? t('map.title') : t('map.titleOf', { name: map.data.person.displayName })}
        description={jobRole ? t('map.role', { role: name(jobRole.name) }) : t('map.noRole')}
        actions={
          isOwn && (
            <>
              <RatingRequestDialog skills={skills} />
              <Link
                to="/skills/career"
                className="inline-flex min-h-10 items-center text-sm font-medium text-teal-700 hover:underline"
              >
                {t('map.toCareer')}
              </Link>
            </>
          )
        }
      />
      {can(me, 'skills.manage') && (
        <div className="mb-4">
          <JobRoleSelect key={jobRole?.id ?? 'none'} personId={id} currentRoleId={jobRole?.id ?? null} />
        </div>
      )}
      {isOwn && (
        <div className="mb-4">
          <AddSkill known={new Set(skills.map((s) => s.skill.id))} />
        </div>
      )}
      {skills.length === 0 ? (
        <EmptyState title={t('map.empty')}>{t('map.emptyBody')}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {skills.map((item) => (
            <SkillCard
              key={item.skill.id}
              personId={id}
              item={item}
              scale={framework.data.scale}
              canRateAs={canRateAs}
              isOwn={isOwn}
              canRecordEvidence={!isOwn && can(me, 'skills.insight')}
            />
          ))}
        </ul>
      )}
    </>
  );
}
