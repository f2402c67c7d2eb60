import type { CertificateFacts } from '../catalogue/index.ts';
import type { BadgeAwardFacts } from '../recognition/index.ts';
import { OB_CONTEXT, VC_CONTEXT } from './credentials.loader.ts';
import { credentialUrl, statusListUrl } from './credentials.urls.ts';

// An unsigned OpenBadgeCredential (Open Badges 3.0 on W3C VC 2.0) for a certificate or a badge award.

const seconds = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export type Issuing = {
  id: string;
  baseUrl: string;
  organisationId: string;
  issuer: string;
  issuerName: string;
  statusIndex: number;
  recipientName: string;
};

function envelope(issuing: Issuing, name: string, validFrom: Date) {
  const list = statusListUrl(issuing.baseUrl, issuing.organisationId);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: credentialUrl(issuing.baseUrl, issuing.id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: { id: issuing.issuer, type: ['Profile'], name: issuing.issuerName, url: issuing.baseUrl },
    validFrom: seconds(validFrom),
    credentialStatus: {
      id: `${list}#${issuing.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(issuing.statusIndex),
      statusListCredential: list,
    },
  };
}

// The earner has no DID: the subject names them, as the certificate does.
const subjectOf = (issuing: Issuing, achievement: object) => ({
  type: ['AchievementSubject'],
  identifier: [
    { type: 'IdentityObject', identityHash: issuing.recipientName, identityType: 'name', hashed: false },
  ],
  achievement,
});

export function certificateCredential(issuing: Issuing, certificate: CertificateFacts) {
  const kindWord = certificate.kind === 'course' ? 'course' : 'learning path';
  return {
    ...envelope(issuing, certificate.title, certificate.issuedAt),
    credentialSubject: subjectOf(issuing, {
      id: `urn:uuid:${certificate.subjectId}`,
      type: ['Achievement'],
      achievementType: 'Certificate',
      name: certificate.title,
      description: certificate.summary || `Completed the ${kindWord} "${certificate.title}".`,
      criteria: { narrative: `Complete every part of the ${kindWord} "${certificate.title}" in Groeipad.` },
      ...(certificate.alignment.length && {
        alignment: certificate.alignment.map((target) => ({
          type: ['Alignment'],
          targetName: target.name,
          targetUrl: `${issuing.baseUrl}/${target.kind === 'skill' ? 'skills' : 'direction/competencies'}/${target.id}`,
          targetType: 'ceasn:Competency',
        })),
      }),
    }),
    evidence: [
      {
        type: ['Evidence'],
        name: certificate.title,
        narrative: `Completed on ${certificate.issuedAt.toISOString().slice(0, 10)}.`,
      },
    ],
  };
}

export function badgeCredential(issuing: Issuing, award: BadgeAwardFacts) {
  return {
    ...envelope(issuing, award.name, award.awardedAt),
    credentialSubject: subjectOf(issuing, {
      id: `${issuing.baseUrl}/api/v1/badges/${award.badgeId}/achievement`,
      type: ['Achievement'],
      achievementType: 'Badge',
      name: award.name,
      description: award.description,
      criteria: { narrative: award.criteriaNarrative },
      ...(award.imageFileId && {
        image: { id: `${issuing.baseUrl}/api/v1/files/${award.imageFileId}`, type: 'Image' },
      }),
    }),
    evidence: [
      {
        type: ['Evidence'],
        name: award.name,
        narrative: award.reason ?? `Met the criteria: ${award.criteriaNarrative}`,
      },
    ],
  };
}
