import { calendarDateOf, formatCalendarDate } from '../../../core/calendar.ts';
import { certificateTexts } from '../../../messages/index.ts';

/** A one-page A4 landscape certificate with the verification link printed on it. */
export async function certificatePdf(certificate: {
  title: string;
  recipientName: string;
  organisationName: string;
  issuedAt: Date;
  verificationUrl: string;
  locale: 'nl' | 'en';
  /** The organisation's: the date printed is the day it was issued there. */
  timeZone: string;
}): Promise<Uint8Array> {
  const texts = certificateTexts(certificate.locale);
  // Loaded on first use: pdf-lib is large and most processes never draw a certificate.
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(texts.documentTitle({ title: certificate.title }));
  pdf.setProducer('Groeipad');
  const page = pdf.addPage([842, 595]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0.11, 0.43, 0.3);
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: green, borderWidth: 3 });
  // Standard fonts speak WinAnsi only: replace what they cannot draw rather than fail.
  const safe = (text: string) => text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
  const centre = (text: string, y: number, size: number, font = regular, color = rgb(0.1, 0.1, 0.1)) => {
    const value = safe(text);
    const width = font.widthOfTextAtSize(value, size);
    page.drawText(value, { x: (842 - width) / 2, y, size, font, color });
  };
  const date = formatCalendarDate(
    calendarDateOf(certificate.issuedAt, certificate.timeZone),
    certificate.locale,
  );
  centre(texts.heading(), 470, 34, bold, green);
  centre(texts.certifies(), 420, 14);
  centre(certificate.organisationName, 398, 14, bold);
  centre(texts.that(), 376, 14);
  centre(certificate.recipientName, 330, 28, bold);
  centre(texts.completed(), 296, 14);
  centre(certificate.title, 256, 22, bold, green);
  centre(texts.issuedOn({ date }), 200, 12);
  centre(texts.verifyAt(), 90, 10);
  centre(certificate.verificationUrl, 72, 10, regular, green);
  return pdf.save();
}
