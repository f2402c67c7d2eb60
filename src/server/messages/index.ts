import type { Locale } from '../../shared/locales.ts';
import { type BellKind, bellMessages } from './bell.messages.ts';
import { calendarMessages, certificateMessages, insightReportMessages } from './document.messages.ts';
import { type MailKind, mailMessages } from './mail.messages.ts';

// One catalogue of the server's own texts in Dutch and English: e-mail, bell notifications, the
// certificate PDF and calendar invitations. Each is written in the language of the person who reads it.

export { type BellKind, bellMessages } from './bell.messages.ts';
export { calendarMessages, certificateMessages, insightReportMessages } from './document.messages.ts';
export { type MailKind, mailMessages } from './mail.messages.ts';
export { type Bell, localeOf, type Mail, type Message } from './messages.ts';

type VarsOf<M> = M extends { nl: (vars: infer V) => unknown } ? V : never;

/** An e-mail's subject and text. */
export const mailText = (kind: MailKind, locale: Locale, vars: Record<string, string>) =>
  mailMessages[kind][locale](vars);

/** A bell notification's title and body. */
export const bellText = <K extends BellKind>(
  kind: K,
  locale: Locale,
  vars: VarsOf<(typeof bellMessages)[K]>,
) =>
  (
    bellMessages[kind][locale] as (vars: VarsOf<(typeof bellMessages)[K]>) => { title: string; body?: string }
  )(vars);

/** The certificate's texts in one language. */
export const certificateTexts = (locale: Locale) => textsIn(certificateMessages, locale);
/** The insight PDF report's texts in one language. */
export const insightReportTexts = (locale: Locale) => textsIn(insightReportMessages, locale);
/** The calendar invitation's and reminders' texts in one language. */
export const calendarTexts = (locale: Locale) => textsIn(calendarMessages, locale);

function textsIn<C extends Record<string, { nl: (vars: never) => string; en: (vars: never) => string }>>(
  catalogue: C,
  locale: Locale,
): { [K in keyof C]: C[K]['nl'] } {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, message[locale]])) as {
    [K in keyof C]: C[K]['nl'];
  };
}
