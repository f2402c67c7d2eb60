export { OrgChartPage } from './org-chart-page.tsx';
export { orgChartSearch } from './org-search.ts';
export { buildUnitTree, flattenTree, type UnitNode, useOrgUnits } from './org-units.ts';
export { UnitOptions } from './unit-options.tsx';
