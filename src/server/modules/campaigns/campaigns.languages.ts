import { directionOf, type InterfaceLocale, languageFor } from '../../core/content-languages.ts';

// Content languages of campaign messages: the shared rule (core/content-languages.ts) applied to a
// message's nl/en columns and its translations.

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
