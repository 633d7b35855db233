/**
 * Addresses no browser sends: a path that starts with "//" or "/\" (which browsers and
 * URL parsers read as another host), holds a backslash, or keeps a literal "." or ".."
 * segment (browsers resolve those before sending). Nuxt's renderer cannot build a URL
 * from some of them and failed with a 500 (GET //evil.example/..); they get a plain 400
 * before any page code runs, never a redirect. Runs before the rate limit (file order).
 */
const UNSENDABLE_PATH = /^\/[/\\]|\\|(?:^|\/)\.{1,2}(?:\/|$)/;

export default defineEventHandler((event) => {
  const path = event.path.split('?')[0]!;
  if (!UNSENDABLE_PATH.test(path)) return;
  setResponseStatus(event, 400, 'Bad Request');
  setResponseHeaders(event, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  const title = serverTranslate('en')('error.badAddressTitle');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex">\n<title>${title}</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n<p><a href="/">${serverTranslate('en')('error.goHome')}</a></p>\n</main>\n</body>\n</html>\n`;
});
