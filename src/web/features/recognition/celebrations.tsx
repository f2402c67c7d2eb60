import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { SaveStatus } from '../../components/save-status.tsx';
import { useMe } from '../../lib/session.tsx';
import { KudosDialog } from './kudos-dialog.tsx';
import { type Celebration, sharedCelebrationsQuery, useShareCelebration } from './queries.ts';

/** A celebration in words: who achieved what, never only a number. */
export function CelebrationText({ celebration }: { celebration: Celebration }) {
  const { t } = useTranslation('recognition');
  const me = useMe();
  const isMine = celebration.person.id === me.person.id;
  return (
    <>
      {t(`celebration.${celebration.kind}`, {
        name: isMine ? t('celebration.you') : celebration.person.name,
        title: celebration.title,
      })}
    </>
  );
}

export function CelebrationItem({
  celebration,
  canShare,
  canRecognise,
}: {
  celebration: Celebration;
  canShare?: boolean;
  canRecognise?: boolean;
}) {
  const { t } = useTranslation('recognition');
  const format = useFormat();
  const share = useShareCelebration();
  const [isGiving, setIsGiving] = useState(false);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          <CelebrationText celebration={celebration} />
        </p>
        <p className="text-xs text-slate-600">
          {format.date(celebration.createdAt)}
          {celebration.kudosCount > 0 &&
            ` · ${t('celebration.kudosCount', { count: celebration.kudosCount })}`}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {canShare && (
          <Button
            variant="secondary"
            isBusy={share.isPending}
            onClick={() => share.mutate({ id: celebration.id, shared: !celebration.isShared })}
          >
            {celebration.isShared ? t('celebration.unshare') : t('celebration.share')}
          </Button>
        )}
        {canShare && <SaveStatus state={share} />}
        {canRecognise &&
          (celebration.recognisedByMe ? (
            <span className="text-sm text-teal-800">{t('celebration.recognised')}</span>
          ) : (
            <Button variant="secondary" onClick={() => setIsGiving(true)}>
              {t('kudos.give')}
            </Button>
          ))}
      </div>
      {isGiving && (
        <KudosDialog
          isOpen
          onOpenChange={setIsGiving}
          receiver={celebration.person}
          celebrationId={celebration.id}
        />
      )}
    </li>
  );
}

/** Home: what colleagues chose to share, to celebrate together. */
export function CelebrationsHomeBlock() {
  const { t } = useTranslation('recognition');
  const me = useMe();
  const shared = useQuery(sharedCelebrationsQuery());
  if (!shared.data?.length) return null;
  return (
    <Card
      title={t('home.title')}
      titleId="home-celebrations"
      actions={
        <Link to="/recognition" className="text-sm text-teal-700 underline">
          {t('home.more')}
        </Link>
      }
    >
      <ul className="divide-y">
        {shared.data.slice(0, 5).map((celebration) => (
          <CelebrationItem
            key={celebration.id}
            celebration={celebration}
            canRecognise={celebration.person.id !== me.person.id}
          />
        ))}
      </ul>
    </Card>
  );
}
