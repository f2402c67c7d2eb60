import { defineModule } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import './credentials.events.ts';
import { issueAllMissing, issueMissing } from './credentials.issue.ts';
import { credentialsRoutes } from './credentials.routes.ts';

/** Open Badges 3.0 credentials for certificates and badges: issuing, revocation, verification (issue 19). */
export const credentialsModule = defineModule({
  name: 'credentials',
  routes: credentialsRoutes,
  // Issued on earn: a finished course or path (its certificate) and a badge award, after they committed.
  listen: (bus, { db, log, config }) => {
    const signing = { baseUrl: config.baseUrl, serverSecret: config.sessionSecret };
    const issueFor = async (organisationId: string, personId: string) =>
      issueMissing(await organisationContextOf({ db, log, bus }, organisationId), { db }, signing, {
        personId,
      });
    bus.on('learning.completed', 'credentials.issue', async ({ organisationId, personId, finished }) => {
      if (finished.some((step) => step.kind !== 'content')) await issueFor(organisationId, personId);
    });
    bus.on('recognition.badge_awarded', 'credentials.issue', async ({ organisationId, personId }) =>
      issueFor(organisationId, personId),
    );
  },
  // Retroactive: certificates and badges earned before credentials existed, and the backstop to listeners.
  jobs: [{ name: 'credentials.issue', cron: '7 * * * *', run: (deps) => issueAllMissing(deps) }],
});
