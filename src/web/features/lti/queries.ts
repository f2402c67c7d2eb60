import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type LtiTool = Schemas['LtiTool'];
export type LtiLogin = Schemas['LtiLogin'];

export const ltiKeys = {
  all: ['lti'] as const,
  platform: ['lti', 'platform'] as const,
  tools: ['lti', 'tools'] as const,
  item: (id: string) => ['lti', 'items', id] as const,
};

export const platformQuery = () =>
  queryOptions({ queryKey: ltiKeys.platform, queryFn: () => unwrap(api.GET('/api/v1/lti/platform')) });
export const toolsQuery = () =>
  queryOptions({ queryKey: ltiKeys.tools, queryFn: () => unwrap(api.GET('/api/v1/lti/tools')) });
export const linkQuery = (id: string) =>
  queryOptions({
    queryKey: ltiKeys.item(id),
    queryFn: () => unwrap(api.GET('/api/v1/lti/items/{id}', { params: { path: { id } } })),
  });

/** Where the browser goes to log in at the tool (LTI allows GET on the login initiation URL). */
export const loginAddress = (login: LtiLogin) => {
  const url = new URL(login.action);
  for (const [key, value] of Object.entries(login.params)) url.searchParams.set(key, value);
  return url.toString();
};

const useLtiChange = <I, O>(run: (input: I) => Promise<O>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ltiKeys.all }),
  });
};

const registerTool = (body: {
  name: string;
  loginUrl: string;
  launchUrl: string;
  deepLinkUrl: string | null;
  jwksUrl: string | null;
  privacy: LtiTool['privacy'];
  presentation: LtiTool['presentation'];
}) => unwrap(api.POST('/api/v1/lti/tools', { body: { ...body, redirectUrls: [], publicJwk: null } }));

export const useRegisterTool = () => useLtiChange(registerTool);
export const useRemoveTool = () =>
  useLtiChange((id: string) => unwrap(api.DELETE('/api/v1/lti/tools/{id}', { params: { path: { id } } })));
export const useRotateKey = () =>
  useLtiChange(() => unwrap(api.POST('/api/v1/lti/platform/rotate-key', { body: {} })));
export const useAddItem = () =>
  useLtiChange(
    (body: { toolId: string; title: string; targetUrl: string | null; presentation: 'window' | 'iframe' }) =>
      unwrap(api.POST('/api/v1/lti/items', { body: { ...body, summary: '', custom: {} } })),
  );
export const useDeepLinking = () =>
  useMutation({
    mutationFn: (toolId: string) =>
      unwrap(api.POST('/api/v1/lti/tools/{id}/deep-linking', { params: { path: { id: toolId } }, body: {} })),
  });
export const useLaunch = () =>
  useMutation({
    mutationFn: (contentId: string) =>
      unwrap(api.POST('/api/v1/lti/items/{id}/launch', { params: { path: { id: contentId } }, body: {} })),
  });
export const useAcceptSelection = () =>
  useLtiChange((id: string) =>
    unwrap(api.POST('/api/v1/lti/selections/{id}/accept', { params: { path: { id } }, body: {} })),
  );

/** The embedded launch: our framing page, which frames the tool's login address (lti.embed.ts). */
export const embedAddress = (login: LtiLogin) =>
  `/lti/embed?${new URLSearchParams({ action: login.action, ...login.params }).toString()}`;

export const useSetPresentation = () =>
  useLtiChange((input: { toolId: string; presentation: LtiTool['presentation'] }) =>
    unwrap(
      api.PUT('/api/v1/lti/tools/{id}/presentation', {
        params: { path: { id: input.toolId } },
        body: { presentation: input.presentation },
      }),
    ),
  );

/** LTI Dynamic Registration: a one-time token and the tool's registration page to open with it. */
export const useStartRegistration = () =>
  useMutation({
    mutationFn: (body: { toolUrl: string; privacy: LtiTool['privacy'] }) =>
      unwrap(api.POST('/api/v1/lti/registrations', { body })),
  });
