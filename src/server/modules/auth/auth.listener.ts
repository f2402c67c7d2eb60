import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../../db/database.ts';

/**
 * The channel migration 0130's triggers notify when what authenticates a request changes: `p:<person>`
 * (their sessions, roles, profile, manager relations), `o:<organisation>`, `t:<api token>`, `*` (all).
 * NOTIFY is delivered at commit to every listening connection, so every app instance hears it.
 */
export const authChannel = 'groeipad_auth';

export type ListenerState = 'listening' | 'down' | 'closed';

export type AuthListener = {
  readonly state: ListenerState;
  /**
   * Resolves once every change committed before the call has reached this instance: a round trip
   * through the listener connection on a server (notifications arrive in commit order), at once on
   * PGlite (delivered before the commit returns). A write request waits for it before answering.
   */
  catchUp(): Promise<void>;
  /** Resolves when the listener is in that state (tests, start-up). */
  until(state: ListenerState): Promise<void>;
  /** The server process of the listener connection, while connected. */
  readonly backendPid: number | null;
  close(): Promise<void>;
};

type Handlers = {
  onChange(payload: string): void;
  /** Listening: changes will be heard from now on. Down: some may be missed until listening again. */
  onState(state: ListenerState, error?: unknown): void;
};

export type ListenerOptions = { retryMs?: number; maxRetryMs?: number; pingMs?: number; answerMs?: number };

export async function startAuthListener(
  database: DatabaseHandle,
  handlers: Handlers,
  options: ListenerOptions = {},
): Promise<AuthListener> {
  if (database.pglite) return startPgliteListener(database.pglite, handlers);
  if (!database.databaseUrl) throw new Error('A server database handle needs its databaseUrl to listen.');
  const listener = new ServerListener(database.databaseUrl, handlers, options);
  await listener.start();
  return listener;
}

async function startPgliteListener(
  pglite: NonNullable<DatabaseHandle['pglite']>,
  handlers: Handlers,
): Promise<AuthListener> {
  // One process, one backend: nothing can drop, and a notification is handled before the commit
  // that sent it returns to the writer.
  const unlisten = await pglite.listen(authChannel, (payload) => handlers.onChange(payload));
  let state: ListenerState = 'listening';
  handlers.onState(state);
  return {
    get state() {
      return state;
    },
    catchUp: async () => {},
    until: async () => {},
    backendPid: null,
    async close() {
      state = 'closed';
      handlers.onState(state);
      if (!pglite.closed) await unlisten().catch(() => {});
    },
  };
}

type Round = { token: string; waiters: (() => void)[]; timer: NodeJS.Timeout };

/** A dedicated connection that LISTENs, reconnects with back-off, and pings to notice a silent loss. */
class ServerListener implements AuthListener {
  readonly #url: string;
  readonly #handlers: Handlers;
  readonly #retryMs: number;
  readonly #maxRetryMs: number;
  readonly #answerMs: number;
  readonly #instance = randomUUID().slice(0, 8);
  #client: pg.Client | null = null;
  /** LISTEN is in place on #client (pings can go out), though not yet known to work. */
  #isConnected = false;
  #state: ListenerState = 'down';
  #nextRetryMs: number;
  #retryTimer: NodeJS.Timeout | null = null;
  readonly #pingTimer: NodeJS.Timeout;
  #round: Round | null = null;
  #waiting: (() => void)[] = [];
  #sequence = 0;
  readonly #stateWaiters: { state: ListenerState; resolve: () => void }[] = [];

  constructor(url: string, handlers: Handlers, options: ListenerOptions) {
    this.#url = url;
    this.#handlers = handlers;
    this.#retryMs = options.retryMs ?? 1000;
    this.#maxRetryMs = options.maxRetryMs ?? 30_000;
    this.#answerMs = options.answerMs ?? 2000;
    this.#nextRetryMs = this.#retryMs;
    // A connection can die without a word (a network partition); an unanswered ping finds out.
    this.#pingTimer = setInterval(() => void this.catchUp(), options.pingMs ?? 10_000);
    this.#pingTimer.unref();
  }

