export type OrgChartSearch = { unit?: string };

export const orgChartSearch = (search: Record<string, unknown>): OrgChartSearch =>
  typeof search.unit === 'string' && search.unit ? { unit: search.unit } : {};
