import { sql } from 'kysely';
import { displayName } from '../../../shared/person-name.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { subjectTitles, teamLearningFacts } from '../catalogue/index.ts';
import { suggestedLearning, upcomingConversationsOf } from '../conversations/index.ts';
import { peopleInCampaign } from './campaigns.audience.ts';
import type { CoachTipInput } from './campaigns.coach.schemas.ts';
import { type CoachMoment, coachMoments, shippedTips } from './campaigns.coach.tips.ts';
import { assertEnabled, presentTranslations, storedTranslations, textFor } from './campaigns.languages.ts';
import { phaseOn } from './campaigns.rules.ts';
import { contentLanguageOf, defaultSettings, settingsOf } from './campaigns.settings.repository.ts';

// The coach panel for managers (issue 17, step 5): tips tied to the moment — before a conversation,
// when a team member finished something, when the team has not learned for a month, during a campaign —
// and the tip library L&D and coaches extend.

const day = 86_400_000;
const conversationWindow = 14 * day;
const finishedWindow = 7 * day;
const quietAfter = 30 * day;

const directReports = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
    .where('manager_id', '=', managerId)
    .where('status', '<>', 'left')
    .execute();

const ownTips = (tenant: TenantDb) =>
  tenant
    .selectFrom('coach_tips')
    .select(['id', 'moment', 'title_nl', 'body_nl', 'title_en', 'body_en', 'translations'])
    .orderBy('created_at')
    .execute();

/** Every tip, shipped first, in both languages. */
async function allTips(tenant: TenantDb) {
  return [
    ...shippedTips.map((tip) => ({
      id: `shipped:${tip.key}`,
      moment: tip.moment,
      titleNl: tip.nl[0],
      bodyNl: tip.nl[1],
      titleEn: tip.en[0],
      bodyEn: tip.en[1],
      translations: {} as unknown,
      shipped: true,
    })),
    ...(await ownTips(tenant)).map((row) => ({
      id: row.id,
      moment: row.moment as CoachMoment,
      titleNl: row.title_nl,
      bodyNl: row.body_nl,
      titleEn: row.title_en,
      bodyEn: row.body_en,
      translations: row.translations,
      shipped: false,
    })),
  ];
}

/** The manager's panel: what is going on in their team now, and the tips for those moments. */
export async function coachPanel(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const team = await directReports(ctx.db, me);
  if (!team.length) throw new AppError('forbidden', 'The coach panel is for managers with a team.');
  const names = new Map(team.map((person) => [person.id, displayName(person)]));
  const now = ctx.now();
  const today = ctx.today();

  const upcoming = await upcomingConversationsOf(
    ctx.db,
    me,
    now,
    new Date(now.getTime() + conversationWindow),
  );
  const conversations = [];
  for (const row of upcoming.slice(0, 3)) {
    const suggestions = await suggestedLearning(ctx, row.id).catch(() => []);
    conversations.push({
      id: row.id,
      personName: names.get(row.employee_id) ?? '',
      meetingAt: (row.meeting_at as Date).toISOString(),
      suggestions: suggestions.slice(0, 3).map(({ type, id, title }) => ({ type, id, title })),
    });
  }

  const facts = await teamLearningFacts(ctx.db, [...names.keys()], new Date(now.getTime() - finishedWindow));
  const titles = await subjectTitles(
    ctx.db,
    facts.finished.map((row) => row.subject),
    ctx.locale,
  );
  const finished = facts.finished.map((row) => ({
    personId: row.personId,
    personName: names.get(row.personId) ?? '',
    title: titles.get(`${row.subject.type}:${row.subject.id}`)?.title ?? '',
    completedAt: row.completedAt.toISOString(),
  }));
  const quiet =
    !facts.lastActivityAt || facts.lastActivityAt.getTime() < now.getTime() - quietAfter
      ? { lastActivityAt: facts.lastActivityAt?.toISOString() ?? null }
      : null;

  const running = await ctx.db
    .selectFrom('campaigns')
    .select([
      'id',
      'title',
      'audience',
      sql<string>`starts_on::text`.as('starts_on'),
      sql<string>`sing_from::text`.as('sing_from'),
      sql<string>`shout_from::text`.as('shout_from'),
      sql<string>`ends_on::text`.as('ends_on'),
    ])
    .where('status', '=', 'launched')
    .where(sql<boolean>`starts_on <= ${today}::date AND ends_on >= ${today}::date`)
    .orderBy('starts_on')
    .execute();
  const campaigns = [];
  for (const row of running) {
    if (!(await peopleInCampaign(ctx.db, row.audience, today, [...names.keys(), me])).length) continue;
    const phase = phaseOn(
      { startsOn: row.starts_on, singFrom: row.sing_from, shoutFrom: row.shout_from, endsOn: row.ends_on },
      today,
    );
    if (phase) campaigns.push({ id: row.id, title: row.title, phase });
  }

  const applies: Record<CoachMoment, boolean> = {
    before_conversation: conversations.length > 0,
    member_finished: finished.length > 0,
    team_quiet: quiet !== null,
    during_campaign: campaigns.length > 0,
  };
  const [tips, language] = await Promise.all([allTips(ctx.db), contentLanguageOf(ctx.db, me)]);
  // Each tip in the reader's content language when it is written in it, else their nl/en.
  const textOf = (tip: (typeof tips)[number]) =>
    textFor(
      { title_nl: tip.titleNl, body_nl: tip.bodyNl, title_en: tip.titleEn, body_en: tip.bodyEn, ...tip },
      language,
      ctx.locale === 'en' ? 'en' : 'nl',
    );
  const moments = coachMoments
    .filter((moment) => applies[moment])
    .map((moment) => ({
      moment,
      tips: tips
        .filter((tip) => tip.moment === moment)
        .map((tip) => {
          const text = textOf(tip);
          return { id: tip.id, ...text, shipped: tip.shipped };
        }),
    }));
  return { conversations, finished, quiet, campaigns, moments };
}

