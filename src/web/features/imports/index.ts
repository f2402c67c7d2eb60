// Placeholder until the import wizard lands; its engineer replaces this file.
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';

export function ImportWizardPage() {
  const { t } = useTranslation();
  return createElement(
    'section',
    { className: 'mx-auto max-w-lg py-16 text-center', 'aria-labelledby': 'import-placeholder-title' },
    createElement(
      'h1',
      { id: 'import-placeholder-title', className: 'text-2xl font-semibold text-slate-900' },
      t('importPlaceholder.title'),
    ),
    createElement('p', { className: 'mt-2 text-sm text-slate-600' }, t('importPlaceholder.body')),
  );
}
