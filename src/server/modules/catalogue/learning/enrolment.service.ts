import { sql } from 'kysely';
import { calendarDateOf } from '../../../core/calendar.ts';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { Executor } from '../../../db/database.ts';
import type { GrantableRole } from '../../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../../http/errors.ts';
import { assertCan, can, personIdOf } from '../../access/index.ts';
import { recordStatement, recordStatements } from '../../learning-record/index.ts';
import { unitAndDescendants } from '../../people/index.ts';
import { rejectFields } from '../catalogue.errors.ts';
import '../catalogue.events.ts';
import { daysAfter } from '../due-dates.ts';
import { enrolEachInContent, enrolInContent, findSubject, type SubjectRef } from '../subjects.ts';
import { notifyAssigned } from './learning.notify.ts';

/** A path with relative step deadlines is due when its last step is. */
async function defaultDueDate(trx: TenantDb, subject: SubjectRef, today: string): Promise<string | null> {
  if (subject.type !== 'path') return null;
  const row = await trx
    .selectFrom('learning_path_steps')
    .select(sql<number | null>`max(due_days)`.as('days'))
    .where('path_id', '=', subject.id)
    .executeTakeFirst();
  return row?.days ? daysAfter(today, Number(row.days)) : null;
}

export type EnrolOptions = {
  source?: 'self' | 'assigned' | 'rule';
  assignedBy?: string | null;
  dueDate?: string | null;
  ruleId?: string | null;
  baseUrl?: string;
  /** The organisation's calendar date; relative path deadlines count from it. */
  today?: string;
};

/**
 * Enrols one person, inside the caller's transaction. Published learning only. An existing enrolment
 * stays; an assignment adds its due date and assigner to it. Answers whether a new one was made.
 */
export async function enrolPerson(
  trx: TenantDb,
  personId: string,
  subject: SubjectRef,
  options: EnrolOptions = {},
) {
  const row = {
    person_id: personId,
    subject_kind: subject.type,
    subject_id: subject.id,
    source: options.source ?? 'self',
    assigned_by: options.assignedBy ?? null,
    rule_id: options.ruleId ?? null,
  };
  let found: { title: string; status: string } | null;
  let created: { id: string } | undefined;
  if (subject.type === 'content') {
    // A content item has no default due date: its headline is read and the enrolment inserted in one
    // statement (a workshop sign-up, the usual case, pays one round trip for it).
    const enrolled = await enrolInContent(trx, { ...row, due_date: options.dueDate ?? null });
    found = enrolled ?? null;
    created = enrolled?.created_id ? { id: enrolled.created_id } : undefined;
  } else {
    found = await findSubject(trx, subject);
    // Insert first: a new enrolment costs one statement; an existing one is read after the insert
    // found it there.
    const today = options.today ?? calendarDateOf(new Date());
    created =
      found?.status === 'published'
        ? await trx
            .insertInto('enrolments', {
              ...row,
              due_date: options.dueDate ?? (await defaultDueDate(trx, subject, today)),
            })
            .onConflict((oc) =>
              oc.columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id']).doNothing(),
            )
            .returning('id')
            .executeTakeFirst()
        : undefined;
  }
  if (found?.status !== 'published')
    throw notFound(
      subject.type === 'content' ? 'Content item' : subject.type === 'course' ? 'Course' : 'Learning path',
    );
  if (!created) {
    const existing = await trx
      .selectFrom('enrolments')
      .select(['id', 'due_date', 'source'])
      .where('person_id', '=', personId)
      .where('subject_kind', '=', subject.type)
      .where('subject_id', '=', subject.id)
      .executeTakeFirstOrThrow();
    if (options.source === 'assigned' || options.source === 'rule')
      await trx
        .updateTable('enrolments')
        .set({
          due_date: options.dueDate ?? existing.due_date,
          assigned_by: options.assignedBy ?? null,
          ...(existing.source === 'self' ? { source: options.source } : {}),
        })
        .where('id', '=', existing.id)
        .execute();
    return { id: existing.id, isNew: false };
  }
  const { id } = created;
  await recordStatement(trx, options.baseUrl ?? '', {
    personId,
    verb: 'registered',
    object: { kind: subject.type, id: subject.id, title: found.title },
  });
  return { id, isNew: true };
}

/** The contract other modules call (development's plan actions), inside their transaction if they have one. */
export async function enrol(
  db: Executor,
  organisationId: string,
  personId: string,
  subject: SubjectRef,
  options: { assignedBy?: string; dueDate?: string } = {},
) {
  return forOrganisation(db, organisationId).transaction((trx) =>
    enrolPerson(trx, personId, subject, {
      source: options.assignedBy ? 'assigned' : 'self',
      assignedBy: options.assignedBy ?? null,
      dueDate: options.dueDate ?? null,
    }),
  );
}

/**
 * Enrols several people in one published content item, inside the caller's transaction, as `enrol`
 * does each of them (new enrolments are recorded with their xAPI "registered"), in two statements for
 * all: a workshop's sign-ups written together (events' group commit).
 */
