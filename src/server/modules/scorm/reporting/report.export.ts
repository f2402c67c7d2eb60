import type { Locale } from '../../../db/schema.ts';
import type { packageReport } from './report.read.ts';

// The report as a file: one line per answer (who, which attempt, which question, what, right or wrong,
// how long), and in the workbook a second sheet with the attempts. CSV as Dutch Excel reads it.

type Report = Awaited<ReturnType<typeof packageReport>>;

const headers = {
  nl: [
    'Naam',
    'Poging',
    'Onderdeel',
    'Vraag',
    'Omschrijving',
    'Antwoord',
    'Juiste antwoord',
    'Resultaat',
    'Bedenktijd (s)',
    'Tijdstip',
  ],
  en: [
    'Name',
    'Attempt',
    'Part',
    'Question',
    'Description',
    'Answer',
    'Correct answer',
    'Result',
    'Latency (s)',
    'Time',
  ],
};
const attemptHeaders = {
  nl: [
    'Naam',
    'Poging',
    'Versie',
    'Voltooiing',
    'Resultaat',
    'Score (%)',
    'Tijd (min)',
    'Begonnen',
    'Afgerond',
  ],
  en: [
    'Name',
    'Attempt',
    'Version',
    'Completion',
    'Success',
    'Score (%)',
    'Time (min)',
    'Started',
    'Completed',
  ],
};

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection): keep it text.
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvCell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function answerLines(report: Report): (string | number | null)[][] {
  const people = new Map(report.attempts.map((attempt) => [attempt.id, attempt]));
  return report.interactions.map((row) => {
    const attempt = people.get(row.attempt_id);
    return [
      attempt?.name ?? '',
      attempt?.number ?? null,
      row.sco_id,
      row.interaction_id,
      row.description,
      row.learner_response,
      row.correct_response,
      row.result,
      row.latency_seconds,
      row.recorded_at,
    ];
  });
}

export function reportCsv(report: Report, language: Locale): Buffer {
  const lines = [headers[language].map(csvCell).join(';')];
  for (const line of answerLines(report))
    lines.push(line.map((value) => csvCell(defuse(value === null ? '' : String(value)))).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function reportXlsx(report: Report, language: Locale): Promise<Buffer> {
  // Loaded on first export: exceljs is a large module graph every process would otherwise load at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Groeipad';
  const answers = workbook.addWorksheet(language === 'nl' ? 'Antwoorden' : 'Answers', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  answers.addRow(headers[language]).font = { bold: true };
  for (const line of answerLines(report))
    answers.addRow(line.map((value) => (typeof value === 'string' ? defuse(value) : value)));
  const attempts = workbook.addWorksheet(language === 'nl' ? 'Pogingen' : 'Attempts', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  attempts.addRow(attemptHeaders[language]).font = { bold: true };
  for (const attempt of report.attempts)
    attempts.addRow([
      defuse(attempt.name),
      attempt.number,
      attempt.versionNumber,
      attempt.completionStatus,
      attempt.successStatus,
      attempt.scoreScaled === null ? null : Math.round(attempt.scoreScaled * 100),
      Math.round(attempt.totalSeconds / 6) / 10,
      new Date(attempt.startedAt),
      attempt.completedAt ? new Date(attempt.completedAt) : null,
    ]);
  for (const sheet of [answers, attempts])
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
