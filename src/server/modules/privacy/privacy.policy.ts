import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';

/** Erasure and retention settings: HR (people.manage). */
export const assertManagesPrivacy = (ctx: Ctx) => assertCan(ctx.auth, 'people.manage');

/** The whole organisation leaves with its owner only. */
export function assertOwner(ctx: Ctx) {
  if (ctx.auth.kind !== 'person' || !ctx.auth.roles.has('owner')) throw new AppError('forbidden');
}
