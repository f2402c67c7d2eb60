import { type ChangeCtx, runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { AppError, notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import '../catalogue.events.ts';
import { replaceTopics } from '../catalogue.links.ts';
import type { ContentInput } from '../catalogue.schemas.ts';
import { replaceServes } from '../catalogue.serves.ts';
import {
  insertContentRow,
  lockContentItem,
  replaceVersions,
  updateContentRow,
} from './content.repository.ts';
import { prepareContent } from './content.validation.ts';

/** Adds a content item inside a change (a package import adds its item with the package). */
export async function addContentItem(tx: ChangeCtx<Ctx>, input: ContentInput) {
  const { columns, versions, notices } = await prepareContent(tx.db, input);
  const id = await insertContentRow(tx.db, {
    ...columns,
    is_substantial: input.isSubstantial,
    owner_id: tx.auth.kind === 'person' ? personIdOf(tx.auth) : null,
  });
  await replaceVersions(tx.db, id, versions);
  await replaceTopics(tx.db, 'content', id, input.topics);
  await replaceServes(tx.db, tx.auth, 'content', id, input.serves);
  tx.record({
    action: 'content.created',
    subjectId: id,
    changes: { kind: columns.kind, title: versions[0]?.title },
  });
  return { id, notices };
}

/** L&D creates a content item (draft) with one version per language. */
export async function createContentItem(ctx: Ctx, input: ContentInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  if (input.kind === 'event')
    throw new AppError('validation_failed', 'kind: an event is made with its sessions', {
      errors: [{ field: 'kind', message: 'an event is made with its sessions (POST /workshops)' }],
    });
  if (input.kind === 'scorm' || input.kind === 'cmi5')
    throw new AppError('validation_failed', 'kind: a package item is made by uploading its package', {
      errors: [
        {
          field: 'kind',
          message: `a ${input.kind} item is made by uploading its package (POST /${input.kind === 'scorm' ? 'scorm/packages' : 'cmi5/courses'})`,
        },
      ],
    });
  if (input.kind === 'lti')
    throw new AppError('validation_failed', 'kind: an external-tool item is made with its tool', {
      errors: [{ field: 'kind', message: 'an external-tool item is made with its tool (POST /lti/items)' }],
    });
  return runChange(ctx, (tx) => addContentItem(tx, input));
}

/** Replaces an item's settings, versions and topics; its kind stays what it was made as. */
export async function updateContentItem(ctx: Ctx, options: { id: string; input: ContentInput }) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, (tx) => reviseContentItem(tx, options.id, options.input));
}

/**
 * The same inside a change, for a module that authorised the writer itself (events: a manager edits
 * the event they made for their team).
 */
export async function reviseContentItem(tx: ChangeCtx<Ctx>, id: string, input: ContentInput) {
  const existing = await lockContentItem(tx.db, id);
  if (!existing) throw notFound('Content item');
  if (existing.kind !== input.kind)
    throw new AppError('validation_failed', 'kind: cannot change once created', {
      errors: [{ field: 'kind', message: 'cannot change once created' }],
    });
  const { columns, versions, notices } = await prepareContent(tx.db, input);
  await updateContentRow(tx.db, id, {
    ...columns,
    is_substantial: input.isSubstantial,
    updated_at: tx.now(),
  });
  await replaceVersions(tx.db, id, versions);
  await replaceTopics(tx.db, 'content', id, input.topics);
  await replaceServes(tx.db, tx.auth, 'content', id, input.serves);
  tx.record({ action: 'content.updated', subjectId: id, changes: { title: versions[0]?.title } });
  return { notices };
}
