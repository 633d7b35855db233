/**
 * Every request shares the runtime config the process loaded at start.
 *
 * Why: `useRuntimeConfig(event)` builds a private copy per request (a deep clone of the
 * whole config with the NUXT_/NITRO_ environment applied again) unless the event already
 * has one in `event.context.nitro.runtimeConfig`, and @nuxtjs/i18n calls it on every
 * request. Profiled under load (`node --cpu-prof`, pnpm bench), that copy was most of the
 * site's CPU on pages served from the cache.
 *
 * Safe here because nothing in this site changes its config per request: the values come
 * from the environment once, at start, and no code writes to them (the shared copy is
 * frozen, so a write would fail loudly rather than leak into other requests).
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig();
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro ??= { errors: [] };
    event.context.nitro.runtimeConfig ??= shared;
  });
});
