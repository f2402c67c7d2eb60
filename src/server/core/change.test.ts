import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../factories/factories.ts';
import { startTestApp } from '../test/test-app.ts';
import { createBus } from './bus.ts';
import { runChange } from './change.ts';
import { organisationContext } from './context.ts';
import { defineEvents } from './events.ts';

const { db } = await startTestApp();
const log = pino({ level: 'silent' });
defineEvents({ 'test.thing_done': 'test_thing' });
// Test-only actions, kept out of the web's audit words (the i18n test reads `action: '…'` in the source).
const thingDone = 'test.thing_done' as never;
const unknownAction = 'test.unknown' as never;

declare module './bus.ts' {
  interface DomainEvents {
    'test.happened': { what: string };
  }
}

async function setUp() {
  const organisation = await buildOrganisation(db);
  const bus = createBus(log);
  const told: string[] = [];
  bus.on('test.happened', 'test', async (event) => {
    told.push(`${event.organisationId === organisation.id ? 'own' : 'other'}:${event.what}`);
  });
  const ctx = organisationContext({ db, organisationId: organisation.id, log, bus });
  const audit = () =>
    db.selectFrom('events').select('action').where('organisation_id', '=', organisation.id).execute();
  return { ctx, told, audit };
}

describe('a change', () => {
  it('writes its audit events and tells listeners after it commits', async () => {
    const { ctx, told, audit } = await setUp();
    const result = await runChange(ctx, async (tx) => {
      tx.record({ action: thingDone, subjectId: 'a' });
      tx.publish('test.happened', { what: 'first' });
      expect(told).toEqual([]); // not before commit
      return 42;
    });
    expect(result).toBe(42);
    expect(told).toEqual(['own:first']);
    expect((await audit()).map((row) => row.action)).toEqual(['test.thing_done']);
  });

  it('leaves nothing behind and tells nobody when it fails', async () => {
    const { ctx, told, audit } = await setUp();
    await expect(
      runChange(ctx, async (tx) => {
        tx.record({ action: thingDone });
        tx.publish('test.happened', { what: 'lost' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(told).toEqual([]);
    expect(await audit()).toEqual([]);
  });

  it('joins a change already under way: one transaction, events told once the outer one commits', async () => {
    const { ctx, told, audit } = await setUp();
    await runChange(ctx, async (outer) => {
      await runChange(outer, async (inner) => {
        expect(inner.db.executor).toBe(outer.db.executor);
        inner.record({ action: thingDone });
        inner.publish('test.happened', { what: 'inner' });
      });
      expect(told).toEqual([]);
    });
    expect(told).toEqual(['own:inner']);
    expect(await audit()).toHaveLength(1);
  });

  it('refuses an action that is not in the event catalogue', async () => {
    const { ctx } = await setUp();
    await expect(runChange(ctx, async (tx) => tx.record({ action: unknownAction }))).rejects.toThrow(
      /not in the event catalogue/,
    );
  });
});
