import type { TenantDb } from '../../../db/tenant.ts';
import { storeOwnStatement } from '../../xapi/index.ts';
import { activityTypes, type Cmi5Verb, categories, cmi5Verbs, extensions } from '../cmi5.vocabulary.ts';
import { actorOf } from './session.ts';

// The statements the LMS itself writes (cmi5 spec 9.3): launched, satisfied (blocks and the course),
// abandoned. They go into the same store, in the caller's transaction, linked to the learner.

export type LmsStatement = {
  personId: string;
  verb: Extract<Cmi5Verb, 'launched' | 'satisfied' | 'abandoned' | 'waived'>;
  object: { id: string; type?: string; name?: Record<string, string> };
  registrationId: string;
  sessionId: string;
  publisherId?: string;
  /** Counts toward moveOn (waived): the moveOn category besides the cmi5 one. */
  isMoveOn?: boolean;
  extensions?: Record<string, unknown>;
  result?: Record<string, unknown>;
};

export async function writeLmsStatement(trx: TenantDb, baseUrl: string, input: LmsStatement) {
  const statement = {
    id: crypto.randomUUID(),
    version: '1.0.3',
    actor: actorOf(baseUrl, trx.organisationId, input.personId),
    verb: { id: cmi5Verbs[input.verb], display: { 'en-US': input.verb } },
    object: {
      objectType: 'Activity',
      id: input.object.id,
      ...(input.object.type || input.object.name
        ? {
            definition: {
              ...(input.object.type ? { type: input.object.type } : {}),
              ...(input.object.name ? { name: input.object.name } : {}),
            },
          }
        : {}),
    },
    ...(input.result ? { result: input.result } : {}),
    context: {
      registration: input.registrationId,
      contextActivities: {
        category: [
          { objectType: 'Activity', id: categories.cmi5 },
          ...(input.isMoveOn ? [{ objectType: 'Activity', id: categories.moveOn }] : []),
        ],
        ...(input.publisherId ? { grouping: [{ objectType: 'Activity', id: input.publisherId }] } : {}),
      },
      extensions: { [extensions.sessionId]: input.sessionId, ...input.extensions },
    },
    timestamp: new Date().toISOString(),
    authority: { objectType: 'Agent', account: { homePage: baseUrl, name: 'groeipad' } },
  };
  await storeOwnStatement(trx, { statement, personId: input.personId, baseUrl });
}

export const nodeType = (isCourse: boolean) => (isCourse ? activityTypes.course : activityTypes.block);
