import { addDays, daysBetween } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import type { Locale } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { mailText } from '../../messages/index.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { learningInPeriod, type SubjectRef, subjectTitles } from '../catalogue/index.ts';
import { peopleInCampaign } from './campaigns.audience.ts';
import { campaignReach, contactStats } from './campaigns.contacts.repository.ts';
import { presentTranslations, type Translations, textFor } from './campaigns.languages.ts';
import { peopleFacts } from './campaigns.people.repository.ts';
import { readabilityOf } from './campaigns.readability.ts';
import {
  type CampaignRow,
  findCampaign,
  findMessage,
  listCampaigns,
  type MessageRow,
  messagesOf,
} from './campaigns.repository.ts';
import { campaignStatus, isThemeCurrent, phaseOn, themeOccurrence } from './campaigns.rules.ts';
import type { NudgeKind } from './campaigns.schemas.ts';
import {
  contentLanguageOf,
  defaultSettings,
  optOutsOf,
  settingsOf,
} from './campaigns.settings.repository.ts';
import { themeDates } from './campaigns.spotlight.ts';
import { listThemes } from './campaigns.themes.repository.ts';

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');

const datesOf = (row: Pick<CampaignRow, 'starts_on' | 'sing_from' | 'shout_from' | 'ends_on'>) => ({
  startsOn: row.starts_on,
  singFrom: row.sing_from,
  shoutFrom: row.shout_from,
  endsOn: row.ends_on,
});

function presentSummary(row: Omit<CampaignRow, 'message_count'>, messageCount: number, today: string) {
  const dates = datesOf(row);
  const status = campaignStatus({ status: row.status as 'draft' | 'launched' | 'stopped', ...dates }, today);
  return {
    id: row.id,
    title: row.title,
    status,
    phase: status === 'running' ? phaseOn(dates, today) : null,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    messageCount,
  };
}

export async function campaigns(ctx: Ctx) {
  assertManages(ctx);
  return (await listCampaigns(ctx.db)).map((row) => presentSummary(row, row.message_count ?? 0, ctx.today()));
}

const presentMessage = (message: MessageRow) => ({
  id: message.id,
  phase: message.phase as 'hum' | 'sing' | 'shout',
  channel: message.channel as 'banner' | 'card' | 'announcement' | 'email' | 'chat',
  sendOn: message.send_on,
  titleNl: message.title_nl,
  bodyNl: message.body_nl,
  titleEn: message.title_en,
  bodyEn: message.body_en,
  // By tag, so the order does not depend on how jsonb keeps keys.
  translations: presentTranslations(message.translations),
  link: message.link,
  status: message.status as 'planned' | 'sent' | 'failed',
  sentAt: message.sent_at?.toISOString() ?? null,
  attempts: message.attempts,
  lastError: message.last_error,
});

async function learningTitles(ctx: Ctx, subjects: SubjectRef[], locale: Locale = ctx.locale) {
  const titles = await subjectTitles(ctx.db, subjects, locale);
  return subjects.map((subject) => ({
    ...subject,
    title: titles.get(`${subject.type}:${subject.id}`)?.title ?? '',
  }));
}

async function campaignOf(ctx: Ctx, id: string) {
  const row = await findCampaign(ctx.db, id);
  if (!row) throw notFound('Campaign');
  return row;
}

export async function campaign(ctx: Ctx, id: string) {
  assertManages(ctx);
  const row = await campaignOf(ctx, id);
  const messages = await messagesOf(ctx.db, id);
  let goal = null;
  if (row.goal_kind && row.goal_id) {
    let title = '';
    if (row.goal_kind === 'theme') {
      const theme = (await listThemes(ctx.db)).find((candidate) => candidate.id === row.goal_id);
      title = theme ? (ctx.locale === 'en' ? theme.name_en : theme.name_nl) : '';
    } else {
      const reference = { kind: row.goal_kind as 'organisation_goal' | 'skill', id: row.goal_id };
      title =
        (await resolveReferences(ctx.db, [reference], { auth: ctx.auth, locale: ctx.locale })).get(
          referenceKey(reference),
        )?.title ?? '';
    }
    goal = { kind: row.goal_kind as 'organisation_goal' | 'skill' | 'theme', id: row.goal_id, title };
  }
  return {
    ...presentSummary(row, messages.length, ctx.today()),
    goal,
    audience: row.audience as never,
    singFrom: row.sing_from,
    shoutFrom: row.shout_from,
    promoted: await learningTitles(ctx, row.promoted as SubjectRef[]),
    messages: messages.map(presentMessage),
    audienceSize: (await peopleInCampaign(ctx.db, row.audience, ctx.today())).length,
  };
}

