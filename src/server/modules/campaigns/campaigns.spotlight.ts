import type { Ctx } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';
import type { Locale } from '../../db/schema.ts';
import { PreparedJson } from '../../http/prepared-json.ts';
import { personIdOf } from '../access/index.ts';
import {
  type AudienceCriteria,
  audienceCriteria,
  peopleInAudience,
  type SubjectRef,
  subjectTitles,
} from '../catalogue/index.ts';
import { textFor } from './campaigns.languages.ts';
import { liveHomeMessages } from './campaigns.repository.ts';
import { isThemeCurrent, phaseEnd, themeOccurrence } from './campaigns.rules.ts';
import { spotlightSchema } from './campaigns.schemas.ts';
import { contentLanguageOf } from './campaigns.settings.repository.ts';
import { listThemes, type ThemeRow } from './campaigns.themes.repository.ts';

// The home spotlight is asked on every home page, and its campaigns, messages and themes (with their
// learning's titles) are the same for everyone in the organisation on a day, in an interface language.
// They are loaded once per organisation, day and locale and kept a few seconds (core/read-cache.ts);
// what is the reader's own — which campaigns reach them, their content language — is worked out per
// request: a campaign for everyone reaches every signed-in person (a session is never someone who
// left) without a statement, other audiences are asked for this one person. The answer for each mix
// of reached campaigns and language is checked against the schema and written out once.
// Forgotten when a campaign, theme or catalogue change commits (campaigns.module.ts), so L&D's edit
// shows on the next home page on this instance; other instances within `ttlMs`.

const spotlightReads = readCache<SharedSpotlight>({ ttlMs: 5_000, maxEntries: 2_000 });

/** The kinds of audit subject whose changes move the spotlight (campaigns and themes; learning titles). */
export const spotlightSubjects: ReadonlySet<string> = new Set(['campaign', 'content', 'course', 'path']);

export const forgetSpotlight = (organisationId: string) => spotlightReads.forget(organisationId);

type LiveMessage = Awaited<ReturnType<typeof liveHomeMessages>>[number];
type SharedSpotlight = {
  messages: LiveMessage[];
  /** Each live campaign's audience; null when it is everyone. */
  audiences: Map<string, AudienceCriteria | null>;
  themes: { theme: ThemeRow; endsOn: string; learning: (SubjectRef & { title: string })[] }[];
  /** Whether a message, or a theme, is written in more than nl/en (then the reader's content language matters). */
  otherLanguages: { messages: boolean; themes: boolean };
  /** The answer as JSON per reached campaigns and content language (few: bounded below). */
  answers: Map<string, PreparedJson>;
};

const isEveryone = (criteria: AudienceCriteria) =>
  !criteria.unitIds.length &&
  !criteria.jobRoleIds.length &&
  !criteria.roles.length &&
  !criteria.statuses.length &&
  criteria.startDateFrom === null &&
  criteria.startDateTo === null &&
  criteria.startsWithinDays === null;

const hasTranslations = (row: { translations: unknown }) =>
  Object.keys((row.translations ?? {}) as object).length > 0;

async function loadSpotlight(ctx: Ctx, today: string, locale: Locale): Promise<SharedSpotlight> {
  const [live, themes] = await Promise.all([liveHomeMessages(ctx.db, today), listThemes(ctx.db)]);
  const messages = live.filter(
    (message) => today <= phaseEnd(datesOf(message), message.phase as 'hum' | 'sing' | 'shout'),
  );
  const audiences = new Map<string, AudienceCriteria | null>();
  for (const message of messages) {
    if (audiences.has(message.campaign_id)) continue;
    const criteria = audienceCriteria.parse(message.audience ?? {});
    audiences.set(message.campaign_id, isEveryone(criteria) ? null : criteria);
  }
  const current = themes
    .map((theme) => ({ theme, occurrence: themeOccurrence(themeDates(theme), today) }))
    .filter(({ occurrence }) => isThemeCurrent(occurrence, today));
  const subjects = current.flatMap(({ theme }) => theme.learning as SubjectRef[]);
  // One look-up for every current theme's learning.
  const titles = subjects.length ? await subjectTitles(ctx.db, subjects, locale) : new Map();
  return {
    messages,
    audiences,
    themes: current.map(({ theme, occurrence }) => ({
      theme,
      endsOn: occurrence.endsOn,
      learning: (theme.learning as SubjectRef[])
        .map((subject) => ({ ...subject, title: titles.get(`${subject.type}:${subject.id}`)?.title ?? '' }))
        .filter((item) => item.title),
    })),
    otherLanguages: {
      messages: messages.some(hasTranslations),
      themes: current.some(({ theme }) => hasTranslations(theme)),
    },
    answers: new Map(),
  };
}

