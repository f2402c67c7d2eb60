import { createHash, randomBytes } from 'node:crypto';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { forbidden, invalidField, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import './learning-time.events.ts';
import {
  insertProposal,
  insertProposalAnswers,
  lockAnswer,
  saveAnswer,
} from './learning-time.proposals.repository.ts';
import {
  type BlockColumns,
  countUnits,
  deleteBlock,
  deleteFeed,
  deleteOwnManualEntry,
  deleteSourcedEntry,
  findBlockForUpdate,
  insertBlock,
  insertEntry,
  replaceNorms,
  reportsOf,
  saveFeed,
  updateBlock,
} from './learning-time.repository.ts';
import type {
  BlockChanges,
  BlockInput,
  EntryInput,
  NormInput,
  ProposalInput,
} from './learning-time.schemas.ts';

export const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Who sets the norms: HR (development) or L&D (catalogue). */
export const canSetNorms = (auth: Ctx['auth']) =>
  can(auth, 'development.manage') || can(auth, 'catalogue.manage');

/** HR or L&D set the whole list of norms at once (one per organisation, unit or role). */
export async function setNorms(ctx: Ctx, norms: NormInput[]) {
  if (!canSetNorms(ctx.auth)) throw forbidden();
  const seen = new Set<string>();
  norms.forEach((norm, index) => {
    if (norm.scope === 'unit' && !norm.orgUnitId)
      throw invalidField(`norms.${index}.orgUnitId`, 'choose a unit', 'required');
    if (norm.scope === 'role' && !norm.role)
      throw invalidField(`norms.${index}.role`, 'choose a role', 'required');
    if ((norm.minutesPerWeek === undefined) === (norm.percentOfContract === undefined))
      throw invalidField(`norms.${index}.minutesPerWeek`, 'give minutes a week or a percentage', 'chooseOne');
    const key = `${norm.scope}:${norm.scope === 'unit' ? norm.orgUnitId : norm.scope === 'role' ? norm.role : ''}`;
    if (seen.has(key)) throw invalidField(`norms.${index}.scope`, 'is given twice', 'taken');
    seen.add(key);
  });
  const unitIds = [
    ...new Set(norms.flatMap((n) => (n.scope === 'unit' && n.orgUnitId ? [n.orgUnitId] : []))),
  ];
  return runChange(ctx, async (tx) => {
    if ((await countUnits(tx.db, unitIds)) !== unitIds.length)
      throw invalidField('norms', 'no such unit in this organisation', 'unknownReference');
    await replaceNorms(
      tx.db,
      norms.map((norm) => ({
        scope: norm.scope,
        org_unit_id: norm.scope === 'unit' ? (norm.orgUnitId ?? null) : null,
        role: norm.scope === 'role' ? (norm.role ?? null) : null,
        minutes_per_week: norm.minutesPerWeek ?? null,
        percent_of_contract: norm.minutesPerWeek === undefined ? (norm.percentOfContract ?? null) : null,
      })),
    );
    tx.record({ action: 'learning_time.norms_set', changes: { count: norms.length } });
  });
}

/** Time a person logs by hand, with what they did. */
export async function logTime(ctx: Ctx, input: EntryInput) {
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const row = await insertEntry(tx.db, {
      person_id: personId,
      on_date: input.date,
      minutes: input.minutes,
      source: 'manual',
      source_id: null,
      description: input.description,
    });
    return row!.id;
  });
}

export async function removeLoggedTime(ctx: Ctx, id: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const deleted = await deleteOwnManualEntry(tx.db, personId, id);
    if (!Number(deleted.numDeletedRows)) throw notFound('Learning time entry');
  });
}

/**
 * Time learned from another source (an attended session, a WorkOut, finished learning), in the
 * caller's change. Booked once per source: a second call for the same source changes nothing.
 */
export async function bookLearningTime(
  tx: ChangeCtx<OrgContext>,
  entry: {
    personId: string;
    date: string;
    minutes: number;
    source: 'progress' | 'event' | 'workout';
    sourceId: string;
    description: string;
  },
) {
  const minutes = Math.max(1, Math.min(1440, Math.round(entry.minutes)));
  const row = await insertEntry(tx.db, {
    person_id: entry.personId,
    on_date: entry.date,
    minutes,
    source: entry.source,
    source_id: entry.sourceId,
    description: entry.description.slice(0, 300) || null,
  });
  return Boolean(row);
}

/** Takes booked time back (an attendance undone); nothing booked, nothing changes. */
export async function unbookLearningTime(
  tx: ChangeCtx<OrgContext>,
  entry: { personId: string; source: 'progress' | 'event' | 'workout'; sourceId: string },
) {
  await deleteSourcedEntry(tx.db, entry.personId, entry.source, entry.sourceId);
}

function blockColumns(input: BlockInput): BlockColumns {
  if (input.endTime <= input.startTime)
    throw invalidField('endTime', 'must be after the start', 'afterStart');
  if (input.repeatUntil && !input.repeatsWeekly)
    throw invalidField('repeatUntil', 'only a weekly block repeats', 'invalid');
  if (input.repeatUntil && input.repeatUntil < input.date)
    throw invalidField('repeatUntil', 'must be on or after the first day', 'afterStart');
  return {
    title: input.title,
    subject_kind: input.subject?.type ?? null,
    subject_id: input.subject?.id ?? null,
    starts_on: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    repeats_weekly: input.repeatsWeekly,
    repeat_until: input.repeatsWeekly ? (input.repeatUntil ?? null) : null,
  };
}

