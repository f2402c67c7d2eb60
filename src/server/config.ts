import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { uploadLimitDefaults as limits, type UploadLimits, uploadLimitsOf } from './uploads/upload-limits.ts';

export type { UploadLimits } from './uploads/upload-limits.ts';

// The one place that reads process.env. Every variable is documented in the README.
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

/** Fastify's trustProxy: false, true, or addresses/CIDRs (and the names loopback, linklocal, uniquelocal). */
export type TrustProxy = boolean | string[];
const proxyRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isAddressOrRange = (entry: string) => {
  if (proxyRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
};
const trustProxy = z.string().transform((value, context): TrustProxy => {
  const text = value.trim().toLowerCase();
  if (['false', 'off', 'no'].includes(text)) return false;
  if (['true', 'on', 'yes'].includes(text)) return true;
  // Fastify takes a hop count but trusts nobody with it (it cannot tell a proxy from a client): say so.
  if (/^\d+$/.test(text)) {
    context.addIssue({ code: 'custom', message: 'a hop count is not supported; list the proxy addresses' });
    return z.NEVER;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length === 0) return entries;
  context.addIssue({
    code: 'custom',
    message: `must be false, true or a comma-separated list of addresses/CIDRs; not ${wrong.map((entry) => `"${entry}"`).join(', ')}`,
  });
  return z.NEVER;
});

const environmentSchema = z.object({
  // TCP port the HTTP server listens on.
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Address at which people reach the app; used in e-mail links.
  BASE_URL: z.url().optional(),
  // PostgreSQL server; unset means the embedded PGlite database in DATA_DIR.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  // Folder for the embedded database, uploaded files, the mail outbox and the generated session secret.
  DATA_DIR: z.string().min(1).default('./data'),
  // smtp://user:pass@host:port for outgoing mail; unset means mail goes to the outbox only.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  // Secret that signs session and CSRF tokens; unset means one is generated and kept in DATA_DIR.
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Which proxies may set X-Forwarded-For (the client address sign-in throttling counts); unset trusts none.
  TRUST_PROXY: trustProxy.optional(),
  // pino log level.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Seed the demo organisation on an empty database; default on for PGlite, off for a server.
  DEMO: booleanFlag.optional(),
  // Where uploaded media live: "local" (DATA_DIR/files) or "s3" (any S3-compatible store, S3_* below).
  FILE_STORAGE: z.enum(['local', 's3']).default('local'),
  // S3 bucket for uploaded media (required with FILE_STORAGE=s3).
  S3_BUCKET: z.string().min(3).optional(),
  // S3 region, e.g. eu-central-1 (MinIO and most others accept us-east-1).
  S3_REGION: z.string().min(1).default('us-east-1'),
  // Endpoint of an S3-compatible store (MinIO, Ceph, Scaleway…); unset means AWS.
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  // Access key id and secret; unset means the AWS default credential chain.
  // Minutes a launched cmi5 AU may stay silent before its session is recorded as abandoned.
  CMI5_SESSION_TIMEOUT_MINUTES: z.coerce.number().int().min(5).max(10080).default(120),
  // Credential verifications (public, CPU-heavy) one client address may ask per minute; more answer 429.
  CREDENTIALS_VERIFY_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Path-style addressing (bucket in the path), needed by MinIO and most self-hosted stores.
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
  // Most an uploaded zip (an XLSX, later SCORM/cmi5 packages) may unpack to, all entries together, in MB.
  UPLOAD_MAX_UNPACKED_MB: z.coerce.number().int().min(1).max(100_000).default(limits.UPLOAD_MAX_UNPACKED_MB),
  // Most entries (files and folders) an uploaded zip may hold.
  UPLOAD_MAX_ZIP_ENTRIES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(limits.UPLOAD_MAX_ZIP_ENTRIES),
  // Highest unpacked-to-packed ratio of one zip entry over 1 MB; a zip bomb is far above any real file.
  UPLOAD_MAX_COMPRESSION_RATIO: z.coerce
    .number()
    .int()
    .min(2)
    .max(100_000)
    .default(limits.UPLOAD_MAX_COMPRESSION_RATIO),
  // Seconds an uploaded file may take to read before it is refused.
  UPLOAD_PARSE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(limits.UPLOAD_PARSE_TIMEOUT_SECONDS),
  // Heap (MB) of the worker that reads an uploaded file; a file needing more is refused, the server lives on.
  UPLOAD_PARSE_MEMORY_MB: z.coerce.number().int().min(32).max(16_384).default(limits.UPLOAD_PARSE_MEMORY_MB),
  // Uploaded files read at the same time; further uploads wait their turn.
  UPLOAD_PARSE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(limits.UPLOAD_PARSE_CONCURRENCY),
  // Most data lines an import file (people, budgets) may have.
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(limits.IMPORT_MAX_ROWS),
  // Most columns with values an import file may have.
  IMPORT_MAX_COLUMNS: z.coerce.number().int().min(1).max(16_384).default(limits.IMPORT_MAX_COLUMNS),
  // Largest course package (SCORM zip) an L&D admin may upload, in MB.
  PACKAGE_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(100_000).default(limits.PACKAGE_MAX_UPLOAD_MB),
  // Most a course package may unpack to, all files together, in MB (UPLOAD_MAX_UNPACKED_MB is for sheets).
  PACKAGE_MAX_UNPACKED_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(limits.PACKAGE_MAX_UNPACKED_MB),
  // Seconds checking and unpacking one course package may take before it is refused.
  PACKAGE_UNPACK_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(limits.PACKAGE_UNPACK_TIMEOUT_SECONDS),
  // Origin that serves course package content (SCORM), e.g. https://content.groeipad.example: another host
  // name than BASE_URL's, pointing at this same server, so package scripts never run with the app's cookies.
  // Unset: for a localhost/127.0.0.1 BASE_URL the other loopback name; otherwise packages cannot be played.
  CONTENT_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
});

type Environment = z.infer<typeof environmentSchema>;

export type Config = {
  port: number;
  baseUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  sessionSecret: string;
  logLevel: Environment['LOG_LEVEL'];
  /** A log line per request: only when LOG_LEVEL is set, so the terminal stays readable by default. */
  requestLogs?: boolean;
  seedDemo: boolean;
  isProduction: boolean;
  /** Whose X-Forwarded-For to believe; absent means nobody's (the connection's own address counts). */
  trustProxy?: TrustProxy;
  /** Uploaded media go to an S3-compatible store when set; otherwise to DATA_DIR/files. */
  s3?: S3Config;
  /** How much reading one uploaded file may take; unset means the defaults. */
  uploadLimits?: UploadLimits;
  /** Where course package content is served (CONTENT_ORIGIN); see `contentOriginOf`. */
  contentOrigin?: string;
  /** Minutes a cmi5 session may stay silent before it is abandoned (CMI5_SESSION_TIMEOUT_MINUTES). */
  cmi5SessionTimeoutMinutes?: number;
  /** Public credential verifications per client address per minute (CREDENTIALS_VERIFY_PER_MINUTE). */
  credentialsVerifyPerMinute?: number;
  /**
   * Outbound requests the server makes for a user (a cmi5.xml by address) may reach these hosts even
   * though they are private or loopback; tests only. The one way in from the environment is
   * E2E_OUTBOUND_ALLOWED_HOSTS, which scripts/e2e.ts sets for its own server and which is ignored when
   * NODE_ENV=production.
   */
  outboundAllowedHosts?: string[];
};

export type S3Config = {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  if (values.FILE_STORAGE === 's3' && !values.S3_BUCKET)
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: is required when FILE_STORAGE=s3');
  if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY))
    throw new ConfigError(
      'Invalid configuration:\n  S3_SECRET_ACCESS_KEY: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
    );
  const baseUrl = (values.BASE_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  if (values.CONTENT_ORIGIN && new URL(values.CONTENT_ORIGIN).hostname === new URL(baseUrl).hostname)
    throw new ConfigError(
      "Invalid configuration:\n  CONTENT_ORIGIN: must have another host name than BASE_URL, or package scripts would share the app's cookies",
    );
  const dataDir = resolve(values.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    port: values.PORT,
    baseUrl,
    databaseUrl: values.DATABASE_URL,
    dataDir,
    smtpUrl: values.SMTP_URL,
    sessionSecret: values.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    logLevel: values.LOG_LEVEL,
    ...(env.LOG_LEVEL ? { requestLogs: true } : {}),
    seedDemo: values.DEMO ?? values.DATABASE_URL === undefined,
    isProduction: env.NODE_ENV === 'production',
    trustProxy: values.TRUST_PROXY ?? false,
    uploadLimits: uploadLimitsOf(values),
    ...(values.CONTENT_ORIGIN ? { contentOrigin: new URL(values.CONTENT_ORIGIN).origin } : {}),
    cmi5SessionTimeoutMinutes: values.CMI5_SESSION_TIMEOUT_MINUTES,
    credentialsVerifyPerMinute: values.CREDENTIALS_VERIFY_PER_MINUTE,
    ...(env.E2E_OUTBOUND_ALLOWED_HOSTS && env.NODE_ENV !== 'production'
      ? { outboundAllowedHosts: env.E2E_OUTBOUND_ALLOWED_HOSTS.split(',').map((host) => host.trim()) }
      : {}),
    ...(values.FILE_STORAGE === 's3' && values.S3_BUCKET
      ? {
          s3: {
            bucket: values.S3_BUCKET,
            region: values.S3_REGION,
            endpoint: values.S3_ENDPOINT,
            accessKeyId: values.S3_ACCESS_KEY_ID,
            secretAccessKey: values.S3_SECRET_ACCESS_KEY,
            forcePathStyle: values.S3_FORCE_PATH_STYLE ?? Boolean(values.S3_ENDPOINT),
          },
        }
      : {}),
  };
}

/**
 * The origin course package content is served from: CONTENT_ORIGIN, else for a loopback BASE_URL the
 * other loopback name (localhost ↔ 127.0.0.1: another site to the browser, the same server), else none.
 */
export function contentOriginOf(config: Pick<Config, 'baseUrl' | 'contentOrigin'>): string | null {
  if (config.contentOrigin) return config.contentOrigin;
  const url = new URL(config.baseUrl);
  const other = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname];
  if (!other) return null;
  url.hostname = other;
  return url.origin;
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