export async function enrolEach(trx: TenantDb, personIds: string[], contentId: string) {
  const enrolled = await enrolEachInContent(trx, personIds, contentId);
  if (enrolled?.status !== 'published') throw notFound('Content item');
  const created = new Set(enrolled.created);
  await recordStatements(
    trx,
    '',
    personIds
      .filter((personId) => created.has(personId))
      .map((personId) => ({
        personId,
        verb: 'registered' as const,
        object: { kind: 'content' as const, id: contentId, title: enrolled.title },
      })),
  );
}

/** Enrols me in a published content item, course or path. */
export async function selfEnrol(ctx: Ctx, input: { subject: SubjectRef; baseUrl: string }) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const result = await enrolPerson(tx.db, personId, input.subject, {
      source: 'self',
      baseUrl: input.baseUrl,
      today: tx.today(),
    });
    if (result.isNew)
      tx.record({
        action: `${input.subject.type}.enrolled`,
        subjectId: input.subject.id,
        changes: { personId, source: 'self' },
      });
    return result;
  });
}

export type AssignmentInput = {
  subject: SubjectRef;
  personIds: string[];
  unitIds: string[];
  roles: ('manager' | GrantableRole)[];
  dueDate: string | null;
};

/** Who an assignment reaches: the people, everyone in the units (and below), everyone with the roles. */
async function resolveAudience(trx: TenantDb, input: AssignmentInput) {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  if (input.personIds.length) {
    const found = await trx
      .selectFrom('people')
      .select('id')
      .where('id', 'in', input.personIds)
      .where('status', '<>', 'left')
      .execute();
    const known = new Set(found.map((row) => row.id));
    input.personIds.forEach((id, index) => {
      if (known.has(id)) ids.add(id);
      else
        errors.push({ field: `personIds.${index}`, message: 'no such current person in this organisation' });
    });
  }
  for (const [index, unitId] of input.unitIds.entries()) {
    const unit = await trx.selectFrom('org_units').select('id').where('id', '=', unitId).executeTakeFirst();
    if (!unit) {
      errors.push({ field: `unitIds.${index}`, message: 'no such unit in this organisation' });
      continue;
    }
    const members = await trx
      .selectFrom('people')
      .select('id')
      .where('org_unit_id', 'in', unitAndDescendants(trx.organisationId, unitId))
      .where('status', '<>', 'left')
      .execute();
    for (const member of members) ids.add(member.id);
  }
  for (const role of input.roles) {
    const holders =
      role === 'manager'
        ? await sql<{ id: string }>`SELECT DISTINCT manager_id AS id FROM people
            WHERE organisation_id = ${trx.organisationId} AND manager_id IS NOT NULL AND status <> 'left'`
            .execute(trx.executor)
            .then((r) => r.rows)
        : await trx.selectFrom('person_roles').select('person_id as id').where('role', '=', role).execute();
    for (const holder of holders) ids.add(holder.id);
  }
  if (errors.length) rejectFields(errors);
  return [...ids];
}

/** Assignment by L&D (anyone) or a manager (their direct reports only), with an optional due date. */
export async function assignLearning(ctx: Ctx, options: { input: AssignmentInput; baseUrl: string }) {
  assertCan(ctx.auth, 'learning.assign');
  const { input } = options;
  return runChange(ctx, async (tx) => {
    const audience = await resolveAudience(tx.db, input);
    if (!audience.length)
      throw new AppError('validation_failed', 'personIds: choose at least one person, unit or role', {
        errors: [{ field: 'personIds', message: 'choose at least one person, unit or role' }],
      });
    if (!can(tx.auth, 'catalogue.manage')) {
      const me = personIdOf(tx.auth);
      const reports = await tx.db
        .selectFrom('people')
        .select('id')
        .where('id', 'in', audience)
        .where('manager_id', '=', me)
        .execute();
      if (reports.length !== audience.length || input.unitIds.length || input.roles.length)
        throw new AppError('forbidden', 'Managers assign learning to their own direct reports only.');
    }
    const assignedBy = tx.auth.kind === 'person' ? tx.auth.personId : null;
    let enrolled = 0;
    const reached: string[] = [];
    for (const personId of audience) {
      const result = await enrolPerson(tx.db, personId, input.subject, {
        source: 'assigned',
        assignedBy,
        dueDate: input.dueDate,
        baseUrl: options.baseUrl,
        today: tx.today(),
      });
      if (result.isNew) enrolled++;
      reached.push(personId);
    }
    await notifyAssigned(tx.db, reached, input.subject, input.dueDate);
    tx.record({
      action: `${input.subject.type}.assigned`,
      subjectId: input.subject.id,
      changes: { people: audience.length, newEnrolments: enrolled, dueDate: input.dueDate },
    });
    return { people: audience.length, newEnrolments: enrolled };
  });
}
