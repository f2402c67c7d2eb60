import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Card } from '../../components/page.tsx';
import { EmptyState } from '../../components/states.tsx';

export type TableColumn<T> = { id: string; header: string; value: (row: T) => string | number | null };

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",;\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A figure as a chart with the same numbers as an accessible table one click away, and CSV/XLSX
 * downloads of exactly those rows. Without a chart it is just the table.
 */
export function ChartCard<T>({
  title,
  fileName,
  rows,
  columns,
  chart,
  note,
  hasFigures = true,
  chartHeight,
}: {
  title: string;
  fileName: string;
  rows: T[];
  columns: TableColumn<T>[];
  chart?: ReactNode;
  note?: ReactNode;
  /** False when every figure is zero: the chart would be an empty grid, so say so in words instead. */
  hasFigures?: boolean;
  /** Pixels; a chart with a bar per person grows with the team. */
  chartHeight?: number;
}) {
  const { t } = useTranslation('insight');
  const [isTable, setIsTable] = useState(!chart);
  const id = useId();
  const exportCsv = () => {
    const lines = [
      columns.map((c) => csvCell(c.header)),
      ...rows.map((row) => columns.map((c) => csvCell(c.value(row)))),
    ];
    download(
      `${fileName}.csv`,
      new Blob([`\ufeff${lines.map((line) => line.join(',')).join('\n')}`], { type: 'text/csv' }),
    );
  };
  const exportXlsx = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(title.slice(0, 31));
    sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
    const buffer = await book.xlsx.writeBuffer();
    download(
      `${fileName}.xlsx`,
      new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
  };
  return (
    <Card
      title={title}
      titleId={id}
      actions={
        <div className="flex flex-wrap gap-2">
          {chart && rows.length > 0 && (
            <Button variant="secondary" onClick={() => setIsTable(!isTable)} aria-pressed={isTable}>
              {isTable ? t('chart.showChart') : t('chart.showTable')}
            </Button>
          )}
          <Button variant="secondary" onClick={exportCsv} disabled={!rows.length}>
            CSV
          </Button>
          <Button variant="secondary" onClick={() => void exportXlsx()} disabled={!rows.length}>
            XLSX
          </Button>
        </div>
      }
    >
      {note && <div className="mb-3 text-sm text-slate-600">{note}</div>}
      {!rows.length ? (
        <EmptyState title={t('chart.empty')} />
      ) : isTable || !chart ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b text-left text-slate-600">
                {columns.map((column) => (
                  <th key={column.id} scope="col" className="px-2 py-1 font-medium">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of figures have no identity of their own
                <tr key={index} className="border-b last:border-0">
                  {columns.map((column) => (
                    <td key={column.id} className="px-2 py-1 tabular-nums">
                      {column.value(row) ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : !hasFigures ? (
        <EmptyState title={t('chart.allZero')} />
      ) : (
        <div
          className="h-64 w-full"
          style={chartHeight ? { height: chartHeight } : undefined}
          role="img"
          aria-label={t('chart.described', { title })}
        >
          {chart}
        </div>
      )}
    </Card>
  );
}
