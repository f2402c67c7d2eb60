import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { SaveStatus } from '../../components/save-status.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { CelebrationItem } from './celebrations.tsx';
import { KudosDialog } from './kudos-dialog.tsx';
import { BadgeList, Leaderboard } from './parts.tsx';
import {
  leaderboardQuery,
  myCelebrationsQuery,
  myRecognitionQuery,
  sharedCelebrationsQuery,
  teamCelebrationsQuery,
  useSetPreferences,
} from './queries.ts';

/** My recognition: badges, points, streak, kudos, my celebrations to share, my choices; colleagues' steps. */
export function RecognitionPage() {
  const { t } = useTranslation('recognition');
  const me = useQuery(myRecognitionQuery());
  const mine = useQuery(myCelebrationsQuery());
  const shared = useQuery(sharedCelebrationsQuery());
  const board = useQuery(leaderboardQuery());
  const preferences = useSetPreferences();
  const [isGiving, setIsGiving] = useState(false);
  const [draft, setDraft] = useState<Record<string, boolean>>({});
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} />;
  const profile = me.data;
  const choices = profile.preferences!;
  // Shown at once; put back if the save fails (the server's answer replaces it when it succeeds).
  const shown = { ...choices, ...draft };
  const choose = (change: Partial<typeof choices>) => {
    setDraft((current) => ({ ...current, ...change }));
    preferences.mutate(change, { onSettled: () => setDraft({}) });
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('page.title')}
        description={t('page.intro')}
        actions={<Button onClick={() => setIsGiving(true)}>{t('kudos.give')}</Button>}
      />
      {isGiving && <KudosDialog isOpen onOpenChange={setIsGiving} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t('page.points')} titleId="rec-points">
          <p className="text-3xl font-semibold text-slate-900">{profile.points ?? 0}</p>
          <p className="mt-1 text-sm text-slate-600">
            {profile.streak?.weeks ? t('page.streak', { count: profile.streak.weeks }) : t('page.noStreak')}
            {profile.streak?.graceUsed && ` ${t('page.grace')}`}
          </p>
        </Card>
        <Card title={t('page.badges')} titleId="rec-badges">
          <BadgeList awards={profile.badges ?? []} />
        </Card>
      </div>
      <Card title={t('page.myCelebrations')} titleId="rec-mine">
        <p className="mb-2 text-sm text-slate-600">{t('page.myCelebrationsIntro')}</p>
        {mine.data?.length ? (
          <ul className="divide-y">
            {mine.data.map((celebration) => (
              <CelebrationItem key={celebration.id} celebration={celebration} canShare />
            ))}
          </ul>
        ) : (
          <EmptyState title={t('page.noCelebrations')} />
        )}
      </Card>
      <Card title={t('page.kudos')} titleId="rec-kudos">
        {profile.kudos.length ? (
          <ul className="divide-y">
            {profile.kudos.map((kudos) => (
              <li key={kudos.id} className="py-3">
                <p className="text-slate-900">“{kudos.message}”</p>
                <p className="text-xs text-slate-600">
                  {t('page.kudosFrom', { name: kudos.giver.name })}
                  {kudos.value && ` · ${t('page.kudosValue', { value: kudos.value.title })}`}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t('page.noKudos')} />
        )}
      </Card>
      <Card title={t('page.colleagues')} titleId="rec-shared">
        {shared.data?.length ? (
          <ul className="divide-y">
            {shared.data.map((celebration) => (
              <CelebrationItem
                key={celebration.id}
                celebration={celebration}
                canRecognise={celebration.person.id !== profile.person.id}
              />
            ))}
          </ul>
        ) : (
          <EmptyState title={t('page.noShared')} />
        )}
      </Card>
      {board.data && (
        <Card title={t('page.leaderboard')} titleId="rec-board">
          <Leaderboard board={board.data} unit={t('page.pointsUnit')} />
        </Card>
      )}
      <Card title={t('page.choices')} titleId="rec-choices">
        <div className="space-y-3">
          <Checkbox
            label={t('page.badgesVisible')}
            checked={shown.badgesVisible}
            onChange={(event) => choose({ badgesVisible: event.target.checked })}
          />
          <Checkbox
            label={t('page.pointsVisible')}
            checked={shown.pointsVisible}
            onChange={(event) => choose({ pointsVisible: event.target.checked })}
          />
          <Checkbox
            label={t('page.onLeaderboards')}
            hint={t('page.onLeaderboardsHint')}
            checked={shown.onLeaderboards}
            onChange={(event) => choose({ onLeaderboards: event.target.checked })}
          />
          <SaveStatus state={preferences} />
        </div>
      </Card>
    </div>
  );
}

/** A manager's team: recent steps, each with a one-click way to recognise it. */
export function TeamStepsPage() {
  const { t } = useTranslation('recognition');
  const team = useQuery(teamCelebrationsQuery());
  if (team.isPending) return <Loading />;
  if (team.isError) return <QueryError error={team.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('team.title')} description={t('team.intro')} />
      <Card>
        {team.data.length ? (
          <ul className="divide-y">
            {team.data.map((celebration) => (
              <CelebrationItem key={celebration.id} celebration={celebration} canRecognise />
            ))}
          </ul>
        ) : (
          <EmptyState title={t('team.empty')} />
        )}
      </Card>
      <Link to="/recognition/challenges" className="text-sm text-teal-700 underline">
        {t('team.challenges')}
      </Link>
    </div>
  );
}
