import type { TenantDb } from '../../db/tenant.ts';
import { storeOwnStatement, storeOwnStatements } from '../xapi/index.ts';

// xAPI 1.0.3 verbs for the learning events Groeipad records.
export const verbs = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  rated: 'http://id.tincanapi.com/verb/rated',
  registered: 'http://adlnet.gov/expapi/verbs/registered',
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  // The ADL SCORM profile's verbs for a package's sessions, scores and answers.
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
} as const;
export type Verb = keyof typeof verbs;

const activityTypes: Record<string, string> = {
  content: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  course: 'http://adlnet.gov/expapi/activities/course',
  path: 'http://adlnet.gov/expapi/activities/module',
};

export type LearningEvent = {
  personId: string;
  verb: Verb;
  object: { kind: 'content' | 'course' | 'path'; id: string; title: string; isQuiz?: boolean };
  result?: {
    score?: { scaled: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    progress?: number;
    response?: string;
  };
};

/**
 * Writes one xAPI statement to the learning record store (modules/xapi), in the caller's transaction:
 * the same store outside tools write to and read from under /xapi/. The actor is identified by account
 * (organisation + person id), never by e-mail address.
 */
export async function recordStatement(trx: TenantDb, baseUrl: string, event: LearningEvent) {
  await storeOwnStatement(trx, {
    statement: statementOf(trx, baseUrl, event),
    personId: event.personId,
    baseUrl,
  });
}

/** Several people's learning events in one statement of the store (sign-ups written together). */
export async function recordStatements(trx: TenantDb, baseUrl: string, events: LearningEvent[]) {
  if (!events.length) return;
  await storeOwnStatements(
    trx,
    events.map((event) => ({ statement: statementOf(trx, baseUrl, event), personId: event.personId })),
    baseUrl,
  );
}

function statementOf(trx: TenantDb, baseUrl: string, event: LearningEvent) {
  const id = crypto.randomUUID();
  const { progress, ...result } = event.result ?? {};
  const statement = {
    id,
    version: '1.0.3',
    actor: {
      objectType: 'Agent',
      account: { homePage: `${baseUrl}/organisations/${trx.organisationId}`, name: event.personId },
    },
    verb: { id: verbs[event.verb], display: { 'en-US': event.verb } },
    object: {
      objectType: 'Activity',
      id: `${baseUrl}/xapi/activities/${event.object.kind}/${event.object.id}`,
      definition: {
        type: activityTypes[event.object.isQuiz ? 'quiz' : event.object.kind],
        name: { und: event.object.title },
      },
    },
    ...(event.result
      ? {
          result: {
            ...result,
            ...(progress !== undefined
              ? { extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': progress } }
              : {}),
          },
        }
      : {}),
    timestamp: new Date().toISOString(),
    authority: { objectType: 'Agent', account: { homePage: baseUrl, name: 'groeipad' } },
  };
  return statement;
}
