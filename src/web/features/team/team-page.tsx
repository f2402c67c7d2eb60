import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { CoachPanel } from '../campaigns/index.ts';
import { LearningOpennessCard, ManagerLearningCard } from '../knowledge/index.ts';
import { PeopleTable } from '../people/index.ts';
import { LearningZoneTeamBlock } from '../surveys/index.ts';

const linkClass = 'mt-2 inline-block text-sm font-medium text-teal-700 underline-offset-2 hover:underline';

const isNewStarter = (startDate: string | null | undefined) => {
  if (!startDate) return false;
  const day = 86_400_000;
  const start = new Date(`${startDate}T12:00:00`).getTime();
  return start >= Date.now() - 30 * day && start <= Date.now() + 30 * day;
};

export function TeamPage() {
  const { t } = useTranslation();
  const me = useMe();
  const reports = useQuery({
    queryKey: ['person', me.person.id, 'reports'],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}/reports', { params: { path: { id: me.person.id } } })),
    enabled: isManager(me),
  });
  // Someone without a team sees what their manager learns, if the manager chose to show it.
  if (!isManager(me))
    return (
      <>
        <PageHeader title={t('team.title')} />
        <ManagerLearningCard />
      </>
    );
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <QueryError error={reports.error} />;
  const newStarters = reports.data.filter((person) => isNewStarter(person.startDate));

  return (
    <>
      <PageHeader
        title={t('team.title')}
        description={t('team.description', { count: reports.data.length })}
      />
      <div className="space-y-8">
        {reports.data.length > 0 && <CoachPanel />}
        {newStarters.length > 0 && (
          <section aria-labelledby="team-new" className="space-y-3">
            <h2 id="team-new" className="text-base font-semibold text-slate-900">
              {t('team.newStarters')}
            </h2>
            <PeopleTable people={newStarters} caption={t('team.newStarters')} showHrColumns />
          </section>
        )}
        <section aria-labelledby="team-all" className="space-y-3">
          <h2 id="team-all" className="text-base font-semibold text-slate-900">
            {t('team.everyone')}
          </h2>
          {reports.data.length === 0 ? (
            <EmptyState title={t('home.team.empty')} />
          ) : (
            <PeopleTable people={reports.data} caption={t('team.everyone')} showHrColumns />
          )}
        </section>
        <div className="grid gap-4 md:grid-cols-2">
          <Card title={t('team.later.conversations')} titleId="team-conversations">
            <p className="text-sm text-slate-600">{t('team.later.conversationsBody')}</p>
            <Link to="/development/team" className={linkClass}>
              {t('nav.teamDevelopment')}
            </Link>
          </Card>
          <Card title={t('team.later.skills')} titleId="team-skills">
            <p className="text-sm text-slate-600">{t('team.later.skillsBody')}</p>
            <Link to="/skills/team" className={linkClass}>
              {t('nav.skillsMatrix')}
            </Link>
          </Card>
          <LearningZoneTeamBlock />
          <LearningOpennessCard />
          <ManagerLearningCard />
        </div>
      </div>
    </>
  );
}
