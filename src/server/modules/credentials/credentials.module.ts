import { defineModule } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import './credentials.events.ts';
import { issueAllMissing, issueMissing } from './credentials.issue.ts';
import { credentialsRoutes } from './credentials.routes.ts';
import { revokeForSource } from './credentials.service.ts';

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
    // A badge award taken back: its credential says revoked from now on (the job is the backstop).
    bus.on(
      'recognition.badge_revoked',
      'credentials.revoke',
      async ({ organisationId, awardId, revokedBy, reason }) =>
        revokeForSource(
          await organisationContextOf({ db, log, bus }, organisationId),
          { kind: 'badge_award', id: awardId },
          { by: revokedBy, reason },
        ),
    );
  },
  // Retroactive: certificates and badges earned before credentials existed, and the backstop to listeners
  // (revoked badge awards' credentials included).
  jobs: [{ name: 'credentials.issue', cron: '7 * * * *', run: (deps) => issueAllMissing(deps) }],
});
