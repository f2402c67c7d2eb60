import { createHmac } from 'node:crypto';

// The LTI 1.3 vocabulary Groeipad speaks, and the addresses of its endpoints.

export const claim = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  toolPlatform: 'https://purl.imsglobal.org/spec/lti/claim/tool_platform',
  launchPresentation: 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  data: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
} as const;

export const role = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  administrator: 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
} as const;

export const scope = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;
export const allScopes: readonly string[] = Object.values(scope);

/** The platform's addresses; the issuer is per organisation, so a token names its organisation. */
export const platformUrls = (baseUrl: string, organisationId: string) => ({
  issuer: `${baseUrl}/lti/${organisationId}`,
  jwksUrl: `${baseUrl}/lti/${organisationId}/jwks`,
  authorizeUrl: `${baseUrl}/lti/authorize`,
  tokenUrl: `${baseUrl}/lti/token`,
  deepLinkReturnUrl: `${baseUrl}/lti/deep-links`,
});

export const serviceUrls = (baseUrl: string, contentId: string) => ({
  lineItems: `${baseUrl}/lti/services/${contentId}/lineitems`,
  memberships: `${baseUrl}/lti/services/${contentId}/memberships`,
});

/** The learner as one tool knows them: stable per tool, says nothing about the person elsewhere. */
export const subjectFor = (serverSecret: string, toolId: string, personId: string) =>
  createHmac('sha256', `lti-subject:${serverSecret}`)
    .update(`${toolId}:${personId}`)
    .digest('hex')
    .slice(0, 32);
