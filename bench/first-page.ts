// The first page and the first start, as a newcomer meets them: `node src/server/main.ts` on a fresh
// embedded database (migrations, demo organisation), then the sign-in page in Chromium with an empty
// cache. Figures: seconds to build the web app, seconds until the server answers, bytes of JavaScript
// the browser received for the sign-in page (as sent: compressed when the server compresses) and the
// time until the sign-in form can be used.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;

export type FirstPageFigures = {
  buildSeconds: number;
  startSeconds: number;
  javaScriptBytes: number;
  javaScriptFiles: number;
  uncompressedBytes: number;
  /** The same files as gzip -9 (the build's .gz beside each), for browsers without brotli. */
  gzipBytes: number;
  formUsableMs: number[];
};

const gzipSize = (path: string): number => {
  const file = join(root, 'dist/web', path);
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return existsSync(file) ? Number(execFileSync('gzip', ['-9c', file]).length) : 0;
};

async function untilHealthy(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server not healthy after 180 s');
}

export async function measureFirstPage({ loads = 5 } = {}): Promise<FirstPageFigures> {
  const buildStarted = performance.now();
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  const dataDir = mkdtempSync(join(tmpdir(), 'groeipad-first-start-'));
  const port = 3600 + Math.floor(Math.random() * 300);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), BASE_URL: baseUrl, DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'SESSION_SECRET', 'DEMO', 'LOG_LEVEL']) delete env[name];
  const startStarted = performance.now();
  const server = spawn(process.execPath, ['src/server/main.ts'], { cwd: root, env, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    await untilHealthy(`${baseUrl}/api/v1/health`, server);
    const startSeconds = (performance.now() - startStarted) / 1000;
    let javaScriptBytes = 0;
    let javaScriptFiles = 0;
    let uncompressedBytes = 0;
    let gzipBytes = 0;
    const formUsableMs: number[] = [];
    for (let load = 0; load < loads; load++) {
      // A new context each time: an empty cache, as on a first visit.
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      const scripts: Promise<{ sent: number; size: number; gzip: number }>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script')
          scripts.push(
            Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => ({
              sent: sizes.responseBodySize,
              size: (await response?.body())?.length ?? 0,
              gzip: gzipSize(new URL(request.url()).pathname),
            })),
          );
      });
      const started = Date.now();
      await page.goto(`${baseUrl}/sign-in`);
      const button = page.getByRole('button', { name: 'Inloggen' });
      await button.waitFor({ state: 'visible' });
      await page.getByLabel('E-mailadres').fill('medewerker@delinde.demo');
      formUsableMs.push(Date.now() - started);
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(scripts);
      if (load === 0) {
        javaScriptFiles = sizes.length;
        javaScriptBytes = sizes.reduce((sum, script) => sum + script.sent, 0);
        uncompressedBytes = sizes.reduce((sum, script) => sum + script.size, 0);
        gzipBytes = sizes.reduce((sum, script) => sum + script.gzip, 0);
      }
      await context.close();
    }
    return {
      buildSeconds,
      startSeconds,
      javaScriptBytes,
      javaScriptFiles,
      uncompressedBytes,
      gzipBytes,
      formUsableMs,
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureFirstPage());
