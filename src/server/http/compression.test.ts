import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { startTestApp } from '../test/test-app.ts';

// Issue 11: the first page arrives compressed, and a returning browser does not ask again for the
// hashed files it already has.

const { db, config } = await startTestApp();
const script = `export const greeting = ${JSON.stringify('hallo '.repeat(2000))};\n`;
const webDist = builtWebApp();
const web = await buildApp({ db, config }, { webDist });
afterAll(() => web.close());

/** A build as vite.config.ts writes it: a hashed script with its .br and .gz beside it. */
function builtWebApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'groeipad-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="nl"><head><title>Groeipad</title></head><body><div id="root"></div></body></html>\n',
  );
  writeFileSync(join(dir, 'assets/index-abc123.js'), script);
  writeFileSync(join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets/index-abc123.js.gz'), gzipSync(script));
  return dir;
}

describe('the web app on the wire', () => {
  it('sends a hashed script brotli-compressed to a browser that accepts it, cached as immutable', async () => {
    const response = await web.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gzip = await web.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await web.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': '' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  // The page is a few lines naming the hashed files; it is the one thing checked on every load.
  it('has the browser check the page itself on every load', async () => {
    const response = await web.inject({ url: '/sign-in', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<div id="root">');
  });

  it('compresses API answers of some size', async () => {
    const response = await web.inject({
      url: '/api/v1/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString())).toHaveProperty('openapi');
  });
});
