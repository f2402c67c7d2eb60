import { randomUUID } from 'node:crypto';
import type { OrgUnitKind } from '../../db/schema.ts';
import { findCycles } from './imports.cycles.ts';
import type { ColumnMapping } from './imports.fields.ts';
import type { ImportProblem } from './imports.problems.ts';
import type { ImportRow } from './imports.rows.ts';
import type { ExistingUnit, NewUnit, UnitUpdate } from './imports.types.ts';

// Units named in the file: found by code (or by name when the file has no codes), created when new,
// renamed or re-attached to the parent the file gives. A code may appear on many lines; they must agree.

type UnitInFile = {
  id: string;
  code: string | null;
  name: string | null;
  nameLine: number;
  parentCode: string | null;
  parentLine: number;
  existing: ExistingUnit | undefined;
};

const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export function planUnits(input: {
  rows: ImportRow[];
  mapping: ColumnMapping;
  units: ExistingUnit[];
  problems: ImportProblem[];
}) {
  const { rows, mapping, problems } = input;
  const problem = (
    line: number,
    field: keyof ColumnMapping,
    message: string,
    code: string,
    params?: ImportProblem['params'],
  ) => problems.push({ line, column: mapping[field] ?? null, field, message, code, params });
  const isMapped = Boolean(mapping.unitCode || mapping.unitName);
  const byCode = new Map(input.units.filter((u) => u.code).map((u) => [u.code!.toLowerCase(), u]));
  const byName = new Map<string, ExistingUnit[]>();
  for (const unit of input.units) byName.set(fold(unit.name), [...(byName.get(fold(unit.name)) ?? []), unit]);

  const inFile = new Map<string, UnitInFile>();
  const unitIdOfRow = rows.map((row): string | null | undefined => {
    if (!isMapped) return undefined;
    const { unitCode: code, unitName: name, parentUnitCode: parentCode } = row;
    if (!code && !name) {
      if (parentCode)
        problem(row.line, 'parentUnitCode', 'is given, but the unit itself is empty', 'parent_without_unit');
      return null;
    }
    const key = code ? `code:${code.toLowerCase()}` : `name:${fold(name!)}`;
    let unit = inFile.get(key);
    if (!unit) {
      let existing = code ? byCode.get(code.toLowerCase()) : undefined;
      if (!code) {
        const named = byName.get(fold(name!)) ?? [];
        if (named.length > 1) {
          problem(
            row.line,
            'unitName',
            `several units are called "${name}"; add a unit code column`,
            'ambiguous_unit',
            {
              value: name!,
            },
          );
          return null;
        }
        existing = named[0];
      }
      unit = {
        id: existing?.id ?? randomUUID(),
        code: code ?? null,
        name: name ?? null,
        nameLine: row.line,
        parentCode: parentCode ?? null,
        parentLine: row.line,
        existing,
      };
      inFile.set(key, unit);
      return unit.id;
    }
    if (name && unit.name && name !== unit.name)
      problem(
        row.line,
        'unitName',
        `unit ${code} is called "${unit.name}" on line ${unit.nameLine}`,
        'unit_name_conflict',
        {
          unit: code!,
          value: unit.name,
          line: unit.nameLine,
        },
      );
    else if (name && !unit.name) Object.assign(unit, { name, nameLine: row.line });
    if (parentCode && unit.parentCode && parentCode.toLowerCase() !== unit.parentCode.toLowerCase())
      problem(
        row.line,
        'parentUnitCode',
        `unit ${code ?? name} has parent ${unit.parentCode} on line ${unit.parentLine}`,
        'unit_parent_conflict',
        { unit: (code ?? name)!, value: unit.parentCode, line: unit.parentLine },
      );
    else if (parentCode && !unit.parentCode) Object.assign(unit, { parentCode, parentLine: row.line });
    return unit.id;
  });

  // Parents by code: units in the file first, then those the organisation has.
  const idOfCode = new Map([...byCode].map(([code, unit]) => [code, unit.id]));
  for (const unit of inFile.values()) if (unit.code) idOfCode.set(unit.code.toLowerCase(), unit.id);
  const parentOf = new Map(input.units.map((u) => [u.id, u.parent_id]));
  const unitsToCreate: NewUnit[] = [];
  const unitsToUpdate: UnitUpdate[] = [];
  for (const unit of inFile.values()) {
    let parentId = unit.existing ? unit.existing.parent_id : null;
    if (unit.parentCode) {
      const found = idOfCode.get(unit.parentCode.toLowerCase());
      if (!found)
        problem(unit.parentLine, 'parentUnitCode', `no unit has code ${unit.parentCode}`, 'unknown_unit', {
          value: unit.parentCode,
        });
      else parentId = found;
    }
    parentOf.set(unit.id, parentId);
    if (!unit.existing) {
      const name = unit.name ?? unit.code!;
      unitsToCreate.push({ id: unit.id, code: unit.code, name, parent_id: parentId, kind: 'team' });
    } else if ((unit.name && unit.name !== unit.existing.name) || parentId !== unit.existing.parent_id) {
      unitsToUpdate.push({ id: unit.id, name: unit.name ?? unit.existing.name, parent_id: parentId });
    }
  }

  const lineOf = new Map([...inFile.values()].map((unit) => [unit.id, unit]));
  for (const cycle of findCycles(parentOf)) {
    for (const id of cycle) {
      const unit = lineOf.get(id);
      if (unit?.parentCode)
        problem(
          unit.parentLine,
          'parentUnitCode',
          `would place unit ${unit.code ?? unit.name} inside itself`,
          'unit_loop',
          { unit: (unit.code ?? unit.name)! },
        );
    }
  }

  // A new unit's kind follows its place in the tree: top with units below, middle, or a team.
  const hasChildren = new Set([...parentOf.values()].filter(Boolean));
  for (const unit of unitsToCreate) {
    const kind: OrgUnitKind = !hasChildren.has(unit.id)
      ? 'team'
      : unit.parent_id === null
        ? 'division'
        : 'department';
    unit.kind = kind;
  }
  return { unitIdOfRow, unitsToCreate, unitsToUpdate };
}
