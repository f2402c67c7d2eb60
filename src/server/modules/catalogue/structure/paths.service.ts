import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { type FieldError, notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { rejectFields } from '../catalogue.errors.ts';
import '../catalogue.events.ts';
import { existingIds, insertPathRow, loadPath, updatePathRow, writePathSteps } from './paths.repository.ts';
import type { PathInput } from './structure.schemas.ts';

/** Every step once, and each an existing course or content item of this organisation. */
async function checkSteps(tenant: TenantDb, input: PathInput) {
  const errors: FieldError[] = [];
  const keys = input.steps.map((step) => `${step.kind}:${step.id}`);
  if (new Set(keys).size !== keys.length)
    errors.push({ field: 'steps', message: 'a step appears more than once' });
  const found = await existingIds(tenant, {
    content: input.steps.filter((s) => s.kind === 'content').map((s) => s.id),
    courses: input.steps.filter((s) => s.kind === 'course').map((s) => s.id),
  });
  input.steps.forEach((step, index) => {
    if (!(step.kind === 'course' ? found.courses : found.content).has(step.id))
      errors.push({
        field: `steps.${index}.id`,
        message: `no such ${step.kind === 'course' ? 'course' : 'content item'}`,
        code: 'unknownReference',
      });
  });
  if (errors.length) rejectFields(errors);
}

/** Creates a path (draft), possibly as a copy of another, or replaces one. */
export async function savePath(ctx: Ctx, options: { id?: string; input: PathInput; copiedFromId?: string }) {
  assertCan(ctx.auth, 'catalogue.manage');
  const { input } = options;
  return runChange(ctx, async (tx) => {
    await checkSteps(tx.db, input);
    const columns = {
      is_substantial: input.isSubstantial,
      language: input.language,
      title: input.title,
      summary: input.summary,
      is_ordered: input.isOrdered,
    };
    let id = options.id;
    if (id) {
      if (!(await updatePathRow(tx.db, id, columns, tx.now()))) throw notFound('Learning path');
    } else {
      const owner = tx.auth.kind === 'person' ? personIdOf(tx.auth) : null;
      id = await insertPathRow(tx.db, {
        ...columns,
        owner_id: owner,
        copied_from_id: options.copiedFromId ?? null,
      });
    }
    await writePathSteps(tx.db, tx.auth, id, input);
    tx.record({
      action: options.id ? 'path.updated' : options.copiedFromId ? 'path.copied' : 'path.created',
      subjectId: id,
      changes: {
        title: input.title,
        ...(options.copiedFromId ? { copiedFromId: options.copiedFromId } : {}),
      },
    });
    return id;
  });
}

/** A custom route starts as a draft copy of an existing path. */
export async function copyPath(ctx: Ctx, options: { id: string; title?: string }) {
  assertCan(ctx.auth, 'catalogue.manage');
  const source = await loadPath(ctx.db, options.id, ctx.auth);
  if (!source) throw notFound('Learning path');
  return savePath(ctx, {
    copiedFromId: source.id,
    input: {
      language: source.language,
      title:
        options.title ?? `${source.title} (${source.language === 'nl' ? 'kopie' : 'copy'})`.slice(0, 200),
      summary: source.summary,
      isOrdered: source.isOrdered,
      isSubstantial: source.isSubstantial,
      steps: source.steps.map((step) => ({ kind: step.kind, id: step.id, dueDays: step.dueDays })),
      topics: source.topics,
      serves: source.serves.map(({ kind, id }) => ({ kind, id })),
    },
  });
}
