import type { Core } from '@strapi/strapi';
import { checkSearchParams, SearchParamError } from '../../../search/params';
import { search } from '../../../search/query';

type Context = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: Context) {
    let params;
    try {
      params = checkSearchParams(ctx.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof SearchParamError) return ctx.badRequest(error.message);
      throw error;
    }
    ctx.body = await search(strapi, params);
  },
});
