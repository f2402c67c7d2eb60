import { Link, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useAcceptSelection } from './queries.ts';

/** Where the tool's content picker returns: what came back becomes draft catalogue items. */
export function SelectionPage() {
  const { t } = useTranslation('lti');
  const { id } = useParams({ from: '/_app/admin/lti/selections/$id' });
  const accept = useAcceptSelection();
  const { mutate } = accept;
  useEffect(() => mutate(id), [id, mutate]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('selection.title')} description={t('selection.intro')} />
      {accept.isPending && <Loading />}
      {accept.isError && <QueryError error={accept.error} />}
      {accept.isSuccess && (
        <>
          <p role="status">{t('selection.added', { count: accept.data.contentIds.length })}</p>
          <ul className="list-disc pl-6">
            {accept.data.contentIds.map((contentId, index) => (
              <li key={contentId}>
                <Link
                  to="/admin/catalogue/items/$id"
                  params={{ id: contentId }}
                  className="text-teal-800 underline"
                >
                  {t('selection.item', { number: index + 1 })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
