import type { Schemas } from '../../api/client.ts';

// Without a cover, a calm colour field per format keeps cards scannable (decorative, so no alt).
const fallbacks: Record<string, string> = {
  article: 'from-sky-100 to-sky-300',
  video: 'from-rose-100 to-rose-300',
  audio: 'from-violet-100 to-violet-300',
  document: 'from-slate-100 to-slate-300',
  link: 'from-amber-100 to-amber-300',
  quiz: 'from-emerald-100 to-emerald-300',
  assignment: 'from-orange-100 to-orange-300',
  course: 'from-teal-100 to-teal-300',
  path: 'from-indigo-100 to-indigo-300',
  scorm: 'from-cyan-100 to-cyan-300',
  cmi5: 'from-lime-100 to-lime-300',
};

/** A 16:9 cover: the image with its alt text, or a colour field when there is none. */
export function CoverImage({
  cover,
  format,
  className = '',
}: {
  cover: Schemas['Cover'] | null;
  format: string;
  className?: string;
}) {
  if (cover)
    return (
      <img
        src={cover.url}
        alt={cover.alt}
        loading="lazy"
        className={`aspect-video w-full bg-slate-100 object-cover ${className}`}
      />
    );
  return (
    <div
      aria-hidden="true"
      className={`aspect-video w-full bg-gradient-to-br ${fallbacks[format] ?? fallbacks.article} ${className}`}
    />
  );
}
