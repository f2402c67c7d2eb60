import type { ColumnType } from 'kysely';

// Column types every table file shares (Kysely's view of migrations/).
export type CreatedAt = ColumnType<Date, never, never>;
/** A `date` column, read and written as yyyy-mm-dd (see the type parser in database.ts). */
export type CalendarDate = string;
export type { Locale } from '../../shared/locales.ts';
