import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema.gen.ts';
import { Badge } from '../../components/badge.tsx';
import { DataTable } from '../../components/data-table.tsx';

type Preview =
  paths['/api/v1/catalogue/rules/preview']['post']['responses']['200']['content']['application/json'];

/** Who the rule reaches now, and who would be newly enrolled when it is saved. */
export function RulePreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation('catalogue');
  return (
    <section aria-labelledby="rule-preview" className="space-y-3 sm:col-span-2">
      <h3 id="rule-preview" className="text-base font-semibold text-slate-900">
        {t('rules.preview.title')}
      </h3>
      <p role="status" className="text-sm text-slate-800">
        {t('rules.preview.summary', {
          count: preview.reached,
          newly: preview.newlyEnrolled,
          already: preview.alreadyEnrolled,
        })}
      </p>
      <DataTable
        label={t('rules.preview.table')}
        isPlain
        rows={preview.people}
        rowKey={(person) => person.id}
        emptyTitle={t('rules.preview.nobody')}
        columns={[
          {
            id: 'name',
            header: t('rules.preview.name'),
            cell: (person) => person.displayName,
            sortValue: (person) => person.displayName,
          },
          { id: 'job', header: t('rules.preview.jobTitle'), cell: (person) => person.jobTitle ?? '' },
          { id: 'unit', header: t('rules.preview.unit'), cell: (person) => person.unitName ?? '' },
          {
            id: 'state',
            header: t('rules.preview.state'),
            cell: (person) =>
              person.isEnrolled ? (
                <Badge tone="neutral">{t('rules.preview.enrolled')}</Badge>
              ) : (
                <Badge tone="green">{t('rules.preview.new')}</Badge>
              ),
          },
        ]}
      />
      {preview.reached > preview.people.length && (
        <p className="text-sm text-slate-600">
          {t('rules.preview.more', { count: preview.reached - preview.people.length })}
        </p>
      )}
    </section>
  );
}
