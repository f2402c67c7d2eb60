import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import { answerRows, personRow, type RequestRow, requestRows } from './feedback.repository.ts';

// Who reads feedback: the asker everything; a colleague asked the question and their own answer; the
// asker's direct manager everything once the asker shares it. Anyone else: 404.

async function present(ctx: Ctx, rows: RequestRow[]) {
  const me = personIdOf(ctx.auth);
  const answers = await answerRows(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const seesAll = row.asker_id === me || (row.is_shared_with_manager && row.asker_manager_id === me);
    return {
      id: row.id,
      asker: { id: row.asker_id, name: displayName(row) },
      subject: { kind: row.subject_kind, id: row.subject_id, label: row.subject_label },
      question: row.question,
      isSharedWithManager: row.is_shared_with_manager,
      createdAt: row.created_at.toISOString(),
      answers: answers
        .filter((answer) => answer.request_id === row.id && (seesAll || answer.person_id === me))
        .map((answer) => ({
          person: { id: answer.person_id, name: displayName(answer) },
          answer: answer.answer,
          answeredAt: answer.answered_at?.toISOString() ?? null,
          declinedAt: answer.declined_at?.toISOString() ?? null,
          skillLevel: answer.skill_level,
        })),
      isMine: row.asker_id === me,
    };
  });
}

/** The requests I asked, newest first. */
export async function myRequests(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  return present(
    ctx,
    await requestRows(ctx.db).where('feedback_requests.asker_id', '=', me).limit(100).execute(),
  );
}

/** Requests colleagues asked of me, newest first. */
export async function myInbox(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const rows = await requestRows(ctx.db)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('feedback_answers as f')
          .select('f.person_id')
          .whereRef('f.organisation_id', '=', 'feedback_requests.organisation_id')
          .whereRef('f.request_id', '=', 'feedback_requests.id')
          .where('f.person_id', '=', me),
      ),
    )
    .limit(100)
    .execute();
  return present(ctx, rows);
}

export async function requestView(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  const row = await requestRows(ctx.db).where('feedback_requests.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Feedback request');
  const [view] = await present(ctx, [row]);
  const isAsked = view!.answers.some((answer) => answer.person.id === me);
  const isSharedManager = row.is_shared_with_manager && row.asker_manager_id === me;
  if (row.asker_id !== me && !isAsked && !isSharedManager) throw notFound('Feedback request');
  return view!;
}

/** What a direct report shared with me (their manager): shown in the conversation's preparation. */
export async function sharedWithManager(ctx: Ctx, personId: string) {
  const me = personIdOf(ctx.auth);
  const person = await personRow(ctx.db, personId);
  if (!person) throw notFound('Person');
  if (person.manager_id !== me) throw forbidden('Only the direct manager reads shared feedback.');
  return sharedFeedbackOf(ctx, personId);
}

/** The shared requests of a person (their manager's view); for conversations' preparation. */
export async function sharedFeedbackOf(ctx: Ctx, personId: string) {
  const rows = await requestRows(ctx.db)
    .where('feedback_requests.asker_id', '=', personId)
    .where('feedback_requests.is_shared_with_manager', '=', true)
    .limit(50)
    .execute();
  return present(ctx, rows);
}
