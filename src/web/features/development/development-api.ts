import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../../api/client.ts';

export type DevelopmentPlan = Schemas['DevelopmentPlan'];
export type BudgetRequest = Schemas['BudgetRequest'];
export type Conversation = Schemas['Conversation'];

/** A mutation that refreshes everything development shows afterwards (plans, budgets, conversations, home). */
export function useDevelopmentMutation<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['development'] });
    },
  });
}

/** "1.250,50" or "1250.5" → cents; NaN when it is not an amount. */
export function centsOf(text: string): number {
  let value = text.replace(/€|\s/g, '');
  if (value.includes(',') && value.includes('.')) value = value.replaceAll('.', '').replace(',', '.');
  else if (value.includes(',')) value = value.replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}

export function useMoney() {
  return (cents: number, language: string) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
    }).format(cents / 100);
}

export const textareaClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-teal-700 focus:outline-none disabled:bg-slate-100 read-only:bg-slate-50';
