import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, contentOriginOf, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'groeipad-config-'));

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo, port 3000 and a generated secret kept on disk', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      baseUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      seedDemo: true,
    });
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('keeps request logs out of the terminal unless LOG_LEVEL asks for logs', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).requestLogs).toBeFalsy();
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: '' }).requestLogs).toBeFalsy();
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: 'info' }).requestLogs).toBe(true);
  });

  it('turns the demo off by default on a PostgreSQL server, and on when asked', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/groeipad';
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: url }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: url, DEMO: 'on' }).seedDemo).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['BASE_URL', 'not a url'],
    ['SMTP_URL', 'mail.example.com'],
    ['SESSION_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO', 'maybe'],
    ['FILE_STORAGE', 'dropbox'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['UPLOAD_MAX_UNPACKED_MB', '0'],
    ['UPLOAD_PARSE_MEMORY_MB', 'lots'],
    ['IMPORT_MAX_ROWS', '-5'],
  ])('stops with a message naming %s when it is %s', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(new RegExp(`${name}:`));
  });

  it('limits reading uploads by default, and as configured', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).uploadLimits).toEqual({
      zip: { maxEntries: 10_000, maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 200 },
      parse: { timeoutMs: 30_000, memoryMb: 256, concurrency: 2 },
      sheet: { maxRows: 50_000, maxColumns: 500 },
      package: {
        maxUploadBytes: 500 * 1024 * 1024,
        maxUnpackedBytes: 1000 * 1024 * 1024,
        timeoutMs: 300_000,
      },
    });
    const limits = loadConfig({
      DATA_DIR: dataDir(),
      UPLOAD_MAX_UNPACKED_MB: '50',
      UPLOAD_PARSE_TIMEOUT_SECONDS: '5',
      IMPORT_MAX_COLUMNS: '100',
    }).uploadLimits;
    expect(limits).toMatchObject({
      zip: { maxUnpackedBytes: 50 * 1024 * 1024 },
      parse: { timeoutMs: 5000 },
      sheet: { maxColumns: 100 },
    });
  });

  it('serves course packages from another origin than the app, derived for loopback addresses', () => {
    expect(contentOriginOf(loadConfig({ DATA_DIR: dataDir(), PORT: '4000' }))).toBe('http://127.0.0.1:4000');
    expect(contentOriginOf(loadConfig({ DATA_DIR: dataDir(), BASE_URL: 'http://127.0.0.1:3201' }))).toBe(
      'http://localhost:3201',
    );
    expect(
      contentOriginOf(loadConfig({ DATA_DIR: dataDir(), BASE_URL: 'https://leren.example.nl' })),
    ).toBeNull();
    const configured = loadConfig({
      DATA_DIR: dataDir(),
      BASE_URL: 'https://leren.example.nl',
      CONTENT_ORIGIN: 'https://inhoud.example.nl/',
    });
    expect(contentOriginOf(configured)).toBe('https://inhoud.example.nl');
    expect(() =>
      loadConfig({
        DATA_DIR: dataDir(),
        BASE_URL: 'https://leren.example.nl',
        CONTENT_ORIGIN: 'https://leren.example.nl:8443',
      }),
    ).toThrowError(/CONTENT_ORIGIN: must have another host name/);
  });

  it('lets only a non-production server (the e2e one) reach private hosts named by E2E_OUTBOUND_ALLOWED_HOSTS', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).outboundAllowedHosts).toBeUndefined();
    const allowed = { DATA_DIR: dataDir(), E2E_OUTBOUND_ALLOWED_HOSTS: '127.0.0.1' };
    expect(loadConfig(allowed).outboundAllowedHosts).toEqual(['127.0.0.1']);
    expect(
      loadConfig({ ...allowed, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(64) }).outboundAllowedHosts,
    ).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('keeps media on local disk by default and in an S3-compatible store when configured', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).s3).toBeUndefined();
    expect(() => loadConfig({ DATA_DIR: dataDir(), FILE_STORAGE: 's3' })).toThrowError(/S3_BUCKET:/);
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), FILE_STORAGE: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' }),
    ).toThrowError(/S3_SECRET_ACCESS_KEY:/);
    const config = loadConfig({
      DATA_DIR: dataDir(),
      FILE_STORAGE: 's3',
      S3_BUCKET: 'groeipad-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.s3).toEqual({
      bucket: 'groeipad-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });
});
