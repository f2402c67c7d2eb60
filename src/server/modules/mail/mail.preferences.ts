import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { personIdOf } from '../access/index.ts';
import { type OptionalMailKind, optionalMailKinds, optOutsOf } from './mail.opt-outs.ts';

// The signed-in person's switches for optional e-mail ("Mijn gegevens"); an API token has no person.

/** My optional mail: every kind that can be switched off, and the ones I switched off. */
export async function myMailPreferences(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  return { optional: [...optionalMailKinds], optedOut: await optOutsOf(ctx.db, personId) };
}

/** Replaces my opt-outs (a kind not listed is on again). */
export async function setMyMailOptOuts(ctx: Ctx, kinds: readonly OptionalMailKind[]) {
  const personId = personIdOf(ctx.auth);
  const unique = [...new Set(kinds)];
  await runChange(ctx, async (tx) => {
    await tx.db.deleteFrom('mail_opt_outs').where('person_id', '=', personId).execute();
    if (unique.length)
      await tx.db
        .insertInto(
          'mail_opt_outs',
          unique.map((kind) => ({ person_id: personId, mail_kind: kind })),
        )
        .execute();
  });
  return myMailPreferences(ctx);
}
