import { AppError } from '../http/errors.ts';
import { serveWorkerTask } from './bounded-worker.ts';

// A worker task for bounded-worker.test.ts: the file's text says what to do.
serveWorkerTask(async ({ content }) => {
  const command = new TextDecoder().decode(content);
  if (command === 'echo') return { length: content.length };
  if (command === 'refuse') throw new AppError('unsupported_file', 'test.csv: refused on purpose.');
  if (command === 'crash') throw new TypeError('a bug in the reader');
  if (command === 'exit') process.exit(3);
  if (command === 'spin') for (;;);
  // 'hoard': keep everything, as a parser of a zip bomb would.
  const kept: string[][] = [];
  for (;;) kept.push(Array.from({ length: 1000 }, (_, i) => `cell ${i} ${kept.length}`));
});
