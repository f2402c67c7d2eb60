/** A session's time in the reader's language: "dinsdag 8 december, 14:00–17:00". */
export function sessionTime(startsAt: string, endsAt: string, language: string) {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(startsAt),
  );
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}
