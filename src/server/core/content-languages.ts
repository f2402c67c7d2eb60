import { z } from 'zod';
import { directionOf } from '../../shared/writing-direction.ts';
import type { TenantDb } from '../db/tenant.ts';

// Content languages: what writers write (campaign messages, announcements, themes, tips) may be in
// more languages than the interface's nl/en. One rule for every module: which tags are accepted, and
// which text a reader gets. Tags are BCP-47 (pl, tr, ar, pt-BR), canonicalised, and must name a
// language ICU knows — so a typo is a 400, not a silent text nobody reads.

export { directionOf };
export const interfaceLocales = ['nl', 'en'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];
export const isInterfaceLocale = (tag: string): tag is InterfaceLocale => tag === 'nl' || tag === 'en';

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

/**
 * The order in which a reader's texts are tried: their chosen content language (exactly, then its
 * primary language: pt-BR reads pt), then their interface language (people.locale, else the
 * organisation's default). A writer's text in any of these wins over the next.
 */
export function readingOrder(language: string | null, locale: InterfaceLocale): string[] {
  const order = language ? [language, language.split('-')[0]!, locale] : [locale];
  return [...new Set(order)];
}

/** Of the languages a text exists in, the one this reader gets (else the first there is). */
export function languageFor<T extends string>(
  available: readonly T[],
  reader: { language: string | null; locale: InterfaceLocale; fallback?: InterfaceLocale },
): T | undefined {
  const order = readingOrder(reader.language, reader.locale);
  if (reader.fallback) order.push(reader.fallback);
  return (order.find((tag) => available.includes(tag as T)) as T | undefined) ?? available[0];
}

/**
 * A post many people read at once (a Teams/Slack channel) cannot pick one reader's language: it carries
 * the organisation's default, then each of its content languages the text is written in, in the
 * organisation's order (a language it no longer writes in is left out).
 */
export const channelLanguages = (enabled: readonly string[], written: readonly string[]) =>
  enabled.filter((tag) => !isInterfaceLocale(tag) && written.includes(tag));

declare module './ports.ts' {
  interface Ports {
    /**
     * The organisation's content languages beside nl/en, and the one each person reads in (absent:
     * their interface language). Campaigns keeps both (its settings page, My profile's choice) and
     * provides them; announcements and others read them through here.
     */
    contentLanguages: {
      enabledLanguages(tenant: TenantDb): Promise<string[]>;
      readersLanguages(tenant: TenantDb, personIds: string[]): Promise<Map<string, string>>;
    };
  }
}
