import { absoluteUrl, entryPath, escapeMarkup, listPath, textDirection } from '@blmk/shared-types';
import type { DigestEvent, DigestVacancy } from '../digest/content';
import { closingDateLine, sessionDates, type RenderedMail } from './brief-mail';
import { mailDate } from './dates';
import { PLACEHOLDERS, renderLayout } from './layout';
import { mailWords, type MailWords } from './mail-words';

export interface DigestMailInput {
  siteUrl: string;
  /** The subscriber's language: the mail's own words, and where its links go. */
  language: string;
  /** The day the digest went out (its subject names it). */
  issued: Date;
  /** The UK day from which sessions count as upcoming (YYYY-MM-DD). */
  today: string;
  /** Empty for a subscriber who did not choose the topic. */
  vacancies: DigestVacancy[];
  events: DigestEvent[];
}

interface ItemView {
  title: string;
  url: string;
  /** The entry's own language, which differs from the mail's when it has no translation. */
  locale: string;
  detail: string | null;
  summary: string | null | undefined;
}

function itemMjml(item: ItemView, words: MailWords, language: string): string {
  // An untranslated entry keeps its own language, so screen readers read it right.
  const lang = item.locale === language ? '' : ` lang="${escapeMarkup(item.locale)}" dir="${textDirection(item.locale)}"`;
  const detail = item.detail ? `<p><strong>${escapeMarkup(item.detail)}</strong></p>` : '';
  const summary = item.summary ? `<p${lang}>${escapeMarkup(item.summary)}</p>` : '';
  return `<mj-text><h3${lang}><a href="${escapeMarkup(item.url)}">${escapeMarkup(item.title)}</a></h3>${detail}${summary}<p><a href="${escapeMarkup(item.url)}">${escapeMarkup(words.readMoreAbout(item.title))}</a></p></mj-text>`;
}

function itemText(item: ItemView, words: MailWords): string {
  return [item.title, item.detail, item.summary, `${words.readMore}: ${item.url}`].filter(Boolean).join('\n');
}

interface Section {
  heading: string;
  items: ItemView[];
  allLabel: string;
  allUrl: string;
}

function sectionsOf(input: DigestMailInput, words: MailWords): Section[] {
  const { siteUrl, language, today } = input;
  const sections: Section[] = [];
  if (input.vacancies.length) {
    sections.push({
      heading: words.newVacancies,
      allLabel: words.allVacancies,
      allUrl: absoluteUrl(siteUrl, listPath('vacancy', language)),
      items: input.vacancies.map((vacancy) => ({
        title: vacancy.title,
        url: absoluteUrl(siteUrl, entryPath('vacancy', vacancy.slug, language)),
        locale: vacancy.locale,
        detail: closingDateLine(vacancy.closingDate, words, language),
        summary: vacancy.summary,
      })),
    });
  }
  if (input.events.length) {
    sections.push({
      heading: words.upcomingEvents,
      allLabel: words.allEvents,
      allUrl: absoluteUrl(siteUrl, listPath('event', language)),
      items: input.events.map((event) => ({
        title: event.title,
        url: absoluteUrl(siteUrl, entryPath('event', event.slug, language)),
        locale: event.locale,
        detail: sessionDates((event.sessions ?? []).filter((session) => (session.date ?? '') >= today), language),
        summary: event.summary,
      })),
    });
  }
  return sections;
}

/**
 * One subscriber's weekly digest: new vacancies and upcoming events, the sections of the
 * topics they chose. Null when there is nothing for them. Links go to the site in their
 * language, where an untranslated entry shows in English under a notice.
 */
export async function renderDigestMail(input: DigestMailInput): Promise<RenderedMail | null> {
  const { words, language } = mailWords(input.language);
  const sections = sectionsOf({ ...input, language }, words);
  if (!sections.length) return null;
  const subject = words.digestSubject(mailDate(input.issued, language) ?? '');
  const html: string[] = [`<mj-text><h1>${escapeMarkup(subject)}</h1><p>${escapeMarkup(words.digestIntro)}</p></mj-text>`];
  const text: string[] = [subject, '='.repeat(Math.min(subject.length, 70)), words.digestIntro];
  for (const section of sections) {
    html.push(`<mj-divider border-width="1px" border-color="#d8dde0" /><mj-text><h2>${escapeMarkup(section.heading)}</h2></mj-text>`);
    text.push('', section.heading.toUpperCase());
    for (const item of section.items) {
      html.push(itemMjml(item, words, language));
      text.push('', itemText(item, words));
    }
    html.push(`<mj-text><p><a href="${escapeMarkup(section.allUrl)}">${escapeMarkup(section.allLabel)}</a></p></mj-text>`);
    text.push('', `${section.allLabel}: ${section.allUrl}`);
  }
  text.push('', '--', words.footer, `${words.unsubscribe}: ${PLACEHOLDERS.unsubscribeUrl}`, `${words.changeChoices}: ${PLACEHOLDERS.preferencesUrl}`);
  const rendered = await renderLayout({
    language,
    title: subject,
    preview: words.digestIntro,
    content: `<mj-section background-color="#ffffff" padding="8px 0"><mj-column>${html.join('\n')}</mj-column></mj-section>`,
    withSubscriptionLinks: true,
  });
  return { subject, html: rendered, text: `${text.join('\n').trim()}\n` };
}
