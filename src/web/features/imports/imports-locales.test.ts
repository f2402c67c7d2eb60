import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLimits } from '../../../server/uploads/zip-limits.ts';

// Keys the imports screens build at run time: one message per limit the server can name, one label
// per kind of column it can flag. The shared i18n test checks the literal keys.
const catalogue = (language: 'nl' | 'en') =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'locales', `${language}.json`), 'utf8'));

describe('the imports catalogues', () => {
  it.each(['nl', 'en'] as const)('say every file limit and every flagged column kind in %s', (language) => {
    const { upload, unmapped, problems } = catalogue(language);
    expect(fileLimits.filter((limit) => !upload.tooComplex[limit])).toEqual([]);
    expect(['manager', 'unit', 'date'].filter((kind) => !unmapped.looksLike[kind])).toEqual([]);
    expect(Object.values(upload.tooComplex).every((text) => String(text).includes('{{max}}'))).toBe(true);
    expect(problems.too_many_columns).toContain('{{max}}');
  });
});
