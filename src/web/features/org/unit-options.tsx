import type { UnitNode } from './org-units.ts';

/** Units as indented <option>s in tree order. */
export function UnitOptions({ units, exclude }: { units: UnitNode[]; exclude?: Set<string> }) {
  return (
    <>
      {units
        .filter((unit) => !exclude?.has(unit.id))
        .map((unit) => (
          <option key={unit.id} value={unit.id}>
            {`${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`}
          </option>
        ))}
    </>
  );
}
