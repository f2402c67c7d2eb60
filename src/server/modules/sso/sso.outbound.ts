import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { invalidField } from '../../http/errors.ts';
import { isPrivateAddress } from '../../http/outbound-fetch.ts';

// The IdP's addresses are typed by the owner: every request to them (discovery, keys, tokens) is refused
// when the host is a loopback or private address, unless the self-hosted configuration allows that host.

export async function assertPublicHost(address: string, allowedHosts: readonly string[], field: string) {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw invalidField(field, 'is not an address', 'invalidUrl');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowedHosts.includes(host)) return url;
  if (url.protocol !== 'https:') throw invalidField(field, 'must be an https address', 'notHttps');
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw invalidField(field, `${host} could not be found`, 'unreachable');
  if (addresses.some((entry) => isPrivateAddress(entry.address)))
    throw invalidField(field, `${host} is a private or local address`, 'privateAddress');
  return url;
}

/** fetch, with the host checked first; for openid-client's requests. */
export const guardedFetch =
  (allowedHosts: readonly string[], field: string) =>
  async (url: string, options: object): Promise<Response> => {
    await assertPublicHost(url, allowedHosts, field);
    return fetch(url, {
      ...(options as RequestInit),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  };
