import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { LearningSubjectKind } from '../../../db/schema.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { recordStatement } from '../../learning-record/index.ts';
import { findSubject } from '../subjects.ts';

/** Rates published learning (1–5 stars, optional comment); rating again replaces it. */
export async function rateLearning(
  ctx: Ctx,
  input: {
    subject: { type: LearningSubjectKind; id: string };
    stars: number;
    comment: string | null;
    baseUrl: string;
  },
) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const { subject, stars, comment } = input;
  await runChange(ctx, async (tx) => {
    const found = await findSubject(tx.db, subject);
    if (found?.status !== 'published') throw notFound('Learning');
    await tx.db
      .insertInto('ratings', {
        person_id: personId,
        subject_kind: subject.type,
        subject_id: subject.id,
        stars,
        comment,
      })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id'])
          .doUpdateSet({ stars, comment, updated_at: tx.now() }),
      )
      .execute();
    await recordStatement(tx.db, input.baseUrl, {
      personId,
      verb: 'rated',
      object: { kind: subject.type, id: subject.id, title: found.title },
      result: {
        score: { scaled: stars / 5, raw: stars, min: 1, max: 5 },
        ...(comment ? { response: comment } : {}),
      },
    });
  });
}
