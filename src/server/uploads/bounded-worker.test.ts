import { describe, expect, it } from 'vitest';
import { runBoundedWorker } from './bounded-worker.ts';

const task = new URL('./bounded-worker.test-task.ts', import.meta.url);
const logged: object[] = [];
// A generous deadline for the tests that are not about time: a worker's start-up alone can take
// seconds when the machine is busy (the time-limit test sets its own short one).
const limits = {
  timeoutMs: 20_000,
  memoryMb: 64,
  concurrency: 2,
  log: { error: (details: object) => logged.push(details) },
};
const run = (command: string, overrides: Partial<typeof limits> = {}) =>
  runBoundedWorker(
    task,
    { fileName: 'test.csv', content: new TextEncoder().encode(command) },
    { ...limits, ...overrides },
  );

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; extra?: object };
  }
  return null;
}

describe('reading a file in a bounded worker', () => {
  it('answers what the task returns, and passes its refusals on as they are', async () => {
    expect(await run('echo')).toEqual({ length: 4 });
    expect(await refusal(run('refuse'))).toMatchObject({
      code: 'unsupported_file',
      message: 'test.csv: refused on purpose.',
    });
  });

  it('ends a task that runs past the deadline with 422 naming the time limit', async () => {
    const error = await refusal(run('spin', { timeoutMs: 500 }));
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'time' } });
    expect(error?.message).toMatch(/^test\.csv: reading it takes more than/);
  });

  it('ends a task that needs more memory than allowed with 422 naming the memory limit, not the process', async () => {
    const error = await refusal(run('hoard'));
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'memory', max: 64 } });
    // This process is still here to check, and still reads files.
    expect(await run('echo')).toEqual({ length: 4 });
  });

  it('answers a crash of the reader as a file it cannot read, and logs it', async () => {
    logged.length = 0;
    expect(await refusal(run('crash'))).toMatchObject({ code: 'unsupported_file' });
    expect(await refusal(run('exit'))).toMatchObject({ code: 'unsupported_file' });
    expect(logged).toHaveLength(2);
    expect(JSON.stringify(logged[0])).toMatch(/a bug in the reader/);
  });

  it('reads a few at a time and lets the rest wait their turn', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => run('echo', { concurrency: 1 })));
    expect(results).toEqual(Array.from({ length: 5 }, () => ({ length: 4 })));
  });
});
