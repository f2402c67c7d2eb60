import type { FastifyRequest } from 'fastify';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { startJobs } from './jobs/jobs.ts';
import { storageFor } from './modules/files/index.ts';
import { createMailDelivery, redactTokens } from './modules/mail/index.ts';
import { createModuleDeps } from './modules.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = pino({
  level: config.logLevel,
  redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
  // Opening an invitation or reset link requests /welcome?token=…: keep the token out of the log.
  serializers: {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: redactTokens(request.url),
      host: request.host,
      remoteAddress: request.ip,
    }),
  },
});
// A promise nobody awaited that failed (a fire-and-forget notification, say) is logged and the server
// keeps serving: requests answer their own errors, so this is never one request's failure. An uncaught
// exception may have left state half-changed, so the process ends after logging; run it under a
// supervisor (systemd, Docker's restart policy, Kubernetes) that starts it again.
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled promise rejection; still serving');
});
process.on('uncaughtException', (error, origin) => {
  logger.fatal(
    { err: error, origin },
    'uncaught exception; stopping so the supervisor restarts a clean process',
  );
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 1000).unref();
});

// The first start of a fresh clone takes a while (migrations, the demo organisation): say what is going on.
const startedAt = performance.now();
const progress = (line: string) =>
  console.log(`Groeipad: ${line} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
progress(config.databaseUrl ? 'connecting to PostgreSQL…' : 'opening the embedded database…');
const handle = await openDatabase(config);
progress('bringing the database up to date…');
const applied = await migrate(handle.db);
if (applied.length) {
  logger.debug({ applied }, 'database migrated');
  progress(`applied ${applied.length} migration${applied.length === 1 ? '' : 's'}`);
}
const demo = config.seedDemo
  ? await seedDemoIfEmpty(handle.db, {
      files: storageFor(config),
      onSeeding: () => progress('adding the demo organisation, once (about half a minute)…'),
    })
  : null;
progress('starting the server…');

const mail = createMailDelivery({
  db: handle.db,
  smtpUrl: config.smtpUrl,
  dataDir: config.dataDir,
  // Without SMTP, the operator finds mail (and any sign-in link in it) in these files, never in the app.
  onWritten: (file, message) =>
    logger.info({ to: message.to, subject: message.subject, file }, 'mail written'),
});
const deps = createModuleDeps({ db: handle.db, config, log: logger });
const jobs = await startJobs({
  handle,
  databaseUrl: config.databaseUrl,
  mail,
  deps,
  onError: (error) => logger.error({ err: error }, 'background job failed'),
});
const app = await buildApp(deps, { logger, database: handle });
// New mail is delivered (or written to the outbox folder) right after the request that queued it.
app.addHook('onResponse', async (request) => {
  if (request.method !== 'GET' && request.url.startsWith('/api/')) await jobs.nudgeMail();
});

await app.listen({ port: config.port, host: '0.0.0.0' });
const database = config.databaseUrl ? 'PostgreSQL server' : `embedded PGlite in ${config.dataDir}/pglite`;
console.log(`\nGroeipad is running at ${config.baseUrl} (${database}).`);
if (demo) {
  console.log(
    `\nDemo organisation "${demo.organisationName}" — sign in with password "${demo.password}" as:`,
  );
  for (const account of demo.accounts) console.log(`  ${account.role.padEnd(22)} ${account.email}`);
  console.log('');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await jobs.stop();
    await handle.close();
    process.exit(0);
  });
}
