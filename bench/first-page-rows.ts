// The first page's figures as rows of BENCHMARKS.md.
import type { FirstPageFigures } from './first-page.ts';
import type { Row } from './report.ts';

export const firstPageLabel = 'PGlite (embedded), Chromium';
const javaScriptAimBytes = 200 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function firstPageRows(figures: FirstPageFigures): Row[] {
  const sorted = [...figures.formUsableMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const row = (figure: string, result: string, aim = '—', met = '—', seconds?: number): Row => ({
    database: firstPageLabel,
    figure,
    result,
    aim,
    met,
    ...(seconds === undefined ? {} : { seconds }),
  });
  return [
    row(
      'first start: build the web app (vite build, with .br/.gz)',
      `${figures.buildSeconds.toFixed(1)} s`,
      '—',
      '—',
      figures.buildSeconds,
    ),
    row(
      'first start: server answering on a fresh embedded database (migrations + demo organisation)',
      `${figures.startSeconds.toFixed(1)} s`,
      '—',
      '—',
      figures.startSeconds,
    ),
    row(
      'sign-in page: JavaScript the browser received (empty cache)',
      `${kb(figures.javaScriptBytes)} as sent in ${figures.javaScriptFiles} files (${kb(figures.gzipBytes)} gzipped, ${kb(figures.uncompressedBytes)} uncompressed)`,
      '< 200 KB gzipped',
      figures.gzipBytes < javaScriptAimBytes ? 'yes' : '**no**',
    ),
    row(
      'sign-in page: navigation until the form takes input (median of 5, empty cache)',
      `${median} ms (${figures.formUsableMs.join(', ')} ms)`,
    ),
  ];
}
