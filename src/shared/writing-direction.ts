// The writing direction of a content language, for the dir attribute: the server sets it on what it
// delivers and the screens on what a writer types, so both decide the same way.

// Languages written right to left (the primary subtag decides; a script subtag such as -Latn overrides).
const rightToLeft = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const rtlScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag);
    if (locale.script) return rtlScripts.has(locale.script) ? 'rtl' : 'ltr';
    return rightToLeft.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
