import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { AppError, invalidField } from './errors.ts';

// A request the server makes on a user's behalf to an address they typed (a cmi5.xml by URL). It must
// not become a way into the server's own network (SSRF): http(s) only, no credentials in the address,
// and every address the host name resolves to must be public — checked at connect time by the socket's
// own lookup, so a name that resolves differently the second time (DNS rebinding) is caught too.
// Redirects are followed a few times, each target checked the same way; the body is size-limited by
// its reader (and refused early by Content-Length), the whole request by a timeout.

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return privateRanges.check(address, 'ipv4');
  if (version !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, 'ipv4');
  return privateRanges.check(address, 'ipv6');
}

export type OutboundOptions = {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Host names that may be private (tests only; from Config.outboundAllowedHosts). */
  allowedHosts?: string[];
  /** The request field the address came from, named in every refusal. */
  field?: string;
};

export type OutboundAnswer = { body: IncomingMessage; contentType: string; url: URL };

const refuse = (field: string, message: string, code: string) => invalidField(field, message, code);

function checkedLookup(field: string, allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = !allowed && addresses.find((entry) => isPrivateAddress(entry.address));
      if (blocked)
        return callback(refuse(field, `${hostname} is a private or local address`, 'privateAddress'), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as (...args: unknown[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** GET `address` from the public internet; answers the open body stream, or a 400 naming the field. */
export async function fetchPublic(address: string, options: OutboundOptions): Promise<OutboundAnswer> {
  const field = options.field ?? 'url';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refuse(field, 'is not an address', 'invalidUrl');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw refuse(field, 'must be an http or https address', 'notHttp');
    if (url.username || url.password)
      throw refuse(field, 'must not carry a user name or password', 'credentials');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const allowed = (options.allowedHosts ?? []).includes(host);
    if (isIP(host) && !allowed && isPrivateAddress(host))
      throw refuse(field, `${host} is a private or local address`, 'privateAddress');
    const answer = await get(url, field, allowed, options.timeoutMs ?? 30_000);
    const status = answer.statusCode ?? 0;
    if (status >= 300 && status < 400 && answer.headers.location) {
      answer.resume();
      if (hop >= (options.maxRedirects ?? 3)) throw refuse(field, 'redirects too often', 'tooManyRedirects');
      url = new URL(answer.headers.location, url);
      continue;
    }
    if (status !== 200) {
      answer.resume();
      throw refuse(field, `answered HTTP ${status}`, 'httpStatus');
    }
    const length = Number(answer.headers['content-length'] ?? 0);
    if (length > options.maxBytes) {
      answer.destroy();
      throw refuse(field, `is larger than ${Math.round(options.maxBytes / 1048576)} MB`, 'tooLarge');
    }
    return { body: answer, contentType: String(answer.headers['content-type'] ?? ''), url };
  }
}

function get(url: URL, field: string, allowed: boolean, timeoutMs: number): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'GET',
      lookup: checkedLookup(field, allowed),
      headers: { 'user-agent': 'Groeipad', accept: '*/*' },
      timeout: timeoutMs,
    });
    request.on('response', resolve);
    request.on('timeout', () => request.destroy(refuse(field, 'did not answer in time', 'timeout')));
    request.on('error', (error) =>
      reject(
        error instanceof AppError
          ? error
          : refuse(
              field,
              `could not be reached (${(error as { code?: string }).code ?? error.message})`,
              'unreachable',
            ),
      ),
    );
    request.end();
  });
}

/**
 * POST `body` to `address` on the public internet (webhooks): the same checks as fetchPublic, no
 * redirects followed (a receiver that moves is a failure), the answer's status and a short body.
 */
export async function postPublic(
  address: string,
  options: {
    body: string;
    headers: Record<string, string>;
    timeoutMs?: number;
    allowedHosts?: string[];
    field?: string;
  },
): Promise<{ status: number; text: string }> {
  const field = options.field ?? 'url';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refuse(field, 'is not an address', 'invalidUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refuse(field, 'must be an http or https address', 'notHttp');
  if (url.username || url.password)
    throw refuse(field, 'must not carry a user name or password', 'credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = (options.allowedHosts ?? []).includes(host);
  if (isIP(host) && !allowed && isPrivateAddress(host))
    throw refuse(field, `${host} is a private or local address`, 'privateAddress');
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'POST',
      lookup: checkedLookup(field, allowed),
      headers: { 'user-agent': 'Groeipad', ...options.headers },
      timeout: timeoutMs,
    });
    request.on('response', (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        if (text.length < 1000) text += chunk;
      });
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text: text.slice(0, 1000) }));
      answer.on('error', reject);
    });
    request.on('timeout', () => request.destroy(refuse(field, 'did not answer in time', 'timeout')));
    request.on('error', (error) =>
      reject(
        error instanceof AppError
          ? error
          : refuse(
              field,
              `could not be reached (${(error as { code?: string }).code ?? error.message})`,
              'unreachable',
            ),
      ),
    );
    request.end(options.body);
  });
}
