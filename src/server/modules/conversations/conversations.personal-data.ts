import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/** Conversations one is part of, as employee or manager: the shared parts and one's own preparation only. */
export const conversationsPersonalData: PersonalDataContributor[] = [
  {
    name: 'conversations',
    kind: 'development',
    async export(tenant, personId) {
      const conversations = await tenant
        .selectFrom('conversations')
        .select([
          'id',
          'cycle_id as cycleId',
          'employee_id as employeeId',
          'manager_id as managerId',
          'meeting_at as meetingAt',
          'held_at as heldAt',
          'shared_notes as sharedNotes',
          'ratings',
          'employee_signed_at as employeeSignedAt',
          'manager_signed_at as managerSignedAt',
        ])
        .where((eb) => eb.or([eb('employee_id', '=', personId), eb('manager_id', '=', personId)]))
        .execute();
      const rows = conversations.map((c) => ({
        ...c,
        myRole: c.employeeId === personId ? 'employee' : 'manager',
      }));
      const ids = rows.map((row) => row.id);
      if (!ids.length) return [{ name: 'conversations', rows }];
      const sideOf = new Map(rows.map((row) => [row.id, row.myRole]));
      const preparations = (
        await tenant
          .selectFrom('conversation_preparations')
          .select([
            'conversation_id as conversationId',
            'side',
            'answers',
            'shared_at as sharedAt',
            'updated_at as updatedAt',
          ])
          .where('conversation_id', 'in', ids)
          .execute()
      ).filter((preparation) => sideOf.get(preparation.conversationId) === preparation.side);
      const actions = await tenant
        .selectFrom('conversation_actions')
        .select(['conversation_id as conversationId', 'title', 'created_at as createdAt'])
        .where('conversation_id', 'in', ids)
        .execute();
      return [
        { name: 'conversations', rows },
        { name: 'my-preparations', rows: preparations },
        { name: 'agreed-actions', rows: actions },
      ];
    },
    async erase(tenant, personId) {
      const own = tenant.selectFrom('conversations').select('id').where('employee_id', '=', personId);
      const notes = await tenant
        .updateTable('conversations')
        .set({ shared_notes: '', ratings: '{}' })
        .where('employee_id', '=', personId)
        .executeTakeFirst();
      const preparations = await tenant
        .updateTable('conversation_preparations')
        .set({ answers: '{}' })
        .where('conversation_id', 'in', own)
        .executeTakeFirst();
      const actions = await tenant
        .updateTable('conversation_actions')
        .set({ title: erased })
        .where('conversation_id', 'in', own)
        .executeTakeFirst();
      return (
        Number(notes.numUpdatedRows) + Number(preparations.numUpdatedRows) + Number(actions.numUpdatedRows)
      );
    },
  },
];
