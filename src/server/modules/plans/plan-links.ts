import { referenceKey, resolveReferences } from '../../core/references.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { invalidField } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import type { servesKinds } from './plans.schemas.ts';

type ServesKind = (typeof servesKinds)[number];
type Link = { kind: ServesKind | null; id: string | null };

const readerOf = (auth: Auth) => ({
  auth,
  locale: (auth.kind === 'person' && auth.locale === 'en' ? 'en' : 'nl') as Locale,
});

/** The titles of what plan goals serve, as this reader may see them (confidential goals only with permission). */
export async function servedTitles(
  tenant: TenantDb,
  auth: Auth,
  links: Link[],
): Promise<Map<string, string>> {
  const references = links.flatMap((link) =>
    link.kind && link.id ? [{ kind: link.kind, id: link.id }] : [],
  );
  const found = await resolveReferences(tenant, references, readerOf(auth));
  return new Map(
    references.flatMap((reference) => {
      const referenced = found.get(referenceKey(reference));
      return referenced ? [[reference.id, referenced.title] as const] : [];
    }),
  );
}

/** A plan goal may only serve something that exists in the organisation and that the writer may see. */
export async function assertServesExists(
  tenant: TenantDb,
  auth: Auth,
  link: Link,
  field: 'servesId' | 'skillId' = 'servesId',
): Promise<void> {
  if (!link.id) return;
  if (!link.kind) throw invalidField('servesKind', 'is needed with servesId');
  const reference = { kind: link.kind, id: link.id };
  const found = await resolveReferences(tenant, [reference], readerOf(auth));
  if (!found.get(referenceKey(reference))?.isLinkable)
    throw invalidField(
      field,
      `no such ${link.kind.replace('_', ' ')} in this organisation`,
      'unknownReference',
    );
}
