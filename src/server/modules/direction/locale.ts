import type { Executor } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import type { Auth } from '../access/index.ts';

/** The reader's language and the organisation's default to fall back on. */
export async function readerLocale(db: Executor, auth: Auth): Promise<{ locale: Locale; fallback: Locale }> {
  const organisation = await db
    .selectFrom('organisations')
    .select('default_locale')
    .where('id', '=', auth.organisationId)
    .executeTakeFirstOrThrow();
  return {
    locale: auth.kind === 'person' ? auth.locale : organisation.default_locale,
    fallback: organisation.default_locale,
  };
}
