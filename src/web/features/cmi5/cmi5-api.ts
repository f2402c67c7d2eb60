import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';

export type Cmi5Course = Schemas['Cmi5Course'];
export type Cmi5Unit = Cmi5Course['units'][number];

export const cmi5Keys = {
  all: ['cmi5'] as const,
  course: (id: string) => ['cmi5', 'course', id] as const,
};

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: cmi5Keys.course(id),
    queryFn: () => unwrap(api.GET('/api/v1/cmi5/courses/{id}', { params: { path: { id } } })),
  });
export const useCourse = (id: string) => useQuery(courseQuery(id));

/** A new course from a zip or a cmi5.xml: it becomes a draft catalogue item. */
export const importCourse = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/v1/cmi5/courses', { body: form as never }));
};

export const launchUnit = (id: string, auId: string) =>
  unwrap(api.POST('/api/v1/cmi5/courses/{id}/launch', { params: { path: { id } }, body: { auId } }));

export type CourseProblem = { message: string; code?: string; file?: string; line?: number | null };

/** The problems of a refused cmi5.xml (400 package_rejected), each with its file and line. */
export function courseProblemsOf(error: unknown): CourseProblem[] {
  if (!isApiError(error) || error.code !== 'package_rejected') return [];
  return error.fieldErrors as CourseProblem[];
}

/** A new course from an address on the internet (a cmi5.xml or a course .zip). */
export const importCourseFromUrl = (url: string) =>
  unwrap(api.POST('/api/v1/cmi5/courses/import-url', { body: { url } }));

/** A new version over the course: registrations stay. */
export const uploadNewVersion = (id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return unwrap(
    api.POST('/api/v1/cmi5/courses/{id}/versions', { params: { path: { id } }, body: form as never }),
  );
};

export type WaiveReason = Schemas['Cmi5Waiver']['reason'];
export const waiveReasons: WaiveReason[] = [
  'Tested Out',
  'Equivalent AU',
  'Equivalent Outside Activity',
  'Administrative',
];
export const waiveUnit = (id: string, body: { personId: string; auId: string; reason: WaiveReason }) =>
  unwrap(api.POST('/api/v1/cmi5/courses/{id}/waivers', { params: { path: { id } }, body }));
