import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/locales.ts';
import { bellMessages, calendarMessages, certificateMessages, mailMessages } from './index.ts';

// Every server text is written in Dutch and English: each key of each catalogue has both languages,
// and with its variables filled in neither says "undefined" or is left empty.
const catalogues = { mailMessages, bellMessages, certificateMessages, calendarMessages } as const;
/** Any variable a message asks for, named so it can be found in the text. */
const anyVars = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? `«${name}»` : undefined) });
/** Texts that are the same in both languages on purpose (names only). */
const sameInBoth = new Set(['calendarMessages.meetingSummary']);

const textsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap((part) => textsOf(part ?? ''));

describe('the server message catalogue', () => {
  for (const [catalogueName, catalogue] of Object.entries(catalogues))
    for (const [key, message] of Object.entries(catalogue)) {
      const id = `${catalogueName}.${key}`;
      it(`${id} is written in nl and en`, () => {
        expect(Object.keys(message).sort()).toEqual([...locales].sort());
        const written = locales.map((locale) =>
          textsOf((message[locale] as (vars: unknown) => unknown)(anyVars)),
        );
        for (const texts of written)
          for (const text of texts) {
            expect(text.trim()).not.toBe('');
            expect(text).not.toMatch(/undefined|null|\[object/);
          }
        if (!sameInBoth.has(id)) expect(written[0]).not.toEqual(written[1]);
      });
    }

  it('fills in the variables it is given', () => {
    const mail = mailMessages.learning_followup.en({
      name: 'Emre',
      title: 'Wondzorg',
      day: '30',
      link: 'https://x',
    });
    expect(mail.subject).toBe('How is it going with what you learned in "Wondzorg"?');
    expect(mail.text).toContain('It has been 30 days since you started "Wondzorg"');
    expect(bellMessages['learning.assigned'].nl({ title: 'Tillen', due: '3 maart 2026' }).body).toBe(
      'Het is aan je toegewezen. Rond het af vóór 3 maart 2026.',
    );
  });
});
