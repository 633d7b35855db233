/**
 * The public newsletter API (/api/newsletter/*). No login: each action is authorised
 * by its signed token (or, for subscribe, by the confirmation mail that follows), so
 * the users-permissions public role is not involved and grants nothing on subscribers.
 */
const open = { auth: false as const, policies: [], middlewares: [] };

export default {
  routes: [
    { method: 'POST', path: '/newsletter/subscribe', handler: 'newsletter.subscribe', config: open },
    { method: 'POST', path: '/newsletter/confirm', handler: 'newsletter.confirm', config: open },
    { method: 'GET', path: '/newsletter/preferences', handler: 'newsletter.preferences', config: open },
    { method: 'POST', path: '/newsletter/preferences', handler: 'newsletter.updatePreferences', config: open },
    { method: 'POST', path: '/newsletter/unsubscribe', handler: 'newsletter.unsubscribe', config: open },
  ],
};
