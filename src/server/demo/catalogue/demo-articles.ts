// The demo's articles and on-the-job assignments, each with its own substance (nl, and en where the
// item has an English version). Written for the demo's care organisation; general practice, not protocol.
import { careArticles } from './articles/care.ts';
import { leadershipArticles } from './articles/leadership.ts';
import { onboardingArticles } from './articles/onboarding.ts';
import { selfAndOthersArticles } from './articles/self-and-others.ts';

export const articleBodies: Record<string, { nl: string; en?: string }> = {
  ...careArticles,
  ...selfAndOthersArticles,
  ...leadershipArticles,
  ...onboardingArticles,
};
