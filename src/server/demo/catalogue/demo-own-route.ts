import type { TenantDb } from '../../db/tenant.ts';

// One "eigen route" for the demo employee, shared with her manager with a comment, so the own-routes
// screens have something to show from the first start.
export async function seedDemoOwnRoute(
  tenant: TenantDb,
  { employee, manager }: { employee: { id: string }; manager: { id: string } },
  itemIds: Map<string, string>,
) {
  const medication = itemIds.get('care-medication');
  if (!medication) return;
  const { id } = await tenant
    .insertInto('own_routes', {
      person_id: employee.id,
      title: 'Zekerder worden in medicatieveiligheid',
      purpose:
        'Ik wil fouten bij het toedienen voorkomen en collega’s kunnen uitleggen hoe je een fout meldt.',
      shared_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tenant
    .insertInto('own_route_steps', [
      { route_id: id, position: 0, kind: 'content', ref_id: medication, title: 'Medicatie veilig toedienen' },
      {
        route_id: id,
        position: 1,
        kind: 'book',
        title: 'Veilig werken met medicatie in de zorg',
        note: 'Hoofdstuk 3 en 4, over dubbele controle.',
      },
      {
        route_id: id,
        position: 2,
        kind: 'conversation',
        title: 'Meelopen met de aandachtsvelder medicatie',
        note: 'Een ochtend meekijken bij de medicatieronde.',
      },
    ])
    .execute();
  await tenant
    .insertInto('own_route_comments', {
      route_id: id,
      author_id: manager.id,
      body: 'Mooi plan. Plan het meelopen in de week na je cursus, dan zit het nog vers.',
    })
    .execute();
}
