/**
 * A link target that is safe to put in an href: web and e-mail/phone addresses, and
 * paths on this site. Anything else (javascript:, data:, a bare "#" placeholder left in
 * the source documents) gives undefined, and the text is shown without a link.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  const href = url?.trim();
  if (!href) return undefined;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(href)) return href;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (/^#[\w-]+$/.test(href)) return href;
  return undefined;
}
