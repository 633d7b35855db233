import { renderAtom, renderRss } from '../../feeds/feed';
import { parseFeedPath } from '../../feeds/paths';

/**
 * RSS 2.0 (/feeds/news.xml) and Atom (/feeds/news.atom) feeds of news, briefs, open
 * vacancies and all three together; /feeds/pl/news.xml in Polish, and so on. Cached
 * like pages (route rule) and purged by the CMS's webhook.
 */
export default defineEventHandler(async (event) => {
  const address = parseFeedPath(getRouterParam(event, 'path') ?? '');
  if (!address) throw createError({ statusCode: 404, statusMessage: 'No such feed' });
  const { siteUrl } = useRuntimeConfig(event).public;
  let feed;
  try {
    feed = await buildFeed(address, siteUrl);
  } catch (error) {
    throw cmsHttpError(error);
  }
  markCachedPage(event);
  const rss = address.format === 'xml';
  setResponseHeader(event, 'content-type', rss ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8');
  return rss ? renderRss(feed) : renderAtom(feed);
});
