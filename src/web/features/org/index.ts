// What other features may use from org; its pages are reached through routes.tsx.
export { buildUnitTree, flattenTree, type UnitNode, useOrgUnits } from './org-units.ts';
export { UnitOptions } from './unit-options.tsx';
