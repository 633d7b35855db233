import { LOCALE_FACTS, escapeMarkup, pagePath, type Locale } from '@blmk/shared-types';
import type { Translate } from '#shared/utils/translate';

/**
 * The 429 page: a complete, plain HTML document in the reader's language (no script, no
 * styles the CSP would have to allow), with a heading, the reason and a way on.
 */
export function tooManyRequestsPage(locale: Locale, t: Translate, retryAfterS: number, back: { path: string; label: string }): string {
  const title = escapeMarkup(t('newsletter.errors.tooMany'));
  const minutes = Math.max(1, Math.ceil(retryAfterS / 60));
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${LOCALE_FACTS[locale].dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} | BLMK Health and Care Partnership</title>
</head>
<body>
<main id="maincontent">
<h1>${title}</h1>
<p>${escapeMarkup(t('error.tryLater'))} (<span data-retry-after="${retryAfterS}">${minutes} min</span>)</p>
<p><a href="${escapeMarkup(back.path)}">${escapeMarkup(t('site.backTo'))} ${escapeMarkup(back.label)}</a></p>
<p><a href="${escapeMarkup(pagePath('home', locale))}">${escapeMarkup(t('error.goHome'))}</a></p>
</main>
</body>
</html>
`;
}
