import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { embedAddress, linkQuery, loginAddress, useLaunch } from './queries.ts';

/**
 * Open the tool: Groeipad logs the learner in at the tool (LTI 1.3), in a new window or — when L&D chose
 * so for the tool — embedded in this page (through our framing page, whose CSP allows that tool only).
 */
export function LtiLaunchCard({ contentId }: { contentId: string }) {
  const { t } = useTranslation('lti');
  const link = useQuery(linkQuery(contentId));
  const launch = useLaunch();
  const [frameAddress, setFrameAddress] = useState<string | null>(null);
  if (link.isPending) return <Loading />;
  if (link.isError) return <QueryError error={link.error} />;
  const open = async () => {
    if (link.data.presentation === 'iframe') {
      const login = await launch.mutateAsync(contentId).catch(() => null);
      if (login) setFrameAddress(embedAddress(login));
      return;
    }
    // Opened on the click itself, so the pop-up blocker lets it through; filled when the launch is ready.
    const target = window.open('about:blank', '_blank');
    try {
      const login = await launch.mutateAsync(contentId);
      if (target) target.location.href = loginAddress(login);
      else window.location.href = loginAddress(login);
    } catch {
      target?.close();
    }
  };
  return (
    <Card>
      <p className="text-sm text-slate-700">{t('launch.intro', { tool: link.data.toolName })}</p>
      <p className="mt-1 text-sm text-slate-700">{t('launch.privacy')}</p>
      {link.data.score !== null && (
        <p role="status" className="mt-2 text-sm font-medium text-teal-800">
          {t('launch.score', { score: link.data.score })}
        </p>
      )}
      <div className="mt-4">
        <Button isBusy={launch.isPending} onClick={open}>
          {t('launch.open', { tool: link.data.toolName })}
        </Button>
      </div>
      <FormErrorRegion error={launch.error} shownFields={[]} />
      {frameAddress && (
        <iframe
          title={t('launch.frame', { tool: link.data.toolName })}
          src={frameAddress}
          className="mt-4 h-[70vh] w-full rounded-lg border border-slate-200"
          allow="fullscreen"
        />
      )}
    </Card>
  );
}

/** The launch page of an external-tool item (also shown inside the learning player). */
export function LaunchPage() {
  const { t } = useTranslation('lti');
  const { id } = useParams({ from: '/_app/learning/lti/$id' });
  const link = useQuery(linkQuery(id));
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={t('launch.eyebrow')} title={link.data?.title ?? ''} />
      <LtiLaunchCard contentId={id} />
    </div>
  );
}
