import { runChange } from '../../../core/change.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import type { Db } from '../../../db/database.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { organisationContextOf } from '../../organisations/index.ts';
import { findCourse } from '../cmi5.repository.ts';
import { type CourseStructure, unitsOf } from '../import/course-structure.ts';
import { writeLmsStatement } from './lms-statements.ts';
import { auActivityId } from './session.ts';

// Abandoned (cmi5 9.3.6): a session that ended without "terminated". The LMS writes it when the
// learner launches the AU again, and the job below writes it for sessions nobody heard from for
// CMI5_SESSION_TIMEOUT_MINUTES. result.duration is the time from launch until the AU was last heard
// from. The session's auth token stops working at once.

const defaultTimeoutMinutes = 120;

/** Milliseconds as an ISO 8601 duration (xAPI result.duration). */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = Math.round((seconds % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest}S`;
}

/**
 * Ends the open sessions of one registration that match (`auId`: the AU's; `idleBefore`: silent since
 * before that instant) as abandoned, with the LMS statement for each. Answers how many.
 */
export async function abandonOpenSessions(
  trx: TenantDb,
  baseUrl: string,
  options: {
    contentId: string;
    registrationId: string;
    personId: string;
    at: Date;
    /** The structure the sessions were launched from (defaults to the course's current one). */
    structure?: CourseStructure;
  } & ({ auId: string } | { idleBefore: Date }),
): Promise<number> {
  let query = trx
    .updateTable('cmi5_sessions')
    .set({ status: 'abandoned', ended_at: options.at, auth_token_hash: null })
    .where('registration_id', '=', options.registrationId)
    .where('status', 'in', ['launched', 'initialized']);
  if ('auId' in options) query = query.where('au_id', '=', options.auId);
  else
    query = query.where((eb) =>
      eb(eb.fn.coalesce('last_activity_at', 'launched_at'), '<', options.idleBefore),
    );
  const ended = await query.returning(['id', 'au_id', 'launched_at', 'last_activity_at']).execute();
  if (!ended.length) return 0;
  const structure = options.structure ?? (await findCourse(trx, options.contentId))?.structure;
  const units = structure ? unitsOf(structure.children) : [];
  for (const session of ended) {
    const au = units.find((unit) => unit.id === session.au_id) ?? { id: session.au_id };
    const lastHeard = session.last_activity_at ?? session.launched_at;
    await writeLmsStatement(trx, baseUrl, {
      personId: options.personId,
      verb: 'abandoned',
      object: { id: auActivityId(baseUrl, options.contentId, au) },
      registrationId: options.registrationId,
      sessionId: session.id,
      publisherId: au.id,
      result: { duration: isoDuration(lastHeard.getTime() - session.launched_at.getTime()) },
    });
  }
  return ended.length;
}

/** Sessions of every organisation silent since before `idleBefore`, by registration (at most 500). */
const idleRegistrations = (db: Db, idleBefore: Date) =>
  db
    .selectFrom('cmi5_sessions as s')
    .innerJoin('cmi5_registrations as r', (join) =>
      join.onRef('r.organisation_id', '=', 's.organisation_id').onRef('r.id', '=', 's.registration_id'),
    )
    .select(['s.organisation_id', 's.registration_id', 'r.content_id', 'r.person_id'])
    .distinct()
    .where('s.status', 'in', ['launched', 'initialized'])
    .where((eb) => eb(eb.fn.coalesce('s.last_activity_at', 's.launched_at'), '<', idleBefore))
    .limit(500)
    .execute();

/** The job: every session idle past the timeout is abandoned, one change per registration. */
export async function abandonIdleSessions(deps: ModuleDeps, now = new Date()) {
  const minutes = deps.config.cmi5SessionTimeoutMinutes ?? defaultTimeoutMinutes;
  const idleBefore = new Date(now.getTime() - minutes * 60_000);
  let abandoned = 0;
  for (const row of await idleRegistrations(deps.db, idleBefore)) {
    const ctx = await organisationContextOf(deps, row.organisation_id, now);
    abandoned += await runChange(ctx, (tx) =>
      abandonOpenSessions(tx.db, deps.config.baseUrl, {
        contentId: row.content_id,
        registrationId: row.registration_id,
        personId: row.person_id,
        at: now,
        idleBefore,
      }),
    );
  }
  return { abandoned };
}
