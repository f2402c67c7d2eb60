import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, rememberLocale } from '../../i18n/i18n.ts';
import { Logo, SkipLink } from '../../layout/brand.tsx';

/** Language choice before sign-in: remembered on this device; after sign-in the profile decides. */
function LanguageToggle() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="flex items-center gap-1 text-sm">
      <legend className="sr-only">{t('profile.language')}</legend>
      {(['nl', 'en'] as const).map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          onClick={() => {
            if (isLocale(locale)) rememberLocale(locale);
            void i18n.changeLanguage(locale);
          }}
          className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:font-semibold aria-pressed:text-slate-900"
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}

export function AuthLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-teal-50 to-slate-50">
      <SkipLink />
      <header className="flex items-center justify-between px-4 py-4 sm:px-8">
        <Logo />
        <LanguageToggle />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:pt-16"
      >
        <div className="w-full max-w-sm">
          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
            <h1 className="text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
            {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
            <div className="mt-6">{children}</div>
          </div>
          <p className="mt-6 text-center text-xs text-slate-500">{t('auth.tagline')}</p>
        </div>
      </main>
    </div>
  );
}
