import type { Locale } from '../db/schema.ts';
import type { TenantDb } from '../db/tenant.ts';
import type { Auth } from '../modules/access/index.ts';
import { port } from './ports.ts';

/**
 * "What does this serve": the one reference contract for plan goals and learning alike. Each kind
 * belongs to the module that owns it (goals, skills, direction), which resolves it through a port, so
 * the confidential-goal rule and the names live in one place and nobody else reads those tables.
 */
export type ReferenceKind = 'organisation_goal' | 'team_goal' | 'skill' | 'job_role' | 'value' | 'competency';
export type Reference = { kind: ReferenceKind; id: string };
/** As the reader may see it: its name in their language, and whether something new may link to it. */
export type Referenced = { title: string; isLinkable: boolean };
export type ReferenceReader = { auth: Auth | null; locale: Locale };
/** The references of one kind that exist and that the reader may see, by id. */
export type ReferenceResolver = (
  tenant: TenantDb,
  ids: string[],
  reader: ReferenceReader,
) => Promise<Map<string, Referenced>>;

declare module './ports.ts' {
  interface Ports {
    goalReferences: Record<'organisation_goal' | 'team_goal', ReferenceResolver>;
    skillReferences: Record<'skill' | 'job_role', ReferenceResolver>;
    directionReferences: Record<'value' | 'competency', ReferenceResolver>;
  }
}

const providers = {
  organisation_goal: 'goalReferences',
  team_goal: 'goalReferences',
  skill: 'skillReferences',
  job_role: 'skillReferences',
  value: 'directionReferences',
  competency: 'directionReferences',
} as const;

/** The key of a reference in `resolveReferences`' answer: an id is only known together with its kind. */
export const referenceKey = (reference: Reference) => `${reference.kind}:${reference.id}`;

/** Every reference the reader may see, by `referenceKey`: one query per kind asked for. */
export async function resolveReferences(
  tenant: TenantDb,
  references: readonly Reference[],
  reader: ReferenceReader,
): Promise<Map<string, Referenced>> {
  const found = new Map<string, Referenced>();
  const kinds = [...new Set(references.map((reference) => reference.kind))];
  await Promise.all(
    kinds.map(async (kind) => {
      const ids = [...new Set(references.filter((r) => r.kind === kind).map((r) => r.id))];
      const resolve = (port(providers[kind]) as Record<string, ReferenceResolver>)[kind]!;
      for (const [id, referenced] of await resolve(tenant, ids, reader))
        found.set(referenceKey({ kind, id }), referenced);
    }),
  );
  return found;
}
