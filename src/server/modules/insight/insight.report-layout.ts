// Draws the insight report: a title block, then per table a heading, an optional note, an optional bar
// chart and the rows, breaking pages where needed (A4 portrait, Helvetica, pdf-lib loaded on first use).

export type Table = {
  title: string;
  note?: string | string[];
  columns: string[];
  rows: string[][];
  bars?: { label: string; value: number }[];
};

const width = 595;
const height = 842;
const margin = 48;

// Standard fonts speak WinAnsi only: replace what they cannot draw rather than fail.
const safe = (text: string) => text.replace(/[^\u0020-\u007e\u00a0-\u00ff€]/g, '?');

export async function writeReport(report: {
  title: string;
  subtitle: string[];
  tables: Table[];
  none: string;
  pageLabel: (n: number, of: number) => string;
}): Promise<Uint8Array> {
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(report.title);
  pdf.setProducer('Groeipad');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0.06, 0.46, 0.43);
  const grey = rgb(0.4, 0.4, 0.45);
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const room = (needed: number) => {
    if (y - needed < margin + 20) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
  };
  const clip = (text: string, size: number, font: typeof regular, max: number) => {
    let value = safe(text);
    while (value.length > 1 && font.widthOfTextAtSize(value, size) > max) value = `${value.slice(0, -2)}…`;
    return value;
  };
  const write = (text: string, size: number, font = regular, color = rgb(0.1, 0.1, 0.1), x = margin) => {
    page.drawText(clip(text, size, font, width - margin - x), { x, y, size, font, color });
  };

  write(report.title, 20, bold, green);
  y -= 24;
  for (const line of report.subtitle) {
    write(line, 10, regular, grey);
    y -= 14;
  }
  y -= 10;

  for (const table of report.tables) {
    room(60);
    write(table.title, 13, bold, green);
    y -= 16;
    for (const line of table.note ? [table.note].flat() : []) {
      write(line, 9, regular, grey);
      y -= 13;
    }
    if (!table.rows.length) {
      write(report.none, 9, regular, grey);
      y -= 22;
      continue;
    }
    if (table.bars?.length) {
      const chartHeight = 80;
      room(chartHeight + 24);
      const max = Math.max(1, ...table.bars.map((bar) => bar.value));
      const step = (width - 2 * margin) / table.bars.length;
      table.bars.forEach((bar, i) => {
        const barHeight = (bar.value / max) * chartHeight;
        const x = margin + i * step + step * 0.15;
        page.drawRectangle({ x, y: y - chartHeight, width: step * 0.7, height: barHeight, color: green });
        page.drawText(safe(bar.label), { x, y: y - chartHeight - 10, size: 7, font: regular, color: grey });
      });
      y -= chartHeight + 22;
    }
    // The first column takes what the others leave; the others share equally.
    const others = table.columns.length - 1;
    const firstWidth = others ? Math.max(140, (width - 2 * margin) * 0.4) : width - 2 * margin;
    const otherWidth = others ? (width - 2 * margin - firstWidth) / others : 0;
    const columnX = (i: number) => (i === 0 ? margin : margin + firstWidth + (i - 1) * otherWidth);
    const drawRow = (cells: string[], font: typeof regular) => {
      room(14);
      cells.forEach((cell, i) => {
        const max = (i === 0 ? firstWidth : otherWidth) - 6;
        page.drawText(clip(cell, 9, font, max), {
          x: columnX(i),
          y,
          size: 9,
          font,
          color: rgb(0.1, 0.1, 0.1),
        });
      });
      y -= 13;
    };
    if (table.columns.some(Boolean)) drawRow(table.columns, bold);
    for (const row of table.rows) drawRow(row, regular);
    y -= 14;
  }

  const pages = pdf.getPages();
  pages.forEach((each, i) => {
    each.drawText(report.pageLabel(i + 1, pages.length), {
      x: margin,
      y: margin / 2,
      size: 8,
      font: regular,
      color: grey,
    });
  });
  return pdf.save();
}
