import type { Ctx } from '../../core/context.ts';
import { assertCan } from '../access/index.ts';
import { presentEvent } from './audit.presenter.ts';
import { listEvents } from './audit.repository.ts';
import type { EventsQuery } from './audit.schemas.ts';

/** The audit log: every change, newest first, for those who may read it. */
export async function eventsPage(ctx: Ctx, query: EventsQuery) {
  assertCan(ctx.auth, 'audit.read');
  const { rows, total } = await listEvents(ctx.db, query);
  return { items: rows.map(presentEvent), page: query.page, pageSize: query.pageSize, total };
}
