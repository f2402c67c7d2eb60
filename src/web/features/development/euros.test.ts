import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueCode } from '../../components/form/use-zod-form.ts';
import { eurosAsCents } from './development-api.ts';

const schema = z.object({ costCents: eurosAsCents() });
const parse = (costCents: string) => schema.safeParse({ costCents }, { error: issueCode });

describe('an amount typed in euros', () => {
  it('becomes the cents the API takes, written the Dutch or the English way', () => {
    expect(parse('650,00').data).toEqual({ costCents: 65_000 });
    expect(parse('€ 1.200,50').data).toEqual({ costCents: 120_050 });
    expect(parse('1,200.50').data).toEqual({ costCents: 120_050 });
  });

  it('is required, and refused on its field when it is not an amount', () => {
    expect(parse('').error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['costCents', 'required'],
    ]);
    expect(parse('veel').error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['costCents', 'invalid'],
    ]);
  });
});
