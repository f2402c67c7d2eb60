import { type GroupCount, shownGroups } from '../surveys/index.ts';

// The minimum group size of the organisation (the survey setting, default 5, never below 3) applied to
// insight's figures about small groups of people (docs/INSIGHT.md, "Small groups"):
//  1. a group is shown only with at least `threshold` people (primary);
//  2. the hidden groups of one breakdown together are 0 or at least `threshold` (secondary, as surveys);
//  3. under a filter (unit, job title), a shown group whose people outside the filter are 1 to
//     threshold − 1 is hidden too, so the whole minus the filtered cannot single out a small group.

/** The keys of `scoped` that may be shown; `whole` is the same breakdown without the filter, if any. */
export function safeGroups(
  scoped: readonly GroupCount[],
  whole: readonly GroupCount[] | null,
  threshold: number,
): Set<string> {
  if (!whole) return shownGroups(scoped, threshold);
  const wholeOf = new Map(whole.map((group) => [group.key, group.count]));
  const unsafe = (group: GroupCount) => {
    const outside = (wholeOf.get(group.key) ?? group.count) - group.count;
    return outside > 0 && outside < threshold;
  };
  // Primary and rule 3 first, then the secondary suppression over what is left.
  const kept = scoped
    .filter((group) => group.count >= threshold && !unsafe(group))
    .sort((a, b) => a.count - b.count);
  const total = scoped.reduce((sum, group) => sum + group.count, 0);
  if (total < threshold) return new Set();
  let hidden = total - kept.reduce((sum, group) => sum + group.count, 0);
  while (hidden > 0 && hidden < threshold && kept.length > 0) hidden += kept.shift()!.count;
  return new Set(kept.map((group) => group.key));
}

/** Whether a single count (a total) may be shown, with its whole when filtered. */
export function safeCount(count: number, whole: number | null, threshold: number) {
  if (count < threshold) return false;
  if (whole === null) return true;
  const outside = whole - count;
  return outside === 0 || outside >= threshold;
}
