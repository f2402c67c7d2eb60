import { z } from 'zod';
import {
  contentLanguage,
  directionOf,
  type InterfaceLocale,
  languageFor,
} from '../../core/content-languages.ts';
import { invalidField } from '../../http/errors.ts';

// Content languages of campaign messages, coach tips and themes: the shared rule
// (core/content-languages.ts) applied to their nl/en columns and their translations.

export { contentLanguage, directionOf } from '../../core/content-languages.ts';

export type Translations = Record<string, { title: string; body: string }>;

type Texts = { title_nl: string; body_nl: string; title_en: string; body_en: string; translations: unknown };

/**
 * The text a reader gets: their chosen content language if the message has it (exactly, else by its
 * primary language: pt-BR reads pt), else their interface language (people.locale, else the
 * organisation's default), which every message has.
 */
export function textFor(message: Texts, language: string | null, locale: InterfaceLocale) {
  const translations = (message.translations ?? {}) as Translations;
  const tag = languageFor(['nl', 'en', ...Object.keys(translations)], { language, locale }) ?? locale;
  if (tag === 'en')
    return { language: 'en', dir: 'ltr' as const, title: message.title_en, body: message.body_en };
  if (tag === 'nl')
    return { language: 'nl', dir: 'ltr' as const, title: message.title_nl, body: message.body_nl };
  return { language: tag, dir: directionOf(tag), ...translations[tag]! };
}

/** A title and text per other language, as the API takes them (messages, coach tips). */
export const otherLanguageTexts = z
  .array(
    z.object({
      language: contentLanguage,
      title: z.string().trim().min(1).max(200),
      body: z.string().trim().max(4000).default(''),
    }),
  )
  .max(20)
  .default([])
  .describe("Texts in the organisation's other content languages (nl and en are their own fields)");
type OtherTexts = z.infer<typeof otherLanguageTexts>;

/** The texts as stored: { pl: { title, body } }. */
export const storedTranslations = (texts: OtherTexts | undefined) =>
  JSON.stringify(
    Object.fromEntries((texts ?? []).map((t) => [t.language, { title: t.title, body: t.body }])),
  );

/** The stored texts as the API shows them, by tag, each with its writing direction. */
export const presentTranslations = (stored: unknown) =>
  Object.entries((stored ?? {}) as Translations)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, text]) => ({
      language,
      dir: directionOf(language),
      title: text.title,
      body: text.body,
    }));

/** Texts only in languages the organisation enabled, each once (400 `<field>.N.language` otherwise). */
export function assertEnabled(
  enabled: ReadonlySet<string>,
  texts: readonly { language: string }[] | undefined,
  field: string,
) {
  const seen = new Set<string>();
  (texts ?? []).forEach((text, position) => {
    const name = `${field}.${position}.language`;
    if (!enabled.has(text.language))
      throw invalidField(name, `${text.language} is not one of the organisation's languages`, 'notEnabled');
    if (seen.has(text.language)) throw invalidField(name, 'is given twice', 'duplicate');
    seen.add(text.language);
  });
}
