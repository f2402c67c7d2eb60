import { z } from 'zod';
import { runChange } from '../../core/change.ts';
import { type InterfaceLocale, interfaceLocales, readingOrder } from '../../core/content-languages.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { invalidField } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { assertEnabled, contentLanguage, directionOf } from './campaigns.languages.ts';
import { type NudgeKind, nudgeKinds } from './campaigns.schemas.ts';
import { defaultSettings, settingsOf } from './campaigns.settings.repository.ts';
import { nudgeTexts } from './campaigns.texts.ts';

// The organisation's own nudge texts (issue 17, every colleague's language): per kind, in nl, en or any
// enabled content language, with the shipped texts' placeholders. A reader gets the own text in the
// first language of their reading order that has one, else the shipped text in their interface language.

type Vars = { title: string; name?: string; day?: string; time?: string };
type OwnTexts = Record<string, string>;

const placeholder = /\{([^{}]*)\}/g;
const asPlaceholders: Vars = { title: '{title}', name: '{name}', day: '{day}', time: '{time}' };

/** The shipped text of a kind with its placeholders showing, as writers start from it. */
const shippedTemplate = (kind: NudgeKind, locale: InterfaceLocale) =>
  nudgeTexts[kind][locale](asPlaceholders);

/** The placeholders a kind's shipped texts use: the same are allowed in the organisation's own. */
export const placeholdersOf = (kind: NudgeKind) => [
  ...new Set(
    interfaceLocales.flatMap((locale) =>
      [...shippedTemplate(kind, locale).matchAll(placeholder)].map((m) => m[1]!),
    ),
  ),
];

/** The nudge a person gets: the own text in their reading order, else the shipped one in their locale. */
export function nudgeText(
  kind: NudgeKind,
  own: OwnTexts | undefined,
  reader: { language: string | null; locale: InterfaceLocale },
  vars: Vars,
) {
  const tag = own && readingOrder(reader.language, reader.locale).find((t) => own[t] !== undefined);
  if (!tag) return nudgeTexts[kind][reader.locale](vars);
  const values = vars as Record<string, string | undefined>;
  return own[tag]!.replace(placeholder, (_, name: string) => values[name] ?? '');
}

// —— API shapes

export const nudgeTextInput = z.object({
  texts: z
    .array(z.object({ language: contentLanguage, text: z.string().trim().min(1).max(300) }))
    .max(22)
    .describe('The own text per language (nl, en or an enabled one); a language left out gets the shipped'),
});
export const nudgeTextSchema = z
  .object({
    kind: z.enum(nudgeKinds),
    placeholders: z.array(z.string()).describe('What the texts may use, written {title}'),
    shipped: z.object({ nl: z.string(), en: z.string() }).describe("Groeipad's own texts"),
    texts: z.array(z.object({ language: z.string(), dir: z.enum(['ltr', 'rtl']), text: z.string() })),
  })
  .meta({ id: 'NudgeText' });
export const nudgeKindParams = z.object({ kind: z.enum(nudgeKinds) });

// —— storage

/** Every kind's own texts, by kind. */
export async function ownNudgeTexts(tenant: TenantDb) {
  const rows = await tenant.selectFrom('nudge_texts').select(['nudge_kind', 'texts']).execute();
  return new Map(rows.map((row) => [row.nudge_kind as NudgeKind, row.texts as OwnTexts]));
}

const present = (kind: NudgeKind, own: OwnTexts | undefined) => ({
  kind,
  placeholders: placeholdersOf(kind).map((name) => `{${name}}`),
  shipped: { nl: shippedTemplate(kind, 'nl'), en: shippedTemplate(kind, 'en') },
  texts: Object.entries(own ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, text]) => ({ language, dir: directionOf(language), text })),
});

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');

export async function nudgeTextsList(ctx: Ctx) {
  assertManages(ctx);
  const own = await ownNudgeTexts(ctx.db);
  return nudgeKinds.map((kind) => present(kind, own.get(kind)));
}

/** Replace a kind's own texts (an empty list: back to the shipped ones). */
export async function changeNudgeTexts(ctx: Ctx, kind: NudgeKind, input: z.infer<typeof nudgeTextInput>) {
  assertManages(ctx);
  const allowed = new Set(placeholdersOf(kind));
  input.texts.forEach((entry, position) => {
    for (const [, name] of entry.text.matchAll(placeholder))
      if (!allowed.has(name!))
        throw invalidField(
          `texts.${position}.text`,
          `{${name}} is not a placeholder of this nudge (use ${[...allowed].map((n) => `{${n}}`).join(', ')})`,
          'unknownPlaceholder',
        );
  });
  return runChange(ctx, async (tx) => {
    const enabled = ((await settingsOf(tx.db)) ?? defaultSettings).content_languages;
    assertEnabled(new Set([...interfaceLocales, ...enabled]), input.texts, 'texts');
    const texts = Object.fromEntries(input.texts.map((entry) => [entry.language, entry.text]));
    if (input.texts.length) {
      const values = {
        texts: JSON.stringify(texts),
        updated_by: ctx.auth.kind === 'person' ? ctx.auth.personId : null,
        updated_at: new Date(),
      };
      await tx.db
        .insertInto('nudge_texts', { nudge_kind: kind, ...values })
        .onConflict((oc) => oc.columns(['organisation_id', 'nudge_kind']).doUpdateSet(values as never))
        .execute();
    } else await tx.db.deleteFrom('nudge_texts').where('nudge_kind', '=', kind).execute();
    tx.record({
      action: 'campaign.nudge_texts_changed',
      changes: { kind, languages: Object.keys(texts) },
    });
    return present(kind, input.texts.length ? texts : undefined);
  });
}