// —— the tip library

/** L&D (catalogue.manage) and coaches keep the library. */
function assertKeepsTips(ctx: Ctx) {
  const isCoach = ctx.auth.kind === 'person' && ctx.auth.roles.has('coach');
  if (!isCoach && !can(ctx.auth, 'catalogue.manage'))
    throw new AppError('forbidden', 'Coach tips are kept by L&D and coaches.');
}

export async function coachTips(ctx: Ctx) {
  assertKeepsTips(ctx);
  return (await allTips(ctx.db)).map((tip) => ({
    ...tip,
    translations: presentTranslations(tip.translations),
  }));
}

const tipColumns = (input: CoachTipInput) => ({
  moment: input.moment,
  title_nl: input.titleNl,
  body_nl: input.bodyNl,
  title_en: input.titleEn,
  body_en: input.bodyEn,
  translations: storedTranslations(input.translations),
});

/** A tip's other texts only in the organisation's content languages. */
async function assertTipLanguages(tenant: TenantDb, input: CoachTipInput) {
  if (!input.translations?.length) return;
  const enabled = new Set(((await settingsOf(tenant)) ?? defaultSettings).content_languages);
  assertEnabled(enabled, input.translations, 'translations');
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

async function ownTip(tenant: TenantDb, id: string) {
  if (id.startsWith('shipped:') && shippedTips.some((tip) => `shipped:${tip.key}` === id))
    throw new AppError('coach_tip_shipped');
  if (!isUuid(id)) throw notFound('Coach tip');
  const row = await tenant
    .selectFrom('coach_tips')
    .select(['id', 'title_nl'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Coach tip');
  return row;
}

export async function addCoachTip(ctx: Ctx, input: CoachTipInput) {
  assertKeepsTips(ctx);
  return runChange(ctx, async (tx) => {
    await assertTipLanguages(tx.db, input);
    const row = await tx.db
      .insertInto('coach_tips', { ...tipColumns(input), created_by: personIdOf(ctx.auth) })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({ action: 'campaign.coach_tip_added', subjectId: row.id, changes: { title: input.titleNl } });
    return row.id;
  });
}

export async function changeCoachTip(ctx: Ctx, id: string, input: CoachTipInput) {
  assertKeepsTips(ctx);
  await runChange(ctx, async (tx) => {
    await ownTip(tx.db, id);
    await assertTipLanguages(tx.db, input);
    await tx.db.updateTable('coach_tips').set(tipColumns(input)).where('id', '=', id).execute();
    tx.record({ action: 'campaign.coach_tip_changed', subjectId: id, changes: { title: input.titleNl } });
  });
}

export async function removeCoachTip(ctx: Ctx, id: string) {
  assertKeepsTips(ctx);
  await runChange(ctx, async (tx) => {
    const row = await ownTip(tx.db, id);
    await tx.db.deleteFrom('coach_tips').where('id', '=', id).execute();
    tx.record({ action: 'campaign.coach_tip_removed', subjectId: id, changes: { title: row.title_nl } });
  });
}
