import type { GrantableRole, Locale } from '../../db/schema.ts';

export type Role = 'employee' | 'manager' | GrantableRole;

/** Who is asking: a signed-in person, or an integration holding an API token. */
export type Auth =
  | {
      kind: 'person';
      organisationId: string;
      personId: string;
      sessionId: string;
      roles: ReadonlySet<Role>;
      locale: Locale;
    }
  | {
      kind: 'token';
      organisationId: string;
      tokenId: string;
      scopes: ReadonlySet<string>;
    };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in, password reset, health, OpenAPI). */
    isPublic?: boolean;
  }
}
