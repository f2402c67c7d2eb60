import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export type Filters = { from?: string; to?: string; unitId?: string; jobTitle?: string };

const clean = (filters: Filters) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Filters;

export const organisationQuery = (filters: Filters) =>
  queryOptions({
    queryKey: ['insight', 'organisation', clean(filters)],
    queryFn: () => unwrap(api.GET('/api/v1/insight/organisation', { params: { query: clean(filters) } })),
    placeholderData: keepPreviousData,
  });
export const goalsQuery = (filters: Filters) =>
  queryOptions({
    queryKey: ['insight', 'goals', clean(filters)],
    queryFn: () => unwrap(api.GET('/api/v1/insight/goals', { params: { query: clean(filters) } })),
    placeholderData: keepPreviousData,
  });
export const retentionQuery = (filters: Filters) =>
  queryOptions({
    queryKey: ['insight', 'retention', clean({ ...filters, from: undefined })],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/insight/retention', { params: { query: clean({ ...filters, from: undefined }) } }),
      ),
    placeholderData: keepPreviousData,
  });
export const teamQuery = () =>
  queryOptions({ queryKey: ['insight', 'team'], queryFn: () => unwrap(api.GET('/api/v1/insight/team')) });
export const myGrowthQuery = () =>
  queryOptions({ queryKey: ['insight', 'me'], queryFn: () => unwrap(api.GET('/api/v1/insight/me')) });

export type OrganisationDashboard = Awaited<
  ReturnType<NonNullable<ReturnType<typeof organisationQuery>['queryFn']>>
>;
export const developmentQuery = (filters: Filters) =>
  queryOptions({
    queryKey: ['insight', 'development', clean(filters)],
    queryFn: () =>
      unwrap(api.GET('/api/v1/insight/organisation/development', { params: { query: clean(filters) } })),
    placeholderData: keepPreviousData,
  });

/** The PDF report of the organisation dashboard with the same filters (a plain link: the browser downloads). */
export const reportHref = (filters: Filters, locale: string) =>
  `/api/v1/insight/organisation/report.pdf?${new URLSearchParams({ ...clean(filters), locale }).toString()}`;
