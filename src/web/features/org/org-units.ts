import { useQuery } from '@tanstack/react-query';
import { api, type OrgUnit, unwrap } from '../../api/client.ts';

export const orgUnitsQueryKey = ['org-units'] as const;

export function useOrgUnits() {
  return useQuery({
    queryKey: orgUnitsQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/org-units')),
    staleTime: 60_000,
  });
}

export type UnitNode = OrgUnit & { children: UnitNode[]; depth: number };

/** The flat list from the API as a tree, siblings by name; units whose parent is missing become roots. */
export function buildUnitTree(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(
    units.map((unit) => [unit.id, { ...unit, children: [], depth: 0 }]),
  );
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortAndDepth = (list: UnitNode[], depth: number) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (const node of list) {
      node.depth = depth;
      sortAndDepth(node.children, depth + 1);
    }
  };
  sortAndDepth(roots, 0);
  return roots;
}

/** Depth-first order, for indented select options. */
export function flattenTree(roots: UnitNode[]): UnitNode[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The ids of a unit and every unit below it (a unit cannot move under its own descendant). */
export function descendantIds(roots: UnitNode[], id: string): Set<string> {
  const found = flattenTree(roots).find((node) => node.id === id);
  return new Set(found ? flattenTree([found]).map((node) => node.id) : []);
}
