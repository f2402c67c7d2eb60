import { defineEvents, type Events } from '../../core/events.ts';

/** What campaigns' audit trail records (words for each in the web app's audit.actions). */
export const campaignEvents = defineEvents({
  'campaign.created': 'campaign',
  'campaign.changed': 'campaign',
  'campaign.launched': 'campaign',
  'campaign.stopped': 'campaign',
  'campaign.deleted': 'campaign',
  'campaign.settings_changed': 'campaign',
  'campaign.theme_added': 'campaign',
  'campaign.theme_changed': 'campaign',
  'campaign.theme_removed': 'campaign',
  'campaign.branding_changed': 'campaign',
  'campaign.coach_tip_added': 'campaign',
  'campaign.coach_tip_changed': 'campaign',
  'campaign.coach_tip_removed': 'campaign',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof campaignEvents> {}
}
