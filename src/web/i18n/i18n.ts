import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json' with { type: 'json' };
import nl from './locales/nl.json' with { type: 'json' };

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

// Each feature may ship its own catalogue in features/<feature>/locales/{nl,en}.json; it becomes the
// i18n namespace named after the feature folder (useTranslation('<feature>')).
const featureCatalogues = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});
const featureNamespaces: Record<Locale, Record<string, Record<string, unknown>>> = { nl: {}, en: {} };
for (const [path, catalogue] of Object.entries(featureCatalogues)) {
  const match = /features\/([^/]+)\/locales\/(nl|en)\.json$/.exec(path);
  if (match) featureNamespaces[match[2] as Locale][match[1]!] = catalogue;
}

const storageKey = 'groeipad.locale';

/** Before sign-in: the language chosen on this device, else the browser's (Dutch unless English). */
export function signedOutLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored === 'nl' || stored === 'en') return stored;
  const browser = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'nl';
  return browser.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(storageKey, locale);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: nl, ...featureNamespaces.nl },
    en: { translation: en, ...featureNamespaces.en },
  },
  lng: signedOutLocale(),
  fallbackLng: 'nl',
  supportedLngs: locales,
  ns: ['translation', ...Object.keys(featureNamespaces.nl)],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
});

const syncDocumentLanguage = (lng: string) => document.documentElement.setAttribute('lang', lng);
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export { i18n };
