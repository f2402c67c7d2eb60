import { AppError } from '../../http/errors.ts';

// The public verify endpoints do real work for anyone (canonicalising a JSON-LD document and checking
// an Ed25519 signature, twice with the status list), so one address may ask a limited number per
// minute: a token bucket per client address, refilled evenly, in this process's memory. The limit
// protects this process's CPU, so a per-process count is the right measure; behind several instances
// each gives the same allowance. The client address is Fastify's request.ip (TRUST_PROXY decides
// whose X-Forwarded-For counts).

type Bucket = { tokens: number; at: number };
const maxAddresses = 50_000;

export function verifyLimiter(perMinute: number, clock: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  return {
    /** Takes one verification for this address, or throws 429 with the seconds to wait. */
    take(address: string) {
      const now = clock();
      const bucket = buckets.get(address) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      if (bucket.tokens < 1) {
        const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
        throw new AppError('rate_limited', `Too many verifications; try again in ${retryAfter} seconds.`, {
          extra: { retryAfter },
        });
      }
      bucket.tokens -= 1;
      // Full buckets carry no information: forget them first when the map grows large.
      if (!buckets.has(address) && buckets.size >= maxAddresses)
        for (const [key, held] of buckets)
          if (held.tokens + (now - held.at) * perMs >= perMinute) buckets.delete(key);
      buckets.set(address, bucket);
    },
  };
}
