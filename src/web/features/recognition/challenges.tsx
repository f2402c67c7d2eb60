import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Checkbox } from '../../components/field.tsx';
import {
  CheckboxGroupField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { SaveStatus } from '../../components/save-status.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can, isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { challengeSchema } from './forms.ts';
import { Leaderboard } from './parts.tsx';
import {
  type Challenge,
  challengePeopleQuery,
  challengeQuery,
  challengesQuery,
  settingsQuery,
  useCreateChallenge,
  useSetSettings,
} from './queries.ts';

function useMetricWords() {
  const { t } = useTranslation('recognition');
  return (challenge: Pick<Challenge, 'metric' | 'goal'>, value: number) =>
    challenge.metric === 'learning_minutes'
      ? t('challenge.hours', { count: Math.round((value / 60) * 10) / 10 })
      : challenge.metric === 'points'
        ? t('challenge.points', { count: value })
        : t('challenge.completions', { count: value });
}

function TeamStandings({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation('recognition');
  const words = useMetricWords();
  if (!challenge.leaderboardsEnabled && !challenge.teams.length)
    return <p className="text-sm text-slate-600">{t('board.off')}</p>;
  return (
    <ol className="space-y-3" aria-label={t('challenge.teams')}>
      {challenge.teams.map((standing) => (
        <li key={standing.team.id} className={standing.isMine ? 'font-semibold' : ''}>
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <span>
              {standing.rank !== null && `${standing.rank}. `}
              {standing.team.name}
              {standing.isMine && ` (${t('challenge.myTeam')})`}
            </span>
            <span>
              {words(challenge, standing.progress)} / {words(challenge, challenge.goal)}
            </span>
          </div>
          <ProgressBar percent={standing.percent} label={standing.team.name} />
        </li>
      ))}
    </ol>
  );
}

function NewChallengeForm() {
  const { t } = useTranslation('recognition');
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  const create = useCreateChallenge();
  const form = useZodForm(challengeSchema, {
    defaultValues: { title: '', metric: 'learning_minutes', goal: 20, startsOn: '', endsOn: '', teamIds: [] },
  });
  const metric = form.watch('metric');
  return (
    <Form
      form={form}
      onSubmit={(challenge) =>
        create.mutateAsync({
          ...challenge,
          description: '',
          contentId: null,
          goal: Math.round(challenge.metric === 'learning_minutes' ? challenge.goal * 60 : challenge.goal),
        })
      }
    >
      <TextField name="title" label={t('new.title')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="metric" label={t('new.metric')}>
          <option value="learning_minutes">{t('new.metricHours')}</option>
          <option value="points">{t('new.metricPoints')}</option>
        </SelectField>
        <TextField
          name="goal"
          label={metric === 'learning_minutes' ? t('new.goalHours') : t('new.goalPoints')}
          type="number"
          min={1}
          required
        />
        <TextField name="startsOn" label={t('new.startsOn')} type="date" required />
        <TextField name="endsOn" label={t('new.endsOn')} type="date" required />
      </div>
      <CheckboxGroupField
        name="teamIds"
        legend={t('new.teams')}
        options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <FormError />
      <SubmitButton>{t('new.start')}</SubmitButton>
      {create.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('new.started')}
        </p>
      )}
    </Form>
  );
}

function LeaderboardSwitch() {
  const { t } = useTranslation('recognition');
  const settings = useQuery(settingsQuery());
  const set = useSetSettings();
  // Shown at once; put back if the save fails.
  const [draft, setDraft] = useState<boolean | null>(null);
  if (!settings.data) return null;
  return (
    <div>
      <Checkbox
        label={t('settings.leaderboards')}
        hint={t('settings.leaderboardsHint')}
        checked={draft ?? settings.data.leaderboardsEnabled}
        onChange={(e) => {
          setDraft(e.target.checked);
          set.mutate({ leaderboardsEnabled: e.target.checked }, { onSettled: () => setDraft(null) });
        }}
      />
      <SaveStatus state={set} />
    </div>
  );
}

/** Challenges: running ones with live team progress; L&D and managers start new ones. */
export function ChallengesPage() {
  const { t } = useTranslation('recognition');
  const me = useMe();
  const challenges = useQuery(challengesQuery());
  const mayStart = can(me, 'recognition.manage') || isManager(me);
  if (challenges.isPending) return <Loading />;
  if (challenges.isError) return <QueryError error={challenges.error} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t('challenge.title')} description={t('challenge.intro')} />
      {challenges.data.length === 0 && <EmptyState title={t('challenge.empty')} />}
      {challenges.data.map((challenge) => (
        <Card key={challenge.id} title={challenge.title} titleId={`challenge-${challenge.id}`}>
          <p className="mb-3 text-sm text-slate-600">
            {t(`challenge.status.${challenge.status}`)} · {challenge.startsOn} – {challenge.endsOn}
          </p>
          <TeamStandings challenge={challenge} />
          <Link
            to="/recognition/challenges/$id"
            params={{ id: challenge.id }}
            className="mt-3 inline-block text-sm text-teal-700 underline"
          >
            {t('challenge.open', { title: challenge.title })}
          </Link>
        </Card>
      ))}
      {mayStart && (
        <Card title={t('new.heading')} titleId="challenge-new">
          <NewChallengeForm />
        </Card>
      )}
      {can(me, 'recognition.manage') && (
        <Card title={t('settings.title')} titleId="recognition-settings">
          <LeaderboardSwitch />
        </Card>
      )}
    </div>
  );
}

/** One challenge: the team leaderboard (live) and the opt-in individual one. */
export function ChallengePage() {
  const { t } = useTranslation('recognition');
  const { id } = useParams({ from: '/_app/recognition/challenges/$id' });
  const challenge = useQuery(challengeQuery(id));
  const people = useQuery(challengePeopleQuery(id));
  const words = useMetricWords();
  if (challenge.isPending) return <Loading />;
  if (challenge.isError) return <QueryError error={challenge.error} />;
  const data = challenge.data;
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.title}
        eyebrow={<Link to="/recognition/challenges">{t('challenge.title')}</Link>}
        description={`${t('challenge.goal', { goal: words(data, data.goal) })} · ${data.startsOn} – ${data.endsOn}`}
      />
      <Card title={t('challenge.teams')} titleId="challenge-teams">
        <TeamStandings challenge={data} />
      </Card>
      {people.data && (
        <Card title={t('challenge.people')} titleId="challenge-people">
          <Leaderboard board={people.data} unit="" />
        </Card>
      )}
    </div>
  );
}
