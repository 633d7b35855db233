import { absoluteUrl, pagePath } from '@blmk/shared-types';
import type { NewsletterConfig } from './config';
import { signToken } from './tokens';

/**
 * The addresses a subscriber is sent to, in their language (the one they subscribed
 * in), so the page they land on speaks it; each carries a signed token.
 */
export function confirmUrl(config: NewsletterConfig, secret: string, subscriberId: string, language: string | null | undefined): string {
  return `${absoluteUrl(config.siteUrl, pagePath('newsletterConfirm', language ?? undefined))}?token=${encodeURIComponent(signToken(secret, 'confirm', subscriberId))}`;
}

export function preferencesUrl(config: NewsletterConfig, secret: string, subscriberId: string, language: string | null | undefined): string {
  return `${absoluteUrl(config.siteUrl, pagePath('newsletterPreferences', language ?? undefined))}?token=${encodeURIComponent(signToken(secret, 'manage', subscriberId))}`;
}

/** The page with an "Unsubscribe" button (a GET never unsubscribes: link scanners follow links). */
export function unsubscribePageUrl(config: NewsletterConfig, secret: string, subscriberId: string, language: string | null | undefined): string {
  return `${absoluteUrl(config.siteUrl, pagePath('newsletterUnsubscribe', language ?? undefined))}?token=${encodeURIComponent(signToken(secret, 'manage', subscriberId))}`;
}

/**
 * RFC 2369 / RFC 8058 headers: mailbox providers POST `List-Unsubscribe=One-Click` to
 * the https URL (the CMS's public route), or mail the mailbox.
 */
export function listUnsubscribeHeaders(config: NewsletterConfig, secret: string, subscriberId: string): Record<string, string> {
  const token = encodeURIComponent(signToken(secret, 'manage', subscriberId));
  const targets = [`<${config.cmsUrl}/api/newsletter/unsubscribe?token=${token}>`];
  if (config.unsubscribeMailbox) targets.push(`<mailto:${config.unsubscribeMailbox}?subject=unsubscribe>`);
  return {
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
