import { z } from 'zod';
import { ApiError, isApiError } from '../../api/errors.ts';

// The announcement form's values and the API's words for them, apart from the form so they can be
// tested without a browser.

export const audienceRoles = [
  'manager',
  'works_council',
  'ambassador',
  'coach',
  'hr_admin',
  'ld_admin',
] as const;
export const audienceKinds = ['everyone', 'units', 'roles', 'units_and_roles'] as const;
export type Locale = 'nl' | 'en';
export const locales: Locale[] = ['nl', 'en'];
/** Texts by language: nl and en, then the organisation's content languages (pl, ar, …). */
export type Texts = Record<string, { title: string; bodyHtml: string }>;

const isWritten = (text: Texts[string] | undefined) =>
  Boolean(text && (text.title.trim() || text.bodyHtml.replace(/<[^>]*>/g, '').trim()));

/**
 * The languages sent, in order (the API names errors by position: translations.0.title). A language
 * whose title and text are both emptied is left out, which removes it.
 */
export const writtenOf = (texts: Texts) =>
  Object.keys(texts).filter((language) => isWritten(texts[language]));

// The API's announcementFields with the texts per language, and its service's checks: at least one
// language, Dutch or English among them (every reader's fallback), a written language has a title (at
// most 300) and a text, a chosen audience is not empty.
const text = z.object({ title: z.string().trim().max(300), bodyHtml: z.string().max(50_000) });
export const announcementSchema = z
  .object({
    texts: z.record(z.string(), text),
    audienceKind: z.enum(audienceKinds),
    audienceUnitIds: z.array(z.string()),
    audienceRoles: z.array(z.enum(audienceRoles)),
    publishOn: z.string(),
    echoEveryDays: z.string(),
    echoUntil: z.string(),
    requiresAcknowledgement: z.boolean(),
    isPinned: z.boolean(),
  })
  .superRefine((announcement, context) => {
    const required = (path: string[], message = 'required') =>
      context.addIssue({ code: 'custom', message, path });
    const written = writtenOf(announcement.texts);
    const withFallback = written.some((language) => language === 'nl' || language === 'en');
    for (const locale of withFallback ? written : ['nl', ...written]) {
      const { title, bodyHtml } = announcement.texts[locale] ?? { title: '', bodyHtml: '' };
      if (!title) required(['texts', locale, 'title']);
      if (!bodyHtml.replace(/<[^>]*>/g, '').trim()) required(['texts', locale, 'bodyHtml']);
    }
    const kind = announcement.audienceKind;
    if ((kind === 'units' || kind === 'units_and_roles') && !announcement.audienceUnitIds.length)
      required(['audienceUnitIds'], 'chooseOne');
    if ((kind === 'roles' || kind === 'units_and_roles') && !announcement.audienceRoles.length)
      required(['audienceRoles'], 'chooseOne');
  });

/** The API's errors on translations.<position> land on the fields of the language sent there. */
export function onLanguageFields(error: unknown, written: string[]): unknown {
  if (!isApiError(error)) return error;
  const fieldOf = (field: string) => {
    if (field === 'translations') return 'texts.nl.title';
    const match = /^translations\.(\d+)\.(title|bodyHtml|locale)$/.exec(field);
    const locale = match ? written[Number(match[1])] : undefined;
    // A language the organisation no longer writes in is shown on its title.
    const part = match?.[2] === 'locale' ? 'title' : match?.[2];
    return locale ? `texts.${locale}.${part}` : field;
  };
  return new ApiError({
    status: error.status,
    code: error.code,
    detail: error.message,
    errors: error.fieldErrors.map((fieldError) => ({ ...fieldError, field: fieldOf(fieldError.field) })),
  });
}
