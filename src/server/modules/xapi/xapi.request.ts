import type { FastifyReply, FastifyRequest } from 'fastify';
import type { XapiClient } from './credentials/scopes.ts';
import { badRequest, XapiError } from './xapi.errors.ts';
import { negotiateVersion, type XapiVersion } from './xapi.version.ts';

export type XapiMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

/**
 * One request to /xapi/ as the resources see it: the Alternate Request Syntax (1.0.3 Communication
 * 1.3) already unfolded into method, headers, parameters and content, the version negotiated and the
 * credential known.
 */
export type XapiRequest = {
  method: XapiMethod;
  params: Record<string, string>;
  header(name: string): string | undefined;
  body: Buffer | undefined;
  contentType: string | undefined;
  version: XapiVersion;
  client: XapiClient;
};

export type XapiHandler = (request: XapiRequest, reply: FastifyReply) => Promise<unknown>;

/** A resource under /xapi/ and what it does per method (xapi.plugin.ts registers them). */
export type XapiRoute = {
  url: string;
  handlers: Partial<Record<XapiMethod, XapiHandler>>;
  /** /about needs neither a version header nor a credential. */
  isPublic?: boolean;
};

const methods: XapiMethod[] = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'];
// Form fields the Alternate Request Syntax reads as headers.
const headerFields = [
  'authorization',
  'x-experience-api-version',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
];

function singleValues(query: unknown, where: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value))
      throw badRequest(`${where} ${name} is given more than once`, 'Communication 3.2');
    params[name] = String(value);
  }
  return params;
}

/** Headers, query and body of a request, before the version or the credential is checked. */
export type RawXapiRequest = Omit<XapiRequest, 'version' | 'client'> & { isAlternate: boolean };

export function unfoldRequest(request: FastifyRequest): RawXapiRequest {
  const query = singleValues(request.query, 'parameter');
  const headers = request.headers;
  const header = (name: string) => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  if (query.method === undefined)
    return {
      method: request.method as XapiMethod,
      params: query,
      header,
      body,
      contentType: header('content-type'),
      isAlternate: false,
    };
  const rule = 'Communication 1.3 (Alternate Request Syntax)';
  if (/^2\./.test(header('x-experience-api-version') ?? ''))
    throw badRequest('xAPI 2.0 has no Alternate Request Syntax: send the method itself', 'xAPI 2.0, 4.1.1');
  if (request.method !== 'POST') throw badRequest('the Alternate Request Syntax is issued as a POST', rule);
  if (Object.keys(query).length > 1)
    throw badRequest(
      'with the Alternate Request Syntax every parameter is a form field; only "method" is in the query',
      rule,
    );
  const method = query.method.toUpperCase() as XapiMethod;
  if (!methods.includes(method))
    throw badRequest(`method "${query.method}" is not an HTTP method xAPI uses`, rule);
  const type = (header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    throw badRequest('the Alternate Request Syntax sends application/x-www-form-urlencoded', rule);
  const form = new URLSearchParams((body ?? Buffer.alloc(0)).toString('utf8'));
  const formHeaders = new Map<string, string>();
  const params: Record<string, string> = {};
  let content: string | undefined;
  for (const [name, value] of form) {
    const lower = name.toLowerCase();
    if (headerFields.includes(lower)) formHeaders.set(lower, value);
    else if (name === 'content') content = value;
    else {
      if (params[name] !== undefined) throw badRequest(`form field ${name} is given more than once`, rule);
      params[name] = value;
    }
  }
  const formVersion = formHeaders.get('x-experience-api-version');
  if (formVersion && /^2\./.test(formVersion))
    throw badRequest('xAPI 2.0 has no Alternate Request Syntax: send the method itself', 'xAPI 2.0, 4.1.1');
  const unfoldedHeader = (name: string) => formHeaders.get(name.toLowerCase()) ?? header(name);
  return {
    method,
    params,
    header: (name) => (name.toLowerCase() === 'content-type' ? undefined : unfoldedHeader(name)),
    body: content === undefined ? undefined : Buffer.from(content, 'utf8'),
    contentType: content === undefined ? undefined : (formHeaders.get('content-type') ?? 'application/json'),
    isAlternate: true,
  };
}

/** The version every resource but /about requires; a 400 when missing or unsupported. */
export function versionOf(raw: RawXapiRequest): XapiVersion {
  return negotiateVersion(raw.header('x-experience-api-version'));
}

export const unauthorised = () => new XapiError(401, 'Send an LRS credential with HTTP Basic authentication');

/** Refuses parameters the resource does not define, including ones that differ only in case. */
export function onlyParams(request: { params: Record<string, string> }, allowed: readonly string[]): void {
  for (const name of Object.keys(request.params))
    if (!allowed.includes(name))
      throw badRequest(
        `parameter "${name}" is not one of ${allowed.join(', ')}`,
        'Communication 3.2: an unknown or differently cased parameter is a 400',
      );
}

export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
