import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The three screens of the learning record store, as tabs under the page title. */
export function LrsNav() {
  const { t } = useTranslation('lrs');
  const tabs = [
    { to: '/admin/lrs', label: t('nav.statements') },
    { to: '/admin/lrs/actors', label: t('nav.actors') },
    { to: '/admin/lrs/credentials', label: t('nav.credentials') },
  ] as const;
  return (
    <nav aria-label={t('nav.label')} className="mb-6 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.to}
          to={tab.to}
          activeOptions={{ exact: true }}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900"
          activeProps={{ className: 'border-teal-700 text-teal-800', 'aria-current': 'page' }}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
