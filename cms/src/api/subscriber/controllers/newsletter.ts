import type { Context } from 'koa';
import { NewsletterNotConfiguredError } from '../../../newsletter/config';
import { bodyOf, reply, replyError } from '../../../newsletter/http';
import {
  confirm,
  preferences,
  subscribe,
  SubscriptionError,
  unsubscribe,
  updatePreferences,
} from '../../../newsletter/subscriptions';
import { checkLanguage, checkTopics, combine, normaliseEmail } from '../../../newsletter/validate';

/** The one answer to every valid subscribe request, known address or not. */
const SUBSCRIBE_ANSWER = {
  message: 'Thank you. If this address can receive our e-mails, a message is on its way: follow its link within 48 hours to confirm.',
};

async function guarded(ctx: Context, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof SubscriptionError) return replyError(ctx, 400, error.message, [{ field: error.field, message: error.message }]);
    if (error instanceof NewsletterNotConfiguredError) return replyError(ctx, 503, error.message);
    throw error;
  }
}

/** The token of a request: in the query (one-click URLs, GET) or in the body (forms, JSON). */
function tokenOf(ctx: Context): unknown {
  return bodyOf(ctx).token ?? ctx.query.token;
}

export default {
  // Rate limited per client address (NEWSLETTER_SUBSCRIBE_LIMIT per hour) by src/hardening/rate-limit-middleware.ts.
  async subscribe(ctx: Context) {
    await guarded(ctx, async () => {
      const body = bodyOf(ctx);
      const checked = combine({ email: normaliseEmail(body.email), topics: checkTopics(body.topics), language: checkLanguage(body.locale) });
      if (!checked.ok) return replyError(ctx, 400, checked.errors.map((error) => error.message).join(' '), checked.errors);
      await subscribe(strapi, checked.value);
      reply(ctx, 202, SUBSCRIBE_ANSWER);
    });
  },

  async confirm(ctx: Context) {
    await guarded(ctx, async () => reply(ctx, 200, await confirm(strapi, tokenOf(ctx))));
  },

  async preferences(ctx: Context) {
    await guarded(ctx, async () => reply(ctx, 200, await preferences(strapi, ctx.query.token)));
  },

  async updatePreferences(ctx: Context) {
    await guarded(ctx, async () => {
      const body = bodyOf(ctx);
      const checked = combine({ topics: checkTopics(body.topics), language: checkLanguage(body.locale) });
      if (!checked.ok) return replyError(ctx, 400, checked.errors.map((error) => error.message).join(' '), checked.errors);
      const language = body.locale === undefined ? undefined : checked.value.language;
      reply(ctx, 200, await updatePreferences(strapi, tokenOf(ctx), { topics: checked.value.topics, language }));
    });
  },

  /** RFC 8058 one-click (form body `List-Unsubscribe=One-Click`, token in the URL) and the site's form alike. */
  async unsubscribe(ctx: Context) {
    await guarded(ctx, async () => {
      await unsubscribe(strapi, tokenOf(ctx));
      reply(ctx, 200, { status: 'unsubscribed' });
    });
  },
};
