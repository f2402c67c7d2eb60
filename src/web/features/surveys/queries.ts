import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Survey = Schemas['Survey'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyForm = Schemas['SurveyForm'];
export type SurveyResults = Schemas['SurveyResults'];
export type LearningZone = Schemas['LearningZone'];
export type Quadrant = NonNullable<LearningZone['teams'][number]['current']>['quadrant'];
export type QuestionKind = Survey['questions'][number]['kind'];
export type ResultsFilter = { unitId?: string; roleGroup?: 'manager' | 'employee' };
export type SurveyInput = {
  titleNl: string;
  titleEn: string;
  introNl: string;
  introEn: string;
  audience: { unitIds?: string[]; roles?: string[] };
  questions: {
    kind: QuestionKind;
    textNl: string;
    textEn: string;
    options: { nl: string; en: string }[];
  }[];
};

export const surveyKeys = {
  all: ['surveys'] as const,
  mine: ['surveys', 'mine'] as const,
  list: ['surveys', 'list'] as const,
  survey: (id: string) => ['surveys', id] as const,
  form: (id: string) => ['surveys', id, 'form'] as const,
  results: (id: string, filter: ResultsFilter) => ['surveys', id, 'results', filter] as const,
  zone: (roundId?: string) => ['surveys', 'learning-zone', roundId ?? 'latest'] as const,
};

export const mySurveysQuery = () =>
  queryOptions({ queryKey: surveyKeys.mine, queryFn: () => unwrap(api.GET('/api/v1/my-surveys')) });
export const surveysQuery = () =>
  queryOptions({ queryKey: surveyKeys.list, queryFn: () => unwrap(api.GET('/api/v1/surveys')) });
export const surveyQuery = (id: string) =>
  queryOptions({
    queryKey: surveyKeys.survey(id),
    queryFn: () => unwrap(api.GET('/api/v1/surveys/{id}', { params: { path: { id } } })),
  });
export const surveyFormQuery = (id: string) =>
  queryOptions({
    queryKey: surveyKeys.form(id),
    queryFn: () => unwrap(api.GET('/api/v1/surveys/{id}/form', { params: { path: { id } } })),
  });
export const resultsQuery = (id: string, filter: ResultsFilter) =>
  queryOptions({
    queryKey: surveyKeys.results(id, filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/surveys/{id}/results', { params: { path: { id }, query: filter } })),
  });
export const learningZoneQuery = (roundId?: string) =>
  queryOptions({
    queryKey: surveyKeys.zone(roundId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/learning-zone', { params: { query: roundId ? { roundId } : {} } })),
  });

export const resultsCsvUrl = (id: string, filter: ResultsFilter) => {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  return `/api/v1/surveys/${id}/results.csv${query ? `?${query}` : ''}`;
};

function useSurveyChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export const useAnswerSurvey = (id: string) =>
  useSurveyChange((answers: { questionId: string; value: number | null; text: string | null }[]) =>
    unwrap(api.POST('/api/v1/surveys/{id}/answers', { params: { path: { id } }, body: { answers } })),
  );

export const useSaveSurvey = () =>
  useSurveyChange(({ id, body }: { id?: string; body: SurveyInput }) =>
    id
      ? unwrap(api.PUT('/api/v1/surveys/{id}', { params: { path: { id } }, body: body as never }))
      : unwrap(api.POST('/api/v1/surveys', { body: body as never })),
  );

export const useStartLearningZone = () =>
  useSurveyChange(() => unwrap(api.POST('/api/v1/surveys/learning-zone', { body: {} })));

export const useSchedule = (id: string) =>
  useSurveyChange((body: { opensAt: string | null; closesAt: string }) =>
    unwrap(api.POST('/api/v1/surveys/{id}/schedule', { params: { path: { id } }, body })),
  );

export const useCloseSurvey = (id: string) =>
  useSurveyChange(() => unwrap(api.POST('/api/v1/surveys/{id}/close', { params: { path: { id } } })));
