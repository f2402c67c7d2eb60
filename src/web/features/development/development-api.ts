import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { formatEuros, parseEuros } from '../../../shared/money.ts';
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

/** Euros typed in a form → cents; NaN when it is not an amount (the API then names the field). */
export const centsOf = (text: string): number => parseEuros(text) ?? Number.NaN;

/**
 * A form field of euros as typed ("650,00"), parsed to the cents the API takes: required, and
 * 'invalid' when it is not an amount. Named as the API's cents field, so its errors land here too.
 */
export const eurosAsCents = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((text, context) => {
      const cents = parseEuros(text);
      if (cents === null) context.addIssue({ code: 'custom', message: 'invalid' });
      return cents ?? 0;
    });

/** Cents as the reader writes euros (src/shared/money.ts). */
export const useMoney = () => formatEuros;

export const textareaClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-teal-700 focus:outline-none disabled:bg-slate-100 read-only:bg-slate-50';
