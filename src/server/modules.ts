import { createBus } from './core/bus.ts';
import type { ModuleDeps, ModuleManifest } from './core/module.ts';
import { registerPersonalData } from './core/personal-data.ts';
import { providePorts } from './core/ports.ts';
import { announcementsModule } from './modules/announcements/announcements.module.ts';
import { apiTokensModule } from './modules/api-tokens/api-tokens.module.ts';
import { auditModule } from './modules/audit/audit.module.ts';
import { authModule } from './modules/auth/auth.module.ts';
import { budgetsModule } from './modules/budgets/budgets.module.ts';
import { campaignsModule } from './modules/campaigns/campaigns.module.ts';
import { catalogueModule } from './modules/catalogue/catalogue.module.ts';
import { cmi5Module } from './modules/cmi5/cmi5.module.ts';
import { consultationsModule } from './modules/consultations/consultations.module.ts';
import { conversationsModule } from './modules/conversations/conversations.module.ts';
import { credentialsModule } from './modules/credentials/credentials.module.ts';
import { directionModule } from './modules/direction/direction.module.ts';
import { eventsModule } from './modules/events/events.module.ts';
import { feedbackModule } from './modules/feedback/feedback.module.ts';
import { filesModule } from './modules/files/files.module.ts';
import { goalsModule } from './modules/goals/goals.module.ts';
import { homeModule } from './modules/home/home.module.ts';
import { importsModule } from './modules/imports/imports.module.ts';
import { insightModule } from './modules/insight/insight.module.ts';
import { knowledgeModule } from './modules/knowledge/knowledge.module.ts';
import { learningAgreementsModule } from './modules/learning-agreements/learning-agreements.module.ts';
import { learningTimeModule } from './modules/learning-time/learning-time.module.ts';
import { ltiModule } from './modules/lti/lti.module.ts';
import { mailModule } from './modules/mail/mail.module.ts';
import { notificationsModule } from './modules/notifications/notifications.module.ts';
import { onboardingModule } from './modules/onboarding/onboarding.module.ts';
import { orgUnitsModule } from './modules/org-units/org-units.module.ts';
import { organisationsModule } from './modules/organisations/organisations.module.ts';
import { peopleModule } from './modules/people/people.module.ts';
import { plansModule } from './modules/plans/plans.module.ts';
import { privacyModule } from './modules/privacy/privacy.module.ts';
import { programmesModule } from './modules/programmes/programmes.module.ts';
import { recognitionModule } from './modules/recognition/recognition.module.ts';
import { scimModule } from './modules/scim/scim.module.ts';
import { scormModule } from './modules/scorm/scorm.module.ts';
import { skillsModule } from './modules/skills/skills.module.ts';
import { ssoModule } from './modules/sso/sso.module.ts';
import { surveysModule } from './modules/surveys/surveys.module.ts';
import { talentModule } from './modules/talent/talent.module.ts';
import { webhooksModule } from './modules/webhooks/webhooks.module.ts';
import { workoutsModule } from './modules/workouts/workouts.module.ts';
import { xapiModule } from './modules/xapi/xapi.module.ts';

/**
 * Every module of the server, in the product map's order. The app registers their routes and
 * listeners, the job runner their jobs; adding a module is one line here.
 */
export const modules: readonly ModuleManifest[] = [
  authModule,
  organisationsModule,
  peopleModule,
  orgUnitsModule,
  importsModule,
  apiTokensModule,
  auditModule,
  mailModule,
  homeModule,
  skillsModule,
  directionModule,
  goalsModule,
  consultationsModule,
  announcementsModule,
  notificationsModule,
  plansModule,
  budgetsModule,
  filesModule,
  catalogueModule,
  conversationsModule,
  learningAgreementsModule,
  scormModule,
  learningTimeModule,
  eventsModule,
  onboardingModule,
  programmesModule,
  workoutsModule,
  campaignsModule,
  cmi5Module,
  knowledgeModule,
  feedbackModule,
  recognitionModule,
  xapiModule,
  credentialsModule,
  ssoModule,
  insightModule,
  talentModule,
  surveysModule,
  scimModule,
  webhooksModule,
  ltiModule,
  privacyModule,
];

for (const module of modules) providePorts(module.provides ?? {});
for (const module of modules) registerPersonalData(module.name, module.personalData);

/** The dependencies modules are built from; the bus is made here when the caller has none. */
export function createModuleDeps(base: Omit<ModuleDeps, 'bus'> & { bus?: ModuleDeps['bus'] }): ModuleDeps {
  return { ...base, bus: base.bus ?? createBus(base.log) };
}
