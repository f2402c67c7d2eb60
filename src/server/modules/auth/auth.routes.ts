import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { allPermissions, authOf, can, personIdOf } from '../access/index.ts';
import { csrfTokenFor, sha256 } from './auth.crypto.ts';
import { principalOf, sessionCookie } from './auth.hook.ts';
import {
  changePasswordBody,
  emailBody,
  linkBody,
  meResponse,
  signInBody,
  ssoRequiredProblem,
  throttledProblem,
  updateMeBody,
} from './auth.schemas.ts';
import {
  changeOwnSettings,
  changePassword,
  requestPasswordReset,
  sessionLifetimeMs,
  signIn,
  signOut,
  usePasswordLink,
} from './auth.service.ts';
import type { SessionPrincipal } from './auth.sessions.ts';

/** A throttled attempt also says when to come back in the Retry-After header (RFC 9110). */
async function withRetryAfter<T>(reply: FastifyReply, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof AppError && typeof error.extra?.retryAfter === 'number')
      reply.header('retry-after', String(error.extra.retryAfter));
    throw error;
  }
}

export const authRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const isSecure = deps.config.baseUrl.startsWith('https://');
    const publicRoute = { isPublic: true };

    /** What the web app needs of the signed-in person; all of it comes with the session's principal. */
    function me(principal: SessionPrincipal | null | undefined) {
      if (!principal) throw new AppError('unauthenticated');
      const { auth, person, organisation } = principal;
      return {
        person: {
          id: auth.personId,
          displayName: [person.givenName, person.familyNamePrefix, person.familyName]
            .filter(Boolean)
            .join(' '),
          givenName: person.givenName,
          email: person.email,
          jobTitle: person.jobTitle,
          locale: person.locale,
        },
        organisation: {
          id: organisation.id,
          name: organisation.name,
          slug: organisation.slug,
          defaultLocale: organisation.defaultLocale,
          isDemo: organisation.isDemo,
        },
        locale: person.locale ?? organisation.defaultLocale,
        roles: [...auth.roles],
        permissions: allPermissions.filter((permission) => can(auth, permission)),
        csrfToken: csrfTokenFor(auth.sessionId, deps.config.sessionSecret),
      };
    }

    app.post(
      '/auth/sign-in',
      {
        config: publicRoute,
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail and password; sets the session cookie',
          description:
            'Too many failed attempts for an e-mail, from an address or both answer 429 with a `Retry-After` header and `retryAfter` (seconds) in the problem; no account is ever locked. Where the organisation requires single sign-on, 403 `sso_required` names the organisation to sign in with.',
          security: [],
          body: signInBody,
          response: { 200: meResponse, ...problems, 403: ssoRequiredProblem, 429: throttledProblem },
        },
      },
      async (request, reply) => {
        const session = await withRetryAfter(reply, () =>
          signIn(deps, {
            email: request.body.email,
            password: request.body.password,
            organisationSlug: request.body.organisation,
            clientIp: request.ip,
            userAgent: request.headers['user-agent'],
          }),
        );
        reply.setCookie(sessionCookie, session.cookieValue, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: isSecure,
          maxAge: sessionLifetimeMs / 1000,
        });
        return me(await app.sessions.lookupSession(sha256(session.cookieValue), { isFresh: true }));
      },
    );

    app.post(
      '/auth/sign-out',
      { schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null(), ...problems } } },
      async (request, reply) => {
        await signOut(ctxOf(request));
        reply.clearCookie(sessionCookie, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/password-reset',
      {
        config: publicRoute,
        schema: {
          tags: ['auth'],
          summary: 'Send a password-reset link (answers 202 whether or not the address is known)',
          security: [],
          body: emailBody,
          response: { 202: z.null(), 400: problems[400] },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(deps, { email: request.body.email, baseUrl: deps.config.baseUrl });
        return reply.status(202).send(null);
      },
    );

    for (const [path, purpose] of [
      ['/auth/password-reset/confirm', 'password_reset'],
      ['/auth/invitation/accept', 'invitation'],
    ] as const) {
      app.post(
        path,
        {
          config: publicRoute,
          schema: {
            tags: ['auth'],
            summary:
              purpose === 'invitation'
                ? 'Accept an invitation by choosing a password'
                : 'Choose a new password with a reset link',
            security: [],
            body: linkBody,
            response: { 200: z.object({ email: z.string() }), 400: problems[400], 410: problems[404] },
          },
        },
        async (request) => {
          const result = await usePasswordLink(deps, {
            ...request.body,
            purpose,
            clientIp: request.ip,
          });
          return { email: result.email };
        },
      );
    }

    app.get(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in person, organisation, roles and CSRF token',
          response: { 200: meResponse, ...problems },
        },
      },
      async (request) => {
        personIdOf(authOf(request));
        return me(principalOf(request));
      },
    );

    app.patch(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change my own settings (language)',
          body: updateMeBody,
          response: { 200: meResponse, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeOwnSettings(ctx, request.body);
        if (ctx.auth.kind !== 'person') throw new AppError('forbidden');
        return me(await app.sessions.lookupSession(ctx.auth.sessionId, { isFresh: true }));
      },
    );

    app.post(
      '/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change my password (other sessions are signed out)',
          body: changePasswordBody,
          response: { 204: z.null(), ...problems, 429: throttledProblem },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await withRetryAfter(reply, () => changePassword(ctx, { ...request.body, clientIp: request.ip }));
        return reply.status(204).send(null);
      },
    );
  };
