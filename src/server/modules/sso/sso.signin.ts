import { randomUUID } from 'node:crypto';
import { runChange } from '../../core/change.ts';
import { organisationContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { startSession } from '../auth/index.ts';
import { publishPeopleChanged, writePeople } from '../people/index.ts';
import { applySignInGroups } from '../scim/index.ts';
import { type ConnectionRow, peopleMatching, recordSsoSession } from './sso.repository.ts';
import { seal } from './sso.secrets.ts';

/** Why an IdP's answer did not sign anyone in; the sign-in page has words for each. */
export type RefusalReason =
  | 'not_configured'
  | 'invalid_response'
  | 'claim_missing'
  | 'unknown_person'
  | 'person_left'
  | 'ambiguous';

export class SsoRefusal extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, detail?: string) {
    super(detail ?? reason);
    this.reason = reason;
  }
}

/** What an IdP says about who signed in (OIDC claims or SAML attributes, already checked). */
export type Identity = {
  email?: string;
  employeeNumber?: string;
  givenName?: string;
  familyName?: string;
  /** The groups named in the connection's groups claim; undefined when it sent none. */
  groups?: string[];
};

/** A groups claim or attribute: a list of strings (or one); anything else counts as not sent. */
export function groupsOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );
  return list.map((item) => item.trim()).slice(0, 500);
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Picks the identity out of OIDC claims; an e-mail the IdP says is unverified is not used. */
export function identityOfClaims(
  claims: Record<string, unknown>,
  employeeNumberClaim: string | null,
  groupsClaim: string | null = null,
): Identity {
  const email = claims.email_verified === false ? undefined : text(claims.email);
  return {
    email: email?.toLowerCase(),
    employeeNumber: employeeNumberClaim ? text(claims[employeeNumberClaim]) : undefined,
    givenName: text(claims.given_name),
    familyName: text(claims.family_name),
    groups: groupsClaim ? groupsOf(claims[groupsClaim]) : undefined,
  };
}

/**
 * Finds the person the IdP names in this organisation only (never another one), refuses someone who
 * left or is unknown (or creates them when just-in-time creation is on) and starts a Groeipad session.
 */
export async function signInWithIdentity(
  deps: Pick<ModuleDeps, 'db' | 'log' | 'bus' | 'config'>,
  connection: ConnectionRow,
  identity: Identity,
  session: { protocol: 'oidc' | 'saml'; idToken?: string; userAgent?: string },
): Promise<{ cookieValue: string; personId: string }> {
  const ctx = organisationContext({ ...deps, organisationId: connection.organisation_id });
  const by = connection.match_by;
  const value = by === 'email' ? identity.email : identity.employeeNumber;
  if (!value) throw new SsoRefusal('claim_missing', `the IdP sent no ${by}`);
  return runChange(ctx, async (tx) => {
    const found = await peopleMatching(tx.db, by, value);
    const active = found.filter((person) => person.status !== 'left');
    if (active.length > 1) throw new SsoRefusal('ambiguous');
    let personId = active[0]?.id;
    if (!personId && found.length) throw new SsoRefusal('person_left');
    if (!personId) {
      if (!connection.creates_people || !identity.email) throw new SsoRefusal('unknown_person');
      // The e-mail may belong to someone else here when matching by employee number: refuse, not merge.
      if ((await peopleMatching(tx.db, 'email', identity.email)).length)
        throw new SsoRefusal('unknown_person', 'the e-mail address belongs to someone else');
      personId = randomUUID();
      await writePeople(tx.db, {
        create: [
          {
            id: personId,
            employee_number: identity.employeeNumber ?? null,
            email: identity.email,
            given_name: (identity.givenName ?? identity.email.split('@')[0]!).slice(0, 100),
            family_name_prefix: null,
            // The name stays the IdP's until HR corrects it; a missing family name shows as "-".
            family_name: (identity.familyName ?? '-').slice(0, 100),
            job_title: null,
            org_unit_id: null,
            manager_id: null,
            start_date: null,
            end_date: null,
            locale: null,
            status: 'active',
          },
        ],
        update: [],
        leave: [],
      });
      tx.record({ action: 'sso.person_created', subjectId: personId, changes: { email: identity.email } });
      publishPeopleChanged(tx, [personId]);
    }
    // Groups in the sign-in (the connection names the claim): memberships, mapped roles and units.
    if (connection.groups_claim && identity.groups) await applySignInGroups(tx, personId, identity.groups);
    const started = await startSession(tx.db, personId, tx.now(), session.userAgent);
    await recordSsoSession(tx.db, {
      session_id: started.sessionId,
      protocol: session.protocol,
      id_token_sealed: session.idToken ? seal(deps.config.sessionSecret, session.idToken) : null,
    });
    tx.record({ action: 'sso.signed_in', subjectId: personId, changes: { protocol: session.protocol } });
    return { cookieValue: started.cookieValue, personId };
  });
}
