import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type InsertQueryBuilder,
  type InsertResult,
  type SelectQueryBuilder,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { Executor, Trx } from './database.ts';
import type { Database, TenantTable } from './schema.ts';

type WithoutOrganisation<T> = Omit<T, 'organisation_id'>;

/**
 * The only door to tenant tables. Every query it starts is already filtered on the organisation,
 * and every insert is stamped with it, so a repository cannot forget the organisation.
 * Joins between tenant tables should match organisation_id too (composite foreign keys make that natural).
 */
export type TenantDb = {
  readonly organisationId: string;
  readonly executor: Executor;
  selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object>;
  insertInto<T extends TenantTable>(
    table: T,
    values: WithoutOrganisation<Insertable<Database[T]>> | WithoutOrganisation<Insertable<Database[T]>>[],
  ): InsertQueryBuilder<Database, T, InsertResult>;
  updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  /** Runs `work` in a transaction (or the one already open) scoped to the same organisation. */
  transaction<R>(work: (tenant: TenantDb & { executor: Trx }) => Promise<R>): Promise<R>;
};

export function forOrganisation(executor: Executor, organisationId: string): TenantDb {
  const own = (table: string) => sql.ref(`${table}.organisation_id`);
  // The casts below are where generic table names meet Kysely's literal-type API; the public
  // signatures above keep callers fully typed.
  // biome-ignore lint/suspicious/noExplicitAny: see comment above
  const anyDb = executor as any;
  return {
    organisationId,
    executor,
    selectFrom: (table) => anyDb.selectFrom(table).where(own(table), '=', organisationId),
    insertInto: (table, values) => {
      const rows = (Array.isArray(values) ? values : [values]).map((row) => ({
        ...row,
        organisation_id: organisationId,
      }));
      return anyDb.insertInto(table).values(rows);
    },
    updateTable: (table) => anyDb.updateTable(table).where(own(table), '=', organisationId),
    deleteFrom: (table) => anyDb.deleteFrom(table).where(own(table), '=', organisationId),
    transaction: (work) => {
      if (executor.isTransaction)
        return work(forOrganisation(executor, organisationId) as TenantDb & { executor: Trx });
      return executor
        .transaction()
        .execute((trx) => work(forOrganisation(trx, organisationId) as TenantDb & { executor: Trx }));
    },
  };
}
