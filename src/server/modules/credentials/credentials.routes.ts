import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { personIdOf } from '../access/index.ts';
import { bakedPng, bakedSvg } from './credentials.baking.ts';
import { issueMissing } from './credentials.issue.ts';
import { ownDocuments } from './credentials.issuer.ts';
import { verifyLimiter } from './credentials.rate-limit.ts';
import {
  issuerKeys,
  myCredentials,
  organisationCredentials,
  publicCredential,
  verification,
} from './credentials.read.ts';
import {
  credentialSchema,
  issuerKeySchema,
  jsonLdSchema,
  organisationCredentialSchema,
  organisationParams,
  revokeBody,
  verificationSchema,
} from './credentials.schemas.ts';
import { revokeCredential, rotateKey } from './credentials.service.ts';
import { issuerUrl, statusListUrl } from './credentials.urls.ts';

const tags = ['credentials'];
// Verifiers, wallets and the public page read these without signing in.
const open = { config: { isPublic: true } } as const;

export const credentialsRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const signing = { baseUrl: deps.config.baseUrl, serverSecret: deps.config.sessionSecret };
    const resolve = ownDocuments(deps.db, signing);
    const limiter = verifyLimiter(deps.config.credentialsVerifyPerMinute ?? 30);
    // Before any work: a refused verification costs nothing, and says when to come back (RFC 9110).
    const limited = async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        limiter.take(request.ip);
      } catch (error) {
        if (error instanceof AppError) reply.header('retry-after', String(error.extra?.retryAfter));
        throw error;
      }
    };

    app.get(
      '/credentials/mine',
      {
        schema: {
          tags,
          summary: 'My Open Badges credentials (certificates and badges), newest first',
          response: { 200: z.array(credentialSchema), ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        // The backstop where it matters most: what I earned before (or a failed listener) is issued now.
        await issueMissing(ctx, deps, signing, { personId: personIdOf(ctx.auth) });
        return myCredentials(ctx, deps.config.baseUrl);
      },
    );

    app.get(
      '/credentials',
      {
        schema: {
          tags,
          summary: "The organisation's credentials (L&D), to revoke one",
          response: { 200: z.array(organisationCredentialSchema), ...problems },
        },
      },
      async (request) => organisationCredentials(ctxOf(request), deps.config.baseUrl),
    );

    app.post(
      '/credentials/revocations/:id',
      {
        schema: {
          tags,
          summary: 'Revoke a credential (L&D): its status list bit is set and verification says revoked',
          params: idParams,
          body: revokeBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await revokeCredential(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/credentials/issuers/:organisationId',
      {
        ...open,
        schema: {
          tags,
          summary: "The issuer's controller document: its public Ed25519 key (Multikey) for assertions",
          security: [],
          params: organisationParams,
          response: { 200: jsonLdSchema, 404: problems[404] },
        },
      },
      async (request) => {
        const document = await resolve(issuerUrl(deps.config.baseUrl, request.params.organisationId));
        if (!document) throw notFound('Issuer');
        return document as Record<string, unknown>;
      },
    );

    app.get(
      '/credentials/issuer-keys',
      {
        schema: {
          tags,
          summary: "The organisation's numbered signing keys (L&D), newest first: public parts only",
          response: { 200: z.array(issuerKeySchema), ...problems },
        },
      },
      async (request) => issuerKeys(ctxOf(request), signing),
    );

    app.post(
      '/credentials/issuer-keys',
      {
        schema: {
          tags,
          summary:
            "Replace the organisation's signing key (L&D): new credentials use the new key; earlier ones keep verifying with the old, which stays published",
          body: z.object({}).optional(),
          response: { 201: z.object({ keyId: z.string(), keyNumber: z.number().int() }), ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await rotateKey(ctxOf(request), signing)),
    );

    app.get(
      '/credentials/issuers/:organisationId/did.json',
      {
        ...open,
        schema: {
          tags,
          summary:
            "The issuer's did:web DID document (an alias of the https issuer): the same keys, named by the DID",
          security: [],
          params: organisationParams,
          response: { 200: jsonLdSchema, 404: problems[404] },
        },
      },
      async (request) => {
        const document = await resolve(
          `${issuerUrl(deps.config.baseUrl, request.params.organisationId)}/did.json`,
        );
        if (!document) throw notFound('Issuer');
        return document as Record<string, unknown>;
      },
    );

    app.get(
      '/credentials/issuers/:organisationId/status-list',
      {
        ...open,
        schema: {
          tags,
          summary: "The issuer's revocation list: a signed BitstringStatusListCredential",
          security: [],
          params: organisationParams,
          response: { 200: jsonLdSchema, 404: problems[404] },
        },
      },
      async (request) => {
        const document = await resolve(statusListUrl(deps.config.baseUrl, request.params.organisationId));
        if (!document) throw notFound('Status list');
        return document as Record<string, unknown>;
      },
    );

    app.get(
      '/credentials/public/:id',
      {
        ...open,
        schema: {
          tags,
          summary: 'A signed OpenBadgeCredential as issued (JSON-LD), for anyone with its link',
          security: [],
          params: idParams,
          response: { 200: jsonLdSchema, 404: problems[404] },
        },
      },
      async (request) => (await publicCredential(deps.db, request.params.id)).document,
    );

    app.get(
      '/credentials/public/:id/verification',
      {
        ...open,
        schema: {
          tags,
          summary: 'Verify a credential Groeipad issued: valid, revoked or tampered',
          security: [],
          params: idParams,
          response: { 200: verificationSchema, 404: problems[404], 429: problemSchema },
        },
        onRequest: limited,
      },
      async (request) =>
        verification(deps.db, signing, (await publicCredential(deps.db, request.params.id)).document),
    );

    app.post(
      '/credentials/verify',
      {
        ...open,
        schema: {
          tags,
          summary: 'Verify a credential file someone has (its JSON): valid, revoked or tampered',
          security: [],
          body: jsonLdSchema,
          response: { 200: verificationSchema, ...problems, 429: problemSchema },
        },
        onRequest: limited,
      },
      async (request) => verification(deps.db, signing, request.body),
    );

    app.get(
      '/credentials/public/:id/baked/:format',
      {
        ...open,
        schema: {
          tags,
          summary: 'The credential baked into an image (Open Badges baking): PNG or SVG',
          security: [],
          params: idParams.extend({ format: z.enum(['png', 'svg']) }),
          produces: ['image/png', 'image/svg+xml'],
          response: { 404: problems[404], 400: problems[400] },
        },
      },
      async (request, reply) => {
        const { document, title, kind } = await publicCredential(deps.db, request.params.id);
        const fileName = `credential-${request.params.id.slice(0, 8)}.${request.params.format}`;
        if (request.params.format === 'svg')
          return fileHeaders(reply, { fileName, contentType: 'image/svg+xml', inline: false }).send(
            bakedSvg(document, title, kind),
          );
        return fileHeaders(reply, { fileName, contentType: 'image/png', inline: false }).send(
          bakedPng(document, kind),
        );
      },
    );
  };
