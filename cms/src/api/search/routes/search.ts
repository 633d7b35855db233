/**
 * GET /api/search?q=&locale=&page=&pageSize=&types=: the public search over published
 * editorial content (cms/src/search/). The public role is granted
 * `api::search.search.search` by cms/src/bootstrap/public-permissions.ts.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'search.search',
      config: { policies: [], middlewares: [] },
    },
  ],
};
