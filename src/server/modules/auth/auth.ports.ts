import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

declare module '../../core/ports.ts' {
  interface Ports {
    /**
     * What signing in keeps on a person's row. The people table is people's, and people builds on
     * auth (invitations, ending sign-ins), so people provides this port.
     */
    personAccount: {
      /** Sets the password of someone who has not left; their e-mail, or undefined when there is none. */
      setPasswordHash(
        tenant: TenantDb,
        personId: string,
        passwordHash: string,
        at: Date,
      ): Promise<{ email: string } | undefined>;
      markSignedIn(tenant: TenantDb, personId: string, at: Date): Promise<void>;
      setLocale(tenant: TenantDb, personId: string, locale: Locale | null, at: Date): Promise<void>;
    };
    /**
     * Whether this person may sign in with a password (SSO required turns passwords off for all but the
     * break-glass owners). The sso module builds on auth (it starts sessions), so sso provides this port.
     */
    passwordPolicy: {
      passwordRefusal(
        tenant: TenantDb,
        personId: string,
      ): Promise<{ organisationSlug: string; idpName: string } | null>;
    };
  }
}
