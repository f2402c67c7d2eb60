import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useWhyAndWhat } from './api.ts';
import { SkillChips } from './skill-picker.tsx';

/** The last link of the line: my own plan goals that serve this goal. */
function MyPlanGoals({ goals, served }: { goals: { id: string; title: string }[]; served: string }) {
  const { t } = useTranslation('direction');
  if (goals.length === 0) return null;
  return (
    <div className="mt-2 rounded-md bg-teal-50/60 px-3 py-2 text-sm">
      <p className="text-xs font-semibold text-teal-900">{t('why.myPlanGoals')}</p>
      <ul
        aria-label={t('why.myPlanGoalsFor', { title: served })}
        className="mt-1 list-disc pl-5 text-slate-800"
      >
        {goals.map((goal) => (
          <li key={goal.id}>{goal.title}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Waarom en wat": the line from the organisation's why to my team's goals and my own plan goals. */
export function WhyAndWhatPage() {
  const { t } = useTranslation('direction');
  const { t: tPlan } = useTranslation('development');
  const query = useWhyAndWhat();
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const page = query.data;
  const goalTitle = (id: string) => page.goals.find((goal) => goal.id === id)?.title;
  const planGoalsServing = (kind: 'organisation_goal' | 'team_goal', id: string) =>
    page.planGoals.filter((goal) => goal.servesKind === kind && goal.servesId === id);
  return (
    <>
      <PageHeader title={t('why.title')} description={t('why.intro')} />
      <ol className="space-y-6">
        <li>
          <Card title={t('why.step1')} titleId="why-why">
            {page.mission || page.vision || page.strategy ? (
              <dl className="space-y-4">
                {(['mission', 'vision', 'strategy'] as const).map((kind) =>
                  page[kind] ? (
                    <div key={kind}>
                      <dt className="text-xs font-semibold uppercase tracking-wide text-teal-800">
                        {t(`statementKinds.${kind}`)}
                      </dt>
                      <dd className="mt-1 whitespace-pre-line text-slate-900">{page[kind]!.body}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            ) : (
              <EmptyState title={t('why.noStatements')} />
            )}
            {page.values.length > 0 && (
              <div className="mt-5">
                <h3 className="text-sm font-semibold text-slate-900">{t('why.values')}</h3>
                <ul className="mt-2 grid gap-3 sm:grid-cols-2">
                  {page.values.map((value) => (
                    <li key={value.id} className="rounded-lg bg-teal-50 p-3">
                      <p className="font-medium text-teal-900">{value.name}</p>
                      <p className="text-sm text-slate-700">{value.description}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {page.competencies.length > 0 && (
              <div className="mt-5">
                <h3 className="text-sm font-semibold text-slate-900">{t('why.competencies')}</h3>
                <p className="text-sm text-slate-600">{t('why.competenciesIntro')}</p>
                <ul className="mt-2 grid gap-3 sm:grid-cols-2">
                  {page.competencies.map((competency) => (
                    <li key={competency.id} className="rounded-lg bg-slate-50 p-3">
                      <p className="font-medium text-slate-900">{competency.name}</p>
                      <p className="text-sm text-slate-700">{competency.description}</p>
                      <SkillChips
                        skills={competency.skills ?? []}
                        label={t('why.skillsOf', { name: competency.name })}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
        </li>
        <li>
          <Card
            title={t('why.step2')}
            titleId="why-goals"
            actions={
              <Link to="/goals" className="text-sm font-medium text-teal-700 hover:underline">
                {t('why.toGoals')}
              </Link>
            }
          >
            {page.goals.length === 0 ? (
              <EmptyState title={t('goals.none')} />
            ) : (
              <ul className="space-y-4">
                {page.goals.map((goal) => (
                  <li key={goal.id}>
                    <p className="font-medium text-slate-900">{goal.title}</p>
                    <ProgressBar
                      isValueShown
                      percent={goal.progress * 100}
                      label={t('goals.progressOf', { title: goal.title })}
                    />
                    <MyPlanGoals goals={planGoalsServing('organisation_goal', goal.id)} served={goal.title} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </li>
        <li>
          <Card title={t('why.step3')} titleId="why-team">
            {page.teamGoals.length === 0 ? (
              <EmptyState title={t('why.noTeamGoals')} />
            ) : (
              <ul className="space-y-3">
                {page.teamGoals.map((goal) => (
                  <li key={goal.id} className="rounded-lg border border-slate-200 p-3">
                    <p className="text-xs text-slate-500">{goal.orgUnit.name}</p>
                    <p className="font-medium text-slate-900">{goal.title}</p>
                    {goal.alignedGoalIds.length > 0 && (
                      <p className="mt-1 text-sm text-slate-600">
                        {t('why.serves', {
                          goals: goal.alignedGoalIds.map(goalTitle).filter(Boolean).join(', '),
                        })}
                      </p>
                    )}
                    <MyPlanGoals goals={planGoalsServing('team_goal', goal.id)} served={goal.title} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </li>
        <li>
          <Card
            title={t('why.step4')}
            titleId="why-mine"
            actions={
              <Link to="/development/plan" className="text-sm font-medium text-teal-700 hover:underline">
                {tPlan('whyAndWhat.toPlan')}
              </Link>
            }
          >
            {page.planGoals.length === 0 ? (
              <EmptyState title={tPlan('whyAndWhat.none')} />
            ) : (
              <ul className="space-y-3">
                {page.planGoals.map((goal) => {
                  const served =
                    goal.servesKind === 'organisation_goal'
                      ? goalTitle(goal.servesId ?? '')
                      : goal.servesKind === 'team_goal'
                        ? page.teamGoals.find((team) => team.id === goal.servesId)?.title
                        : undefined;
                  return (
                    <li key={goal.id} className="rounded-lg border border-teal-200 bg-teal-50/40 p-3">
                      <p className="font-medium text-slate-900">{goal.title}</p>
                      {served && (
                        <p className="mt-1 text-sm text-slate-600">{t('why.serves', { goals: served })}</p>
                      )}
                      <ProgressBar
                        isValueShown
                        percent={goal.progress * 100}
                        label={tPlan('whyAndWhat.progressOf', { title: goal.title })}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
        </li>
      </ol>
    </>
  );
}
