import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, can } from '../access/index.ts';
import { unitLineOf } from '../direction/index.ts';
import { isInConsultationAudience } from './consultations.audience.ts';
import { isOpen } from './consultations.policy.ts';
import { presentResponse, presentSummary, summaryOf } from './consultations.presenter.ts';
import {
  findConsultation,
  hasResponded,
  latestConsultations,
  respondedBy,
  responseCounts,
  responsesOf,
  subjectOf,
} from './consultations.repository.ts';

/** Management sees every consultation; others only those put before them (else 404). */
export async function visibleConsultation(ctx: Ctx, id: string) {
  const row = await findConsultation(ctx.db, id);
  if (!row) throw notFound('Consultation');
  if (!can(ctx.auth, 'consultations.manage') && !(await isInConsultationAudience(ctx.db, ctx.auth, row)))
    throw notFound('Consultation');
  return row;
}

/** The draft, the responses (anonymous ones without author), the summary and the outcome. */
export async function consultationDetail(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'direction.read');
  const { auth } = ctx;
  const row = await visibleConsultation(ctx, id);
  const [responses, subject, responded, inAudience] = await Promise.all([
    responsesOf(ctx.db, row.id),
    subjectOf(ctx.db, row, can(auth, 'goals.read_confidential')),
    auth.kind === 'person' ? hasResponded(ctx.db, row.id, auth.personId) : false,
    isInConsultationAudience(ctx.db, auth, row),
  ]);
  return {
    ...presentSummary(row, { responseCount: responses.length, hasResponded: responded }, ctx.now()),
    description: row.description,
    audienceUnitIds: row.audience_unit_ids,
    allowsAnonymous: row.allows_anonymous,
    outcome: row.outcome,
    closedAt: row.closed_at?.toISOString() ?? null,
    subject,
    summary: summaryOf(responses),
    responses: responses.map(presentResponse),
    canRespond: inAudience && !responded && isOpen(row, ctx.now()),
  };
}

/** Consultations put before me (management: all), newest first. */
export async function listConsultations(ctx: Ctx) {
  const { auth } = ctx;
  assertCan(auth, 'direction.read');
  const rows = await latestConsultations(ctx.db);
  const visible = [];
  const unitLine = auth.kind === 'person' ? await unitLineOf(ctx.db, auth.personId) : [];
  for (const row of rows)
    if (can(auth, 'consultations.manage') || (await isInConsultationAudience(ctx.db, auth, row, unitLine)))
      visible.push(row);
  if (visible.length === 0) return [];
  const ids = visible.map((r) => r.id);
  const [counts, mine] = await Promise.all([
    responseCounts(ctx.db, ids),
    auth.kind === 'person' ? respondedBy(ctx.db, auth.personId, ids) : [],
  ]);
  return visible.map((row) =>
    presentSummary(
      row,
      {
        responseCount: Number(counts.find((c) => c.consultation_id === row.id)?.n ?? 0),
        hasResponded: mine.some((m) => m.consultation_id === row.id),
      },
      ctx.now(),
    ),
  );
}
