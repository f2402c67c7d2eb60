import type { Ctx } from '../../../core/context.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { preferredFormatOf } from '../own-routes/own-routes.repository.ts';
import {
  browseCatalogue,
  decorateEntries,
  entriesForYou,
  followedTopics,
  topicCounts,
} from './browse.repository.ts';
import type { BrowseQuery } from './browse.schemas.ts';

/** Browse and search what is published, with my enrolment and the average rating per entry. */
export async function browse(ctx: Ctx, query: BrowseQuery) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const preferredFormat = await preferredFormatOf(ctx.db, personId);
  const { rows, total, topics } = await browseCatalogue(ctx.db, { ...query, preferredFormat }, ctx.locale);
  return {
    items: await decorateEntries(ctx.db, personId, rows, { now: ctx.now(), topics }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Suggestions from followed topics and what colleagues in the same role or team finished. */
export async function forYou(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const rows = await entriesForYou(ctx.db, personId, ctx.locale, {
    preferredFormat: await preferredFormatOf(ctx.db, personId),
  });
  return decorateEntries(ctx.db, personId, rows, { now: ctx.now() });
}

/** Topics of published learning with how often they are used, and which I follow. */
export async function topicsView(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const followed = await followedTopics(ctx.db, personIdOf(ctx.auth));
  return { topics: await topicCounts(ctx.db), followed };
}
