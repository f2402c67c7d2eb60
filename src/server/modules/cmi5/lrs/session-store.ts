import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { findCourse } from '../cmi5.repository.ts';
import { unitsOf } from '../import/course-structure.ts';
import { actorOf, auActivityId, type SessionView, sha256 } from '../launch/session.ts';

// Tokens arrive before the organisation is known (the fetch URL, the AU's Authorization header): the
// two global lookups of this module, by hash, like API tokens.

export type FetchOutcome = { authToken: string } | { errorCode: '1' | '2'; errorText: string };

/** The fetch URL (cmi5 8.2): the auth token once; a second call is error 1, "already in use". */
export async function fetchAuthToken(db: Db, fetchToken: string): Promise<FetchOutcome> {
  const row = await db
    .selectFrom('cmi5_sessions')
    .select(['organisation_id', 'id', 'fetch_used_at', 'status'])
    .where('fetch_token_hash', '=', sha256(fetchToken))
    .executeTakeFirst();
  if (!row || row.status === 'abandoned' || row.status === 'terminated')
    return { errorCode: '2', errorText: 'General Security Error: this fetch URL is not valid' };
  const secret = randomBytes(32).toString('base64url');
  const claimed = await forOrganisation(db, row.organisation_id)
    .updateTable('cmi5_sessions')
    .set({ fetch_used_at: new Date(), auth_token_hash: sha256(secret) })
    .where('id', '=', row.id)
    .where('fetch_used_at', 'is', null)
    .executeTakeFirst();
  if (!Number(claimed.numUpdatedRows))
    return { errorCode: '1', errorText: 'Already in Use: the auth token of this launch was fetched before' };
  return { authToken: Buffer.from(`cmi5:${secret}`).toString('base64') };
}

/** The open session an `Authorization: Basic <auth-token>` header belongs to, or null. */
export async function sessionOfAuthorization(
  db: Db,
  baseUrl: string,
  header: string | undefined,
): Promise<SessionView | null> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  if (!decoded.startsWith('cmi5:')) return null;
  const row = await db
    .selectFrom('cmi5_sessions')
    .select(['organisation_id', 'id', 'registration_id', 'au_id', 'status', 'launch_mode'])
    .where('auth_token_hash', '=', sha256(decoded.slice(5)))
    .executeTakeFirst();
  if (!row) return null;
  return loadSession(db, baseUrl, row.organisation_id, row.id);
}

export async function loadSession(
  db: Db,
  baseUrl: string,
  organisationId: string,
  sessionId: string,
): Promise<SessionView | null> {
  const tenant = forOrganisation(db, organisationId);
  const session = await tenant
    .selectFrom('cmi5_sessions')
    .select(['id', 'au_id', 'status', 'launch_mode', 'registration_id'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  const registration =
    session &&
    (await tenant
      .selectFrom('cmi5_registrations')
      .select(['content_id', 'person_id'])
      .where('id', '=', session.registration_id)
      .executeTakeFirst());
  const row = session && registration ? { ...session, ...registration } : null;
  if (!row) return null;
  const course = await findCourse(tenant, row.content_id);
  const au = course && unitsOf(course.structure.children).find((unit) => unit.id === row.au_id);
  if (!au) return null;
  const state = await tenant
    .selectFrom('cmi5_au_states')
    .select(['completed_at', 'passed_at'])
    .where('registration_id', '=', row.registration_id)
    .where('au_id', '=', row.au_id)
    .executeTakeFirst();
  return {
    organisationId,
    sessionId: row.id,
    registrationId: row.registration_id,
    contentId: row.content_id,
    personId: row.person_id,
    auId: row.au_id,
    status: row.status as SessionView['status'],
    launchMode: row.launch_mode as SessionView['launchMode'],
    activityId: auActivityId(baseUrl, row.content_id, au),
    actor: actorOf(baseUrl, organisationId, row.person_id),
    masteryScore: au.masteryScore,
    completed: !!state?.completed_at,
    passed: !!state?.passed_at,
  };
}

/** The AU was heard from: the idle timeout counts from now (only for sessions still open). */
export async function touchSession(db: Db, organisationId: string, sessionId: string) {
  await forOrganisation(db, organisationId)
    .updateTable('cmi5_sessions')
    .set({ last_activity_at: new Date() })
    .where('id', '=', sessionId)
    .where('status', 'in', ['launched', 'initialized'])
    .execute();
}
