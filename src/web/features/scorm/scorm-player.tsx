import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Loading } from '../../components/states.tsx';
import {
  type CommitBody,
  commitCmi,
  commitOnUnload,
  launchSco,
  type ScormCommitAnswer,
  type ScormLaunch,
} from './scorm-api.ts';

// The learner's SCORM player. The package runs in a frame on the content origin (CONTENT_ORIGIN), where
// the browser holds no Groeipad cookie; its runtime page (scorm-again) posts every commit here, and this
// page stores it with the attempt's commit token. Closing the tab sends the last values as a beacon.

type Finished = NonNullable<ScormCommitAnswer['finished']>;
type Values = CommitBody['values'];
/** What a frame was opened for: its commits go to that launch's attempt and SCO, even after a switch. */
type FrameLaunch = { token: string | null; scoId: string; pending: Values | null };

type Message =
  | { source: 'groeipad-scorm'; type: 'ready' }
  | { source: 'groeipad-scorm'; type: 'snapshot'; values: Values }
  | { source: 'groeipad-scorm'; type: 'commit'; values: Values; isTerminated: boolean; navRequest: string }
  | { source: 'groeipad-scorm'; type: 'terminated'; navRequest: string }
  | { source: 'groeipad-scorm'; type: 'error'; message: string };

/** Requests that end more than the SCO: the server suspends, ends or discards the attempt. */
const endings = ['suspendAll', 'exitAll', 'abandon', 'abandonAll'] as const;
type Ending = (typeof endings)[number];
const isEnding = (request: string): request is Ending => (endings as readonly string[]).includes(request);

/** adl.nav.request → the SCO to open next, or null to stay. */
function targetOf(launch: ScormLaunch, request: string): string | null {
  const index = launch.scos.findIndex((sco) => sco.id === launch.sco.id);
  if (request === 'continue') return launch.scos[index + 1]?.id ?? null;
  if (request === 'previous') return launch.scos[index - 1]?.id ?? null;
  const choice = /^\{target=([^}]+)\}(choice|jump)$/.exec(request);
  return choice && launch.scos.some((sco) => sco.id === choice[1]) ? (choice[1] as string) : null;
}

