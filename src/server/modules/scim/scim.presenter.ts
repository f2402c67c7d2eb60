import type { ScimGroupRow, ScimPersonRow } from './scim.repository.ts';

export const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const groupSchema = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const enterpriseSchema = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const listSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const errorSchema = 'urn:ietf:params:scim:api:messages:2.0:Error';

const familyOf = (row: { family_name_prefix: string | null; family_name: string }) =>
  row.family_name_prefix ? `${row.family_name_prefix} ${row.family_name}` : row.family_name;

/** A weak ETag from the row's last change: what If-Match compares against. */
export const versionOf = (updatedAt: Date | string) => `W/"${new Date(updatedAt).getTime()}"`;

export type ScimUser = ReturnType<typeof presentUser>;

/** A person as a SCIM User (RFC 7643 §4.1) with the enterprise extension (§4.3). */
export function presentUser(row: ScimPersonRow, base: string) {
  return {
    schemas: [userSchema, enterpriseSchema],
    id: row.id,
    externalId: row.external_id ?? undefined,
    userName: row.user_name ?? row.email,
    name: {
      givenName: row.given_name,
      familyName: familyOf(row),
      formatted: `${row.given_name} ${familyOf(row)}`,
    },
    displayName: `${row.given_name} ${familyOf(row)}`,
    title: row.job_title ?? undefined,
    preferredLanguage: row.locale ?? undefined,
    active: row.status !== 'left',
    emails: [{ value: row.email, type: 'work', primary: true }],
    [enterpriseSchema]: {
      employeeNumber: row.employee_number ?? undefined,
      department: row.department ?? undefined,
      manager: row.manager_id
        ? { value: row.manager_id, $ref: `${base}/Users/${row.manager_id}` }
        : undefined,
    },
    meta: {
      resourceType: 'User',
      created: new Date(row.created_at).toISOString(),
      lastModified: new Date(row.updated_at).toISOString(),
      location: `${base}/Users/${row.id}`,
      version: versionOf(row.updated_at),
    },
  };
}

export function presentGroup(
  row: ScimGroupRow,
  members: { id: string; given_name: string; family_name_prefix: string | null; family_name: string }[],
  base: string,
) {
  return {
    schemas: [groupSchema],
    id: row.id,
    externalId: row.external_id ?? undefined,
    displayName: row.display_name,
    members: members.map((member) => ({
      value: member.id,
      display: `${member.given_name} ${familyOf(member)}`,
      $ref: `${base}/Users/${member.id}`,
    })),
    meta: {
      resourceType: 'Group',
      created: new Date(row.created_at).toISOString(),
      lastModified: new Date(row.updated_at).toISOString(),
      location: `${base}/Groups/${row.id}`,
      version: versionOf(row.updated_at),
    },
  };
}

export const listResponse = (resources: unknown[], total: number, startIndex: number) => ({
  schemas: [listSchema],
  totalResults: total,
  startIndex,
  itemsPerPage: resources.length,
  Resources: resources,
});
