import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { JourneyProgress } from './journey-steps.tsx';
import { overviewQuery } from './queries.ts';

/**
 * The home page's onboarding block: my journey's next steps, and the steps waiting on me as a buddy or
 * manager. Nothing when I am in no journey.
 */
export function HomeOnboardingBlock() {
  const { t } = useTranslation('onboarding');
  const overview = useQuery(overviewQuery());
  if (!overview.data) return null;
  const { mine, buddy, team } = overview.data;
  const mineOpen = mine.filter((journey) => journey.done < journey.total);
  const waiting = [...buddy, ...team].flatMap((journey) =>
    journey.steps
      .filter((step) => step.canTick && !step.doneAt && step.owner !== 'newcomer')
      .map((step) => ({ ...step, newcomer: journey.person.displayName })),
  );
  if (!mineOpen.length && !waiting.length) return null;
  return (
    <section aria-labelledby="home-onboarding" className="space-y-3">
      <h2 id="home-onboarding" className="text-base font-semibold text-slate-900">
        {t('home.title')}
      </h2>
      {mineOpen.map((journey) => {
        const next = journey.steps.filter((step) => !step.doneAt).slice(0, 3);
        return (
          <div
            key={journey.id}
            className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <JourneyProgress journey={journey} />
            <p className="text-sm text-slate-700">{t('home.next')}</p>
            <ul className="list-disc pl-5 text-sm text-slate-800">
              {next.map((step) => (
                <li key={step.id}>{step.title}</li>
              ))}
            </ul>
          </div>
        );
      })}
      {waiting.length > 0 && (
        <p className="text-sm text-slate-700">
          {t('home.waiting', { count: waiting.length })}{' '}
          {waiting
            .slice(0, 3)
            .map((step) => t('home.waitingStep', { title: step.title, name: step.newcomer }))
            .join(' · ')}
        </p>
      )}
      <Link to="/onboarding" className="text-sm font-medium text-teal-700 hover:underline">
        {t('home.open')}
      </Link>
    </section>
  );
}
