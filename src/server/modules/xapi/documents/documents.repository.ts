import type { TenantDb } from '../../../db/tenant.ts';

export type DocumentKind = 'state' | 'activity_profile' | 'agent_profile';

/** Which documents a request is about; absent parts are null (and equal to each other). */
export type DocumentScope = {
  kind: DocumentKind;
  activityKey: string | null;
  agentKey: string | null;
  /** undefined: any registration (state lists and deletes); null: none. */
  registration?: string | null;
};

export type StoredDocument = {
  documentId: string;
  contentType: string;
  content: Buffer;
  etag: string;
  updated: Date;
};

function scoped(tenant: TenantDb, scope: DocumentScope) {
  let query = tenant
    .selectFrom('xapi_documents')
    .where('kind', '=', scope.kind)
    .where('activity_key', scope.activityKey === null ? 'is' : '=', scope.activityKey)
    .where('agent_key', scope.agentKey === null ? 'is' : '=', scope.agentKey);
  if (scope.registration !== undefined)
    query = query.where('registration', scope.registration === null ? 'is' : '=', scope.registration);
  return query;
}

export async function findDocument(
  tenant: TenantDb,
  scope: DocumentScope,
  documentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredDocument | null> {
  let query = scoped(tenant, { ...scope, registration: scope.registration ?? null })
    .select(['document_id as documentId', 'content_type as contentType', 'content', 'etag', 'updated'])
    .where('document_id', '=', documentId);
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

export async function listDocumentIds(tenant: TenantDb, scope: DocumentScope, since?: string) {
  let query = scoped(tenant, scope).select(['document_id as documentId', 'updated']);
  if (since) query = query.where('updated', '>', new Date(since));
  return query.orderBy('document_id').execute();
}

export async function saveDocument(
  tenant: TenantDb,
  scope: DocumentScope,
  document: { documentId: string; contentType: string; content: Buffer; etag: string },
): Promise<void> {
  await tenant
    .insertInto('xapi_documents', {
      kind: scope.kind,
      activity_key: scope.activityKey,
      agent_key: scope.agentKey,
      registration: scope.registration ?? null,
      document_id: document.documentId,
      content_type: document.contentType,
      content: document.content,
      etag: document.etag,
    })
    .onConflict((conflict) =>
      conflict.constraint('xapi_documents_identity').doUpdateSet((eb) => ({
        content_type: eb.ref('excluded.content_type'),
        content: eb.ref('excluded.content'),
        etag: eb.ref('excluded.etag'),
        updated: eb.ref('excluded.updated'),
      })),
    )
    .execute();
}

export async function deleteDocuments(
  tenant: TenantDb,
  scope: DocumentScope,
  documentId?: string,
): Promise<void> {
  let query = tenant
    .deleteFrom('xapi_documents')
    .where('kind', '=', scope.kind)
    .where('activity_key', scope.activityKey === null ? 'is' : '=', scope.activityKey)
    .where('agent_key', scope.agentKey === null ? 'is' : '=', scope.agentKey);
  if (documentId !== undefined) {
    query = query.where('document_id', '=', documentId);
    query = query.where('registration', scope.registration == null ? 'is' : '=', scope.registration ?? null);
  } else if (scope.registration !== undefined)
    query = query.where('registration', scope.registration === null ? 'is' : '=', scope.registration);
  await query.execute();
}
