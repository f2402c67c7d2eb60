import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Person, unwrap } from '../../api/client.ts';
import { Avatar, StatusBadge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { HomeSpotlight } from '../campaigns/index.ts';
import { DevelopmentHomeBlock } from '../development/index.ts';
import { AnnouncementsFeed } from '../direction/index.ts';
import { HomeKnowledgeBlock } from '../knowledge/index.ts';
import { HomeLearningBlock } from '../learning/index.ts';
import { HomeOnboardingBlock } from '../onboarding/index.ts';
import { CelebrationsHomeBlock } from '../recognition/index.ts';
import { SkillTasksCard } from '../skills/index.ts';

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: () => unwrap(api.GET('/api/v1/home')) });
}

const linkClass = 'font-medium text-teal-700 underline-offset-2 hover:underline';

function Figure({ label, value, link }: { label: string; value: ReactNode; link?: ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{value}</dd>
      {link && <dd className="mt-2 text-sm">{link}</dd>}
    </div>
  );
}

type Organisation = NonNullable<NonNullable<ReturnType<typeof useHome>['data']>['organisation']>;

function OrganisationFigures({ figures }: { figures: Organisation }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  return (
    <section aria-labelledby="home-organisation" className="space-y-3">
      <h2 id="home-organisation" className="text-base font-semibold text-slate-900">
        {t('home.organisation.title', { name: me.organisation.name })}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <Figure
          label={t('home.organisation.headcount')}
          value={format.number(figures.headcount)}
          link={
            <Link to="/people" className={linkClass}>
              {t('home.organisation.toPeople')}
            </Link>
          }
        />
        <Figure
          label={t('home.organisation.units')}
          value={format.number(figures.units)}
          link={
            <Link to="/organisation" className={linkClass}>
              {t('home.organisation.toOrgChart')}
            </Link>
          }
        />
        <Figure
          label={t('home.organisation.leaving')}
          value={format.number(figures.leaving)}
          link={
            <Link to="/people" search={{ status: 'leaving' }} className={linkClass}>
              {t('home.organisation.toLeaving')}
            </Link>
          }
        />
        <Figure
          label={t('home.organisation.withoutAccount')}
          value={format.number(figures.withoutAccount)}
          link={
            <Link to="/people" className={linkClass}>
              {t('home.organisation.toPeople')}
            </Link>
          }
        />
        <Figure
          label={t('home.organisation.invitationsOpen')}
          value={format.number(figures.invitationsOpen)}
          link={
            can(me, 'outbox.read') ? (
              <Link to="/admin/outbox" className={linkClass}>
                {t('home.organisation.toOutbox')}
              </Link>
            ) : undefined
          }
        />
        <Figure
          label={t('home.organisation.lastImport')}
          value={
            <span className="text-base font-medium">
              {figures.lastImportAt ? format.dateTime(figures.lastImportAt) : t('home.organisation.never')}
            </span>
          }
          link={
            can(me, 'people.manage') ? (
              <Link to="/admin/import" className={linkClass}>
                {t('home.organisation.toImport')}
              </Link>
            ) : undefined
          }
        />
      </dl>
    </section>
  );
}

function OwnerLinks() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Card title={t('home.owner.title')} titleId="home-owner">
      <p className="text-sm text-slate-600">{t('home.owner.body')}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {can(me, 'organisation.manage') && (
          <li>
            <Link to="/admin/settings" className={linkClass}>
              {t('nav.settings')}
            </Link>
          </li>
        )}
        {can(me, 'api_tokens.manage') && (
          <li>
            <Link to="/admin/api-tokens" className={linkClass}>
              {t('nav.apiTokens')}
            </Link>
          </li>
        )}
        {can(me, 'api_tokens.manage') && (
          <li>
            <Link to="/settings/integrations" className={linkClass}>
              {t('nav.integrations')}
            </Link>
          </li>
        )}
        {can(me, 'audit.read') && (
          <li>
            <Link to="/admin/audit" className={linkClass}>
              {t('nav.audit')}
            </Link>
          </li>
        )}
      </ul>
    </Card>
  );
}

