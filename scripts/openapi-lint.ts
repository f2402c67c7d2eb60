// Lints docs/openapi.json with Redocly's recommended rules (redocly.yaml) and fails on any problem,
// warnings included: generated clients need every operation named, answered and unambiguous.
import { execFileSync } from 'node:child_process';

type Problem = { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] };

let output: string;
try {
  output = execFileSync(
    'npx',
    ['redocly', 'lint', 'docs/openapi.json', '--format=json', '--max-problems=10000'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
} catch (error) {
  // Redocly exits non-zero on errors; its report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const { problems } = JSON.parse(output) as { problems: Problem[] };
if (problems.length) {
  for (const problem of problems)
    console.error(
      `${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location?.[0]?.pointer ?? ''})`,
    );
  console.error(`OpenAPI lint: ${problems.length} problem(s). The document must have none.`);
  process.exit(1);
}
console.log('OpenAPI lint (Redocly recommended): 0 errors, 0 warnings.');
