import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card.tsx';
import { type Filters, goalsQuery, retentionQuery } from './queries.ts';

const pct = (value: number | null) => (value === null ? null : `${value}%`);
type Group = { people: number; retained: number; percent: number | null } | null;
// A group smaller than the minimum comes back as null: a dash, explained in the card's note.
const counts = (group: Group) => (group ? `${group.retained} / ${group.people}` : '—');
const share = (group: Group) => (group ? pct(group.percent) : '—');

/** Goal coverage and 12-month retention of the people in the selection (small groups left out). */
export function GoalsAndRetention({ filters }: { filters: Filters }) {
  const { t } = useTranslation('insight');
  const goals = useQuery(goalsQuery(filters));
  const retention = useQuery(retentionQuery(filters));
  return (
    <>
      {goals.data && (
        <ChartCard
          title={t('goals.title')}
          fileName="goal-coverage"
          note={
            <>
              <p>{t('goals.note')}</p>
              {goals.data.isHidden && (
                <p className="mt-2">{t('development.tooFew', { threshold: goals.data.threshold })}</p>
              )}
            </>
          }
          rows={goals.data.goals}
          columns={[
            { id: 'goal', header: t('goals.goal'), value: (r) => r.title },
            { id: 'people', header: t('goals.people'), value: (r) => r.peopleWithPlanGoal },
            { id: 'tagged', header: t('goals.tagged'), value: (r) => r.taggedLearning },
            { id: 'done', header: t('goals.completions'), value: (r) => r.taggedCompletions },
            {
              id: 'krs',
              header: t('goals.keyResults'),
              value: (r) =>
                r.keyResults.length
                  ? `${r.keyResults.filter((k) => k.hasLearning).length} / ${r.keyResults.length}`
                  : '—',
            },
          ]}
        />
      )}
      {retention.data && (
        <ChartCard
          title={t('retention.title', { from: retention.data.window.from, to: retention.data.window.to })}
          fileName="retention"
          note={
            <>
              <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t('retention.caveat')}</p>
              <p className="mt-2">{t('retention.hidden', { threshold: retention.data.threshold })}</p>
            </>
          }
          rows={[
            { label: t('retention.everyone'), ...retention.data.overall },
            ...retention.data.byUnit.map((row) => ({ label: row.unitName ?? t('figures.noUnit'), ...row })),
            ...retention.data.byTenure.map((row) => ({ label: t(`retention.band.${row.band}`), ...row })),
          ]}
          columns={[
            { id: 'group', header: t('retention.group'), value: (r) => r.label },
            { id: 'lp', header: t('retention.learned'), value: (r) => counts(r.learned) },
            { id: 'lpct', header: t('retention.learnedPct'), value: (r) => share(r.learned) },
            { id: 'np', header: t('retention.notLearned'), value: (r) => counts(r.notLearned) },
            { id: 'npct', header: t('retention.notLearnedPct'), value: (r) => share(r.notLearned) },
          ]}
        />
      )}
    </>
  );
}
