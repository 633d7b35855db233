import { escapeHtml } from './blocks';
import { renderLayout } from './layout';

/** The short transactional mails: confirm your subscription, you are already subscribed. */
export interface NoticeMail {
  subject: string;
  html: string;
  text: string;
}

async function notice(subject: string, paragraphs: string[], action: { label: string; url: string }): Promise<NoticeMail> {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  const html = await renderLayout({
    language: 'en',
    title: subject,
    preview: paragraphs[0] ?? subject,
    content: `<mj-section background-color="#ffffff" padding="8px 0"><mj-column>
      <mj-text><h1>${escapeHtml(subject)}</h1>${body}</mj-text>
      <mj-button href="${escapeHtml(action.url)}" background-color="#007f3b" color="#ffffff" font-size="18px" align="left">${escapeHtml(action.label)}</mj-button>
      <mj-text><p>If the button does not work, copy this address into your browser:<br><a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p></mj-text>
    </mj-column></mj-section>`,
    withSubscriptionLinks: false,
  });
  const text = [subject, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), `${action.label}: ${action.url}`, ''].join('\n');
  return { subject, html, text };
}

export function confirmationMail(confirmUrl: string): Promise<NoticeMail> {
  return notice(
    'Confirm your subscription',
    [
      'Someone, hopefully you, asked to receive news from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership at this address.',
      'Confirm within 48 hours to start receiving it. If it was not you, ignore this message: nothing will be sent.',
    ],
    { label: 'Confirm your subscription', url: confirmUrl },
  );
}

export function alreadySubscribedMail(preferencesUrl: string): Promise<NoticeMail> {
  return notice(
    'You are already subscribed',
    [
      'Someone asked to subscribe this address to news from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership. It is already subscribed.',
      'You can change what you receive, or unsubscribe, on your preferences page.',
    ],
    { label: 'Change your preferences', url: preferencesUrl },
  );
}
