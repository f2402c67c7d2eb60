import type { TenantDb } from '../db/tenant.ts';

/**
 * The person's data (AVG/GDPR access, export and erasure), contributed by the module that owns it.
 * Modules own their tables, so no one else can gather or erase a person's rows: each lists its
 * contributors under `personalData` in its manifest, and the privacy module runs them all.
 *
 * The rule every contributor keeps: an export holds the person's own rows and their own words;
 * other people appear only as an opaque id (never a name or an e-mail address), and what another
 * person wrote privately (a manager's unshared preparation, a reviewer's note) is left out.
 */

/**
 * What kind of data, for the organisation's retention settings: each kind is erased on its own
 * period after the person left. `profile` (name, e-mail) goes last, once everything else is gone.
 */
export const personalDataKinds = [
  'development',
  'learning',
  'skills',
  'social',
  'budgets',
  'time',
  'profile',
] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** One table of the export: a file `<module>/<name>.json` and `.csv`. */
export type PersonalDataTable = { name: string; rows: Record<string, unknown>[] };

export type PersonalDataContributor = {
  /** A short name, unique within the module: `plans`, `kudos`, … */
  name: string;
  kind: PersonalDataKind;
  /** The person's rows, already free of other people's names and e-mail addresses. */
  export(tenant: TenantDb, personId: string): Promise<PersonalDataTable[]>;
  /**
   * Erases or anonymises the person's rows of this kind, in the caller's transaction; answers how
   * many rows changed. What must be kept (for example budget amounts, for the books) stays without
   * the person's own words.
   */
  erase(tenant: TenantDb, personId: string): Promise<number>;
};

export type RegisteredContributor = PersonalDataContributor & { module: string };

const contributors: RegisteredContributor[] = [];

/** Called once per module at start-up (src/server/modules.ts). */
export function registerPersonalData(module: string, list: readonly PersonalDataContributor[] = []) {
  for (const contributor of list) {
    if (contributors.some((c) => c.module === module && c.name === contributor.name)) continue;
    contributors.push({ ...contributor, module });
  }
}

/** Every contributor, in the modules' order. */
export const personalDataContributors = (): readonly RegisteredContributor[] => contributors;
