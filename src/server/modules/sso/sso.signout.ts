import type { Config } from '../../config.ts';
import type { Ctx } from '../../core/context.ts';
import { signOut } from '../auth/index.ts';
import { oidcLogoutUrl } from './sso.oidc.ts';
import { findConnection, ssoSessionOf } from './sso.repository.ts';
import { unseal } from './sso.secrets.ts';
import { oidcSettingsOf } from './sso.service.ts';

/**
 * Ends the Groeipad session; when an OIDC IdP started it and announces an end_session_endpoint, also
 * answers the RP-initiated logout address (with the ID token as hint) for the browser to visit.
 */
export async function signOutEverywhere(ctx: Ctx, config: Config): Promise<{ idpLogoutUrl: string | null }> {
  let idpLogoutUrl: string | null = null;
  if (ctx.auth.kind === 'person') {
    const session = await ssoSessionOf(ctx.db, ctx.auth.sessionId);
    const connection = session?.id_token_sealed ? await findConnection(ctx.db) : undefined;
    if (session?.id_token_sealed && connection?.protocol === 'oidc') {
      try {
        idpLogoutUrl = await oidcLogoutUrl(
          oidcSettingsOf(connection, config),
          unseal(config.sessionSecret, session.id_token_sealed),
          `${config.baseUrl}/sign-in`,
        );
      } catch (error) {
        ctx.log.warn({ err: error }, 'no IdP logout address');
      }
    }
  }
  await signOut(ctx);
  return { idpLogoutUrl };
}
