import { defineModule } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { awardAllBadges } from './badges.service.ts';
import { celebrate, celebrateAttendance } from './celebrate.service.ts';
import { tellChallengeNews } from './challenges.news.ts';
import { forgetRecognition } from './recognition.cache.ts';
import { recognitionPersonalData } from './recognition.personal-data.ts';
import './recognition.events.ts';
import { recognitionRoutes } from './recognition.routes.ts';

/** Kudos, celebrations, badges, points, streaks, challenges and leaderboards (issue 16, steps 4-6). */
export const recognitionModule = defineModule({
  name: 'recognition',
  personalData: recognitionPersonalData,
  routes: recognitionRoutes,
  // Steps other modules tell after their change committed become celebrations, points and badges.
  listen: (bus, { db, log }) => {
    const contextOf = (organisationId: string) => organisationContextOf({ db, log, bus }, organisationId);
    // Someone moved unit, left or was renamed: the shared boards (teams' members, names) are out of date.
    bus.on('people.changed', 'recognition.shared-boards', async ({ organisationId }) =>
      forgetRecognition(organisationId),
    );
    bus.on('learning.completed', 'recognition.celebrate', async ({ organisationId, personId, finished }) => {
      await celebrate(
        await contextOf(organisationId),
        personId,
        finished.map((step) => ({
          kind: step.kind,
          subjectId: step.id,
          title: step.title,
          points: step.kind === 'path' ? 'path_completed' : 'item_completed',
        })),
      );
    });
    bus.on(
      'plans.goal_achieved',
      'recognition.celebrate',
      async ({ organisationId, personId, goalId, title }) => {
        await celebrate(await contextOf(organisationId), personId, [
          { kind: 'plan_goal', subjectId: goalId, title, points: 'goal_achieved' },
        ]);
      },
    );
    bus.on(
      'learning_agreements.applied',
      'recognition.celebrate',
      async ({ organisationId, personId, agreementId, title }) => {
        await celebrate(await contextOf(organisationId), personId, [
          { kind: 'applied', subjectId: agreementId, title, points: 'applied' },
        ]);
      },
    );
    bus.on(
      'events.attended',
      'recognition.celebrate',
      async ({ organisationId, personId, contentId, title }) => {
        await celebrateAttendance(await contextOf(organisationId), personId, contentId, title);
      },
    );
  },
  // The backstop: automatic badges whose criteria were met before the badge existed or a listener failed;
  // and team challenges that started or ended, told to their units' Teams/Slack channels.
  jobs: [
    { name: 'recognition.badges', cron: '*/15 * * * *', run: (deps) => awardAllBadges(deps) },
    { name: 'recognition.challenge-news', cron: '*/15 * * * *', run: (deps) => tellChallengeNews(deps) },
  ],
});
