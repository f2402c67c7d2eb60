export {
  countUnits,
  type NewUnit,
  type UnitUpdate,
  writeUnits,
} from './org-units.repository.ts';
