import type { Ctx } from '../../../core/context.ts';
import { assertCan } from '../../access/index.ts';
import { presentPackage } from './package.presenter.ts';

/** L&D reads a package: what its manifest says, its versions and the attempt rule. */
export async function readPackage(ctx: Ctx, contentId: string, isPlayable: boolean) {
  assertCan(ctx.auth, 'catalogue.manage');
  return presentPackage(ctx.db, contentId, isPlayable);
}
