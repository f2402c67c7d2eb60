import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { entryLink } from '../learning/index.ts';
import { recordSpotlight, type Spotlight, spotlightQuery } from './queries.ts';

type Message = Spotlight['banners'][number];

/** A banner or card: seen once shown (reach), its link followed counts as a click. */
function useMessageLink(message: Message) {
  const navigate = useNavigate();
  useEffect(() => {
    void recordSpotlight(message.id, 'seen');
  }, [message.id]);
  return async () => {
    await recordSpotlight(message.id, 'click');
    if (message.link) await navigate({ to: message.link as never });
  };
}

function Banner({ message }: { message: Message }) {
  const { t } = useTranslation('campaigns');
  const follow = useMessageLink(message);
  return (
    <section
      aria-label={t('spotlight.banner')}
      className="rounded-xl bg-gradient-to-r from-teal-700 to-teal-600 p-5 text-white shadow-sm"
    >
      {/* The text in the reader's content language (lang, dir); the button stays in the interface's. */}
      <div lang={message.language} dir={message.dir}>
        <h2 className="text-lg font-semibold">{message.title}</h2>
        {message.body && <p className="mt-1 text-sm text-teal-50">{message.body}</p>}
      </div>
      {message.link && (
        <button
          type="button"
          onClick={follow}
          className="mt-3 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-teal-800 hover:bg-teal-50"
        >
          {t('spotlight.more')}
        </button>
      )}
    </section>
  );
}

function MessageCard({ message }: { message: Message }) {
  const { t } = useTranslation('campaigns');
  const follow = useMessageLink(message);
  return (
    <li className="rounded-xl border border-teal-200 bg-teal-50 p-4">
      <div lang={message.language} dir={message.dir}>
        <h3 className="font-semibold text-slate-900">{message.title}</h3>
        {message.body && <p className="mt-1 text-sm text-slate-700">{message.body}</p>}
      </div>
      {message.link && (
        <button type="button" onClick={follow} className="mt-2 text-sm font-medium text-teal-800 underline">
          {t('spotlight.more')}
        </button>
      )}
    </li>
  );
}

/** Themes of this moment with their learning: boosted on home and in the catalogue. */
export function ThemeStrip() {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const spotlight = useQuery(spotlightQuery());
  const themes = spotlight.data?.themes ?? [];
  if (!themes.length) return null;
  return (
    <>
      {themes.map((theme) => (
        <section
          key={theme.id}
          aria-labelledby={`theme-${theme.id}`}
          className="rounded-xl border border-amber-200 bg-amber-50 p-4"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-amber-800">
            {t('spotlight.themeNow', { date: format.date(theme.endsOn) })}
          </p>
          <div lang={theme.language} dir={theme.dir}>
            <h2 id={`theme-${theme.id}`} className="mt-1 text-base font-semibold text-slate-900">
              {theme.name}
            </h2>
            {theme.description && <p className="mt-1 text-sm text-slate-700">{theme.description}</p>}
          </div>
          {theme.learning.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-2">
              {theme.learning.map((item) => (
                <li key={`${item.type}:${item.id}`}>
                  <Link
                    {...entryLink(item)}
                    className="inline-block rounded-full bg-white px-3 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-300 hover:bg-amber-100"
                  >
                    {item.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

/** Home: the running campaign's banner, its cards, and the themes of this moment. */
export function HomeSpotlight() {
  const spotlight = useQuery(spotlightQuery());
  if (!spotlight.data) return null;
  const { banners, cards } = spotlight.data;
  return (
    <div className="space-y-4">
      {banners.map((banner) => (
        <Banner key={banner.id} message={banner} />
      ))}
      {cards.length > 0 && (
        <ul className="grid gap-3 md:grid-cols-3">
          {cards.map((card) => (
            <MessageCard key={card.id} message={card} />
          ))}
        </ul>
      )}
      <ThemeStrip />
    </div>
  );
}
