import { describe, expect, it } from 'vitest';
import { toBody } from './template-form.ts';

describe('the template form', () => {
  it('a template sends empty texts as null and keeps an item only on a learning step', () => {
    const body = toBody({
      name: 'Inwerken',
      description: '',
      criteria: null,
      isActive: true,
      steps: [
        { kind: 'task', title: 'Rooster', description: '', dayOffset: 0, owner: 'newcomer', contentId: 'x' },
        {
          kind: 'learning',
          title: 'Module',
          description: 'Lees',
          dayOffset: 3,
          owner: 'newcomer',
          contentId: 'c1',
        },
      ],
    });
    expect(body.description).toBeNull();
    expect(body.steps.map((step) => [step.description, step.contentId])).toEqual([
      [null, null],
      ['Lees', 'c1'],
    ]);
  });
});
