import { useTranslation } from 'react-i18next';

// The logo and the skip link, shared by the signed-in shell and the sign-in pages. Kept apart from the
// shell so the sign-in page does not load the shell's menus and notification bell (first-page bytes).

export function Logo() {
  return (
    <span className="flex items-center gap-2 text-base font-semibold tracking-tight text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" fill="#0f766e" />
        <path
          d="M9 21c4-1 6-4 7-10 1 6 3 9 7 10"
          stroke="white"
          strokeWidth="2.5"
          fill="none"
          strokeLinecap="round"
        />
      </svg>
      Groeipad
    </span>
  );
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-white px-4 py-2 text-sm font-medium text-teal-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {t('common.skipToContent')}
    </a>
  );
}
