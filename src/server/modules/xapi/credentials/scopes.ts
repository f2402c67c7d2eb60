/** The xAPI scopes (xAPI 1.0.3 Communication 4.2) a credential may hold. */
export const xapiScopes = [
  'statements/write',
  'statements/read/mine',
  'statements/read',
  'state',
  'define',
  'profile',
  'all/read',
  'all',
] as const;
export type XapiScope = (typeof xapiScopes)[number];

/** Who asks under /xapi/: a credential of one organisation and what it may do. */
export type XapiClient = {
  organisationId: string;
  credentialId: string;
  key: string;
  name: string;
  scopes: ReadonlySet<string>;
};

const has = (client: XapiClient, ...scopes: XapiScope[]) => scopes.some((scope) => client.scopes.has(scope));

export const canWriteStatements = (client: XapiClient) => has(client, 'statements/write', 'all');

/** 'all' reads every statement, 'mine' only those this credential wrote, null none. */
export function statementReadAccess(client: XapiClient): 'all' | 'mine' | null {
  if (has(client, 'statements/read', 'all/read', 'all')) return 'all';
  if (has(client, 'statements/read/mine')) return 'mine';
  return null;
}

export const canReadState = (client: XapiClient) => has(client, 'state', 'all/read', 'all');
export const canWriteState = (client: XapiClient) => has(client, 'state', 'all');
export const canReadProfiles = (client: XapiClient) => has(client, 'profile', 'all/read', 'all');
export const canWriteProfiles = (client: XapiClient) => has(client, 'profile', 'all');
export const canDefine = (client: XapiClient) => has(client, 'define', 'all');
/** Activities and agents resources: any credential that reads something. */
export const canReadDefinitions = (client: XapiClient) =>
  has(client, 'statements/read', 'statements/read/mine', 'all/read', 'all', 'profile', 'define', 'state');
