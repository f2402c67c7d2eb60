import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import {
  contentKinds,
  useAdminCourses,
  useAdminItems,
  useAdminPaths,
  useRatings,
} from './catalogue-admin-api.ts';
import { RulesCard } from './rules-card.tsx';
import { StatusBadge } from './status-actions.tsx';

function RatingsCard() {
  const { t } = useTranslation('catalogue');
  const ratings = useRatings();
  return (
    <Card title={t('ratings.title')} titleId="ratings">
      {!ratings.data?.length ? (
        <EmptyState title={t('ratings.empty')} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {ratings.data.map((rating) => (
            <li key={`${rating.type}:${rating.id}`} className="py-2 text-sm">
              <p className="flex gap-2">
                <span className="flex-1 font-medium">{rating.title}</span>
                <span>
                  <span aria-hidden="true">★</span>{' '}
                  {t('ratings.average', { value: rating.averageStars, count: rating.count })}
                </span>
              </p>
              {rating.comments.slice(0, 2).map((comment) => (
                <p key={comment.updatedAt} className="text-slate-600">
                  “{comment.comment}”
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function CatalogueAdminPage() {
  const { t } = useTranslation('catalogue');
  const format = useFormat();
  const items = useAdminItems();
  const courses = useAdminCourses();
  const paths = useAdminPaths();
  const [newKind, setNewKind] = useState('article');
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <div className="space-y-6">
        <Card
          title={t('admin.items')}
          titleId="admin-items"
          actions={
            <div className="flex items-center gap-2">
              <label htmlFor="new-kind" className="sr-only">
                {t('editor.kind')}
              </label>
              <select
                id="new-kind"
                className={`${inputClass} w-44`}
                value={newKind}
                onChange={(e) => setNewKind(e.target.value)}
              >
                {[...contentKinds, 'scorm' as const, 'cmi5' as const].map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </select>
              <ButtonLink to="/admin/catalogue/items/new" search={{ kind: newKind }}>
                {t('admin.newItem')}
              </ButtonLink>
            </div>
          }
        >
          {items.isPending ? (
            <Loading />
          ) : !items.data?.items.length ? (
            <EmptyState title={t('admin.noItems')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {items.data.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                  <Link
                    to="/admin/catalogue/items/$id"
                    params={{ id: item.id }}
                    className="flex-1 font-medium hover:underline"
                  >
                    {item.title}
                  </Link>
                  <span className="text-slate-600">{t(`kinds.${item.kind}`)}</span>
                  <span className="text-slate-600">{item.languages.join(' + ').toUpperCase()}</span>
                  <span className="text-slate-600">{format.date(item.updatedAt)}</span>
                  <StatusBadge status={item.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          {(
            [
              ['courses', courses.data, '/admin/catalogue/courses/$id', '/admin/catalogue/courses/new'],
              ['paths', paths.data, '/admin/catalogue/paths/$id', '/admin/catalogue/paths/new'],
            ] as const
          ).map(([kind, list, to, newTo]) => (
            <Card
              key={kind}
              title={t(`admin.${kind}`)}
              titleId={`admin-${kind}`}
              actions={<ButtonLink to={newTo}>{t(`admin.new.${kind}`)}</ButtonLink>}
            >
              {!list?.length ? (
                <EmptyState title={t('admin.none')} />
              ) : (
                <ul className="divide-y divide-slate-100">
                  {list.map((entry) => (
                    <li key={entry.id} className="flex items-center gap-3 py-2 text-sm">
                      <Link to={to} params={{ id: entry.id }} className="flex-1 font-medium hover:underline">
                        {entry.title}
                      </Link>
                      <StatusBadge status={entry.status} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </div>
        <RulesCard />
        <RatingsCard />
      </div>
    </>
  );
}