export function PersonRow({ person, aside }: { person: Person; aside?: ReactNode }) {
  return (
    <li className="flex items-center gap-3 py-2.5">
      <Avatar name={person.displayName} size="sm" />
      <div className="min-w-0 flex-1">
        <Link
          to="/people/$personId"
          params={{ personId: person.id }}
          className="block truncate text-sm font-medium text-slate-900 hover:underline"
        >
          {person.displayName}
        </Link>
        <p className="truncate text-xs text-slate-600">{person.jobTitle ?? '—'}</p>
      </div>
      {aside}
    </li>
  );
}

function TeamCard({ reports, newStarters }: { reports: Person[]; newStarters: number }) {
  const { t } = useTranslation();
  const shown = reports.slice(0, 8);
  return (
    <Card
      title={t('home.team.title')}
      titleId="home-team"
      actions={
        <Link to="/team" className={`text-sm ${linkClass}`}>
          {t('home.team.all', { count: reports.length })}
        </Link>
      }
    >
      <p className="text-sm text-slate-600">
        {t('home.team.summary', { count: reports.length })} ·{' '}
        {t('home.team.newStarters', { count: newStarters })}
      </p>
      {reports.length === 0 ? (
        <EmptyState title={t('home.team.empty')} />
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {shown.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              aside={person.status !== 'active' && <StatusBadge status={person.status} />}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function MyCards({ me }: { me: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Card title={t('home.me.profile')} titleId="home-me-profile">
        <DescriptionList
          isSingleColumn
          items={[
            { term: t('fields.jobTitle'), value: me.jobTitle ?? '—' },
            { term: t('fields.email'), value: <span className="break-all">{me.email}</span> },
            { term: t('fields.startDate'), value: format.date(me.startDate) },
          ]}
        />
        <Link to="/profile" className={`mt-4 inline-block text-sm ${linkClass}`}>
          {t('home.me.toProfile')}
        </Link>
      </Card>
      <Card title={t('home.me.manager')} titleId="home-me-manager">
        {me.manager ? (
          <div className="flex items-center gap-3">
            <Avatar name={me.manager.name} />
            <Link
              to="/people/$personId"
              params={{ personId: me.manager.id }}
              className="text-sm font-medium text-slate-900 hover:underline"
            >
              {me.manager.name}
            </Link>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t('home.me.noManager')}</p>
        )}
      </Card>
      <Card title={t('home.me.unit')} titleId="home-me-unit">
        {me.orgUnit ? (
          <Link
            to="/organisation"
            search={{ unit: me.orgUnit.id }}
            className="text-sm font-medium text-slate-900 hover:underline"
          >
            {me.orgUnit.name}
          </Link>
        ) : (
          <p className="text-sm text-slate-600">{t('home.me.noUnit')}</p>
        )}
      </Card>
    </div>
  );
}

/** The plan and learning have their own blocks above; skills is one click away. */
function LaterCards() {
  const { t } = useTranslation();
  return (
    <Card title={t('home.later.skills')} titleId="home-skills">
      <p className="text-sm text-slate-600">{t('home.later.skillsBody')}</p>
      <Link to="/skills" className={`mt-2 inline-block text-sm ${linkClass}`}>
        {t('nav.skills')}
      </Link>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const home = useHome();
  if (home.isPending) return <Loading />;
  if (home.isError) return <QueryError error={home.error} />;
  const { team, organisation } = home.data;
  const isOwner = can(me, 'organisation.manage') || can(me, 'api_tokens.manage');
  return (
    <>
      <PageHeader
        title={t('home.title', { name: me.person.givenName })}
        description={home.data.me.jobTitle ? `${home.data.me.jobTitle} · ${me.organisation.name}` : undefined}
      />
      <div className="space-y-8">
        <HomeSpotlight />
        <HomeOnboardingBlock />
        <SkillTasksCard />
        <AnnouncementsFeed />
        <DevelopmentHomeBlock />
        {organisation && <OrganisationFigures figures={organisation} />}
        {isOwner && <OwnerLinks />}
        {team && <TeamCard reports={team.reports} newStarters={team.newStarters} />}
        <HomeLearningBlock />
        <HomeKnowledgeBlock />
        <CelebrationsHomeBlock />
        <section aria-labelledby="home-mine" className="space-y-3">
          <h2 id="home-mine" className="text-base font-semibold text-slate-900">
            {t('home.me.title')}
          </h2>
          <MyCards me={home.data.me} />
          <LaterCards />
        </section>
      </div>
    </>
  );
}
