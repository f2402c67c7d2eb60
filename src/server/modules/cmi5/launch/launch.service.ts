import { randomBytes } from 'node:crypto';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { AppError, invalidField, notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import {
  assertContentUnlocked,
  enrol,
  ensureProgress,
  itemForLearner,
  touchEnrolments,
} from '../../catalogue/index.ts';
import { contentToken } from '../../scorm/index.ts';
import { findCourse } from '../cmi5.repository.ts';
import { extensions, type LaunchMode } from '../cmi5.vocabulary.ts';
import { type AssignableUnit, unitsOf } from '../import/course-structure.ts';
import { abandonOpenSessions } from './abandon.ts';
import { writeLmsStatement } from './lms-statements.ts';
import { settleRegistration } from './progress.ts';
import { actorOf, auActivityId, sha256 } from './session.ts';

// Launching an AU (cmi5 spec 8): the learner's registration for the course (made at first launch),
// a new session with a one-time fetch token, "abandoned" for an earlier session of the AU that never
// terminated, the LMS's "launched" statement, and the launch URL with endpoint, fetch, actor,
// registration and activityId. LMS.LaunchData is written by the caller once this change is committed.

export type LaunchOptions = {
  contentId: string;
  auId: string;
  launchMode: LaunchMode;
  baseUrl: string;
  contentOrigin: string | null;
  serverSecret: string;
};

function auAddress(au: AssignableUnit, options: LaunchOptions, organisationId: string) {
  if (au.isExternal) return new URL(au.url);
  if (!options.contentOrigin)
    throw new AppError('conflict', 'This course cannot be played: the server has no CONTENT_ORIGIN set.');
  const token = contentToken(options.serverSecret, organisationId, options.contentId);
  const path = au.url.replace(/^\.\//, '');
  return new URL(`${options.contentOrigin}/cmi5-content/${token}/${path}`);
}

export async function launchUnit(ctx: Ctx, options: LaunchOptions) {
  const { auth } = ctx;
  assertCan(auth, 'catalogue.read');
  const personId = personIdOf(auth);
  const { baseUrl } = options;
  const fetchToken = randomBytes(32).toString('base64url');
  const launched = await runChange(ctx, async (tx) => {
    const trx = tx.db;
    const { item, version } = await itemForLearner(trx, auth, options.contentId, ctx.locale);
    if (item.kind !== 'cmi5') throw notFound('cmi5 course');
    const course = await findCourse(trx, item.id);
    if (!course) throw notFound('cmi5 course');
    const au = unitsOf(course.structure.children).find((candidate) => candidate.id === options.auId);
    if (!au) throw invalidField('auId', 'is not an AU of this course', 'unknownReference');
    await assertContentUnlocked(trx, personId, item.id, version.language);
    const address = auAddress(au, options, ctx.organisationId);

    await trx
      .insertInto('cmi5_registrations', { content_id: item.id, person_id: personId })
      .onConflict((conflict) => conflict.columns(['organisation_id', 'content_id', 'person_id']).doNothing())
      .execute();
    const registration = await trx
      .selectFrom('cmi5_registrations')
      .select(['id'])
      .where('content_id', '=', item.id)
      .where('person_id', '=', personId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const activityId = auActivityId(baseUrl, item.id, au);

    // A session of this AU that never terminated ended when the learner left it (cmi5 9.3.6).
    await abandonOpenSessions(trx, baseUrl, {
      contentId: item.id,
      registrationId: registration.id,
      personId,
      auId: au.id,
      at: tx.now(),
    });

    const session = await trx
      .insertInto('cmi5_sessions', {
        registration_id: registration.id,
        au_id: au.id,
        launch_mode: options.launchMode,
        fetch_token_hash: sha256(fetchToken),
        launched_at: tx.now(),
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await writeLmsStatement(trx, baseUrl, {
      personId,
      verb: 'launched',
      object: { id: activityId, name: au.title },
      registrationId: registration.id,
      sessionId: session.id,
      publisherId: au.id,
      extensions: {
        [extensions.launchMode]: options.launchMode,
        [extensions.launchUrl]: address.toString(),
        [extensions.moveOn]: au.moveOn,
        ...(au.launchParameters ? { [extensions.launchParameters]: au.launchParameters } : {}),
      },
    });
    if (item.status === 'published')
      await enrol(trx.executor, auth.organisationId, personId, { type: 'content', id: item.id });
    await ensureProgress(trx, personId, item.id, version.title, baseUrl);
    await touchEnrolments(trx, personId, item.id);
    // AUs with moveOn NotApplicable count as satisfied from the start.
    await settleRegistration(trx, {
      publish: tx.publish,
      structure: course.structure,
      contentId: item.id,
      title: version.title,
      registrationId: registration.id,
      personId,
      sessionId: session.id,
      baseUrl,
      at: tx.now(),
    });
    return { au, address, activityId, registrationId: registration.id, sessionId: session.id, course };
  });
  const actor = actorOf(baseUrl, ctx.organisationId, personId);
  const url = launched.address;
  url.searchParams.set('endpoint', `${baseUrl}/cmi5/lrs/`);
  url.searchParams.set('fetch', `${baseUrl}/cmi5/fetch/${fetchToken}`);
  url.searchParams.set('actor', JSON.stringify(actor));
  url.searchParams.set('registration', launched.registrationId);
  url.searchParams.set('activityId', launched.activityId);
  const { au } = launched;
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: au.id }] },
      extensions: { [extensions.sessionId]: launched.sessionId },
    },
    launchMode: options.launchMode,
    launchMethod: au.launchMethod,
    moveOn: au.moveOn,
    returnURL: `${baseUrl}/learning/items/${options.contentId}`,
    ...(au.masteryScore !== null ? { masteryScore: au.masteryScore } : {}),
    ...(au.launchParameters ? { launchParameters: au.launchParameters } : {}),
    ...(au.entitlementKey ? { entitlementKey: { courseStructure: au.entitlementKey } } : {}),
  };
  return {
    url: url.toString(),
    launchMethod: au.launchMethod,
    sessionId: launched.sessionId,
    registration: launched.registrationId,
    activityId: launched.activityId,
    actor,
    launchData,
  };
}
