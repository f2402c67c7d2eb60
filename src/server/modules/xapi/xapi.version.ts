import { badRequest } from './xapi.errors.ts';

/** The two xAPI versions the store speaks; every 1.0.x request is answered as 1.0.3. */
export type XapiVersion = '1.0.3' | '2.0.0';

export const supportedVersions: XapiVersion[] = ['1.0.3', '2.0.0'];

/** X-Experience-API-Version of a request: 1.0, 1.0.x, 2.0 or 2.0.x; anything else is a 400. */
export function negotiateVersion(header: string | string[] | undefined): XapiVersion {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '')
    throw badRequest(
      'X-Experience-API-Version header is required',
      'Communication 3.3: every request but /about names its xAPI version',
    );
  if (/^1\.0(\.\d+)?$/.test(value.trim())) return '1.0.3';
  if (/^2\.0(\.\d+)?$/.test(value.trim())) return '2.0.0';
  throw badRequest(
    `X-Experience-API-Version "${value}" is not supported; use 1.0.3 or 2.0.0`,
    'Communication 3.3: the LRS rejects versions it does not support',
  );
}

/** The statement `version` property allowed under the request's version. */
export function isStatementVersionAllowed(version: string, requestVersion: XapiVersion): boolean {
  return requestVersion === '2.0.0' ? /^(1\.0|2\.0)(\.\d+)?$/.test(version) : /^1\.0(\.\d+)?$/.test(version);
}
