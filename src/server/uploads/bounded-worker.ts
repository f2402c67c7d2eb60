import { type ChildProcess, fork } from 'node:child_process';
import { channel } from 'node:diagnostics_channel';
import { fileURLToPath } from 'node:url';
import { AppError, type ErrorCode, type FieldError } from '../http/errors.ts';
import { fileTooComplex } from './zip-limits.ts';

// Reading an uploaded file runs in a worker process with its own heap limit and a deadline: a file
// that needs too much memory or time ends that process, never the server, and the request is answered
// 422. A separate process rather than a worker thread: a thread's resourceLimits are best-effort, and
// some allocations past them abort the whole process (nodejs/node#47224). The server's own thread stays
// free to answer other requests meanwhile. A few run at once; the rest wait their turn.

export type WorkerLimits = { timeoutMs: number; memoryMb: number; concurrency: number };
type Logger = { error: (details: object, message: string) => void };
type Input = { fileName: string; content: Uint8Array; options?: unknown };

/** Each worker's start and end ({ fileName, phase: 'start' | 'end' }), for metrics and tests. */
export const uploadWorkerChannel = channel('groeipad:upload-worker');

type Outcome =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: { code: ErrorCode; message: string; errors?: FieldError[]; extra?: Record<string, unknown> };
    }
  | { ok: false; crash: string };

let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn(concurrency: number) {
  if (running < concurrency) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

/** Hands the turn to the next waiting upload, or frees it. */
function endTurn() {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/**
 * Runs `entry` (a module that calls `serveWorkerTask`) on the file's bytes in a worker process with
 * the limits; resolves with what the task returns, rejects with the task's AppError or a 422 naming
 * the limit the file hit.
 */
export async function runBoundedWorker<T>(
  entry: URL,
  input: Input,
  limits: WorkerLimits & { log: Logger },
): Promise<T> {
  await takeTurn(limits.concurrency);
  uploadWorkerChannel.publish({ fileName: input.fileName, phase: 'start' });
  try {
    return (await runWorker(entry, input, limits)) as T;
  } finally {
    endTurn();
    uploadWorkerChannel.publish({ fileName: input.fileName, phase: 'end' });
  }
}

/** What a worker that ended without answering tells about why: V8 says so when the heap ran out. */
const ranOutOfMemory = (stderr: string, signal: NodeJS.Signals | null) =>
  /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr) || signal === 'SIGABRT';

function runWorker(entry: URL, input: Input, limits: WorkerLimits & { log: Logger }): Promise<unknown> {
  const { fileName } = input;
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    let isSettled = false;
    let stderr = '';
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(deadline);
      child.kill('SIGKILL');
      outcome();
    };
    const crashed = (details: string) =>
      settle(() => {
        limits.log.error({ fileName, details }, 'reading an uploaded file failed');
        reject(
          new AppError('unsupported_file', `${fileName}: the file could not be read as a CSV or XLSX file.`),
        );
      });
    const tooMuchMemory = () =>
      fileTooComplex(
        fileName,
        'memory',
        limits.memoryMb,
        `reading it needs more than ${limits.memoryMb} MB of memory.`,
      );
    const seconds = Math.round(limits.timeoutMs / 1000);
    const deadline = setTimeout(
      () =>
        settle(() =>
          reject(fileTooComplex(fileName, 'time', seconds, `reading it takes more than ${seconds} seconds.`)),
        ),
      limits.timeoutMs,
    );
    try {
      child = fork(fileURLToPath(entry), [], {
        // Only the heap limit: no NODE_OPTIONS (it could lift the limit) and none of the server's secrets.
        execArgv: [`--max-old-space-size=${limits.memoryMb}`],
        env: { NODE_ENV: process.env.NODE_ENV ?? 'production' },
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    } catch (error) {
      clearTimeout(deadline);
      reject(error);
      return;
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString('utf8');
    });
    child.on('message', (outcome: Outcome) => {
      if (outcome.ok) settle(() => resolve(outcome.value));
      else if ('error' in outcome) {
        const { code, message, errors, extra } = outcome.error;
        settle(() => reject(new AppError(code, message, { errors, extra })));
      } else crashed(outcome.crash);
    });
    // Could not start a process at all: the server's trouble, not the file's.
    child.on('error', (error) => settle(() => reject(error)));
    // 'close', not 'exit': by then every message and all of stderr have arrived.
    child.on('close', (code, signal) => {
      if (ranOutOfMemory(stderr, signal)) settle(() => reject(tooMuchMemory()));
      else
        crashed(
          `the worker ended (exit code ${code}, signal ${signal}) without an answer: ${stderr.slice(0, 2000)}`,
        );
    });
    child.send({ fileName, content: input.content, options: input.options } satisfies Input);
  });
}

/** The worker's side: runs the task on the bytes it is sent, answers with the outcome, and ends. */
export function serveWorkerTask<T>(
  task: (input: { fileName: string; content: Uint8Array; options: unknown }) => Promise<T>,
) {
  if (!process.send) throw new Error('serveWorkerTask runs in a worker process');
  process.once('message', (input: Input) => {
    task({ ...input, options: input.options }).then(
      (value) => answer({ ok: true, value }),
      (error: unknown) =>
        answer(
          error instanceof AppError
            ? {
                ok: false,
                error: { code: error.code, message: error.message, errors: error.errors, extra: error.extra },
              }
            : { ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) },
        ),
    );
  });
}

function answer(outcome: Outcome) {
  process.send?.(outcome, () => process.exit(0));
}
