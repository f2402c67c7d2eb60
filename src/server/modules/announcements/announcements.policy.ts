import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { can } from '../access/index.ts';
import { isInAudience, unitLineOf } from '../direction/index.ts';
import { statusOf } from './announcements.presenter.ts';
import { findAnnouncement } from './announcements.repository.ts';

/** Readers see a published announcement of their audience; managers of announcements see all. */
export async function visibleAnnouncement(ctx: Ctx, id: string) {
  const row = await findAnnouncement(ctx.db, id);
  if (!row) throw notFound('Announcement');
  let isForMe = false;
  const { auth } = ctx;
  if (auth.kind === 'person' && statusOf(row, ctx.now()) === 'published') {
    const unitLine = await unitLineOf(ctx.db, auth.personId);
    isForMe = isInAudience(
      { kind: row.audience_kind, unitIds: row.audience_unit_ids, roles: row.audience_roles },
      { unitLine, roles: auth.roles },
    );
  }
  if (!isForMe && !can(auth, 'announcements.manage')) throw notFound('Announcement');
  return { row, isForMe };
}
