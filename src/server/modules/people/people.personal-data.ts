import type { PersonalDataContributor } from '../../core/personal-data.ts';

/** What an erased person is called from then on: no trace of their name or address. */
export const erasedName = { given: 'Verwijderde', family: 'medewerker' };
export const erasedEmail = (personId: string) => `verwijderd-${personId}@verwijderd.invalid`;

export const peoplePersonalData: PersonalDataContributor[] = [
  {
    name: 'profile',
    kind: 'profile',
    async export(tenant, personId) {
      const person = await tenant
        .selectFrom('people')
        .leftJoin('org_units', (join) =>
          join
            .onRef('org_units.id', '=', 'people.org_unit_id')
            .onRef('org_units.organisation_id', '=', 'people.organisation_id'),
        )
        .select([
          'people.given_name as givenName',
          'people.family_name_prefix as familyNamePrefix',
          'people.family_name as familyName',
          'people.email',
          'people.employee_number as employeeNumber',
          'people.job_title as jobTitle',
          'people.contract_hours as contractHours',
          'people.start_date as startDate',
          'people.end_date as endDate',
          'people.status',
          'people.locale',
          'people.manager_id as managerId',
          'org_units.name as orgUnit',
          'people.last_sign_in_at as lastSignInAt',
          'people.created_at as createdAt',
        ])
        .where('people.id', '=', personId)
        .execute();
      const roles = await tenant
        .selectFrom('person_roles')
        .select(['role', 'granted_at as grantedAt'])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'profile', rows: person },
        { name: 'roles', rows: roles },
      ];
    },
    async erase(tenant, personId) {
      await tenant.deleteFrom('person_roles').where('person_id', '=', personId).execute();
      const result = await tenant
        .updateTable('people')
        .set({
          given_name: erasedName.given,
          family_name_prefix: null,
          family_name: erasedName.family,
          email: erasedEmail(personId),
          employee_number: null,
          job_title: null,
          contract_hours: null,
          password_hash: null,
          status: 'left',
        })
        .where('id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  },
];
