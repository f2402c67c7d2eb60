import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import '../modules.ts';
import { definedActions } from './events.ts';

const locales = join(import.meta.dirname, '../../web/i18n/locales');
const words = (locale: string) =>
  JSON.parse(readFileSync(join(locales, `${locale}.json`), 'utf8')).audit.actions as Record<string, unknown>;

// The audit log shows each action in the reader's language: a catalogued action without words
// would show as its code.
it.each(['nl', 'en'])('has words in %s for every audit action in the event catalogue', (locale) => {
  const catalogue = words(locale);
  // i18next nests on every dot: import.people.applied is actions → import → people → applied.
  // Files share one module graph (no isolation), so the `test.` actions change.test.ts defines may be here.
  const missing = [...definedActions().keys()].filter(
    (action) =>
      !action.startsWith('test.') &&
      typeof action
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalogue) !== 'string',
  );
  expect(missing).toEqual([]);
  expect(definedActions().size).toBeGreaterThan(0);
});
