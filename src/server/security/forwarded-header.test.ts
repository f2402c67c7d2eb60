import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startTestApp } from '../test/test-app.ts';

// Issue 10, item 4: every loopback and private address was trusted to say who the client is, so a
// client there rotated X-Forwarded-For and was never throttled. TRUST_PROXY now names the proxies;
// by default nobody's header counts.

const proxy = '10.0.0.5';
const configWith = (TRUST_PROXY?: string) =>
  loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'groeipad-config-')), TRUST_PROXY });

describe('TRUST_PROXY', () => {
  it('is off unless set, and takes true/false or a list of addresses and CIDRs', () => {
    expect(configWith().trustProxy).toBe(false);
    expect(configWith('false').trustProxy).toBe(false);
    expect(configWith('true').trustProxy).toBe(true);
    expect(configWith('10.0.0.5').trustProxy).toEqual(['10.0.0.5']);
    expect(configWith(' 10.0.0.0/8, 2001:db8::/32 ,loopback').trustProxy).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
      'loopback',
    ]);
  });

  it('refuses anything else at start-up, naming the variable and the wrong entry', () => {
    expect(() => configWith('10.0.0.0/33')).toThrow(/TRUST_PROXY: .*"10\.0\.0\.0\/33"/);
    expect(() => configWith('proxy.example.test')).toThrow(/TRUST_PROXY/);
    expect(() => configWith('10.0.0.1,')).toThrow(/TRUST_PROXY/);
    // Fastify cannot tell a proxy from a client by hop count alone: refused rather than silently ignored.
    expect(() => configWith('1')).toThrow(/TRUST_PROXY: a hop count is not supported/);
  });
});

async function attempts(
  app: Awaited<ReturnType<typeof startTestApp>>['app'],
  count: number,
  request: (attempt: number) => { email: string; remoteAddress: string; forwardedFor: string },
) {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt++) {
    const { email, remoteAddress, forwardedFor } = request(attempt);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: 'Zomer2024!' },
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
    });
    statuses.push(response.statusCode);
  }
  return statuses;
}

// Two apps: one as loadConfig gives without TRUST_PROXY (trust none), one behind a named proxy.
const plain = await startTestApp();
const proxied = await startTestApp({ trustProxy: configWith(proxy).trustProxy });

describe('with the default configuration', () => {
  const { app, db } = plain;

  it('rotating X-Forwarded-For does not escape the throttle on one account', async () => {
    const statuses = await attempts(app, 8, (attempt) => ({
      email: 'doelwit@example.test',
      remoteAddress: '192.168.1.20',
      forwardedFor: `203.0.113.${attempt + 1}`,
    }));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('nor when spraying many accounts (40 rotated attempts, as the tester tried)', async () => {
    const statuses = await attempts(app, 40, (attempt) => ({
      email: `medewerker${attempt}@example.test`,
      remoteAddress: '127.0.0.1',
      forwardedFor: `198.51.100.${attempt + 1}`,
    }));
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(19);
    const recorded = await db.selectFrom('sign_in_attempts').select('client_ip').distinct().execute();
    expect(recorded.map((row) => row.client_ip).sort()).toEqual(['127.0.0.1', '192.168.1.20']);
  });
});

describe('with TRUST_PROXY set to the proxy’s address', () => {
  const { app, db } = proxied;

  it('counts the client address the proxy forwards, so one client does not hold back another', async () => {
    const first = await attempts(app, 6, () => ({
      email: 'gedeeld@example.test',
      remoteAddress: proxy,
      forwardedFor: '203.0.113.7',
    }));
    expect(first).toEqual([401, 401, 401, 401, 401, 429]);
    const other = await attempts(app, 1, () => ({
      email: 'gedeeld@example.test',
      remoteAddress: proxy,
      forwardedFor: '203.0.113.8',
    }));
    expect(other).toEqual([401]);
    const recorded = await db.selectFrom('sign_in_attempts').select('client_ip').distinct().execute();
    expect(recorded.map((row) => row.client_ip).sort()).toEqual(['203.0.113.7', '203.0.113.8']);
  });

  it('still ignores the header from anyone who is not that proxy', async () => {
    const statuses = await attempts(app, 7, (attempt) => ({
      email: 'ander.doelwit@example.test',
      remoteAddress: '10.0.0.99',
      forwardedFor: `203.0.113.${100 + attempt}`,
    }));
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
