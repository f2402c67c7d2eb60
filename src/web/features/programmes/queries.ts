import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Programme = Schemas['Programme'];
export type ProgrammeSession = Schemas['ProgrammeSession'];
export type ProgrammeMaterial = Schemas['ProgrammeMaterial'];

export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  one: (id: string) => ['programmes', 'one', id] as const,
};

export const programmesQuery = () =>
  queryOptions({ queryKey: programmeKeys.list, queryFn: () => unwrap(api.GET('/api/v1/programmes')) });
export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: programmeKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/programmes/{id}', { params: { path: { id } } })),
  });

function useProgrammeChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export const useCreateProgramme = () =>
  useProgrammeChange(
    (body: { title: string; summary?: string; startsOn: string; endsOn: string; tracks?: string[] }) =>
      unwrap(api.POST('/api/v1/programmes', { body })),
  );

export const useUpdateProgramme = (id: string) =>
  useProgrammeChange((body: { status?: 'draft' | 'published'; recapNote?: string; title?: string }) =>
    unwrap(api.PATCH('/api/v1/programmes/{id}', { params: { path: { id } }, body })),
  );
export const useAddTrack = (id: string) =>
  useProgrammeChange((body: { name: string }) =>
    unwrap(api.POST('/api/v1/programmes/{id}/tracks', { params: { path: { id } }, body })),
  );
type SessionBody = {
  trackId: string;
  format: 'talk' | 'panel' | 'workshop';
  language: 'nl' | 'en';
  title: string;
  summary?: string;
  startsAt: string;
  endsAt: string;
  location?: string | null;
  onlineUrl?: string | null;
  seats: number;
  speakers?: { name: string; kind: 'internal' | 'external'; affiliation?: string | null }[];
};
export const useAddSession = (id: string) =>
  useProgrammeChange((body: SessionBody) =>
    unwrap(api.POST('/api/v1/programmes/{id}/sessions', { params: { path: { id } }, body })),
  );
export const useJoin = (id: string) =>
  useProgrammeChange((sessionId: string) =>
    unwrap(
      api.POST('/api/v1/programmes/{id}/sessions/{sessionId}/join', { params: { path: { id, sessionId } } }),
    ),
  );
export const useLeave = (id: string) =>
  useProgrammeChange((sessionId: string) =>
    unwrap(
      api.POST('/api/v1/programmes/{id}/sessions/{sessionId}/leave', { params: { path: { id, sessionId } } }),
    ),
  );
export const useAddMaterial = (id: string) =>
  useProgrammeChange(
    (body: {
      kind: 'recording' | 'material';
      title: string;
      url?: string;
      fileId?: string;
      sessionId?: string | null;
    }) => unwrap(api.POST('/api/v1/programmes/{id}/materials', { params: { path: { id } }, body })),
  );

/** A recording or material for the recap, into the organisation's storage through the files module. */
export function uploadRecapFile(purpose: 'video' | 'audio' | 'document', file: File) {
  const form = new FormData();
  form.append('file', file);
  // openapi-fetch sends FormData as it is (the browser adds the boundary) plus the CSRF header.
  return unwrap(api.POST('/api/v1/files', { params: { query: { purpose } }, body: form as never }));
}
export const useRemoveMaterial = (id: string) =>
  useProgrammeChange((materialId: string) =>
    unwrap(
      api.DELETE('/api/v1/programmes/{id}/materials/{materialId}', { params: { path: { id, materialId } } }),
    ),
  );
