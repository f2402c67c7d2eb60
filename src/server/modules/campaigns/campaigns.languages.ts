import { z } from 'zod';
import { directionOf } from '../../../shared/writing-direction.ts';

// Content languages: what a message can be written in beyond the interface's nl/en. Tags are BCP-47
// (pl, tr, ar, pt-BR), canonicalised, and must name a language ICU knows — so a typo is a 400, not a
// silent text nobody reads.

export const interfaceLocales = ['nl', 'en'] as const;
type InterfaceLocale = (typeof interfaceLocales)[number];

const knownNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical tag, or null when it is not a well-formed tag of a known language. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (!canonical) return null;
    const primary = new Intl.Locale(canonical).language;
    return knownNames.of(primary) ? canonical : null;
  } catch {
    return null;
  }
}

export const contentLanguage = z
  .string()
  .max(35)
  .transform((tag, check) => {
    const canonical = canonicalLanguage(tag);
    if (!canonical) {
      check.addIssue({
        code: 'custom',
        message: 'not a known language code (BCP-47, such as pl, tr or pt-BR)',
        params: { code: 'unknownLanguage' },
      });
      return z.NEVER;
    }
    return canonical;
  })
  .describe('A BCP-47 language tag, such as pl, tr, ar or pt-BR');

export { directionOf };

export type Translations = Record<string, { title: string; body: string }>;

type Texts = { title_nl: string; body_nl: string; title_en: string; body_en: string; translations: unknown };

/**
 * The text a reader gets: their chosen content language if the message has it (exactly, else by its
 * primary language: pt-BR reads pt), else their interface language (people.locale, else the
 * organisation's default), which every message has.
 */
export function textFor(message: Texts, language: string | null, locale: InterfaceLocale) {
  if (language) {
    const translations = (message.translations ?? {}) as Translations;
    const primary = language.split('-')[0]!;
    if (language === 'nl' || language === 'en') return textFor(message, null, language);
    const tag = translations[language] ? language : translations[primary] ? primary : null;
    if (tag) return { language: tag, dir: directionOf(tag), ...translations[tag]! };
  }
  return locale === 'en'
    ? { language: 'en', dir: 'ltr' as const, title: message.title_en, body: message.body_en }
    : { language: 'nl', dir: 'ltr' as const, title: message.title_nl, body: message.body_nl };
}