/** A person reserves time in their own week ("Tuesday 14:00–15:00, Wondzorg module 3"). */
export async function reserveBlock(ctx: Ctx, input: BlockInput) {
  const personId = personIdOf(ctx.auth);
  const columns = blockColumns(input);
  return runChange(ctx, async (tx) => {
    const { id } = await insertBlock(tx.db, personId, columns);
    tx.record({ action: 'learning_time.block_reserved', subjectId: id, changes: { date: input.date } });
    return id;
  });
}

async function ownBlock(tx: ChangeCtx<Ctx>, id: string) {
  const block = await findBlockForUpdate(tx.db, id);
  if (!block || block.person_id !== personIdOf(tx.auth)) throw notFound('Learning time block');
  return block;
}

/** Changing a block keeps its calendar UID and raises its SEQUENCE. */
export async function changeBlock(ctx: Ctx, id: string, changes: BlockChanges) {
  await runChange(ctx, async (tx) => {
    const block = await ownBlock(tx, id);
    const merged: BlockInput = {
      title: changes.title ?? block.title,
      date: changes.date ?? block.starts_on,
      startTime: changes.startTime ?? block.start_time,
      endTime: changes.endTime ?? block.end_time,
      repeatsWeekly: changes.repeatsWeekly ?? block.repeats_weekly,
      repeatUntil: changes.repeatUntil === undefined ? block.repeat_until : changes.repeatUntil,
      subject:
        changes.subject === undefined
          ? block.subject_kind && block.subject_id
            ? { type: block.subject_kind, id: block.subject_id }
            : null
          : changes.subject,
    };
    if (merged.repeatsWeekly === false) merged.repeatUntil = null;
    await updateBlock(tx.db, id, blockColumns(merged), tx.now());
    tx.record({ action: 'learning_time.block_changed', subjectId: id });
  });
}

export async function removeBlock(ctx: Ctx, id: string) {
  await runChange(ctx, async (tx) => {
    await ownBlock(tx, id);
    await deleteBlock(tx.db, id);
    tx.record({ action: 'learning_time.block_removed', subjectId: id });
  });
}

/** A new secret address for the calendar feed; the previous address stops working. */
export async function renewFeed(ctx: Ctx, baseUrl: string) {
  const personId = personIdOf(ctx.auth);
  const token = randomBytes(32).toString('base64url');
  await runChange(ctx, async (tx) => {
    await saveFeed(tx.db, personId, feedTokenHash(token));
    tx.record({ action: 'learning_time.feed_renewed', subjectId: personId });
  });
  return { url: feedUrl(baseUrl, ctx.organisationId, token), isActive: true };
}

export const feedUrl = (baseUrl: string, organisationId: string, token: string) =>
  `${baseUrl}/api/v1/learning-time/calendar/${organisationId}/${token}`;

export async function revokeFeed(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    await deleteFeed(tx.db, personId);
    tx.record({ action: 'learning_time.feed_revoked', subjectId: personId });
  });
}

/**
 * A manager proposes a team learning hour: each direct report sees it as a proposed block in their week
 * and is told; accepting makes it a block of their own (in their calendar feed).
 */
export async function proposeTeamHour(ctx: Ctx, input: ProposalInput, baseUrl: string) {
  const managerId = personIdOf(ctx.auth);
  if (input.endTime <= input.startTime)
    throw invalidField('endTime', 'must be after the start', 'afterStart');
  return runChange(ctx, async (tx) => {
    const team = await reportsOf(tx.db, managerId);
    if (!team.length) throw forbidden('Only a manager proposes a team learning hour.');
    const { id } = await insertProposal(tx.db, {
      manager_id: managerId,
      title: input.title,
      on_date: input.date,
      start_time: input.startTime,
      end_time: input.endTime,
      repeats_weekly: input.repeatsWeekly,
    });
    await insertProposalAnswers(
      tx.db,
      id,
      team.map((person) => person.id),
    );
    for (const person of team)
      await notifyPerson(tx.db, person.id, {
        kind: 'learning_hour_proposed',
        vars: ({ name }) => ({
          name,
          title: input.title,
          when: `${input.date} ${input.startTime}–${input.endTime}`,
          link: `${baseUrl}/learning-time?week=${input.date}`,
        }),
      });
    tx.record({ action: 'learning_time.hour_proposed', subjectId: id, changes: { team: team.length } });
    return id;
  });
}

/** I accept (it becomes my own block) or decline a proposed team learning hour; I may change my mind. */
export async function answerProposal(ctx: Ctx, proposalId: string, isAccepted: boolean) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const proposal = await lockAnswer(tx.db, proposalId, personId);
    if (!proposal) throw notFound('Proposal');
    let blockId = proposal.block_id;
    if (isAccepted && !blockId)
      blockId = (
        await insertBlock(tx.db, personId, {
          title: proposal.title,
          subject_kind: null,
          subject_id: null,
          starts_on: proposal.on_date,
          start_time: proposal.start_time,
          end_time: proposal.end_time,
          repeats_weekly: proposal.repeats_weekly,
          repeat_until: null,
        })
      ).id;
    if (!isAccepted && blockId) {
      await deleteBlock(tx.db, blockId);
      blockId = null;
    }
    await saveAnswer(tx.db, proposalId, personId, isAccepted ? 'accepted' : 'declined', blockId, tx.now());
    tx.record({
      action: isAccepted ? 'learning_time.hour_accepted' : 'learning_time.hour_declined',
      subjectId: proposalId,
    });
  });
}
