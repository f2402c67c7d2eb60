import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// A search with few matches sorts the matches instead of walking the sort index (people.repository.ts):
// its pages must come in exactly the order of the whole directory.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const givenNames = ['Sanne', 'Ömer', 'Anouk', 'Daan', 'Eline', 'Bram', 'Noor'];
  for (const [i, givenName] of givenNames.entries())
    await buildPerson(db, org.organisation.id, {
      givenName,
      familyNamePrefix: i % 2 ? 'de' : null,
      familyName: i % 3 ? 'Jansen' : 'Janssen',
      jobTitle: i % 2 ? 'Verpleegkundige' : 'Begeleider',
      startDate: `2020-0${1 + (i % 3)}-01`,
    });
  await buildPerson(db, org.organisation.id, { givenName: 'Piet', familyName: 'Bakker' });
});

describe('GET /api/v1/people?q=', () => {
  it('pages through the matches in the order of the whole directory, for every sort', async () => {
    for (const sort of ['name', '-name', 'jobTitle', '-startDate', 'unit']) {
      const whole = (await org.as.hrAdmin.get(`/api/v1/people?pageSize=100&sort=${sort}`)).json();
      const expected = (whole.items as { id: string; familyName: string }[])
        .filter((person) => person.familyName.startsWith('Jans'))
        .map((person) => person.id);
      expect(expected).toHaveLength(7);
      const paged: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const response = await org.as.hrAdmin.get(
          `/api/v1/people?q=jans&pageSize=3&page=${page}&sort=${sort}`,
        );
        expect(response.json().total, sort).toBe(7);
        paged.push(...response.json().items.map((person: { id: string }) => person.id));
      }
      expect(paged, sort).toEqual(expected);
    }
  });
});
