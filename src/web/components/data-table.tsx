import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from './pagination.tsx';
import { EmptyState, Loading } from './states.tsx';

export type SortDirection = 'ascending' | 'descending';
export type TableSort = { columnId: string; direction: SortDirection };

export type Column<T> = {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable in the browser; server-sorted tables pass `sort` + `onSortChange`. */
  sortValue?: (row: T) => string | number | null | undefined;
  /** Server-sorted tables: this column can be sorted by the server. */
  isSortable?: boolean;
  /** Classes for both the header and the cells (responsive hiding, alignment). */
  className?: string;
};

type DataTableProps<T> = {
  /** The table's accessible name (a caption, visually hidden unless `isCaptionShown`). */
  label: string;
  isCaptionShown?: boolean;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string | number;
  isLoading?: boolean;
  emptyTitle: string;
  emptyBody?: ReactNode;
  /** Controlled sort, for lists sorted by the server; without it sortable columns sort in the browser. */
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort) => void;
  initialSort?: TableSort;
  pagination?: { page: number; pageSize: number; total: number; onPageChange: (page: number) => void };
  rowClassName?: (row: T) => string;
  /** A bare table inside a card; otherwise it brings its own frame. */
  isPlain?: boolean;
};

const compare = (a: unknown, b: unknown) => {
  if (a == null || a === '') return b == null || b === '' ? 0 : 1;
  if (b == null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
};

/** Rows sorted in the browser by the column's sort value; empty values last either way. */
export function sortRows<T>(rows: T[], columns: Column<T>[], sort: TableSort | null | undefined): T[] {
  const column = sort && columns.find((c) => c.id === sort.columnId);
  if (!sort || !column?.sortValue) return rows;
  const value = column.sortValue;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left == null || left === '' || right == null || right === '') return compare(left, right);
    return sign * compare(left, right);
  });
}

/**
 * A table with sortable headers (a button in the header, `aria-sort` on the column), loading and empty
 * states and optional pagination. Cells stay plain cells so every row reads the same to a screen reader.
 */
export function DataTable<T>({
  label,
  isCaptionShown,
  columns,
  rows,
  rowKey,
  isLoading,
  emptyTitle,
  emptyBody,
  sort: controlledSort,
  onSortChange,
  initialSort,
  pagination,
  rowClassName,
  isPlain,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [ownSort, setOwnSort] = useState<TableSort | null>(initialSort ?? null);
  const isControlled = controlledSort !== undefined;
  const sort = isControlled ? controlledSort : ownSort;
  const sorted = useMemo(
    () => (isControlled ? (rows ?? []) : sortRows(rows ?? [], columns, sort)),
    [rows, columns, sort, isControlled],
  );
  if (isLoading && !rows) return <Loading />;
  if (!rows?.length) return <EmptyState title={emptyTitle}>{emptyBody}</EmptyState>;

  const toggle = (columnId: string) => {
    const next: TableSort = {
      columnId,
      direction: sort?.columnId === columnId && sort.direction === 'ascending' ? 'descending' : 'ascending',
    };
    if (isControlled) onSortChange?.(next);
    else setOwnSort(next);
  };
  const table = (
    <table className="w-full text-left text-sm">
      <caption className={isCaptionShown ? 'mb-2 text-left text-sm font-medium text-slate-800' : 'sr-only'}>
        {label}
      </caption>
      <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600">
        <tr>
          {columns.map((column) => {
            const isSortable = isControlled ? column.isSortable : Boolean(column.sortValue);
            const direction = sort?.columnId === column.id ? sort.direction : undefined;
            return (
              <th
                key={column.id}
                scope="col"
                aria-sort={direction}
                className={`px-4 py-3 ${column.className ?? ''}`}
              >
                {isSortable ? (
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                    title={t('table.sortBy')}
                    onClick={() => toggle(column.id)}
                  >
                    {column.header}
                    <span aria-hidden="true" className="text-slate-400">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sorted.map((row) => (
          <tr key={rowKey(row)} className={`hover:bg-slate-50 ${rowClassName?.(row) ?? ''}`}>
            {columns.map((column) => (
              <td key={column.id} className={`px-4 py-3 text-slate-700 ${column.className ?? ''}`}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div>
      {isPlain ? (
        <div className="overflow-x-auto">{table}</div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">{table}</div>
      )}
      {pagination && <Pagination {...pagination} />}
    </div>
  );
}
