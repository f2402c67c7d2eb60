export const personStatuses = ['current', 'active', 'leaving', 'left', 'all'] as const;
export const personSorts = [
  'name',
  '-name',
  'unit',
  '-unit',
  'jobTitle',
  '-jobTitle',
  'startDate',
  '-startDate',
] as const;
export const roleFilters = [
  'manager',
  'hr_admin',
  'ld_admin',
  'owner',
  'coach',
  'ambassador',
  'works_council',
] as const;
export const accountFilters = ['none', 'invited', 'active'] as const;
export const grantableRoles = [
  'hr_admin',
  'ld_admin',
  'owner',
  'coach',
  'ambassador',
  'works_council',
] as const;

export type PeopleSearch = {
  q?: string;
  orgUnitId?: string;
  status?: (typeof personStatuses)[number];
  role?: (typeof roleFilters)[number];
  account?: (typeof accountFilters)[number];
  sort?: (typeof personSorts)[number];
  page?: number;
};

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

/** The people list keeps its search, filters, sort and page in the URL, so a list can be shared. */
export function peopleSearch(search: Record<string, unknown>): PeopleSearch {
  const page = Number(search.page);
  const result: PeopleSearch = {
    q: typeof search.q === 'string' && search.q ? search.q : undefined,
    orgUnitId: typeof search.orgUnitId === 'string' && search.orgUnitId ? search.orgUnitId : undefined,
    status: oneOf(personStatuses, search.status),
    role: oneOf(roleFilters, search.role),
    account: oneOf(accountFilters, search.account),
    sort: oneOf(personSorts, search.sort),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
