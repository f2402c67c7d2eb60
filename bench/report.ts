// BENCHMARKS.md: the generated table above the marker, the hand-written notes below it kept.
import os from 'node:os';

export type Row = {
  database: string;
  figure: string;
  result: string;
  aim: string;
  met: string;
  /** What the ratio columns divide: requests per second of a load figure, or seconds of a one-off. */
  rate?: number;
  seconds?: number;
  toBare?: string;
  toHealth?: string;
};

const marker = '<!-- notes: kept by bench/run.ts -->';
const header = [
  '| date | machine | database | figure | result | ÷ bare | ÷ signed-in /health | aim | met? |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${os.availableParallelism()} cores (${cpu}), ${memory}, Node ${process.version}`;
}

/** The cells of the table rows in a previous BENCHMARKS.md, widened to today's columns. */
function previousRows(previous: string): string[][] {
  const table = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : previous;
  return table
    .split('\n')
    .filter((line) => /^\| \d{4}-\d{2}-\d{2} \|/.test(line))
    .map((line) => line.slice(2, -2).split(' | '))
    .map((cells) => (cells.length === 7 ? [...cells.slice(0, 5), '—', '—', ...cells.slice(5)] : cells));
}

export function writeReport(
  previous: string,
  rows: Row[],
  options: {
    loadSeconds: number;
    minutes: number;
    /** A partial run (`--only floor|xapi|scorm|first-page`): it replaces the rows it measured and keeps the rest. */
    only: string | undefined;
    isFloorFigure: (figure: string) => boolean;
  },
): string {
  const date = new Date().toISOString().slice(0, 10);
  const box = `${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const measured = rows.map((row) => [
    date,
    box,
    row.database,
    row.figure,
    row.result,
    row.toBare ?? '—',
    row.toHealth ?? '—',
    row.aim,
    row.met,
  ]);
  let cells = measured;
  if (options.only) {
    // A partial run replaces the rows it measured again and keeps the rest. Only `--only floor` replaces
    // the floor rows: a focused run's floor lives on in its own rows' ratios, so the table's floor rows
    // never claim to be the floor of a run whose other rows are not there.
    const replacesFloor = options.only === 'floor';
    const own = replacesFloor ? measured : measured.filter((row) => !options.isFloorFigure(row[3]!));
    const databases = new Set(own.map((row) => row[2]!));
    const figures = new Set(own.map((row) => row[3]!));
    const kept = previousRows(previous).filter(
      (row) =>
        !(
          databases.has(row[2]!) &&
          ((replacesFloor && options.isFloorFigure(row[3]!)) || figures.has(row[3]!))
        ),
    );

    const order = [...new Set([...own, ...kept].map((row) => row[2]!))];
    cells = order.flatMap((database) => [
      ...own.filter((row) => row[2] === database),
      ...kept.filter((row) => row[2] === database),
    ]);
  }
  const run = options.only
    ? `Rows measured on ${date} by \`npm run bench -- --only ${options.only}\` (${options.minutes.toFixed(1)} min); the other rows keep the date of the run that measured them. Machine: ${machine()}.`
    : `Run on ${date}, machine: ${machine()}. Whole run: ${options.minutes.toFixed(1)} min.`;
  const lines = [
    '# Benchmarks',
    '',
    'The part above the notes is written by `npm run bench` (bench/run.ts); the notes below the marker',
    'are kept from run to run and written by hand. Each database gets a fresh',
    'organisation of 10,000 people in a three-level unit tree (1 organisation, 8 divisions, 96 teams;',
    'the largest team has 400 people; 2 % have left, 2 % are leaving). The real app runs in the bench',
    `process on 127.0.0.1; autocannon puts load on it from a second process for ${options.loadSeconds} s per figure,`,
    'signed in as an HR admin with a session cookie. The people list cycles through pages of 25 (the web',
    "app's page size); the search cycles through 16 realistic terms (names with and without",
    'tussenvoegsel, part of a job title, an employee number, two words). Latencies are per request,',
    "measured by the load generator (p95 computed from every response, not autocannon's p97.5).",
    '',
    'Ratios: the **bare reference** is a plain Fastify app started in the same bench process on the same',
    'database and pool, with one route that reads the session cookie and does one primary-key query',
    '(`bench/floor.ts`). The floor figures run in interleaved rounds with it, so a busy machine slows',
    'all of a round alike; a floor ratio is the median over rounds of the ratio within each round (the',
    'per-round rates are in the result). Other figures divide by the median bare rate.',
    '"÷ signed-in /health" divides by `GET /api/v1/health` with the session cookie, the least',
    'any signed-in request costs in the app. For a load figure the ratio is of requests per second',
    '(1.00 = as fast as the reference); for a one-off figure (seconds) it is how many reference',
    'requests were served in that time. `npm run bench -- --only floor` measures just the floor;',
    '`--only xapi` the floor and the learning record store (bench/xapi.ts: a statement store seeded with',
    'generate_series, then xAPI ingest in batches and filtered GET /xapi/statements with an LRS credential).',
    '`--only scorm` the floor and the SCORM figures (CMI commits of 50 learners who each launched the',
    'package, with a 1 KB suspend_data and an interaction per commit; a 200 MB package of 40 stored',
    '5 MB media files uploaded through the API).',
    '',
    'First page (`bench/first-page.ts`, `--only first-page` for just these): `vite build`, then',
    '`node src/server/main.ts` on a fresh embedded database (migrations, demo organisation) until it',
    'answers, then the sign-in page in Chromium with an empty cache, 5 times: the JavaScript as sent',
    '(brotli), the same files gzipped, and the time from navigation until an e-mail address is typed.',
    '',
    run,
    '',
    ...header,
    ...cells.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
  const notes = previous.includes(marker)
    ? previous.slice(previous.indexOf(marker))
    : `${marker}\n\n## Notes\n`;
  return `${lines.join('\n')}\n${notes}`;
}
