import { randomUUID } from 'node:crypto';
import { runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { certificatesForCredentials } from '../catalogue/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { badgeAwardsForCredentials, revokedBadgeAwards } from '../recognition/index.ts';
import { badgeCredential, certificateCredential, type Issuing } from './credentials.document.ts';
import { freeStatusIndex, issuerKey, ownDocuments, type Signing } from './credentials.issuer.ts';
import './credentials.events.ts';
import { sign } from './credentials.proof.ts';
import { revokeForSource } from './credentials.service.ts';
import { STATUS_LIST_SIZE } from './credentials.status.ts';

const personName = (p: { given_name: string; family_name_prefix: string | null; family_name: string }) =>
  [p.given_name, p.family_name_prefix, p.family_name].filter(Boolean).join(' ');

/**
 * Issues an Open Badges credential for every certificate and badge award (of one person, or of the whole
 * organisation) that has none yet. Idempotent: the source's unique key makes a second run a no-op.
 */
export async function issueMissing(
  ctx: OrgContext,
  deps: Pick<ModuleDeps, 'db'>,
  signing: Signing,
  filter: { personId?: string },
) {
  return runChange(ctx, async (tx) => {
    const done = new Set(
      (
        await tx.db
          .selectFrom('issued_credentials')
          .select(['source_kind', 'source_id'])
          .$if(Boolean(filter.personId), (q) => q.where('person_id', '=', filter.personId!))
          .execute()
      ).map((row) => `${row.source_kind}:${row.source_id}`),
    );
    const certificates = (await certificatesForCredentials(tx.db, filter)).filter(
      (c) => !done.has(`certificate:${c.id}`),
    );
    const awards = (await badgeAwardsForCredentials(tx.db, filter)).filter(
      (a) => !done.has(`badge_award:${a.id}`),
    );
    if (!certificates.length && !awards.length) return 0;
    // One issuer at a time chooses status bits: the key row is the lock.
    const key = await issuerKey(tx.db, signing);
    await tx.db.selectFrom('credential_issuers').select('organisation_id').forUpdate().execute();
    const organisation = await tx.db.executor
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', ctx.organisationId)
      .executeTakeFirstOrThrow();
    const people = await tx.db.executor
      .selectFrom('people')
      .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
      .where('organisation_id', '=', ctx.organisationId)
      .where('id', 'in', [...awards.map((a) => a.personId), '00000000-0000-0000-0000-000000000000'])
      .execute();
    const names = new Map(people.map((p) => [p.id, personName(p)]));
    const resolve = ownDocuments(deps.db, signing);
    const issue = async (
      source: { kind: 'certificate' | 'badge_award'; id: string; personId: string; title: string },
      recipientName: string,
      build: (issuing: Issuing) => object,
    ) => {
      const issuing: Issuing = {
        id: randomUUID(),
        baseUrl: signing.baseUrl,
        organisationId: ctx.organisationId,
        issuer: key.issuer,
        issuerName: organisation.name,
        statusIndex: await freeStatusIndex(tx.db, STATUS_LIST_SIZE),
        recipientName,
      };
      const document = await sign(build(issuing), key, resolve);
      await tx.db
        .insertInto('issued_credentials', {
          id: issuing.id,
          person_id: source.personId,
          source_kind: source.kind,
          source_id: source.id,
          title: source.title.slice(0, 300),
          status_index: issuing.statusIndex,
          document: JSON.stringify(document),
        })
        .execute();
      tx.record({ action: 'credential.issued', subjectId: issuing.id, changes: { sourceKind: source.kind } });
    };
    for (const certificate of certificates)
      await issue(
        { kind: 'certificate', id: certificate.id, personId: certificate.personId, title: certificate.title },
        certificate.recipientName,
        (issuing) => certificateCredential(issuing, certificate),
      );
    for (const award of awards)
      await issue(
        { kind: 'badge_award', id: award.id, personId: award.personId, title: award.name },
        names.get(award.personId) ?? '',
        (issuing) => badgeCredential(issuing, award),
      );
    return certificates.length + awards.length;
  });
}

/** The job: credentials for every earlier certificate and badge award, organisation by organisation. */
export async function issueAllMissing(deps: ModuleDeps) {
  const signing = { baseUrl: deps.config.baseUrl, serverSecret: deps.config.sessionSecret };
  const organisations = await deps.db.selectFrom('organisations').select('id').execute();
  let issued = 0;
  for (const { id } of organisations) {
    const ctx = await organisationContextOf(deps, id);
    issued += await issueMissing(ctx, deps, signing, {});
    await revokeWithdrawn(ctx);
  }
  return issued;
}

/** Credentials of badge awards that were taken back and are not revoked yet (the listener's backstop). */
async function revokeWithdrawn(ctx: OrgContext) {
  const withdrawn = await revokedBadgeAwards(ctx.db);
  if (!withdrawn.length) return;
  const pending = await ctx.db
    .selectFrom('issued_credentials')
    .select('source_id')
    .where('source_kind', '=', 'badge_award')
    .where('revoked_at', 'is', null)
    .where(
      'source_id',
      'in',
      withdrawn.map((award) => award.id),
    )
    .execute();
  const open = new Set(pending.map((row) => row.source_id));
  for (const award of withdrawn)
    if (open.has(award.id))
      await revokeForSource(
        ctx,
        { kind: 'badge_award', id: award.id },
        { by: award.revokedBy, reason: award.reason },
      );
}
