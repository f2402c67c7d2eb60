// Writes a realistic Dutch-Excel HR export for trying the import, journeys and benchmarks.
// node scripts/make-import-csv.ts --rows 300 [--broken-line 57] [--seed 1] --out people.csv
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dutchPeopleCsv } from '../src/server/modules/imports/fixtures.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '300' },
    'broken-line': { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});
const rows = Number(values.rows);
const brokenLine = values['broken-line'] === undefined ? undefined : Number(values['broken-line']);
if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a whole number above 0');
if (brokenLine !== undefined && !(brokenLine >= 2 && brokenLine <= rows + 1))
  throw new Error(`--broken-line must be a data line: 2 to ${rows + 1} (the header is line 1)`);
const csv = dutchPeopleCsv({ rows, brokenLine, seed: values.seed ? Number(values.seed) : undefined });
if (values.out) {
  writeFileSync(values.out, csv, 'utf8');
  console.log(`Wrote ${rows} people to ${values.out}${brokenLine ? ` (line ${brokenLine} broken)` : ''}.`);
} else process.stdout.write(csv);
