import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/states.tsx';
import type { IndividualBoard, Profile } from './queries.ts';

/** Badges earned, each with its image (or a star) and its name and description in words. */
export function BadgeList({ awards }: { awards: NonNullable<Profile['badges']> }) {
  const { t } = useTranslation('recognition');
  if (!awards.length) return <EmptyState title={t('page.noBadges')} />;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {awards.map((award) => (
        <li key={award.id} className="flex items-center gap-3">
          {award.imageUrl ? (
            <img src={award.imageUrl} alt="" className="size-12 rounded-full object-cover" />
          ) : (
            <span
              aria-hidden="true"
              className="flex size-12 items-center justify-center rounded-full bg-amber-100 text-2xl"
            >
              ★
            </span>
          )}
          <div className="min-w-0">
            <p className="font-medium text-slate-900">{award.name}</p>
            <p className="text-xs text-slate-600">{award.reason ?? award.description}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** An individual leaderboard: only people who opted in; the top three and my neighbours. */
export function Leaderboard({ board, unit }: { board: IndividualBoard; unit: string }) {
  const { t } = useTranslation('recognition');
  if (!board.enabled) return <p className="text-sm text-slate-600">{t('board.off')}</p>;
  return (
    <div className="space-y-2">
      {!board.iAmOnIt && <p className="text-sm text-slate-600">{t('board.optIn')}</p>}
      {board.entries.length === 0 ? (
        <EmptyState title={t('board.empty')} />
      ) : (
        <ol className="divide-y">
          {board.entries.map((entry, index) => (
            <li
              key={entry.person.id}
              className={`flex items-center justify-between py-2 ${entry.isMe ? 'font-semibold text-teal-900' : ''}`}
            >
              <span>
                {index > 0 && board.entries[index - 1]!.rank < entry.rank - 1 && (
                  <span className="mr-2 text-slate-400" aria-hidden="true">
                    …
                  </span>
                )}
                {t('board.rank', { rank: entry.rank })} {entry.person.name}
                {entry.isMe && ` (${t('board.me')})`}
              </span>
              <span>
                {entry.score} {unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
