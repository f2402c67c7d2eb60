import { readFileSync } from 'node:fs';

// Small media the project generates itself (tests and the demo catalogue), nothing with someone
// else's licence. The one binary is the demo video: no encoder ships at runtime.

/** The project's own 24-second VP8/Opus WebM (CC0, see src/server/demo/media/README.md). */
export function demoVideo(): Buffer {
  return readFileSync(new URL('../../demo/media/demo-video.webm', import.meta.url));
}

/** A mono 8 kHz WAV with a soft tone that rises, `seconds` long. */
export function sampleWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0, 'latin1');
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8, 'latin1');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'latin1');
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    const frequency = 220 + (220 * i) / samples;
    buffer.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / rate) * 3000), 44 + i * 2);
  }
  return buffer;
}

/** WebVTT captions, one cue per line of text, `secondsEach` apart. */
export function sampleVtt(lines: string[], secondsEach = 4): string {
  const stamp = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  return `WEBVTT\n\n${lines
    .map(
      (line, index) =>
        `${index + 1}\n${stamp(index * secondsEach)} --> ${stamp((index + 1) * secondsEach)}\n${line}\n`,
    )
    .join('\n')}`;
}

/** A short PDF with a title and paragraphs. */
export async function samplePdf(title: string, paragraphs: string[]): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 56, y: 770, size: 20, font: bold });
  let y = 730;
  for (const paragraph of paragraphs) {
    for (const line of paragraph.match(/.{1,85}(\s|$)/g) ?? []) {
      page.drawText(line.trim(), { x: 56, y, size: 11, font });
      y -= 16;
    }
    y -= 10;
  }
  return Buffer.from(await pdf.save());
}
