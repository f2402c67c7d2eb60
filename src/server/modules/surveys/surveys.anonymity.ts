// The anonymity rule, in one place (docs/SURVEYS.md). A breakdown splits a survey's responses into
// disjoint groups (by unit, or by role group). A group is shown only when:
//  1. the survey as a whole has at least `threshold` responses;
//  2. the group itself has at least `threshold` (primary suppression);
//  3. the hidden groups together are 0 or at least `threshold`: otherwise the smallest shown groups
//     are hidden too until they are (secondary suppression). The total minus every shown group is then
//     always 0 or a union of at least `threshold` responses, so no subtraction isolates a small group.
// Only one breakdown is offered at a time (unit or role group, never both), so no two cuts intersect.

export type GroupCount = { key: string; count: number };

/** Which groups of one breakdown may be shown. */
export function shownGroups(groups: readonly GroupCount[], threshold: number): Set<string> {
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  if (total < threshold) return new Set();
  const shown = groups.filter((group) => group.count >= threshold).sort((a, b) => a.count - b.count);
  let hidden = total - shown.reduce((sum, group) => sum + group.count, 0);
  while (hidden > 0 && hidden < threshold && shown.length > 0) hidden += shown.shift()!.count;
  return new Set(shown.map((group) => group.key));
}

/** The whole survey is shown when enough people answered. */
export const isTotalShown = (total: number, threshold: number) => total >= threshold;

export const defaultThreshold = 5;
export const lowestThreshold = 3;
