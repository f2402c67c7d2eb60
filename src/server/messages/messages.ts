import type { Locale } from '../../shared/locales.ts';

// The shape of the server's texts: every message is a function of its variables, once per language.
// The type makes a missing language a compile error; messages.test.ts checks every text is written.

/** A text in both languages, from typed variables. */
export type Message<V, T = string> = { readonly [L in Locale]: (vars: V) => T };

/** An e-mail: its subject (also the bell's title for development messages) and its plain text. */
export type Mail = { subject: string; text: string };
/** A notification on the bell: a title and an optional short text under it. */
export type Bell = { title: string; body?: string };

/** The person's language, or the organisation's when they chose none. */
export const localeOf = (person: { locale: Locale | null }, organisationDefault: Locale): Locale =>
  person.locale ?? organisationDefault;
