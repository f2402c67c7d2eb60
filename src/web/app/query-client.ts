import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors.ts';

// A 401 on any request means the session ended: forget who was signed in, the layout then shows sign-in.
const onError = (error: unknown) => {
  if (isApiError(error) && error.status === 401) queryClient.setQueryData(['me'], null);
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Only server trouble is worth retrying; 4xx answers will not change by asking again.
      retry: (failureCount, error) =>
        failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});
