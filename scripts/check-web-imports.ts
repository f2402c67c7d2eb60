// The web app's layering, checked on every `npm run lint` (bulletproof-react's rule):
//   api, i18n, lib, components  → import no feature, layout or app code;
//   features/<f>                → import another feature only through its index.ts, never app/;
//   layout                      → features only through their index.ts, never app/;
//   app                         → composes everything (features' routes.tsx included).
// Prints each import that breaks a rule and exits 1 if there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const webRoot = resolve(import.meta.dirname, '../src/web');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.gen.ts') ? [path] : [];
  });
}

/** Static imports, re-exports and dynamic imports: every specifier that starts with a dot. */
function relativeImports(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\bfrom\s+'(\.[^']+)'/g),
    ...text.matchAll(/\bimport\s+'(\.[^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ];
  return specifiers.map((match) => match[1] as string);
}

type Place = { layer: string; feature?: string; rest: string };

function placeOf(path: string): Place | null {
  const parts = relative(webRoot, path).split(sep);
  if (parts[0] === '..' || parts.length === 0) return null;
  if (parts[0] === 'features')
    return { layer: 'features', feature: parts[1], rest: parts.slice(2).join('/') };
  return { layer: parts.length === 1 ? 'root' : (parts[0] as string), rest: parts.slice(1).join('/') };
}

const shared = new Set(['api', 'i18n', 'lib', 'components']);

export function breaks(from: Place, to: Place): string | null {
  if (from.layer === 'app' || from.layer === 'root') return null;
  if (to.layer === 'app') return 'only app/ and main.tsx may import app/';
  if (shared.has(from.layer) && (to.layer === 'features' || to.layer === 'layout'))
    return `${from.layer}/ is shared: it may not import features/ or layout/`;
  if (to.layer === 'features' && from.feature !== to.feature && to.rest !== 'index.ts')
    return `another feature is reached through its index.ts only (features/${to.feature}/index.ts)`;
  return null;
}

const problems: string[] = [];
for (const file of sourceFiles(webRoot)) {
  const from = placeOf(file);
  if (!from) continue;
  for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
    const to = placeOf(resolve(dirname(file), specifier));
    if (!to) continue;
    const rule = breaks(from, to);
    if (rule) problems.push(`${relative(webRoot, file)} imports '${specifier}': ${rule}`);
  }
}
if (problems.length > 0) {
  console.error(
    `Web import boundaries: ${problems.length} import(s) break the layering\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('Web import boundaries: ok');
