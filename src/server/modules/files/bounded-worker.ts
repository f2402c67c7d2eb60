import { channel } from 'node:diagnostics_channel';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldError } from '../../http/errors.ts';
import { fileTooComplex } from './zip-limits.ts';

// Reading an uploaded file runs in a worker thread with its own heap limit and a deadline: a file that
// needs too much memory or time ends the worker, never the server, and the request is answered 422.
// The server's own thread stays free to answer other requests meanwhile. A few run at once; the
// rest wait their turn.

export type WorkerLimits = { timeoutMs: number; memoryMb: number; concurrency: number };
type Logger = { error: (details: object, message: string) => void };

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
 * Runs `entry` (a module that calls `serveWorkerTask`) on the file's bytes in a worker with the
 * limits; resolves with what the task returns, rejects with the task's AppError or a 422 naming
 * the limit the file hit.
 */
export async function runBoundedWorker<T>(
  entry: URL,
  input: { fileName: string; content: Uint8Array; options?: unknown },
  limits: WorkerLimits & { log: Logger },
): Promise<T> {
  const { fileName } = input;
  await takeTurn(limits.concurrency);
  uploadWorkerChannel.publish({ fileName, phase: 'start' });
  try {
    return (await runWorker(entry, input, limits)) as T;
  } finally {
    endTurn();
    uploadWorkerChannel.publish({ fileName, phase: 'end' });
  }
}

function runWorker(
  entry: URL,
  input: { fileName: string; content: Uint8Array; options?: unknown },
  limits: WorkerLimits & { log: Logger },
): Promise<unknown> {
  const { fileName } = input;
  // The worker gets its own copy of the bytes, moved rather than copied once more.
  const content = new Uint8Array(input.content);
  return new Promise((resolve, reject) => {
    let isSettled = false;
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(deadline);
      void worker.terminate();
      outcome();
    };
    const worker = new Worker(entry, {
      workerData: { fileName, content, options: input.options },
      transferList: [content.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, stackSizeMb: 4 },
    });
    const seconds = Math.round(limits.timeoutMs / 1000);
    const deadline = setTimeout(
      () =>
        settle(() =>
          reject(fileTooComplex(fileName, 'time', seconds, `reading it takes more than ${seconds} seconds.`)),
        ),
      limits.timeoutMs,
    );
    const crashed = (details: string) =>
      settle(() => {
        limits.log.error({ fileName, details }, 'reading an uploaded file failed');
        reject(
          new AppError('unsupported_file', `${fileName}: the file could not be read as a CSV or XLSX file.`),
        );
      });
    worker.on('message', (outcome: Outcome) => {
      if (outcome.ok) settle(() => resolve(outcome.value));
      else if ('error' in outcome) {
        const { code, message, errors, extra } = outcome.error;
        settle(() => reject(new AppError(code, message, { errors, extra })));
      } else crashed(outcome.crash);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        settle(() =>
          reject(
            fileTooComplex(
              fileName,
              'memory',
              limits.memoryMb,
              `reading it needs more than ${limits.memoryMb} MB of memory.`,
            ),
          ),
        );
      else crashed(error.stack ?? String(error));
    });
    worker.on('messageerror', (error) => crashed(String(error)));
    worker.on('exit', (code) => crashed(`the worker ended (exit code ${code}) without an answer`));
  });
}

/** The worker's side: runs the task on the bytes it was given and posts back the outcome. */
export function serveWorkerTask<T>(
  task: (input: { fileName: string; content: Uint8Array; options: unknown }) => Promise<T>,
) {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTask runs inside a worker');
  task(workerData).then(
    (value) => port.postMessage({ ok: true, value } satisfies Outcome),
    (error: unknown) =>
      port.postMessage(
        (error instanceof AppError
          ? {
              ok: false,
              error: { code: error.code, message: error.message, errors: error.errors, extra: error.extra },
            }
          : {
              ok: false,
              crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
            }) satisfies Outcome,
      ),
  );
}
