import { findStaticPage } from '../content/static-page';
import { findPreviewEntry } from '../preview/preview-entry';

/**
 * Puts what pages read on every request, where they take it during server rendering
 * (app/composables/use-site-queries.ts): the site's CMS questions, the static pages of
 * content/, and (on /preview/ pages) the draft a preview link opens. The page and the
 * CMS client are in one process, so nothing goes over HTTP in between.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    event.context.siteQueries = siteQueries();
    event.context.staticPage = (path: string, locale: Parameters<typeof findStaticPage>[2]) => findStaticPage(event, path, locale);
    event.context.previewEntry = async (route: { type: string; documentId: string }) => {
      markPrivate(event);
      try {
        return await findPreviewEntry({ ...getQuery(event), ...route }, useRuntimeConfig(event).previewSecret, usePreviewCmsClient());
      } catch (error) {
        throw previewHttpError(error);
      }
    };
  });
});
