import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
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
      ...(question.hasRating ? { hasRating: true } : {}),
    })),
  }));
}

export async function saveTemplate(options: {
  db: Db;
  auth: Auth;
  key: string;
  input: z.infer<typeof templateBody>;
}) {
  if (!templateByKey(options.key)) throw notFound('Template');
  const sections = withIds(options.input.sections);
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const values = {
      name: JSON.stringify(options.input.name),
      description: JSON.stringify(options.input.description),
      sections: JSON.stringify(sections),
      updated_by: personIdOf(options.auth),
    };
    await tenant
      .insertInto('conversation_templates', { key: options.key, ...values })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'key']).doUpdateSet({ ...values, updated_at: new Date() }),
      )
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'conversation_template.changed',
      subjectType: 'conversation_template',
      subjectId: options.key,
      changes: {
        sections: sections.length,
        questions: sections.reduce((total, section) => total + section.questions.length, 0),
      },
    });
    return (await organisationTemplates(tenant)).find((template) => template.key === options.key)!;
  });
}

/** Back to the shipped wording (cycles already opened keep theirs). */
export async function resetTemplate(options: { db: Db; auth: Auth; key: string }) {
  if (!templateByKey(options.key)) throw notFound('Template');
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    await tenant.deleteFrom('conversation_templates').where('key', '=', options.key).execute();
    await recordEvent(tenant, options.auth, {
      action: 'conversation_template.reset',
      subjectType: 'conversation_template',
      subjectId: options.key,
      changes: {},
    });
    return (await organisationTemplates(tenant)).find((template) => template.key === options.key)!;
  });
}
