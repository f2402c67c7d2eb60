import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useSetStatus } from './catalogue-admin-api.ts';

const tones = { draft: 'amber', published: 'green', archived: 'neutral' } as const;

export function StatusBadge({ status }: { status: 'draft' | 'published' | 'archived' }) {
  const { t } = useTranslation('catalogue');
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}

/** Publish / archive / back to draft for an item, course or path. */
export function StatusActions({
  kind,
  id,
  status,
  onChanged,
}: {
  kind: 'items' | 'courses' | 'paths';
  id: string;
  status: 'draft' | 'published' | 'archived';
  onChanged?: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const change = useSetStatus(kind, id);
  const run = (next: 'draft' | 'published' | 'archived') => change.mutate(next, { onSuccess: onChanged });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <StatusBadge status={status} />
      {status !== 'published' && (
        <Button isBusy={change.isPending} onClick={() => run('published')}>
          {t('actions.publish')}
        </Button>
      )}
      {status === 'published' && (
        <Button variant="secondary" isBusy={change.isPending} onClick={() => run('archived')}>
          {t('actions.archive')}
        </Button>
      )}
      {status === 'archived' && (
        <Button variant="ghost" isBusy={change.isPending} onClick={() => run('draft')}>
          {t('actions.toDraft')}
        </Button>
      )}
      <FormErrorRegion error={change.error} />
    </div>
  );
}
