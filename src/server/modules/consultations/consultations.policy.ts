import type { ConsultationRow } from './consultations.repository.ts';

/** Open until it is closed or its closing time has passed. */
export const isOpen = (row: ConsultationRow, now: Date) => row.status === 'open' && row.closes_at > now;
