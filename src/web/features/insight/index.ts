// What other features may use from insight: the monthly report switch ("Mijn gegevens" shows it too).
export { ReportMailSwitch } from './report-mail.tsx';