export function ScormPlayer({
  contentId,
  onFinished,
  onChanged,
}: {
  contentId: string;
  onFinished: (finished: Finished) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('scorm');
  const [launch, setLaunch] = useState<ScormLaunch | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(true);
  const [result, setResult] = useState<ScormCommitAnswer['result'] | null>(null);
  // Set when the package ended with suspendAll / exitAll / abandon / abandonAll: its frame closes.
  const [ended, setEnded] = useState<Ending | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const frames = useRef(new WeakMap<object, FrameLaunch>());
  const current = useRef<FrameLaunch | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const callbacks = useRef({ onFinished, onChanged });
  callbacks.current = { onFinished, onChanged };

  // Commits of one page go out one after the other, in the order the package made them.
  const send = useCallback((body: CommitBody) => {
    const next = queue.current.then(async () => {
      try {
        const answer = await commitCmi(body);
        setResult(answer.result);
        if (answer.finished) callbacks.current.onFinished(answer.finished);
        callbacks.current.onChanged();
      } catch (failure) {
        setError(failure);
      }
    });
    queue.current = next;
    return next;
  }, []);

  const open = useCallback(
    async (scoId: string | null, newAttempt = false) => {
      setBusy(true);
      setError(null);
      setEnded(null);
      // What the open SCO set since its last commit is stored before another one replaces it.
      const leaving = current.current;
      if (leaving?.token && leaving.pending)
        await send({
          token: leaving.token,
          scoId: leaving.scoId,
          values: leaving.pending,
          isTerminated: false,
          isUnload: true,
        });
      if (leaving) leaving.pending = null;
      try {
        const launched = await launchSco(contentId, { scoId, newAttempt });
        current.current = { token: launched.commitToken, scoId: launched.sco.id, pending: null };
        setResult(launched.result);
        setLaunch(launched);
        callbacks.current.onChanged();
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
    },
    [contentId, send],
  );

  useEffect(() => {
    void open(null);
  }, [open]);

  // The runtime page speaks only to this page, from the content origin.
  useEffect(() => {
    if (!launch) return;
    const contentOrigin = new URL(launch.launcherUrl).origin;
    const onMessage = (event: MessageEvent) => {
      const message = event.data as Message;
      if (event.origin !== contentOrigin || message?.source !== 'groeipad-scorm' || !event.source) return;
      const isCurrent = event.source === frame.current?.contentWindow;
      if (message.type === 'ready' && isCurrent) {
        frames.current.set(event.source, current.current as FrameLaunch);
        (event.source as Window).postMessage(
          {
            source: 'groeipad-player',
            type: 'start',
            scormVersion: launch.scormVersion,
            launchUrl: launch.sco.launchUrl,
            cmi: launch.cmi,
            scoIds: launch.scos.map((sco) => sco.id),
          },
          contentOrigin,
        );
        return;
      }
      const opened = frames.current.get(event.source);
      if (!opened) return;
      if (message.type === 'snapshot') opened.pending = message.values;
      else if (message.type === 'commit' && opened.token) {
        opened.pending = null;
        void send({
          token: opened.token,
          scoId: opened.scoId,
          values: message.values,
          isTerminated: message.isTerminated,
          isUnload: false,
          navRequest: message.navRequest,
        });
      } else if (message.type === 'terminated' && isCurrent) {
        if (isEnding(message.navRequest)) {
          const ending = message.navRequest;
          // After the Terminate's commit is stored: the attempt is then suspended, ended or discarded.
          void queue.current.then(() => {
            if (current.current) current.current.token = null;
            setEnded(ending);
          });
          return;
        }
        const target = targetOf(launch, message.navRequest);
        if (target) void queue.current.then(() => open(target));
      } else if (message.type === 'error') setError(new Error(message.message));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [launch, open, send]);

  // Closing the tab or leaving the page: what was set since the last commit goes out as a beacon.
  useEffect(() => {
    const flush = () => {
      const opened = current.current;
      if (!opened?.token || !opened.pending) return;
      commitOnUnload({
        token: opened.token,
        scoId: opened.scoId,
        values: opened.pending,
        isTerminated: false,
        isUnload: true,
      });
      opened.pending = null;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  if (!launch)
    return isBusy ? (
      <Loading label={t('player.opening')} />
    ) : (
      <PlayerError error={error} onRetry={() => open(null)} />
    );
  const index = launch.scos.findIndex((sco) => sco.id === launch.sco.id);
  const isMulti = launch.scos.length > 1;
  const previous = launch.scos[index - 1];
  const next = launch.scos[index + 1];
  return (
    <div className="space-y-3">
      <AttemptLine launch={launch} result={result} onNewAttempt={() => open(null, true)} isBusy={isBusy} />
      <div className={isMulti ? 'grid gap-4 lg:grid-cols-[15rem_1fr]' : ''}>
        {isMulti && <TableOfContents launch={launch} isBusy={isBusy} onOpen={(scoId) => open(scoId)} />}
        <div className="space-y-3">
          {ended ? (
            <Ended ending={ended} onContinue={() => open(ended === 'abandon' ? launch.sco.id : null)} />
          ) : (
            <iframe
              key={`${launch.attempt.id}/${launch.sco.id}/${launch.commitToken ?? 'review'}`}
              ref={frame}
              src={launch.launcherUrl}
              data-package-frame
              title={t('player.frameTitle', { title: launch.sco.title })}
              // Its own origin already keeps it from the session; the sandbox also keeps it from this tab.
              sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"
              allow="fullscreen; autoplay"
              allowFullScreen
              className="h-[75vh] min-h-[26rem] w-full rounded-lg border border-slate-200 bg-white"
            />
          )}
          {isMulti && (
            <nav aria-label={t('player.flow')} className="flex flex-wrap justify-between gap-2">
              <Button
                variant="secondary"
                disabled={!previous || isBusy}
                onClick={() => previous && open(previous.id)}
              >
                ← {t('player.previous')}
              </Button>
              <Button variant="secondary" disabled={!next || isBusy} onClick={() => next && open(next.id)}>
                {t('player.next')} →
              </Button>
            </nav>
          )}
        </div>
      </div>
      {error ? <PlayerError error={error} onRetry={() => open(launch.sco.id)} /> : null}
    </div>
  );
}

/** What the package's own "leave" request did, and the way back in. */
function Ended({ ending, onContinue }: { ending: Ending; onContinue: () => void }) {
  const { t } = useTranslation('scorm');
  return (
    <div role="status" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800">
      <p>{t(`player.ended.${ending}`)}</p>
      <Button variant="secondary" className="mt-3" onClick={onContinue}>
        {ending === 'suspendAll' ? t('player.continue') : t('player.reopen')}
      </Button>
    </div>
  );
}

function AttemptLine({
  launch,
  result,
  onNewAttempt,
  isBusy,
}: {
  launch: ScormLaunch;
  result: ScormCommitAnswer['result'] | null;
  onNewAttempt: () => void;
  isBusy: boolean;
}) {
  const { t } = useTranslation('scorm');
  const format = useFormat();
  const shown = result ?? launch.result;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700" aria-live="polite">
      <span>{t('player.attempt', { number: launch.attempt.number })}</span>
      <StatusBadge completion={shown.completionStatus} success={shown.successStatus} />
      {shown.scoreScaled !== null && (
        <span>{t('player.score', { score: format.percent(shown.scoreScaled * 100) })}</span>
      )}
      {launch.attempt.isReview && <Badge tone="amber">{t('player.review')}</Badge>}
      {launch.attempt.canStartNew && (
        <Button variant="secondary" className="ml-auto" disabled={isBusy} onClick={onNewAttempt}>
          {t('player.newAttempt')}
        </Button>
      )}
    </div>
  );
}

function StatusBadge({ completion, success }: { completion: string; success: string }) {
  const { t } = useTranslation('scorm');
  if (success === 'passed') return <Badge tone="green">{t('status.passed')}</Badge>;
  if (success === 'failed') return <Badge tone="red">{t('status.failed')}</Badge>;
  if (completion === 'completed') return <Badge tone="green">{t('status.completed')}</Badge>;
  return <Badge>{t(`status.${completion === 'incomplete' ? 'incomplete' : 'not_attempted'}`)}</Badge>;
}

function TableOfContents({
  launch,
  isBusy,
  onOpen,
}: {
  launch: ScormLaunch;
  isBusy: boolean;
  onOpen: (scoId: string) => void;
}) {
  const { t } = useTranslation('scorm');
  const canChoose = launch.navigation.choice;
  return (
    <nav aria-label={t('player.contents')}>
      <details open className="rounded-lg border border-slate-200 bg-slate-50 p-3 lg:open:block">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">
          {t('player.contents')}
        </summary>
        <ol className="mt-2 space-y-1">
          {launch.scos.map((sco, index) => {
            const isCurrent = sco.id === launch.sco.id;
            const done = sco.completionStatus === 'completed' || sco.successStatus === 'passed';
            return (
              <li key={sco.id}>
                <button
                  type="button"
                  aria-current={isCurrent ? 'step' : undefined}
                  disabled={isBusy || isCurrent || !canChoose}
                  onClick={() => onOpen(sco.id)}
                  className={`flex w-full min-h-10 items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm ${
                    isCurrent
                      ? 'bg-teal-700 text-white'
                      : 'text-slate-800 hover:bg-white disabled:hover:bg-transparent'
                  }`}
                >
                  <span aria-hidden="true" className="w-5 tabular-nums">
                    {done ? '✓' : index + 1}
                  </span>
                  <span className="flex-1">{sco.title}</span>
                  <span className="sr-only">
                    {done ? t('status.completed') : t(`status.${sco.completionStatus}`)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}

function PlayerError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('scorm');
  // 401 on a commit: the attempt was opened again elsewhere (another tab), which took over.
  if (isApiError(error) && error.status === 401)
    return (
      <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
        <p>{t('player.takenOver')}</p>
        <Button variant="secondary" className="mt-2" onClick={onRetry}>
          {t('player.reopen')}
        </Button>
      </div>
    );
  return (
    <div className="space-y-2">
      <FormErrorRegion error={error} />
      <Button variant="secondary" onClick={onRetry}>
        {t('player.reopen')}
      </Button>
    </div>
  );
}