  get state() {
    return this.#state;
  }

  get backendPid() {
    return (
      (this.#state === 'listening' && (this.#client as { processID?: number } | null)?.processID) || null
    );
  }

  async start() {
    await this.#connect();
  }

  catchUp(): Promise<void> {
    if (this.#state !== 'listening') return Promise.resolve();
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#sendRound();
    });
  }

  until(state: ListenerState): Promise<void> {
    if (this.#state === state) return Promise.resolve();
    return new Promise((resolve) => this.#stateWaiters.push({ state, resolve }));
  }

  async close() {
    const client = this.#client;
    this.#client = null;
    this.#isConnected = false;
    clearInterval(this.#pingTimer);
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#setState('closed');
    this.#releaseWaiters();
    await client?.end().catch(() => {});
  }

  async #connect() {
    this.#retryTimer = null;
    if (this.#state === 'closed') return;
    const client = new pg.Client({ connectionString: this.#url, application_name: 'groeipad auth listener' });
    this.#client = client;
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, new Error('listener connection ended')));
    client.on('notification', (message) => {
      if (client === this.#client && message.channel === authChannel) this.#receive(message.payload ?? '');
    });
    try {
      await client.connect();
      // Its own pings are throw-away transactions: no need to wait for the WAL to reach the disk.
      await client.query('SET synchronous_commit = off');
      await client.query(`LISTEN ${authChannel}`);
    } catch (error) {
      this.#lost(client, error);
      return;
    }
    if (client !== this.#client) return;
    // Listening only once a ping has come back: behind a pooler that moves sessions between server
    // connections (PgBouncer in transaction mode) it never does, and the cache stays off.
    this.#isConnected = true;
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      this.#sendRound();
    });
    if (client !== this.#client) return;
    this.#nextRetryMs = this.#retryMs;
    this.#setState('listening');
  }

  #receive(payload: string) {
    if (!payload.startsWith('sync:')) return this.#handlers.onChange(payload);
    const round = this.#round;
    if (round?.token !== payload) return; // another instance's ping
    clearTimeout(round.timer);
    this.#round = null;
    for (const resolve of round.waiters) resolve();
    this.#sendRound();
  }

  /** One ping at a time; whoever asks while it is on its way waits for the next one. */
  #sendRound() {
    const client = this.#client;
    if (this.#round || !this.#waiting.length || !client || !this.#isConnected) return;
    const token = `sync:${this.#instance}:${++this.#sequence}`;
    const timer = setTimeout(() => this.#lost(client, new Error('listener did not answer')), this.#answerMs);
    this.#round = { token, waiters: this.#waiting, timer };
    this.#waiting = [];
    client
      .query('SELECT pg_notify($1, $2)', [authChannel, token])
      .catch((error) => this.#lost(client, error));
  }

  #lost(client: pg.Client, error: unknown) {
    if (client !== this.#client) return; // already handled, or closed on purpose
    this.#client = null;
    this.#isConnected = false;
    client.end().catch(() => {});
    // Down first (the cache stops), then let waiting writes answer: nothing stale can be served.
    this.#setState('down', error);
    this.#releaseWaiters();
    this.#retryTimer = setTimeout(() => void this.#connect(), this.#nextRetryMs);
    this.#nextRetryMs = Math.min(this.#nextRetryMs * 2, this.#maxRetryMs);
  }

  #releaseWaiters() {
    const waiters = [...(this.#round?.waiters ?? []), ...this.#waiting];
    if (this.#round) clearTimeout(this.#round.timer);
    this.#round = null;
    this.#waiting = [];
    for (const resolve of waiters) resolve();
  }

  #setState(state: ListenerState, error?: unknown) {
    if (this.#state === state) return;
    this.#state = state;
    this.#handlers.onState(state, error);
    for (const waiter of this.#stateWaiters.splice(0)) {
      if (waiter.state === state) waiter.resolve();
      else this.#stateWaiters.push(waiter);
    }
  }
}
