import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import { exportUrl } from './imports-api.ts';

/** Downloads everyone in the columns the import reads: edit in Excel, import again. */
export function ExportCard() {
  const { t, i18n } = useTranslation('imports');
  const [includeLeft, setIncludeLeft] = useState(false);
  const options = { includeLeft, language: i18n.language };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t('export.intro')}</p>
      <Checkbox
        label={t('export.includeLeft')}
        checked={includeLeft}
        onChange={(event) => setIncludeLeft(event.target.checked)}
      />
      <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
        {/* A plain link: the browser downloads with the session cookie; a GET needs no CSRF token. */}
        <a href={exportUrl('csv', options)} download className={buttonClass('secondary')}>
          {t('export.csv')}
        </a>
        <a href={exportUrl('xlsx', options)} download className={buttonClass('secondary')}>
          {t('export.xlsx')}
        </a>
      </div>
    </div>
  );
}
