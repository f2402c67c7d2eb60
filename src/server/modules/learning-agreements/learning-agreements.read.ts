import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { presentAgreement } from './learning-agreements.presenter.ts';
import {
  type AgreementRow,
  agreementsOfPersonAndReports,
  findAgreement,
  followupsOf,
} from './learning-agreements.repository.ts';

/** The agreement for its person and their manager, or 404 for anyone else. */
export async function visibleAgreement(ctx: Ctx, id: string): Promise<AgreementRow> {
  const row = await findAgreement(ctx.db, id);
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  if (!row || (row.person_id !== me && row.manager_id !== me)) throw notFound('Learning agreement');
  return row;
}

export async function agreementView(ctx: Ctx, id: string) {
  const row = await visibleAgreement(ctx, id);
  return presentAgreement(row, await followupsOf(ctx.db, [row.id]), ctx.auth);
}

/** My learning agreements and, for managers, my reports'. */
export async function myAgreements(ctx: Ctx) {
  const rows = await agreementsOfPersonAndReports(ctx.db, personIdOf(ctx.auth));
  const followups = await followupsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentAgreement(row, followups, ctx.auth));
}
