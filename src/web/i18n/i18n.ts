import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import nl from './locales/nl.json' with { type: 'json' };

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

// Each feature may ship its own catalogue in features/<feature>/locales/{nl,en}.json; it becomes the
// i18n namespace named after the feature folder (useTranslation('<feature>')). They are loaded when
// first used, in the language shown (the sign-in page needs none of them): a component asking for one
// suspends until it is there, and the signed-in layout loads them all before it shows.
const featureCatalogues = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  import: 'default',
});
const featureNamespaces = [
  ...new Set(
    Object.keys(featureCatalogues).map((path) => /features\/([^/]+)\/locales\//.exec(path)?.[1] ?? ''),
  ),
].filter(Boolean);
// The shared catalogue in Dutch is bundled (it is also every language's fallback); the English one is
// loaded like a feature's, only when English is shown — a Dutch first page does not download it (~12 KB).
const englishCatalogue = () => import('./locales/en.json').then((module) => module.default);
const loadFeatureCatalogue = resourcesToBackend((language: string, namespace: string) => {
  if (namespace === 'translation' && language === 'en') return englishCatalogue();
  const load = featureCatalogues[`../features/${namespace}/locales/${language}.json`];
  return load ? load() : Promise.reject(new Error(`no catalogue ${namespace}/${language}`));
});

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

void i18n
  .use(initReactI18next)
  .use(loadFeatureCatalogue)
  .init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    lng: signedOutLocale(),
    fallbackLng: 'nl',
    supportedLngs: locales,
    ns: ['translation'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

const syncDocumentLanguage = (lng: string) => document.documentElement.setAttribute('lang', lng);
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

/** Every feature's catalogue in the language shown (and the Dutch fallback); a language change loads them again. */
export async function loadFeatureCatalogues(): Promise<void> {
  await i18n.loadNamespaces(featureNamespaces);
}

export { i18n };
