import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A one-page A4 landscape certificate with the verification link printed on it. */
export async function certificatePdf(certificate: {
  title: string;
  recipientName: string;
  organisationName: string;
  issuedAt: Date;
  verificationUrl: string;
  locale: 'nl' | 'en';
}): Promise<Uint8Array> {
  const isDutch = certificate.locale === 'nl';
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${isDutch ? 'Certificaat' : 'Certificate'}: ${certificate.title}`);
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
  const date = certificate.issuedAt.toLocaleDateString(isDutch ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  centre(isDutch ? 'CERTIFICAAT' : 'CERTIFICATE', 470, 34, bold, green);
  centre(isDutch ? 'Hierbij verklaart' : 'This certifies that', 420, 14);
  centre(certificate.organisationName, 398, 14, bold);
  centre(isDutch ? 'dat' : 'has awarded', 376, 14);
  centre(certificate.recipientName, 330, 28, bold);
  centre(isDutch ? 'met succes heeft afgerond:' : 'for successfully completing:', 296, 14);
  centre(certificate.title, 256, 22, bold, green);
  centre(`${isDutch ? 'Uitgereikt op' : 'Issued on'} ${date}`, 200, 12);
  centre(isDutch ? 'Controleer dit certificaat op:' : 'Verify this certificate at:', 90, 10);
  centre(certificate.verificationUrl, 72, 10, regular, green);
  return pdf.save();
}
