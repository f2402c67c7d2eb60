import { enterpriseSchema, groupSchema, listResponse, userSchema } from './scim.presenter.ts';

// What the identity provider reads first (RFC 7644 §4): what this server supports, its resource
// types and their schemas. Only the attributes Groeipad keeps are described.

export const serviceProviderConfig = (base: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'https://github.com/groeipad/groeipad/blob/main/docs/INTEGRATIONS.md',
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 1000 },
  changePassword: { supported: false },
  sort: { supported: true },
  etag: { supported: true },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'Bearer token',
      description: 'A SCIM token made by the organisation owner in Groeipad (Settings → Integrations)',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
});

const resourceTypes = (base: string) => [
  {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    schema: userSchema,
    schemaExtensions: [{ schema: enterpriseSchema, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
  },
  {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    schema: groupSchema,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
  },
];

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

const schemas = (base: string) => [
  {
    id: userSchema,
    name: 'User',
    description: 'A person in the organisation',
    attributes: [
      attribute('userName', { required: true, uniqueness: 'server' }),
      attribute('name', {
        type: 'complex',
        subAttributes: [attribute('givenName'), attribute('familyName'), attribute('formatted')],
      }),
      attribute('displayName'),
      attribute('title'),
      attribute('preferredLanguage'),
      attribute('active', { type: 'boolean' }),
      attribute('emails', {
        type: 'complex',
        multiValued: true,
        subAttributes: [attribute('value'), attribute('type'), attribute('primary', { type: 'boolean' })],
      }),
    ],
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${userSchema}` },
  },
  {
    id: enterpriseSchema,
    name: 'EnterpriseUser',
    description: 'Enterprise user: employee number, department (an org unit by name), manager',
    attributes: [
      attribute('employeeNumber'),
      attribute('department'),
      attribute('manager', { type: 'complex', subAttributes: [attribute('value')] }),
    ],
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${enterpriseSchema}` },
  },
  {
    id: groupSchema,
    name: 'Group',
    description: 'A group; the owner may map it to an org unit or a role in Groeipad',
    attributes: [
      attribute('displayName', { required: true }),
      attribute('members', {
        type: 'complex',
        multiValued: true,
        subAttributes: [attribute('value'), attribute('display')],
      }),
    ],
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${groupSchema}` },
  },
];

export const resourceTypeList = (base: string) => listResponse(resourceTypes(base), 2, 1);
export const resourceTypeById = (base: string, id: string) => resourceTypes(base).find((r) => r.id === id);
export const schemaList = (base: string) => listResponse(schemas(base), 3, 1);
export const schemaById = (base: string, id: string) => schemas(base).find((s) => s.id === id);
