import type { PersonalDataContributor } from '../../core/personal-data.ts';

/** xAPI statements name their actor (name, mailbox): erasure removes the person's statements and agent. */
export const xapiPersonalData: PersonalDataContributor[] = [
  {
    name: 'statements',
    kind: 'learning',
    async export(tenant, personId) {
      const statements = await tenant
        .selectFrom('xapi_statements')
        .select(['id', 'verb_id as verb', 'object_id as objectId', 'statement', 'stored'])
        .where('person_id', '=', personId)
        .orderBy('stored')
        .execute();
      return [{ name: 'xapi-statements', rows: statements }];
    },
    async erase(tenant, personId) {
      const agents = tenant.selectFrom('xapi_actors').select('agent_key').where('person_id', '=', personId);
      const documents = await tenant
        .deleteFrom('xapi_documents')
        .where('agent_key', 'in', agents)
        .executeTakeFirst();
      const statements = await tenant
        .deleteFrom('xapi_statements')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const actors = await tenant
        .deleteFrom('xapi_actors')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return (
        Number(documents.numDeletedRows) + Number(statements.numDeletedRows) + Number(actors.numDeletedRows)
      );
    },
  },
];
