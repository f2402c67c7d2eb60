import { localDateIn, localToday } from '../../components/format.ts';
import type { Campaign, CampaignInput } from './queries.ts';

// A campaign as the editor holds it while it is written: a new one, or one loaded from the server.

export type Message = NonNullable<CampaignInput['messages']>[number] & { key: number };
export type Draft = Omit<CampaignInput, 'messages' | 'promoted'> & {
  messages: Message[];
  promoted: NonNullable<CampaignInput['promoted']>;
};

export const phases = ['hum', 'sing', 'shout'] as const;
export const channels = ['banner', 'card', 'announcement', 'email', 'chat'] as const;
export const roles = [
  'manager',
  'ld_admin',
  'hr_admin',
  'coach',
  'ambassador',
  'works_council',
  'owner',
] as const;
let nextKey = 1;
/** A key for a message row on screen (React needs one before the server has an id). */
export const newMessageKey = () => nextKey++;

export function emptyDraft(): Draft {
  return {
    title: '',
    goal: null,
    audience: {
      unitIds: [],
      roles: [],
      jobRoleIds: [],
      statuses: [],
      startDateFrom: null,
      startDateTo: null,
      startsWithinDays: null,
    },
    startsOn: localToday(),
    singFrom: localDateIn(14),
    shoutFrom: localDateIn(28),
    endsOn: localDateIn(35),
    promoted: [],
    messages: [],
  };
}

export function draftOf(campaign: Campaign): Draft {
  return {
    title: campaign.title,
    goal: campaign.goal ? { kind: campaign.goal.kind, id: campaign.goal.id } : null,
    audience: campaign.audience,
    startsOn: campaign.startsOn,
    singFrom: campaign.singFrom,
    shoutFrom: campaign.shoutFrom,
    endsOn: campaign.endsOn,
    promoted: campaign.promoted.map(({ type, id }) => ({ type, id })),
    messages: campaign.messages.map((message) => ({
      key: newMessageKey(),
      phase: message.phase,
      channel: message.channel,
      sendOn: message.sendOn,
      titleNl: message.titleNl,
      bodyNl: message.bodyNl,
      titleEn: message.titleEn,
      bodyEn: message.bodyEn,
      link: message.link,
      translations: message.translations.map(({ language, title, body }) => ({ language, title, body })),
    })),
  };
}
