import type { FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../core/module.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import {
  canReadProfiles,
  canReadState,
  canWriteProfiles,
  canWriteState,
  type XapiClient,
} from '../credentials/scopes.ts';
import { activityKey } from '../statements/statement-keys.ts';
import { agentParam } from '../statements/statements.params.ts';
import { iri, string, timestamp, timestampMillis, uuid } from '../statements/validate-primitives.ts';
import { badRequest, forbiddenXapi, notFoundXapi } from '../xapi.errors.ts';
import { onlyParams, type XapiRequest, type XapiRoute } from '../xapi.request.ts';
import {
  type DocumentScope,
  deleteDocuments,
  findDocument,
  listDocumentIds,
} from './documents.repository.ts';
import { checkPreconditions, type DocumentWrite, postDocument, putDocument } from './documents.service.ts';

type Resource = {
  url: string;
  idParam: 'stateId' | 'profileId';
  params: string[];
  scopeOf(request: XapiRequest): DocumentScope;
  canRead(client: XapiClient): boolean;
  canWrite(client: XapiClient): boolean;
  /** State documents may all be deleted at once (no stateId); profiles one at a time. */
  canDeleteAll: boolean;
};

const rule = 'Communication 2.2 (Document Resources)';

function requiredParam(request: XapiRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined) throw badRequest(`parameter ${name} is required`, rule);
  return value;
}

const where = (request: XapiRequest, path: string) => ({ path, version: request.version });

const resources: Resource[] = [
  {
    url: '/activities/state',
    idParam: 'stateId',
    params: ['activityId', 'agent', 'registration', 'stateId', 'since'],
    scopeOf: (request) => ({
      kind: 'state',
      activityKey: activityKey(iri(requiredParam(request, 'activityId'), where(request, 'activityId'))),
      agentKey: agentParam(requiredParam(request, 'agent'), 'agent', request.version),
      registration:
        request.params.registration === undefined
          ? undefined
          : uuid(request.params.registration, where(request, 'registration')),
    }),
    canRead: canReadState,
    canWrite: canWriteState,
    canDeleteAll: true,
  },
  {
    url: '/activities/profile',
    idParam: 'profileId',
    params: ['activityId', 'profileId', 'since'],
    scopeOf: (request) => ({
      kind: 'activity_profile',
      activityKey: activityKey(iri(requiredParam(request, 'activityId'), where(request, 'activityId'))),
      agentKey: null,
    }),
    canRead: canReadProfiles,
    canWrite: canWriteProfiles,
    canDeleteAll: false,
  },
  {
    url: '/agents/profile',
    idParam: 'profileId',
    params: ['agent', 'profileId', 'since'],
    scopeOf: (request) => ({
      kind: 'agent_profile',
      activityKey: null,
      agentKey: agentParam(requiredParam(request, 'agent'), 'agent', request.version),
    }),
    canRead: canReadProfiles,
    canWrite: canWriteProfiles,
    canDeleteAll: false,
  },
];

const preconditionsOf = (request: XapiRequest) => ({
  ifMatch: request.header('if-match'),
  ifNoneMatch: request.header('if-none-match'),
});

export function documentRoutes(deps: ModuleDeps): XapiRoute[] {
  return resources.map((resource) => {
    const tenantOf = (request: XapiRequest) => forOrganisation(deps.db, request.client.organisationId);
    const idOf = (request: XapiRequest) =>
      request.params[resource.idParam] === undefined
        ? undefined
        : string(request.params[resource.idParam], where(request, resource.idParam), rule);

    async function get(request: XapiRequest, reply: FastifyReply) {
      onlyParams(request, resource.params);
      if (!resource.canRead(request.client))
        throw forbiddenXapi('this credential may not read these documents');
      const scope = resource.scopeOf(request);
      const documentId = idOf(request);
      const tenant = tenantOf(request);
      if (documentId === undefined) {
        const since = request.params.since;
        const ids = await listDocumentIds(
          tenant,
          scope,
          since === undefined
            ? undefined
            : new Date(timestampMillis(timestamp(since, { path: 'since', version: '1.0.3' }))).toISOString(),
        );
        const latest = ids.reduce((max, row) => Math.max(max, row.updated.getTime()), 0);
        if (latest) reply.header('last-modified', new Date(latest).toUTCString());
        return reply
          .status(200)
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(ids.map((row) => row.documentId)));
      }
      if (request.params.since !== undefined)
        throw badRequest(`parameter since lists documents; it cannot be used with ${resource.idParam}`, rule);
      const document = await findDocument(tenant, scope, documentId);
      if (!document) throw notFoundXapi(`no document ${documentId}`);
      return reply
        .status(200)
        .header('etag', `"${document.etag}"`)
        .header('last-modified', document.updated.toUTCString())
        .type(document.contentType)
        .send(document.content);
    }

    function writeOf(request: XapiRequest): DocumentWrite {
      onlyParams(
        request,
        resource.params.filter((name) => name !== 'since'),
      );
      if (!resource.canWrite(request.client))
        throw forbiddenXapi('this credential may not write these documents');
      const documentId = idOf(request);
      if (documentId === undefined) throw badRequest(`parameter ${resource.idParam} is required`, rule);
      if (!request.body) throw badRequest('the request has no document in its body', rule);
      return {
        documentId,
        contentType: request.contentType ?? 'application/octet-stream',
        content: request.body,
        preconditions: preconditionsOf(request),
        version: request.version,
      };
    }

    async function put(request: XapiRequest, reply: FastifyReply) {
      const write = writeOf(request);
      await putDocument(tenantOf(request), resource.scopeOf(request), write);
      return reply.status(204).send();
    }

    async function post(request: XapiRequest, reply: FastifyReply) {
      const write = writeOf(request);
      await postDocument(tenantOf(request), resource.scopeOf(request), write);
      return reply.status(204).send();
    }

    async function remove(request: XapiRequest, reply: FastifyReply) {
      onlyParams(
        request,
        resource.params.filter((name) => name !== 'since'),
      );
      if (!resource.canWrite(request.client))
        throw forbiddenXapi('this credential may not delete these documents');
      const scope = resource.scopeOf(request);
      const documentId = idOf(request);
      if (documentId === undefined && !resource.canDeleteAll)
        throw badRequest(`parameter ${resource.idParam} is required`, rule);
      await tenantOf(request).transaction(async (trx) => {
        if (documentId !== undefined) {
          const current = await findDocument(trx, scope, documentId, { forUpdate: true });
          checkPreconditions(current, preconditionsOf(request), { isPut: false, precondition: 'optional' });
        }
        await deleteDocuments(trx, scope, documentId);
      });
      return reply.status(204).send();
    }

    return { url: resource.url, handlers: { GET: get, HEAD: get, PUT: put, POST: post, DELETE: remove } };
  });
}
