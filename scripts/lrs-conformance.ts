// Runs ADL's LRS conformance test suite (github.com/adlnet/lrs-conformance-test-suite) against this
// app: starts it on a fresh embedded database with one organisation and an LRS credential holding the
// `all` scope, runs the suite for xAPI 1.0.3 and 2.0.0, and prints pass/fail counts.
//
//   node scripts/lrs-conformance.ts --suite /path/to/lrs-conformance-test-suite [--version 1.0.3] [--grep text]
//
// The suite is a separate checkout (npm install done there); LRS_SUITE_DIR may name it instead of --suite.
// DATABASE_URL runs the app on a PostgreSQL server instead (its tables are used as they are).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
import { createBus } from '../src/server/core/bus.ts';
import { organisationContext } from '../src/server/core/context.ts';
import { createDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { buildOrganisation } from '../src/server/factories/factories.ts';
import { createCredential } from '../src/server/modules/xapi/credentials/credentials.service.ts';

const { values } = parseArgs({
  options: {
    suite: { type: 'string' },
    version: { type: 'string', multiple: true },
    grep: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const suiteDir = values.suite ?? process.env.LRS_SUITE_DIR;
if (!suiteDir) {
  console.error('Name the conformance suite checkout: --suite <dir> or LRS_SUITE_DIR.');
  process.exit(2);
}
const versions = values.version?.length ? values.version : ['1.0.3', '2.0.0'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

type Summary = { total: number; passed: number; failed: number; failures: string[] };

/** Titles of the failing tests in the suite's log, outermost suite first. */
function failuresIn(log: unknown, trail: string[] = []): string[] {
  if (!log || typeof log !== 'object') return [];
  const node = log as { title?: string; status?: string; tests?: unknown[]; error?: string };
  const path = node.title ? [...trail, node.title] : trail;
  if (!node.tests?.length)
    return node.status === 'failed'
      ? [`${path.join(' › ')}${node.error ? `\n    ${String(node.error).split('\n')[0]}` : ''}`]
      : [];
  return node.tests.flatMap((test) => failuresIn(test, path));
}

function runSuite(endpoint: string, key: string, secret: string, version: string): Promise<Summary> {
  const args = ['bin/console_runner.js', '-e', endpoint, '-a', '-u', key, '-p', secret, '-x', version, '-z'];
  if (values.grep) args.push('-g', values.grep);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: suiteDir, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (values.verbose) process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', () => {
      const summaries = [...output.matchAll(/^\{"total":.*\}$/gm)].map((match) => JSON.parse(match[0]));
      const summary = summaries.at(-1) ?? { total: 0, passed: 0, failed: 0 };
      const logPath = /Full run log written to (.+\.log)/.exec(output)?.[1];
      let failures: string[] = [];
      if (logPath) {
        failures = failuresIn(JSON.parse(readFileSync(logPath.trim(), 'utf8')).log);
        rmSync(logPath.trim(), { force: true });
      }
      resolve({
        total: summary.total ?? 0,
        passed: summary.passed ?? 0,
        failed: summary.failed ?? 0,
        failures,
      });
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'groeipad-lrs-'));
const port = await freePort();
const config: Config = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  smtpUrl: undefined,
  sessionSecret: 'conformance-run-secret-conformance-run-secret',
  logLevel: 'silent',
  seedDemo: false,
  isProduction: false,
};
const handle = config.databaseUrl
  ? await createDatabase({ databaseUrl: config.databaseUrl })
  : await createDatabase({ dataDir });
await migrate(handle.db);
const organisation = await buildOrganisation(handle.db, { name: 'LRS conformance' });
const log = pino({ level: 'silent' });
const system = organisationContext({
  db: handle.db,
  organisationId: organisation.id,
  log,
  bus: createBus(log),
});
const credential = await createCredential(system, {
  name: 'ADL conformance suite',
  scopes: ['all'],
});
const app = await buildApp({ db: handle.db, config });
await app.listen({ port, host: '127.0.0.1' });
const endpoint = `${config.baseUrl}/xapi`;
console.log(`LRS at ${endpoint} (${handle.kind}); suite in ${suiteDir}`);

let exitCode = 0;
try {
  for (const version of versions) {
    const started = performance.now();
    const summary = await runSuite(endpoint, credential.key, credential.secret, version);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `\nxAPI ${version}: ${summary.passed} of ${summary.total} passed, ${summary.failed} failed (${seconds} s)`,
    );
    for (const failure of summary.failures) console.log(`  ✗ ${failure}`);
    if (summary.failed || !summary.total) exitCode = 1;
  }
} finally {
  await app.close();
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
