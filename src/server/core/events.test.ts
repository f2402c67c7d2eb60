import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import '../modules.ts';
import { definedActions } from './events.ts';

const locales = join(import.meta.dirname, '../../web/i18n/locales');
const words = (locale: string) =>
  JSON.parse(readFileSync(join(locales, `${locale}.json`), 'utf8')).audit.actions as Record<
    string,
    Record<string, string>
  >;

// The audit log shows each action in the reader's language: a catalogued action without words
// would show as its code.
it.each(['nl', 'en'])('has words in %s for every audit action in the event catalogue', (locale) => {
  const catalogue = words(locale);
  const missing = [...definedActions().keys()].filter((action) => {
    // i18next reads "import.people.applied" as nested keys.
    const words = action
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);
    return typeof words !== 'string';
  });
  expect(missing).toEqual([]);
  expect(definedActions().size).toBeGreaterThan(0);
});
