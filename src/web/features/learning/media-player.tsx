import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Finished, type PlayerItem, saveProgress } from './learning-api.ts';

/**
 * HTML5 video or audio that starts where the learner left off and saves the position every few
 * seconds, on pause and when leaving; 90 % watched completes it on the server.
 */
export function MediaPlayer({
  item,
  onFinished,
}: {
  item: PlayerItem;
  onFinished: (finished: Finished) => void;
}) {
  const { t } = useTranslation('learning');
  const ref = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const lastSaved = useRef(0);
  const isDone = useRef(Boolean(item.progress?.completedAt));

  useEffect(() => {
    const media = ref.current;
    if (!media) return;
    const resumeAt = item.progress?.positionSeconds ?? 0;
    const seek = () => {
      if (resumeAt > 0 && resumeAt < media.duration - 1) media.currentTime = resumeAt;
    };
    if (media.readyState >= 1) seek();
    else media.addEventListener('loadedmetadata', seek, { once: true });
    const save = async (force: boolean) => {
      if (!media.duration || Number.isNaN(media.duration)) return;
      const now = Date.now();
      if (!force && now - lastSaved.current < 5000) return;
      lastSaved.current = now;
      const percent = (media.currentTime / media.duration) * 100;
      const result = await saveProgress(item.id, percent, Math.round(media.currentTime * 10) / 10);
      if (result.finished.content && !isDone.current) {
        isDone.current = true;
        onFinished(result.finished);
      }
    };
    const onTime = () => void save(false);
    const onStop = () => void save(true);
    media.addEventListener('timeupdate', onTime);
    media.addEventListener('pause', onStop);
    media.addEventListener('ended', onStop);
    return () => {
      media.removeEventListener('timeupdate', onTime);
      media.removeEventListener('pause', onStop);
      media.removeEventListener('ended', onStop);
      if (!media.paused) void save(true);
    };
  }, [item.id, item.progress?.positionSeconds, onFinished]);

  if (!item.fileUrl) return null;
  const resume = item.progress?.positionSeconds;
  return (
    <div>
      {resume ? (
        <p className="mb-2 text-sm text-slate-600" data-testid="resume-note">
          {t('player.resumeAt', { time: formatTime(resume) })}
        </p>
      ) : null}
      {item.kind === 'video' ? (
        // biome-ignore lint/a11y/useMediaCaption: the captions track is there whenever L&D uploaded one
        <video
          ref={ref}
          controls
          preload="metadata"
          className="w-full rounded-lg bg-black"
          src={item.fileUrl}
        >
          {item.captionsUrl && (
            <track
              kind="captions"
              src={item.captionsUrl}
              srcLang={item.language}
              label={t('player.captions')}
              default
            />
          )}
        </video>
      ) : (
        <audio ref={ref} controls preload="metadata" className="w-full" src={item.fileUrl}>
          <track kind="captions" />
        </audio>
      )}
    </div>
  );
}

export function formatTime(seconds: number) {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
