// Runs before `npm start`: builds the web app when dist/web is missing or older than its sources,
// so a fresh clone needs only `npm install && npm start`.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

let builtAt = 0;
try {
  builtAt = statSync('dist/web/index.html').mtimeMs;
} catch {}
if (builtAt < newest('src/web')) {
  const started = performance.now();
  console.log('Groeipad: building the web app (once, and again when src/web changes)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  console.log(`Groeipad: web app built (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
