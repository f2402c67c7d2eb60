import type { FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../core/module.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import {
  canDefine,
  canWriteStatements,
  statementReadAccess,
  type XapiClient,
} from '../credentials/scopes.ts';
import { badRequest, forbiddenXapi, notFoundXapi } from '../xapi.errors.ts';
import type { XapiRoute } from '../xapi.request.ts';
import { mediaTypeOf, onlyParams, type XapiRequest } from '../xapi.request.ts';
import { type AttachmentPart, attachmentsOf, buildMultipart, parseMultipart } from './attachments.ts';
import { activityIdsOf, formatStatement, preferredLanguages } from './statement-format.ts';
import { activityKey } from './statement-keys.ts';
import { findStatementsText } from './statements.page-text.ts';
import {
  decodeMore,
  encodeMore,
  parseStatementQuery,
  type StatementQuery,
  statementQueryParams,
} from './statements.params.ts';
import {
  attachmentContents,
  canonicalDefinitions,
  consistentThrough,
  findStatement,
  findStatements,
  readBack,
  readBackText,
  type StoredRow,
} from './statements.query.ts';
import { type StatementWriter, writeStatements } from './statements.write.ts';
import { isObject, type JsonObject, uuid } from './validate-primitives.ts';

/** The authority the store sets on statements a credential sends (Data 2.4.9). */
export const authorityOf = (client: XapiClient, baseUrl: string): JsonObject => ({
  objectType: 'Agent',
  name: client.name,
  account: { homePage: `${baseUrl}/lrs/credentials`, name: client.key },
});

/** The statements of a PUT or POST body: JSON, or multipart/mixed with attachments (Communication 1.5). */
function statementsOfBody(request: XapiRequest): { value: unknown; parts: AttachmentPart[] } {
  const type = mediaTypeOf(request.contentType);
  if (!request.body || request.body.length === 0)
    throw badRequest('the request has no statements in its body', 'Communication 2.1');
  let json: Buffer = request.body;
  let parts: AttachmentPart[] = [];
  if (type === 'multipart/mixed') ({ json, parts } = parseMultipart(request.body, request.contentType ?? ''));
  else if (type !== 'application/json')
    throw badRequest(
      'statements are sent as application/json or multipart/mixed',
      'Communication 1.5 (Content Types)',
    );
  try {
    return { value: JSON.parse(json.toString('utf8')), parts };
  } catch {
    throw badRequest('the body is not valid JSON', 'Data 2.2 (Formatting Requirements)');
  }
}

function writerOf(client: XapiClient, baseUrl: string): StatementWriter {
  if (!canWriteStatements(client))
    throw forbiddenXapi('this credential may not write statements (statements/write)');
  return {
    authority: authorityOf(client, baseUrl),
    credentialId: client.credentialId,
    canDefine: canDefine(client),
  };
}

function sendJson(reply: FastifyReply, status: number, value: unknown) {
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}

export function statementRoutes(deps: ModuleDeps): XapiRoute[] {
  const { baseUrl } = deps.config;
  const statementsPath = `${new URL(baseUrl).pathname.replace(/\/$/, '')}/xapi/statements`;

  async function put(request: XapiRequest, reply: FastifyReply) {
    onlyParams(request, ['statementId']);
    const writer = writerOf(request.client, baseUrl);
    if (request.params.statementId === undefined)
      throw badRequest(
        'PUT /statements needs the statementId parameter',
        'Communication 2.1.1 (PUT Statements)',
      );
    const statementId = uuid(request.params.statementId, { path: 'statementId', version: request.version });
    const { value, parts } = statementsOfBody(request);
    if (!isObject(value))
      throw badRequest('PUT /statements takes one statement object', 'Communication 2.1.1');
    if (value.id !== undefined && String(value.id).toLowerCase() !== statementId)
      throw badRequest('the statement id differs from the statementId parameter', 'Communication 2.1.1');
    await writeStatements(deps, {
      organisationId: request.client.organisationId,
      statements: [{ ...value, id: statementId }],
      parts,
      version: request.version,
      writer,
      baseUrl,
      isBatch: false,
    });
    return reply.status(204).send();
  }

  async function post(request: XapiRequest, reply: FastifyReply) {
    onlyParams(request, []);
    const writer = writerOf(request.client, baseUrl);
    const { value, parts } = statementsOfBody(request);
    const isBatch = Array.isArray(value);
    const statements = isBatch ? value : [value];
    if (statements.length === 0) return sendJson(reply, 200, []);
    const { ids } = await writeStatements(deps, {
      organisationId: request.client.organisationId,
      statements,
      parts,
      version: request.version,
      writer,
      baseUrl,
      isBatch,
    });
    return sendJson(reply, 200, ids);
  }

  async function get(request: XapiRequest, reply: FastifyReply) {
    const tenant = forOrganisation(deps.db, request.client.organisationId);
    // Sent with every answer to GET /statements, refusals included (Communication 2.1.3).
    const through = await consistentThrough(tenant);
    reply.header('x-experience-api-consistent-through', through.toISOString());
    onlyParams(request, statementQueryParams);
    const access = statementReadAccess(request.client);
    if (!access) throw forbiddenXapi('this credential may not read statements (statements/read)');
    let query: StatementQuery;
    let after: number | undefined;
    if (request.params.more !== undefined) {
      if (Object.keys(request.params).length > 1)
        throw badRequest('parameter more comes on its own', 'Communication 2.1.3');
      const cursor = decodeMore(request.params.more);
      query = parseStatementQuery(cursor.given, request.version);
      after = cursor.after;
    } else query = parseStatementQuery(request.params, request.version);
    const credentialId = access === 'mine' ? request.client.credentialId : undefined;
    const languages = preferredLanguages(request.header('accept-language'));

    let rows: StoredRow[];
    let body: string;
    if (query.kind === 'single') {
      const row = await findStatement(tenant, { id: query.id, isVoided: query.isVoided, credentialId });
      if (!row) throw notFoundXapi(`no ${query.isVoided ? 'voided ' : ''}statement ${query.id}`);
      rows = [row];
      reply.header('last-modified', row.stored.toUTCString());
      body = (await formatted(rows, query.format, languages))[0]!;
    } else {
      const page = {
        filter: { ...query.filter, credentialId },
        limit: query.limit,
        ascending: query.ascending,
        after,
      };
      // The default format without attachments: the page as the database writes it out.
      const text =
        query.format === 'exact' && !query.attachments ? await findStatementsText(tenant, page) : null;
      if (text) {
        const more =
          text.hasMore && text.lastSeq !== undefined
            ? `${statementsPath}?more=${encodeMore(query.given, text.lastSeq)}`
            : '';
        reply.header('last-modified', (text.latest ?? through).toUTCString());
        return reply
          .status(200)
          .type('application/json; charset=utf-8')
          .send(`{"statements":[${text.statements}],"more":${JSON.stringify(more)}}`);
      }
      const found = await findStatements(tenant, page);
      rows = found.slice(0, query.limit);
      const hasMore = found.length > query.limit;
      const more = hasMore ? `${statementsPath}?more=${encodeMore(query.given, rows.at(-1)!.seq)}` : '';
      reply.header('last-modified', (rows.length ? latest(rows) : through).toUTCString());
      const statements = await formatted(rows, query.format, languages);
      body = `{"statements":[${statements.join(',')}],"more":${JSON.stringify(more)}}`;
    }
    if (!query.attachments) return reply.status(200).type('application/json; charset=utf-8').send(body);
    const hashes = rows.flatMap((row) =>
      row.hasAttachments ? attachmentsOf(row.statement).map((attachment) => String(attachment.sha2)) : [],
    );
    const contents = await attachmentContents(tenant, hashes);
    const parts = [...contents].map(([sha2, entry]) => ({
      sha2,
      contentType: entry.contentType,
      content: entry.content,
    }));
    const multipart = buildMultipart(body, parts);
    return reply.status(200).type(multipart.contentType).send(multipart.body);

    /** Each statement as JSON text; `exact` straight from the stored text, the others rebuilt. */
    async function formatted(list: StoredRow[], format: StatementQuery['format'], preferred: string[]) {
      if (format === 'exact') return list.map(readBackText);
      const statements = list.map(readBack);
      if (format === 'ids')
        return statements.map((statement) => JSON.stringify(formatStatement(statement, format)));
      const definitions = await canonicalDefinitions(
        tenant,
        statements.flatMap(activityIdsOf).map(activityKey),
      );
      return statements.map((statement) =>
        JSON.stringify(formatStatement(statement, 'canonical', { definitions, languages: preferred })),
      );
    }
  }

  return [{ url: '/statements', handlers: { GET: get, HEAD: get, PUT: put, POST: post } }];
}

const latest = (rows: StoredRow[]) => new Date(Math.max(...rows.map((row) => row.stored.getTime())));
