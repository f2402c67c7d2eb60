import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';

export type ScormPackage = Schemas['ScormPackage'];
export type ScormLaunch = Schemas['ScormLaunch'];
export type ScormReport = Schemas['ScormReport'];
export type ScormCommitAnswer = Schemas['ScormCommitAnswer'];
export type Midway = 'keep' | 'restart';
export type AttemptRule = ScormPackage['attemptRule'];

export const scormKeys = {
  all: ['scorm'] as const,
  package: (id: string) => ['scorm', 'package', id] as const,
  report: (id: string) => ['scorm', 'report', id] as const,
};

export const packageQuery = (id: string) =>
  queryOptions({
    queryKey: scormKeys.package(id),
    queryFn: () => unwrap(api.GET('/api/v1/scorm/packages/{id}', { params: { path: { id } } })),
  });
export const usePackage = (id: string) => useQuery(packageQuery(id));

export const useReport = (id: string) =>
  useQuery({
    queryKey: scormKeys.report(id),
    queryFn: () => unwrap(api.GET('/api/v1/scorm/packages/{id}/report', { params: { path: { id } } })),
  });

const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form as never;
};

/** A new package: it becomes a draft catalogue item. openapi-fetch sends FormData as is plus the CSRF header. */
export const uploadPackage = (file: File) =>
  unwrap(api.POST('/api/v1/scorm/packages', { body: formOf(file) }));

export function useUploadVersion(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, midway }: { file: File; midway: Midway }) =>
      unwrap(
        api.POST('/api/v1/scorm/packages/{id}/versions', {
          params: { path: { id }, query: { midway } },
          body: formOf(file),
        }),
      ),
    onSuccess: (saved) => client.setQueryData(scormKeys.package(id), saved),
  });
}

export function useSaveAttemptRule(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { attemptRule: AttemptRule; maxAttempts: number | null }) =>
      unwrap(api.PUT('/api/v1/scorm/packages/{id}/settings', { params: { path: { id } }, body })),
    onSuccess: (saved) => client.setQueryData(scormKeys.package(id), saved),
  });
}

export const launchSco = (id: string, body: { scoId: string | null; newAttempt: boolean }) =>
  unwrap(api.POST('/api/v1/scorm/{id}/launch', { params: { path: { id } }, body }));

export type CommitBody = {
  token: string;
  scoId: string;
  values: Record<string, string | number | boolean | null>;
  isTerminated: boolean;
  isUnload: boolean;
  /** adl.nav.request as the SCO left it (acted on with a Terminate). */
  navRequest?: string;
};

export const commitCmi = (body: CommitBody) => unwrap(api.POST('/api/v1/scorm/commits', { body }));

/** As the page closes: a beacon (text/plain needs no preflight), so the last values still arrive. */
export function commitOnUnload(body: CommitBody): boolean {
  const blob = new Blob([JSON.stringify(body)], { type: 'text/plain' });
  return navigator.sendBeacon('/api/v1/scorm/commits', blob);
}

export const exportUrl = (id: string, format: 'csv' | 'xlsx', language: string) =>
  `/api/v1/scorm/packages/${encodeURIComponent(id)}/report/export?format=${format}&language=${language === 'en' ? 'en' : 'nl'}`;

export type PackageProblem = {
  field: string;
  message: string;
  code?: string;
  file?: string;
  line?: number | null;
};

/** The manifest's problems of a refused upload (400 package_rejected), each with its file and line. */
export function packageProblemsOf(error: unknown): PackageProblem[] {
  if (!isApiError(error) || error.code !== 'package_rejected') return [];
  return error.fieldErrors as PackageProblem[];
}