/**
 * My home's spotlight: banners and cards of running campaigns that reach me (in my language, during
 * their phase) and the themes of this moment with their learning.
 */
export async function spotlight(ctx: Ctx): Promise<PreparedJson> {
  const personId = personIdOf(ctx.auth);
  const today = ctx.today();
  const locale = ctx.locale;
  const shared = await spotlightReads.get(ctx.organisationId, `spotlight:${today}:${locale}`, () =>
    loadSpotlight(ctx, today, locale),
  );
  const { otherLanguages } = shared;
  const [language, reached] = await Promise.all([
    otherLanguages.messages || otherLanguages.themes ? contentLanguageOf(ctx.db, personId) : null,
    reachedCampaigns(ctx, shared.audiences, today, personId),
  ]);
  const key = `${language ?? ''}:${reached.join(',')}`;
  const known = shared.answers.get(key);
  if (known) return known;
  const answer = new PreparedJson(
    JSON.stringify(spotlightSchema.parse(answerOf(shared, reached, language, locale))),
  );
  if (shared.answers.size < 64) shared.answers.set(key, answer);
  return answer;
}

/** The live campaigns that reach this person, in a stable order. */
async function reachedCampaigns(
  ctx: Ctx,
  audiences: SharedSpotlight['audiences'],
  today: string,
  personId: string,
) {
  const reached = await Promise.all(
    [...audiences].map(async ([campaignId, criteria]) =>
      criteria === null || (await peopleInAudience(ctx.db, criteria, { today, among: [personId] })).length > 0
        ? campaignId
        : null,
    ),
  );
  return reached.filter((id): id is string => id !== null).sort();
}

function answerOf(shared: SharedSpotlight, reached: string[], language: string | null, locale: Locale) {
  const reaches = new Set(reached);
  // The content language counts only for texts that have other languages (as written before caching).
  const messageLanguage = shared.otherLanguages.messages ? language : null;
  const themeLanguage = shared.otherLanguages.themes ? language : null;
  const shown = shared.messages
    .filter((message) => reaches.has(message.campaign_id))
    .map((message) => ({
      id: message.id,
      campaignId: message.campaign_id,
      channel: message.channel,
      ...textFor(message, messageLanguage, locale),
      link: message.link,
    }));
  const pick = (channel: string) =>
    shown
      .filter((message) => message.channel === channel)
      .map(({ channel: _channel, ...message }) => message);
  return {
    banners: pick('banner').slice(0, 1),
    cards: pick('card').slice(0, 3),
    themes: shared.themes.map(({ theme, endsOn, learning }) => {
      const text = textFor(themeTexts(theme), themeLanguage, locale);
      return {
        id: theme.id,
        name: text.title,
        description: text.body,
        language: text.language,
        dir: text.dir,
        endsOn,
        learning,
      };
    }),
  };
}

const datesOf = (row: Pick<LiveMessage, 'starts_on' | 'sing_from' | 'shout_from' | 'ends_on'>) => ({
  startsOn: row.starts_on,
  singFrom: row.sing_from,
  shoutFrom: row.shout_from,
  endsOn: row.ends_on,
});

/** A theme's texts in the shape of a message's: its name is the title, its description the body. */
const themeTexts = (theme: ThemeRow) => ({
  title_nl: theme.name_nl,
  body_nl: theme.description_nl,
  title_en: theme.name_en,
  body_en: theme.description_en,
  translations: theme.translations,
});

export const themeDates = (theme: ThemeRow) => ({
  startsOn: theme.starts_on,
  endsOn: theme.ends_on,
  recurrence: theme.recurrence as 'yearly' | 'once',
});
