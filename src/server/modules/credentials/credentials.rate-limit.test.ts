import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../test/test-app.ts';
import { verifyLimiter } from './credentials.rate-limit.ts';

// The public verification endpoints answer 429 with Retry-After once one client address has used its
// allowance (CREDENTIALS_VERIFY_PER_MINUTE), while another address is still served; the allowance
// comes back over the minute.

const { app } = await startTestApp({ credentialsVerifyPerMinute: 3, trustProxy: ['127.0.0.1'] });
const from = (address: string) => ({ 'x-forwarded-for': address });
const verifyPost = (address: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/credentials/verify',
    headers: { ...from(address), 'content-type': 'application/json' },
    payload: JSON.stringify({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
    }),
  });

describe('the public verify endpoints are rate limited per address', () => {
  it('answers 429 with Retry-After after the allowance, per address, on both endpoints', async () => {
    for (let i = 0; i < 3; i++) expect((await verifyPost('203.0.113.7')).statusCode).toBe(200);
    const refused = await verifyPost('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(20);
    expect(refused.json()).toMatchObject({
      code: 'rate_limited',
      detail: expect.stringMatching(/try again in \d+ seconds/),
    });
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/credentials/public/00000000-0000-4000-8000-000000000000/verification',
      headers: from('203.0.113.7'),
    });
    expect(page.statusCode).toBe(429);
    // Another address still has its own allowance.
    expect((await verifyPost('198.51.100.2')).statusCode).toBe(200);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/credentials/public/00000000-0000-4000-8000-000000000000/verification',
      headers: from('198.51.100.2'),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('gives the allowance back evenly over the minute', () => {
    let now = 0;
    const limiter = verifyLimiter(6, () => now);
    for (let i = 0; i < 6; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(/10 seconds/);
    now += 10_000; // 6 a minute: one every 10 seconds
    expect(() => limiter.take('a')).not.toThrow();
    expect(() => limiter.take('a')).toThrow();
    now += 60_000;
    for (let i = 0; i < 6; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow();
  });
});
