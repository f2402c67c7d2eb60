import { useEffect, useState } from 'react';

/**
 * Where we are in a list paged by cursor: the cursors of the pages before, so "back" needs no
 * offset. Starts again at the first page whenever one of `resetOn` changes (a new filter).
 */
export function useCursorPages(resetOn: readonly unknown[]) {
  const [trail, setTrail] = useState<(string | null)[]>([null]);
  const key = JSON.stringify(resetOn);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters, serialised, decide the reset
  useEffect(() => setTrail([null]), [key]);
  return {
    cursor: trail.at(-1) ?? null,
    hasPrevious: trail.length > 1,
    next: (cursor: string) => setTrail((before) => [...before, cursor]),
    previous: () => setTrail((before) => (before.length > 1 ? before.slice(0, -1) : before)),
  };
}