/** How a message reads in each language, with how many of the audience read it in that language. */
export async function previewMessage(ctx: Ctx, campaignId: string, messageId: string) {
  assertManages(ctx);
  const row = await campaignOf(ctx, campaignId);
  const message = await findMessage(ctx.db, campaignId, messageId);
  if (!message) throw notFound('Campaign message');
  const audience = await peopleFacts(ctx.db, await peopleInCampaign(ctx.db, row.audience, ctx.today()));
  // Who reads which text: the same choice as delivery (their content language, else nl/en).
  const readers = new Map<string, number>();
  for (const person of audience) {
    const { language } = textFor(message, person.language, person.locale);
    readers.set(language, (readers.get(language) ?? 0) + 1);
  }
  const languages = ['nl', 'en', ...Object.keys((message.translations ?? {}) as Translations).sort()];
  const versions = languages.map((language) => {
    const { title, body, dir } = textFor(message, language, 'nl');
    // The e-mail's frame (greeting, "read more") is in the interface languages: Dutch around other texts.
    const frame = language === 'en' ? 'en' : 'nl';
    const rendered =
      message.channel === 'email'
        ? mailText('campaign_message', frame, {
            name: frame === 'nl' ? 'Sanne' : 'Sam',
            title,
            body,
            link: message.link ? `https://…/r/…` : '',
          })
        : { subject: title, text: body };
    return {
      locale: language,
      dir,
      recipients: readers.get(language) ?? 0,
      subject: rendered.subject,
      text: rendered.text,
      // The writer's own words, not the mail's frame around them; B1 is measured for nl and en only.
      readability:
        language === 'nl' || language === 'en' ? readabilityOf(`${title}. ${body}`, language) : null,
    };
  });
  return {
    channel: message.channel as 'banner' | 'card' | 'announcement' | 'email' | 'chat',
    recipients: audience.length,
    versions,
  };
}

const startOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** Reach, opens and clicks; enrolments and completions of the promoted learning, during vs before. */
export async function campaignResults(ctx: Ctx, id: string) {
  assertManages(ctx);
  const row = await campaignOf(ctx, id);
  const today = ctx.today();
  const until = [today, row.ends_on].sort()[0]!;
  const days = Math.max(0, daysBetween(row.starts_on, until) + 1);
  const beforeFrom = addDays(row.starts_on, -Math.max(days, 1));
  const promoted = row.promoted as SubjectRef[];
  const during =
    days > 0
      ? await learningInPeriod(ctx.db, promoted, startOf(row.starts_on), startOf(addDays(until, 1)))
      : { enrolled: 0, completed: 0 };
  const before = await learningInPeriod(ctx.db, promoted, startOf(beforeFrom), startOf(row.starts_on));
  const reach = await campaignReach(ctx.db, id);
  const stats = new Map((await contactStats(ctx.db, id)).map((stat) => [stat.message_id, stat]));
  const messages = await messagesOf(ctx.db, id);
  return {
    campaignId: id,
    days,
    during: { from: row.starts_on, until: days > 0 ? until : row.starts_on, ...during },
    before: { from: beforeFrom, until: addDays(row.starts_on, -1), ...before },
    reach: reach.reach,
    opened: reach.opened,
    clicked: reach.clicked,
    audienceSize: (await peopleInCampaign(ctx.db, row.audience, today)).length,
    perMessage: messages.map((message) => ({
      id: message.id,
      phase: message.phase as 'hum' | 'sing' | 'shout',
      channel: message.channel as 'banner' | 'card' | 'announcement' | 'email' | 'chat',
      title: ctx.locale === 'en' ? message.title_en : message.title_nl,
      reached: stats.get(message.id)?.reached ?? 0,
      opened: stats.get(message.id)?.opened ?? 0,
      clicked: stats.get(message.id)?.clicked ?? 0,
    })),
  };
}

export async function themes(ctx: Ctx) {
  assertManages(ctx);
  const today = ctx.today();
  const rows = await listThemes(ctx.db);
  const result = [];
  for (const theme of rows) {
    const next = themeOccurrence(themeDates(theme), today);
    result.push({
      id: theme.id,
      nameNl: theme.name_nl,
      nameEn: theme.name_en,
      descriptionNl: theme.description_nl,
      descriptionEn: theme.description_en,
      translations: presentTranslations(theme.translations),
      startsOn: theme.starts_on,
      endsOn: theme.ends_on,
      recurrence: theme.recurrence as 'yearly' | 'once',
      learning: await learningTitles(ctx, theme.learning as SubjectRef[]),
      next,
      isCurrent: isThemeCurrent(next, today),
    });
  }
  return result.sort((a, b) => a.next.startsOn.localeCompare(b.next.startsOn));
}

export async function settings(ctx: Ctx) {
  assertManages(ctx);
  const row = (await settingsOf(ctx.db)) ?? defaultSettings;
  return {
    weeklyCap: row.weekly_cap,
    quietFrom: row.quiet_from,
    quietUntil: row.quiet_until,
    nudgeKinds: row.nudge_kinds as NudgeKind[],
    webhook: row.webhook_kind
      ? { kind: row.webhook_kind as 'teams' | 'slack', hasSecret: row.webhook_secret_sealed !== null }
      : null,
    contentLanguages: row.content_languages,
  };
}

export async function myNudgePreferences(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  const row = (await settingsOf(ctx.db)) ?? defaultSettings;
  return {
    optedOut: await optOutsOf(ctx.db, personId),
    offered: row.nudge_kinds as NudgeKind[],
    contentLanguage: await contentLanguageOf(ctx.db, personId),
    contentLanguages: row.content_languages,
  };
}
