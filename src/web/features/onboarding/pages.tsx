import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { SaveStatus } from '../../components/save-status.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { JourneyProgress, JourneySteps } from './journey-steps.tsx';
import { type Journey, journeyQuery, overviewQuery, useChangeBuddy } from './queries.ts';

function People({ journey }: { journey: Journey }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">{t('journey.started')}</dt>
        <dd className="font-medium text-slate-900">{format.date(journey.startDate)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t('journey.buddy')}</dt>
        <dd className="font-medium text-slate-900">{journey.buddy?.displayName ?? t('journey.noBuddy')}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t('journey.manager')}</dt>
        <dd className="font-medium text-slate-900">{journey.manager?.displayName ?? '—'}</dd>
      </div>
    </dl>
  );
}

/** The buddy can be chosen or changed by the manager, L&D and HR. */
function BuddyChoice({ journey }: { journey: Journey }) {
  const { t } = useTranslation('onboarding');
  const change = useChangeBuddy();
  if (journey.myPart !== 'manager' && journey.myPart !== 'admin') return null;
  return (
    <div className="max-w-sm">
      <PersonPicker
        label={t('journey.chooseBuddy')}
        value={journey.buddy?.id ?? null}
        currentName={journey.buddy?.displayName}
        excludeId={journey.person.id}
        onChange={(buddyId) => change.mutate({ id: journey.id, buddyId })}
      />
      {/* The picker shows the saved buddy: after a failed save it is the previous one again. */}
      <SaveStatus state={change} />
    </div>
  );
}

/** "Mijn inwerktraject": my own journeys, whom I am the buddy for, and my newcomers as a manager. */
export function OnboardingPage() {
  const { t } = useTranslation('onboarding');
  const overview = useQuery(overviewQuery());
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryError error={overview.error} />;
  const { mine, buddy, team } = overview.data;
  return (
    <div className="space-y-6">
      <PageHeader title={t('mine.title')} description={t('mine.intro')} />
      {mine.length === 0 && buddy.length === 0 && team.length === 0 && <EmptyState title={t('mine.empty')} />}
      {mine.map((journey) => (
        <Card key={journey.id} title={journey.templateName} titleId={`journey-${journey.id}`}>
          <div className="space-y-4">
            <People journey={journey} />
            <JourneyProgress journey={journey} />
            <JourneySteps journey={journey} />
          </div>
        </Card>
      ))}
      {buddy.length > 0 && (
        <section aria-labelledby="onboarding-buddy" className="space-y-3">
          <h2 id="onboarding-buddy" className="text-lg font-semibold text-slate-900">
            {t('buddy.title')}
          </h2>
          {buddy.map((journey) => (
            <Card
              key={journey.id}
              title={t('buddy.for', { name: journey.person.displayName })}
              titleId={`buddy-${journey.id}`}
            >
              <div className="space-y-4">
                <People journey={journey} />
                <JourneyProgress journey={journey} />
                <JourneySteps journey={journey} only="buddy" />
                <Link
                  to="/onboarding/journeys/$id"
                  params={{ id: journey.id }}
                  className="text-sm font-medium text-teal-700 underline"
                >
                  {t('journey.whole', { name: journey.person.displayName })}
                </Link>
              </div>
            </Card>
          ))}
        </section>
      )}
      {team.length > 0 && (
        <section aria-labelledby="onboarding-team" className="space-y-3">
          <h2 id="onboarding-team" className="text-lg font-semibold text-slate-900">
            {t('team.title')}
          </h2>
          {team.map((journey) => (
            <Card key={journey.id} title={journey.person.displayName} titleId={`team-${journey.id}`}>
              <div className="space-y-4">
                <People journey={journey} />
                <JourneyProgress journey={journey} />
                <h3 className="text-sm font-semibold text-slate-800">{t('team.yourSteps')}</h3>
                <JourneySteps journey={journey} only="manager" />
                <Link
                  to="/onboarding/journeys/$id"
                  params={{ id: journey.id }}
                  className="text-sm font-medium text-teal-700 underline"
                >
                  {t('journey.whole', { name: journey.person.displayName })}
                </Link>
              </div>
            </Card>
          ))}
        </section>
      )}
    </div>
  );
}

/** One journey in full, for the newcomer, the buddy, the manager, L&D and HR. */
export function JourneyPage() {
  const { t } = useTranslation('onboarding');
  const { id } = useParams({ from: '/_app/onboarding/journeys/$id' });
  const journey = useQuery(journeyQuery(id));
  if (journey.isPending) return <Loading />;
  if (journey.isError) return <QueryError error={journey.error} />;
  const data = journey.data;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('journey.of', { name: data.person.displayName })}
        description={data.person.jobTitle ?? undefined}
        eyebrow={data.templateName}
        leading={<Avatar name={data.person.displayName} size="lg" />}
      />
      <Card>
        <div className="space-y-4">
          <People journey={data} />
          <BuddyChoice journey={data} />
          <JourneyProgress journey={data} />
        </div>
      </Card>
      <Card title={t('journey.steps')} titleId="journey-steps">
        <JourneySteps journey={data} />
      </Card>
    </div>
  );
}
