import { createHash } from 'node:crypto';
import type { AssignableUnit } from '../import/course-structure.ts';

// Who and what a cmi5 session is about: the learner as an xAPI account (the same one Groeipad's own
// statements use, so the LRS links them to the person), and the activity id the LMS gives each AU.

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const actorOf = (baseUrl: string, organisationId: string, personId: string) => ({
  objectType: 'Agent' as const,
  account: { homePage: `${baseUrl}/organisations/${organisationId}`, name: personId },
});

/**
 * The LMS-generated activity id of an AU (cmi5 Quartz 8.1): unique per course import, stable across
 * launches; the publisher's id from cmi5.xml goes into the contextTemplate's grouping.
 */
export const auActivityId = (baseUrl: string, contentId: string, au: Pick<AssignableUnit, 'id'>) =>
  `${baseUrl}/cmi5/courses/${contentId}/au/${sha256(au.id).slice(0, 24)}`;

/** What the LRS façade and the rules need to know about a session. */
export type SessionView = {
  organisationId: string;
  sessionId: string;
  registrationId: string;
  contentId: string;
  personId: string;
  auId: string;
  status: 'launched' | 'initialized' | 'terminated' | 'abandoned';
  launchMode: 'Normal' | 'Browse' | 'Review';
  activityId: string;
  actor: ReturnType<typeof actorOf>;
  masteryScore: number | null;
  completed: boolean;
  passed: boolean;
};
