// Loop detection for the manager line and the unit tree.

/** Every loop in a graph where each node points to at most one other (manager or parent unit). */
export function findCycles(next: Map<string, string | null>): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | null | undefined = start;
    while (node && !done.has(node)) {
      if (onPath.has(node)) {
        cycles.push(path.slice(onPath.get(node)));
        break;
      }
      onPath.set(node, path.length);
      path.push(node);
      node = next.get(node);
    }
    for (const visited of path) done.add(visited);
  }
  return cycles;
}
