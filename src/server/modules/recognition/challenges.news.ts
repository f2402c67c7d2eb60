import { sql } from 'kysely';
import type { ModuleDeps } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { winningTeam } from './challenges.read.ts';
import { challengesQuery, teamsOfChallenges } from './challenges.repository.ts';
import { recognitionChange } from './recognition.cache.ts';
import './recognition.events.ts';

/**
 * The job: team challenges that started or ended (in the organisation's own today) and were not told yet
 * are told once each (`recognition.challenge_news`, after commit), marked under the row's lock. At the end
 * the winning team is named when leaderboards are on and one team is strictly ahead; never a person.
 */
export async function tellChallengeNews({ db, log, bus }: ModuleDeps, now = new Date()) {
  const result = { started: 0, ended: 0 };
  const organisations = await db
    .selectFrom('challenges')
    .select('organisation_id')
    .where((eb) => eb.or([eb('start_posted_at', 'is', null), eb('end_posted_at', 'is', null)]))
    .distinct()
    .execute();
  for (const { organisation_id } of organisations) {
    const ctx = await organisationContextOf({ db, log, bus }, organisation_id, now);
    const today = ctx.today();
    await recognitionChange(ctx, async (tx) => {
      const due = await challengesQuery(tx.db)
        .select(['start_posted_at', 'end_posted_at'])
        .where((eb) =>
          eb.or([
            eb.and([eb('start_posted_at', 'is', null), eb('starts_on', '<=', sql<string>`${today}::date`)]),
            eb.and([eb('end_posted_at', 'is', null), eb('ends_on', '<', sql<string>`${today}::date`)]),
          ]),
        )
        .forUpdate()
        .skipLocked()
        .execute();
      const teams = await teamsOfChallenges(
        tx.db,
        due.map((row) => row.id),
      );
      for (const row of due) {
        const unitIds = (teams.get(row.id) ?? []).map((team) => team.id);
        const link = `/recognition/challenges/${row.id}`;
        const ended = row.ends_on < today;
        // A challenge that ended before its start was told only says it ended.
        if (!row.start_posted_at && !ended) {
          tx.publish('recognition.challenge_news', {
            challengeId: row.id,
            phase: 'started',
            unitIds,
            title: row.title,
            winner: null,
            link,
          });
          result.started += 1;
        }
        if (ended) {
          const winner = await winningTeam(tx, row, teams.get(row.id) ?? []);
          tx.publish('recognition.challenge_news', {
            challengeId: row.id,
            phase: 'ended',
            unitIds,
            title: row.title,
            winner,
            link,
          });
          result.ended += 1;
        }
        await tx.db
          .updateTable('challenges')
          .set({
            start_posted_at: row.start_posted_at ?? tx.now(),
            ...(ended ? { end_posted_at: tx.now() } : {}),
          })
          .where('id', '=', row.id)
          .execute();
      }
    });
  }
  return result;
}
