import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GridEntry } from './queries.ts';

// The nine-box as a CSS grid: potential from high (top) to low, performance from low (left) to high.
// Each box is a labelled list; people are links to their review. Moving happens in the "move to…"
// form next to the grid, so the keyboard does everything a mouse does; dragging a person onto a box
// (when the round takes moves) fills in that form, whose reason is still required.

export const boxes = [3, 2, 1].flatMap((potential) =>
  [1, 2, 3].map((performance) => ({ performance, potential })),
);
export const boxKey = (box: { performance: number; potential: number }) =>
  `p${box.performance}-q${box.potential}`;

const dragType = 'application/x-groeipad-review';

export function NineBox({
  grid,
  onDropPerson,
}: {
  grid: GridEntry[];
  /** Set when people may be moved: a person dropped on a box. */
  onDropPerson?: (reviewId: string, box: string) => void;
}) {
  const { t } = useTranslation('talent');
  return (
    <div>
      <div className="grid grid-cols-[auto_1fr] gap-2">
        <div className="flex items-center">
          <span className="text-xs font-medium text-slate-600 [writing-mode:vertical-rl] rotate-180">
            {t('grid.potential')} →
          </span>
        </div>
        <div className="grid grid-cols-3 gap-2">
          {boxes.map((box) => {
            const people = grid.filter(
              (entry) => entry.performance === box.performance && entry.potential === box.potential,
            );
            const id = `box-${boxKey(box)}`;
            return (
              <section
                key={boxKey(box)}
                aria-labelledby={id}
                className={`min-h-28 rounded-lg border p-2 ${tone(box)}`}
                onDragOver={(event) => {
                  if (onDropPerson && event.dataTransfer.types.includes(dragType)) event.preventDefault();
                }}
                onDrop={(event) => {
                  const reviewId = event.dataTransfer.getData(dragType);
                  if (!onDropPerson || !reviewId) return;
                  event.preventDefault();
                  onDropPerson(reviewId, boxKey(box));
                }}
              >
                <h3 id={id} className="text-xs font-semibold text-slate-800">
                  {t(`box.${boxKey(box)}`)}{' '}
                  <span className="font-normal text-slate-600">({people.length})</span>
                </h3>
                <ul className="mt-1 space-y-0.5 text-sm">
                  {people.map((entry) => (
                    <li
                      key={entry.reviewId}
                      draggable={Boolean(onDropPerson)}
                      onDragStart={(event) => {
                        event.dataTransfer.setData(dragType, entry.reviewId);
                        event.dataTransfer.effectAllowed = 'move';
                      }}
                      className={onDropPerson ? 'cursor-grab' : undefined}
                    >
                      <Link
                        to="/talent/reviews/$id"
                        params={{ id: entry.reviewId }}
                        className="text-teal-900 underline"
                      >
                        {entry.name}
                      </Link>
                      {entry.moveCount > 0 && (
                        <span className="ml-1 text-xs text-slate-600">
                          ({t('grid.moved', { count: entry.moveCount })})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
      <p className="mt-1 text-center text-xs font-medium text-slate-600">{t('grid.performance')} →</p>
    </div>
  );
}

const tone = ({ performance, potential }: { performance: number; potential: number }) =>
  performance + potential >= 5
    ? 'border-emerald-300 bg-emerald-50'
    : performance + potential <= 3
      ? 'border-amber-300 bg-amber-50'
      : 'border-slate-200 bg-slate-50';
