/**
 * The architecture, checked (part of `npm run check`):
 * - no import cycle between files (type-only imports count: they are how modules drift into knots);
 * - server modules depend on each other as a DAG, only through the other module's index.ts;
 * - a module's manifest (<m>.module.ts) is imported only by src/server/modules.ts;
 * - no SQL in a routes file (routes parse, call a use case, present);
 * - web: no feature imports app/ or another feature's insides.
 * Known debt is listed in scripts/architecture-debt.json; it may only shrink (a fixed item must go).
 * `--graph` prints the module graph as Mermaid for docs/ARCHITECTURE.md.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');
const debtFile = join(root, 'scripts/architecture-debt.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(name) && !/\.gen\.ts$/.test(name) ? [path] : [];
  });
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2];
    if (!spec?.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (existsSync(target)) found.push(target);
  }
  return found;
}

const files = filesUnder(src).filter((file) => !/\.test\.tsx?$/.test(file));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const rel = (file: string) => relative(root, file);
const problems: string[] = [];

// 1. File cycles (Tarjan's strongly connected components).
{
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const visit = (file: string) => {
    state.set(file, { index, low: index, onStack: true });
    index += 1;
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      const seen = state.get(next);
      if (!seen) {
        visit(next);
        const mine = state.get(file)!;
        mine.low = Math.min(mine.low, state.get(next)!.low);
      } else if (seen.onStack) {
        const mine = state.get(file)!;
        mine.low = Math.min(mine.low, seen.index);
      }
    }
    const mine = state.get(file)!;
    if (mine.low === mine.index) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        state.get(member)!.onStack = false;
        component.push(member);
      } while (member !== file);
      if (component.length > 1) problems.push(`file cycle: ${component.map(rel).sort().join(' ↔ ')}`);
    }
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
}

// 2. Server modules: index-only, manifests only from the registry, a DAG.
const modulesDir = join(src, 'server/modules');
const moduleOf = (file: string) =>
  file.startsWith(`${modulesDir}/`) ? relative(modulesDir, file).split('/')[0]! : null;
const moduleEdges = new Map<string, Set<string>>();
for (const [file, targets] of graph) {
  const from = moduleOf(file);
  for (const target of targets) {
    const to = moduleOf(target);
    if (target.endsWith('.module.ts') && rel(file) !== 'src/server/modules.ts' && to !== from)
      problems.push(`manifest imported outside the registry: ${rel(file)} → ${rel(target)}`);
    if (!from || !to || from === to) continue;
    if (!/\/index\.ts$/.test(target) || dirname(target) !== join(modulesDir, to))
      problems.push(`reaches past ${to}/index.ts: ${rel(file)} → ${rel(target)}`);
    const edges = moduleEdges.get(from) ?? new Set();
    edges.add(to);
    moduleEdges.set(from, edges);
  }
}
{
  const done = new Set<string>();
  const path: string[] = [];
  const walk = (module: string) => {
    if (path.includes(module)) {
      const cycle = [...path.slice(path.indexOf(module)), module];
      // One line per cycle, starting from its smallest name, so the report is stable.
      const body = cycle.slice(0, -1);
      const start = body.indexOf([...body].sort()[0]!);
      const ordered = [...body.slice(start), ...body.slice(0, start), body[start]!];
      problems.push(`module cycle: ${ordered.join(' → ')}`);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const next of [...(moduleEdges.get(module) ?? [])].sort()) walk(next);
    path.pop();
    done.add(module);
  };
  for (const module of [...moduleEdges.keys()].sort()) walk(module);
}

// 3. No SQL in routes files.
for (const file of files.filter((f) => /\.routes?\.ts$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  if (/\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/.test(text))
    problems.push(`SQL in a routes file: ${rel(file)}`);
}

// 4. Web layers: features never import app/ or another feature's insides.
const featuresDir = join(src, 'web/features');
const appDir = join(src, 'web/app');
for (const [file, targets] of graph) {
  if (!file.startsWith(`${featuresDir}/`)) continue;
  const feature = relative(featuresDir, file).split('/')[0];
  for (const target of targets) {
    if (target.startsWith(`${appDir}/`)) problems.push(`feature imports app/: ${rel(file)} → ${rel(target)}`);
    if (target.startsWith(`${featuresDir}/`)) {
      const other = relative(featuresDir, target).split('/')[0];
      if (other !== feature && !/\/index\.tsx?$/.test(target))
        problems.push(`reaches into feature ${other}: ${rel(file)} → ${rel(target)}`);
    }
  }
}

if (process.argv.includes('--graph')) {
  // access (who asks, permissions) is used by nearly every module: left out so the graph stays readable.
  const id = (name: string) => name.replace(/-/g, '_');
  const lines = ['```mermaid', 'graph LR'];
  for (const [from, tos] of [...moduleEdges].sort())
    for (const to of [...tos].sort())
      if (to !== 'access') lines.push(`  ${id(from)}[${from}] --> ${id(to)}[${to}]`);
  lines.push('```');
  const mermaid = lines.join('\n');
  const docs = join(root, 'docs/ARCHITECTURE.md');
  if (process.argv.includes('--write-docs')) {
    const text = readFileSync(docs, 'utf8').replace(
      /(<!-- module-graph:start -->\n)[\s\S]*?(\n<!-- module-graph:end -->)/,
      (_all, start: string, end: string) => `${start}${mermaid}${end}`,
    );
    writeFileSync(docs, text);
  } else console.log(mermaid);
  process.exit(0);
}

const unique = [...new Set(problems)].sort();
const debt: string[] = existsSync(debtFile) ? JSON.parse(readFileSync(debtFile, 'utf8')) : [];
if (process.argv.includes('--write-debt')) {
  writeFileSync(debtFile, `${JSON.stringify(unique, null, 2)}\n`);
  console.log(`architecture: ${unique.length} known problems written to ${rel(debtFile)}`);
  process.exit(0);
}
const fresh = unique.filter((problem) => !debt.includes(problem));
const fixed = debt.filter((problem) => !unique.includes(problem));
for (const problem of fresh) console.error(`✗ ${problem}`);
for (const problem of fixed) console.error(`✓ fixed, remove from ${rel(debtFile)}: ${problem}`);
if (fresh.length || fixed.length) {
  console.error(`architecture: ${fresh.length} new problems, ${fixed.length} fixed but still listed as debt`);
  process.exit(1);
}
console.log(`architecture: no new problems (${debt.length} known, listed in ${rel(debtFile)})`);
