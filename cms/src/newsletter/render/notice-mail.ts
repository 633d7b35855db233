import { escapeMarkup } from '@blmk/shared-types';
import { renderLayout } from './layout';
import { mailWords } from './mail-words';

/** The short transactional mails: confirm your subscription, you are already subscribed. */
export interface NoticeMail {
  subject: string;
  html: string;
  text: string;
}

async function notice(language: string | null | undefined, subject: string, paragraphs: string[], action: { label: string; url: string }): Promise<NoticeMail> {
  const { words } = mailWords(language);
  const body = paragraphs.map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`).join('');
  const html = await renderLayout({
    language: mailWords(language).language,
    title: subject,
    preview: paragraphs[0] ?? subject,
    content: `<mj-section background-color="#ffffff" padding="8px 0"><mj-column>
      <mj-text><h1>${escapeMarkup(subject)}</h1>${body}</mj-text>
      <mj-button href="${escapeMarkup(action.url)}" background-color="#007f3b" color="#ffffff" font-size="18px" align="left">${escapeMarkup(action.label)}</mj-button>
      <mj-text><p>${escapeMarkup(words.buttonFallback)}<br><a href="${escapeMarkup(action.url)}">${escapeMarkup(action.url)}</a></p></mj-text>
    </mj-column></mj-section>`,
    withSubscriptionLinks: false,
  });
  const text = [subject, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), `${action.label}: ${action.url}`, ''].join('\n');
  return { subject, html, text };
}

/** In the language the reader subscribed in (mail-words.ts). */
export function confirmationMail(confirmUrl: string, language: string | null | undefined): Promise<NoticeMail> {
  const { words } = mailWords(language);
  return notice(language, words.confirmSubject, words.confirmLines, { label: words.confirmButton, url: confirmUrl });
}

export function alreadySubscribedMail(preferencesUrl: string, language: string | null | undefined): Promise<NoticeMail> {
  const { words } = mailWords(language);
  return notice(language, words.alreadySubject, words.alreadyLines, { label: words.alreadyButton, url: preferencesUrl });
}
