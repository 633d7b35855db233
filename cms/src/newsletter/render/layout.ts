import mjml2html from 'mjml';
import { escapeMarkup, textDirection } from '@blmk/shared-types';
import { mailWords } from './mail-words';

/** Per-recipient links are filled in after MJML compiled the mail once per language. */
export const PLACEHOLDERS = {
  unsubscribeUrl: '__BLMK_UNSUBSCRIBE_URL__',
  preferencesUrl: '__BLMK_PREFERENCES_URL__',
} as const;

export interface RecipientLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export function fillRecipientLinks(template: string, links: RecipientLinks, escape: boolean): string {
  const value = (url: string) => (escape ? escapeMarkup(url) : url);
  return template
    .split(PLACEHOLDERS.unsubscribeUrl)
    .join(value(links.unsubscribeUrl))
    .split(PLACEHOLDERS.preferencesUrl)
    .join(value(links.preferencesUrl));
}

export interface LayoutInput {
  language: string;
  title: string;
  preview: string;
  /** MJML body sections (already escaped). */
  content: string;
  /** Whether the footer offers unsubscribe and preference links (every newsletter mail). */
  withSubscriptionLinks: boolean;
}

/** The frame every newsletter mail shares: partnership banner, content, footer. */
export async function renderLayout(input: LayoutInput): Promise<string> {
  const dir = textDirection(input.language);
  const { words } = mailWords(input.language);
  const footerLinks = input.withSubscriptionLinks
    ? `<p><a href="${PLACEHOLDERS.unsubscribeUrl}">${escapeMarkup(words.unsubscribe)}</a> · <a href="${PLACEHOLDERS.preferencesUrl}">${escapeMarkup(words.changeChoices)}</a></p>`
    : '';
  const source = `<mjml lang="${escapeMarkup(input.language)}" dir="${dir}">
  <mj-head>
    <mj-title>${escapeMarkup(input.title)}</mj-title>
    <mj-preview>${escapeMarkup(input.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="#212b32" />
    </mj-attributes>
    <mj-style>
      a { color: #005eb8; }
      h1 { font-size: 28px; margin: 0 0 8px; }
      h2 { font-size: 22px; margin: 16px 0 8px; }
      h3 { font-size: 19px; margin: 12px 0 4px; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f0f4f5">
    <mj-section background-color="#005eb8" padding="12px 0">
      <mj-column>
        <mj-text color="#ffffff" font-size="18px" font-weight="bold">BLMK Health and Care Partnership</mj-text>
      </mj-column>
    </mj-section>
    ${input.content}
    <mj-section padding="16px 0">
      <mj-column>
        <mj-text font-size="14px" color="#4c6272">
          <p>${escapeMarkup(words.footer)}</p>
          ${footerLinks}
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

/** One white content block holding already-escaped HTML. */
export function textSection(html: string): string {
  return `<mj-section background-color="#ffffff" padding="8px 0"><mj-column><mj-text>${html}</mj-text></mj-column></mj-section>`;
}
