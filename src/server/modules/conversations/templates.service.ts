import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './conversations.events.ts';
import { type ConversationTemplate, conversationTemplates, templateByKey } from './conversation-templates.ts';
import type { templateBody } from './conversations.schemas.ts';

// HR words the shipped templates its own way. A cycle copies its template when it opens, so an edit
// reaches only cycles opened afterwards; conversations already prepared keep the questions their
// answers were given to. The tips stay Groeipad's.

type Sections = ConversationTemplate['sections'];

/** The organisation's templates: its own wording where HR changed it, else the shipped one. */
export async function organisationTemplates(tenant: TenantDb) {
  const rows = await tenant.selectFrom('conversation_templates').selectAll().execute();
  return conversationTemplates.map((shipped) => {
    const own = rows.find((row) => row.key === shipped.key);
    if (!own) return { ...shipped, isCustomised: false, updatedAt: null };
    return {
      ...shipped,
      name: own.name,
      description: own.description,
      sections: own.sections as Sections,
      isCustomised: true,
      updatedAt: own.updated_at.toISOString(),
    };
  });
}

/** The templates as anyone in the organisation may read them. */
export const templateList = (ctx: Ctx) => organisationTemplates(ctx.db);

/** The template a new cycle copies: the organisation's wording when there is one. */
export async function templateForCycle(tenant: TenantDb, key: string) {
  return (await organisationTemplates(tenant)).find((template) => template.key === key);
}

/** New sections and questions get an id; ids must be unique, since answers are stored by question id. */
function withIds(sections: z.infer<typeof templateBody>['sections']): Sections {
  const seen = new Set<string>();
  const claim = (id: string | undefined, field: string) => {
    const value = id ?? randomUUID().slice(0, 8);
    if (seen.has(value)) throw invalidField(field, `"${value}" is used twice in this template`, 'duplicate');
    seen.add(value);
    return value;
  };
  return sections.map((section, s) => ({
    id: claim(section.id, `sections.${s}.id`),
    title: section.title,
    questions: section.questions.map((question, q) => ({
      id: claim(question.id, `sections.${s}.questions.${q}.id`),
      text: question.text,
      ...(question.managerText ? { managerText: question.managerText } : {}),
      ...(question.hasRating ? { hasRating: true } : {}),
    })),
  }));
}

/** HR words a template's sections and questions (nl and en); cycles opened later use it. */
export async function saveTemplate(ctx: Ctx, options: { key: string; input: z.infer<typeof templateBody> }) {
  assertCan(ctx.auth, 'development.manage');
  if (!templateByKey(options.key)) throw notFound('Template');
  const sections = withIds(options.input.sections);
  return runChange(ctx, async (tx) => {
    const values = {
      name: JSON.stringify(options.input.name),
      description: JSON.stringify(options.input.description),
      sections: JSON.stringify(sections),
      updated_by: personIdOf(ctx.auth),
    };
    await tx.db
      .insertInto('conversation_templates', { key: options.key, ...values })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'key']).doUpdateSet({ ...values, updated_at: tx.now() }),
      )
      .execute();
    tx.record({
      action: 'conversation_template.changed',
      subjectId: options.key,
      changes: {
        sections: sections.length,
        questions: sections.reduce((total, section) => total + section.questions.length, 0),
      },
    });
    return (await organisationTemplates(tx.db)).find((template) => template.key === options.key)!;
  });
}

/** Back to the shipped wording (cycles already opened keep theirs). */
export async function resetTemplate(ctx: Ctx, key: string) {
  assertCan(ctx.auth, 'development.manage');
  if (!templateByKey(key)) throw notFound('Template');
  return runChange(ctx, async (tx) => {
    await tx.db.deleteFrom('conversation_templates').where('key', '=', key).execute();
    tx.record({ action: 'conversation_template.reset', subjectId: key, changes: {} });
    return (await organisationTemplates(tx.db)).find((template) => template.key === key)!;
  });
}
