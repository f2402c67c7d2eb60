import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type EventView = Schemas['Event'];
export type EventSession = Schemas['EventSession'];
export type Attendance = Schemas['EventAttendance'];

export const eventKeys = {
  all: ['workshops'] as const,
  list: ['workshops', 'list'] as const,
  one: (id: string) => ['workshops', 'one', id] as const,
  attendance: (id: string) => ['workshops', 'attendance', id] as const,
};

export const eventsQuery = () =>
  queryOptions({ queryKey: eventKeys.list, queryFn: () => unwrap(api.GET('/api/v1/workshops')) });
export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: eventKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/workshops/{id}', { params: { path: { id } } })),
  });
export const attendanceQuery = (id: string) =>
  queryOptions({
    queryKey: eventKeys.attendance(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/workshops/sessions/{id}/attendance', { params: { path: { id } } })),
  });

function useSessionAction<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export const useSignUp = () =>
  useSessionAction((id: string) =>
    unwrap(api.POST('/api/v1/workshops/sessions/{id}/sign-up', { params: { path: { id } } })),
  );
export const useCancelRegistration = () =>
  useSessionAction((id: string) =>
    unwrap(api.POST('/api/v1/workshops/sessions/{id}/cancel-registration', { params: { path: { id } } })),
  );
export const useMarkAttendance = (sessionId: string) =>
  useSessionAction((body: { personId: string; attended: boolean }) =>
    unwrap(
      api.POST('/api/v1/workshops/sessions/{id}/attendance', { params: { path: { id: sessionId } }, body }),
    ),
  );
export const useCheckIn = () =>
  useSessionAction(({ id, code }: { id: string; code: string }) =>
    unwrap(
      api.POST('/api/v1/workshops/sessions/{id}/check-in', { params: { path: { id } }, body: { code } }),
    ),
  );

export type EventInput = {
  language: 'nl' | 'en';
  title: string;
  summary: string;
  costCents: number | null;
  needsApproval: boolean;
  serves: { kind: 'skill' | 'value' | 'competency' | 'goal'; id: string }[];
};
export type SessionBody = {
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  trainerName: string | null;
  seats: number;
  signupDeadline: string | null;
};

export const useCreateEvent = () =>
  useSessionAction((body: EventInput & { sessions: SessionBody[] }) =>
    unwrap(api.POST('/api/v1/workshops', { body })),
  );
export const useChangeEvent = (id: string) =>
  useSessionAction((body: EventInput) =>
    unwrap(api.PATCH('/api/v1/workshops/{id}', { params: { path: { id } }, body })),
  );
export const useAddSession = (eventId: string) =>
  useSessionAction((body: SessionBody) =>
    unwrap(api.POST('/api/v1/workshops/{id}/sessions', { params: { path: { id: eventId } }, body })),
  );
export const useChangeSession = () =>
  useSessionAction(({ id, body }: { id: string; body: SessionBody }) =>
    unwrap(api.PATCH('/api/v1/workshops/sessions/{id}', { params: { path: { id } }, body })),
  );
export const useCancelSession = () =>
  useSessionAction((id: string) =>
    unwrap(api.POST('/api/v1/workshops/sessions/{id}/cancel', { params: { path: { id } } })),
  );
export const useGiveFeedback = (id: string) =>
  useSessionAction((body: { rating: number; isUsefulForWork: boolean; comment: string | null }) =>
    unwrap(api.POST('/api/v1/workshops/sessions/{id}/feedback', { params: { path: { id } }, body })),
  );
export const feedbackQuery = (id: string) =>
  queryOptions({
    queryKey: ['workshops', 'feedback', id] as const,
    queryFn: () => unwrap(api.GET('/api/v1/workshops/sessions/{id}/feedback', { params: { path: { id } } })),
  });
export const skillsForEventsQuery = () =>
  queryOptions({
    queryKey: ['workshops', 'skills'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/skills/framework', { params: { query: {} } })),
  });
