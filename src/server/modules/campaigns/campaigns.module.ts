import { defineModule } from '../../core/module.ts';
import { sendDueMessages } from './campaigns.delivery.ts';
import { sendNudges } from './campaigns.nudges.ts';
import { campaignsPersonalData } from './campaigns.personal-data.ts';
import { campaignRoutes } from './campaigns.routes.ts';
import { contentLanguages } from './campaigns.settings.repository.ts';
import { forgetSpotlight, spotlightSubjects } from './campaigns.spotlight.ts';
import { remindOfThemes } from './campaigns.themes.job.ts';
import './campaigns.events.ts';

/** Campaigns with hum/sing/shout phases, the themes calendar and nudges, under one contact cap (issue 17). */
export const campaignsModule = defineModule({
  name: 'campaigns',
  personalData: campaignsPersonalData,
  routes: campaignRoutes,
  provides: { contentLanguages },
  listen: (bus) => {
    // A campaign, theme or learning title changed: the shared spotlight is loaded anew.
    bus.on('changes.committed', 'campaigns.forget-spotlight', async ({ organisationId, subjectTypes }) => {
      if (subjectTypes.some((type) => spotlightSubjects.has(type))) forgetSpotlight(organisationId);
    });
  },
  jobs: [
    // Every quarter of an hour: messages whose day has come (outside quiet hours, under the cap).
    { name: 'campaigns.send', cron: '*/15 * * * *', run: (deps) => sendDueMessages(deps) },
    // Every hour: nudges (the scan finds what is due; the contact log keeps them from repeating).
    { name: 'campaigns.nudge', cron: '5 * * * *', run: (deps) => sendNudges(deps) },
    // Daily: L&D reminded two weeks before a theme starts.
    { name: 'campaigns.themes', cron: '0 6 * * *', run: (deps) => remindOfThemes(deps) },
  ],
});
