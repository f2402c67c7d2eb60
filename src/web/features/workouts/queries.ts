import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Workout = Schemas['Workout'];
export type WorkoutTemplate = Schemas['WorkoutTemplate'];

export const workoutKeys = {
  all: ['workouts'] as const,
  list: ['workouts', 'list'] as const,
  library: ['workouts', 'library'] as const,
  settings: ['workouts', 'settings'] as const,
  one: (id: string) => ['workouts', 'one', id] as const,
};

export const workoutsQuery = () =>
  queryOptions({ queryKey: workoutKeys.list, queryFn: () => unwrap(api.GET('/api/v1/workouts')) });
export const libraryQuery = () =>
  queryOptions({ queryKey: workoutKeys.library, queryFn: () => unwrap(api.GET('/api/v1/workouts/library')) });
export const workoutSettingsQuery = () =>
  queryOptions({
    queryKey: workoutKeys.settings,
    queryFn: () => unwrap(api.GET('/api/v1/workouts/settings')),
  });
export const workoutQuery = (id: string) =>
  queryOptions({
    queryKey: workoutKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/workouts/{id}', { params: { path: { id } } })),
  });
export const reportsQuery = (personId: string) =>
  queryOptions({
    queryKey: ['person', personId, 'reports'],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}/reports', { params: { path: { id: personId } } })),
  });
export const goalsQuery = () =>
  queryOptions({ queryKey: ['workouts', 'goals'], queryFn: () => unwrap(api.GET('/api/v1/goals')) });

function useWorkoutChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workoutKeys.all }),
  });
}

export const usePlanWorkout = () =>
  useWorkoutChange(
    (body: {
      libraryKey?: string;
      templateId?: string;
      plannedOn: string;
      contentId?: string | null;
      participantIds: string[];
    }) => unwrap(api.POST('/api/v1/workouts', { body })),
  );
export const useCreateTemplate = () =>
  useWorkoutChange(
    (body: {
      language: 'nl' | 'en';
      title: string;
      theme: string;
      assignment: string;
      reflectionQuestion: string;
      durationMinutes: number;
    }) => unwrap(api.POST('/api/v1/workouts/templates', { body })),
  );
export const useEditTemplate = (id: string) =>
  useWorkoutChange(
    (body: {
      language: 'nl' | 'en';
      title: string;
      theme: string;
      assignment: string;
      reflectionQuestion: string;
      durationMinutes: number;
    }) => unwrap(api.PUT('/api/v1/workout-templates/{id}', { params: { path: { id } }, body })),
  );
export const useDeleteTemplate = () =>
  useWorkoutChange((id: string) =>
    unwrap(api.DELETE('/api/v1/workout-templates/{id}', { params: { path: { id } } })),
  );
export const useSaveSettings = () =>
  useWorkoutChange((body: { reflectionReminderDays: number }) =>
    unwrap(api.PUT('/api/v1/workouts/settings', { body })),
  );
export const useReflect = (id: string) =>
  useWorkoutChange((text: string) =>
    unwrap(api.PUT('/api/v1/workouts/{id}/reflection', { params: { path: { id } }, body: { text } })),
  );
export type NextStep =
  | { kind: 'personal'; title: string; personId: string }
  | { kind: 'team'; title: string; alignedGoalId: string };
export const useComplete = (id: string) =>
  useWorkoutChange((nextSteps: NextStep[]) =>
    unwrap(api.POST('/api/v1/workouts/{id}/complete', { params: { path: { id } }, body: { nextSteps } })),
  );
