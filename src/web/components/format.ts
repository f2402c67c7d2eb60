import { useTranslation } from 'react-i18next';

/** Dates and times in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return {
    date: (value: string | null | undefined) =>
      value
        ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
            new Date(value.length === 10 ? `${value}T12:00:00` : value),
          )
        : '—',
    dateTime: (value: string | null | undefined) =>
      value
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
        : '—',
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** 0–100 as "45%" in the reader's language. */
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100),
  };
}

/** Today's date (yyyy-mm-dd) on this device's calendar, not in UTC: a form's default date. */
export const localToday = () => new Date().toLocaleDateString('en-CA');

/** The date `days` from today on this device's calendar. */
export const localDateIn = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('en-CA');
};
