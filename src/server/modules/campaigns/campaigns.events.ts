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
  'campaign.nudge_texts_changed': 'campaign',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof campaignEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /**
     * A campaign message went out to its audience (told after commit, once per message): the Teams/Slack
     * channels of the units it covers (`unitIds: null`: everyone) post its title and link, no personal data.
     */
    'campaigns.message_sent': {
      messageId: string;
      unitIds: string[] | null;
      title: { nl: string; en: string };
      /** Its titles in the organisation's content languages it is written in (channelLanguages). */
      translations: { language: string; title: string }[];
      link: string;
    };
  }
}
