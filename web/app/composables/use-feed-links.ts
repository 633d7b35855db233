import { feedPath, type FeedFormat, type FeedKind } from '@blmk/shared-types';

/** The feeds named in every page's head, for feed readers: the combined one in both formats, then each kind. */
const HEAD_FEEDS: Array<{ kind: FeedKind; format: FeedFormat }> = [
  { kind: 'all', format: 'xml' },
  { kind: 'all', format: 'atom' },
  { kind: 'news', format: 'xml' },
  { kind: 'briefs', format: 'xml' },
  { kind: 'vacancies', format: 'xml' },
];

const FORMAT_NAMES: Record<FeedFormat, string> = { xml: 'RSS', atom: 'Atom' };
const MEDIA_TYPES: Record<FeedFormat, string> = { xml: 'application/rss+xml', atom: 'application/atom+xml' };

/** `<link rel="alternate">` to the reader's locale's feeds (server/routes/feeds), titled in their language. */
export function useFeedLinks() {
  const { t } = useI18n();
  const locale = useContentLocale();
  useHead({
    link: () =>
      HEAD_FEEDS.map(({ kind, format }) => ({
        rel: 'alternate' as const,
        type: MEDIA_TYPES[format],
        title: `${t(`feeds.${kind}`)} (${FORMAT_NAMES[format]})`,
        href: feedPath({ kind, format, locale }),
      })),
  });
}
