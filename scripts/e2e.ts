// End-to-end journeys in a real browser against the real server (`npm run test:e2e`).
// Starts `node src/server/main.ts` on a free port with a fresh PGlite DATA_DIR (the demo organisation
// is seeded), runs the Vitest journeys in e2e/ against it, stops the server and prints one summary line.
// It builds nothing: run `npm run build` first (CI does).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const firstPort = 3201;

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '0.0.0.0' }, () => probe.close(() => resolve(true)));
  });
}

// Several checkouts may run journeys at once: start at a random port so they do not all race for the first.
async function freePort(): Promise<number> {
  const offset = Math.floor(Math.random() * 400);
  for (let step = 0; step < 400; step++) {
    const port = firstPort + ((offset + step) % 400);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port in ${firstPort}–${firstPort + 399}`);
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`server exited with code ${server.exitCode} before it was healthy`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy at ${url} after ${timeoutMs / 1000} s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

type JsonReport = { numPassedTests: number; numFailedTests: number; numTotalTests: number };

async function main(): Promise<number> {
  if (!existsSync(join(root, 'dist/web/index.html'))) {
    console.error('E2E: dist/web is missing; run `npm run build` first.');
    return 1;
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'groeipad-e2e-'));
  const reportFile = join(dataDir, 'vitest-report.json');
  mkdirSync(join(root, 'e2e/screenshots'), { recursive: true });

  // The server gets a clean environment for its own variables: PGlite, demo seeded, quiet logs.
  const serverEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'SESSION_SECRET', 'DEMO', 'NODE_ENV'])
    delete serverEnv[name];
  Object.assign(serverEnv, { PORT: String(port), BASE_URL: baseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  // The SSO journey runs an OpenID provider on 127.0.0.1 in the test process: this server (only) may
  // reach it, as the sso tests allow it with `outboundAllowedHosts`.
  serverEnv.E2E_OUTBOUND_ALLOWED_HOSTS = '127.0.0.1';

  console.log(`E2E: starting the server at ${baseUrl} (PGlite in ${dataDir})`);
  const server = spawn(process.execPath, ['src/server/main.ts'], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let code = 1;
  try {
    // A first start migrates and seeds the demo: on a busy two-core machine that can take minutes.
    await waitForHealth(`${baseUrl}/api/v1/health`, server, 240_000);
    const vitest = join(root, 'node_modules/vitest/vitest.mjs');
    const exitCode = await run(
      process.execPath,
      [
        vitest,
        'run',
        '--config',
        'e2e/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reportFile}`,
        // `npm run test:e2e -- e2e/catalogue.e2e.ts` runs one journey.
        ...process.argv.slice(2),
      ],
      { ...process.env, E2E_BASE_URL: baseUrl, E2E_DATA_DIR: dataDir },
    );
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport)
      : { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0 };
    const failed = report.numFailedTests + (exitCode !== 0 && report.numFailedTests === 0 ? 1 : 0);
    code = exitCode === 0 && report.numFailedTests === 0 && report.numPassedTests > 0 ? 0 : 1;
    if (exitCode !== 0 && report.numFailedTests === 0) console.error('E2E: the test runner itself failed');
    console.log(`\nE2E: ${report.numPassedTests} passed, ${failed} failed`);
  } catch (error) {
    console.error(`E2E: ${(error as Error).message}`);
    console.log('\nE2E: 0 passed, 1 failed');
  } finally {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return code;
}

process.exit(await main());
