// Money is whole cents everywhere (budgets, requests, the ledger); these two functions are the only
// place where euros are read from or written as text, on the server and in the web app alike.

/** Dutch readers write "1.250,50", English ones "1,250.50"; the separator that comes last is the decimal one. */
const grouped = (digits: string, separator: string) =>
  new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(digits);

/**
 * "1.250,50", "1,250.50", "1250.5", "€ 750", "1.250" → cents; null when the text is not an amount
 * (negative, more than two decimals, letters, or more than a trillion euros).
 */
export function parseEuros(text: string): number | null {
  let value = text.replace(/€|\s/g, '');
  const comma = value.lastIndexOf(',');
  const dot = value.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const [thousands, decimal] = comma > dot ? ['.', ','] : [',', '.'];
    const [whole = '', fraction] = value.split(decimal);
    if (value.split(decimal).length !== 2 || !grouped(whole, thousands)) return null;
    value = `${whole.replaceAll(thousands, '')}.${fraction}`;
  } else if (grouped(value, '.') || grouped(value, ',')) value = value.replace(/[.,]/g, '');
  else value = value.replace(',', '.');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as the reader writes euros: "€ 1.250,50" in Dutch, "€1,250.50" in English. */
export function formatEuros(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
