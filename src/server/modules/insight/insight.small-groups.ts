import { type GroupCount, shownGroups } from '../surveys/index.ts';

export { shownGroups };

// The minimum group size of the organisation (the survey setting, default 5, never below 3) applied to
// insight's figures about groups of people (docs/INSIGHT.md, "Small groups"):
//  1. a group is shown only with at least `threshold` people (primary);
//  2. the hidden groups of one breakdown together are 0 or at least `threshold` (secondary, as surveys);
//  3. under a filter (unit, job title), a shown group whose people outside the filter are 1 to
//     threshold − 1 is hidden too, so the whole minus the filtered cannot single out a small group;
//  4. under a filter, a group with nobody outside it is the unfiltered group itself: it shows only when
//     the unfiltered breakdown shows it (else the filter would undo that breakdown's secondary hiding);
//  5. a breakdown whose total may not be shown shows no group (their sum would be that total).

const sum = (groups: readonly GroupCount[]) => groups.reduce((total, group) => total + group.count, 0);

/** Whether a single count (a total) may be shown, with its whole when filtered. */
export function safeCount(count: number, whole: number | null, threshold: number) {
  if (count < threshold) return false;
  if (whole === null) return true;
  const outside = whole - count;
  return outside === 0 || outside >= threshold;
}

/** The keys of `scoped` that may be shown; `whole` is the same breakdown without the filter, if any. */
export function safeGroups(
  scoped: readonly GroupCount[],
  whole: readonly GroupCount[] | null,
  threshold: number,
): Set<string> {
  if (!whole) return shownGroups(scoped, threshold);
  const total = sum(scoped);
  if (!safeCount(total, sum(whole), threshold)) return new Set();
  const wholeOf = new Map(whole.map((group) => [group.key, group.count]));
  const shownWhole = shownGroups(whole, threshold);
  const unsafe = (group: GroupCount) => {
    const outside = (wholeOf.get(group.key) ?? group.count) - group.count;
    if (outside === 0) return !shownWhole.has(group.key);
    return outside < threshold;
  };
  // Primary and rules 3–4 first, then the secondary suppression over what is left.
  const kept = scoped
    .filter((group) => group.count >= threshold && !unsafe(group))
    .sort((a, b) => a.count - b.count);
  let hidden = total - sum(kept);
  while (hidden > 0 && hidden < threshold && kept.length > 0) hidden += kept.shift()!.count;
  return new Set(kept.map((group) => group.key));
}
