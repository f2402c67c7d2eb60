import type { ChangeCtx } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { canManageSession } from './events.policy.ts';
import { findSession, settingsOf } from './events.repository.ts';

// Lookups every events change starts from: the event's title, the session, who may organise it.

export const closed = (detail: string) => new AppError('conflict', detail);

export async function eventTitle(tx: OrgContext, contentId: string) {
  const item = (await contentHeadlines(tx.db, [contentId], tx.locale)).get(contentId);
  if (item?.kind !== 'event') throw notFound('Event');
  return item;
}

export async function lockedSession(tx: ChangeCtx<OrgContext>, id: string) {
  const session = await findSession(tx.db, id);
  if (!session) throw notFound('Event session');
  return session;
}

/** The session (already locked by the change) with the event's settings; the caller must organise it. */
export async function managedSession(tx: ChangeCtx<Ctx>, id: string) {
  const session = await lockedSession(tx, id);
  const settings = await settingsOf(tx.db, session.content_id);
  if (!canManageSession(tx.auth, session, settings)) throw forbidden();
  return { session, settings };
}
