import { absoluteUrl, entryPath, escapeMarkup, type Brief, type EditorialType, type Media } from '@blmk/shared-types';
import { blocksToHtml, blocksToText, safeUrl } from './blocks';
import { mailDate } from './dates';
import { PLACEHOLDERS, renderLayout } from './layout';
import { mailWords, type MailWords } from './mail-words';

export interface RenderedMail {
  subject: string;
  /** HTML and text still holding the per-recipient placeholders (layout.ts). */
  html: string;
  text: string;
}

export interface EntryView {
  title: string;
  url: string;
  summary?: string | null;
  image?: { src: string; alt: string };
  detail?: string | null;
}

export function imageOf(media: Media | null | undefined, siteUrl: string): EntryView['image'] {
  const src = safeUrl(media?.formats?.medium?.url ?? media?.url, siteUrl);
  // An image without alt text is decorative here: the title next to it says what it is.
  return src ? { src, alt: media?.alternativeText ?? '' } : undefined;
}

type BriefEntry = Brief['sections'][number]['entries'][number];

/** The days an event meets, day first ("Tuesday 1 May 2018"), in order, without repeats. */
export function sessionDates(sessions: Array<{ date?: string | null }> | null | undefined, language: string): string | null {
  const days = [...new Set((sessions ?? []).map((session) => session.date ?? '').filter(Boolean))].sort();
  const dates = days.map((day) => mailDate(day, language)).filter((date): date is string => Boolean(date));
  return dates.length ? dates.join('; ') : null;
}

export function closingDateLine(closingDate: string | null | undefined, words: MailWords, language: string): string | null {
  const date = mailDate(closingDate, language);
  return date ? words.closingDate(date) : null;
}

/**
 * @param linkLocale the site language links go to (the subscriber's); slugs are those of
 *   the entry shown, which the site finds in English under a notice when it has no translation.
 */
function entryView(entry: BriefEntry, siteUrl: string, language: string, linkLocale: string): EntryView | undefined {
  // Links come from the site's route map, so a mail cannot link to a page that does not exist.
  const url = (type: EditorialType, slug: string) => absoluteUrl(siteUrl, entryPath(type, slug, linkLocale));
  const { words } = mailWords(language);
  const { newsItem: item, event, vacancy, leadershipUpdate: update } = entry;
  if (item?.slug) return { title: item.title ?? '', url: url('news-item', item.slug), summary: item.summary, image: imageOf(item.cover, siteUrl) };
  if (event?.slug) return { title: event.title ?? '', url: url('event', event.slug), detail: sessionDates(event.sessions, language), summary: event.summary };
  if (vacancy?.slug) {
    return { title: vacancy.title ?? '', url: url('vacancy', vacancy.slug), detail: closingDateLine(vacancy.closingDate, words, language), summary: vacancy.summary };
  }
  if (update?.slug) {
    return {
      title: update.personName ?? '',
      url: url('leadership-update', update.slug),
      detail: update.roleTitle,
      summary: update.summary,
      image: imageOf(update.photo, siteUrl),
    };
  }
  return undefined;
}

export function entryMjml(view: EntryView, words: MailWords): string {
  const image = view.image
    ? `<mj-image src="${escapeMarkup(view.image.src)}" alt="${escapeMarkup(view.image.alt)}" href="${escapeMarkup(view.url)}" padding="8px 25px" />`
    : '';
  const detail = view.detail ? `<p>${escapeMarkup(view.detail)}</p>` : '';
  const summary = view.summary ? `<p>${escapeMarkup(view.summary)}</p>` : '';
  return `<mj-text><h3><a href="${escapeMarkup(view.url)}">${escapeMarkup(view.title)}</a></h3>${detail}</mj-text>
${image}
<mj-text>${summary}<p><a href="${escapeMarkup(view.url)}">${escapeMarkup(words.readMoreAbout(view.title))}</a></p></mj-text>`;
}

export function entryText(view: EntryView, words: MailWords): string {
  return [view.title, view.detail, view.summary, `${words.readMore}: ${view.url}`].filter(Boolean).join('\n');
}

export interface BriefMailOptions {
  subjectPrefix?: string;
  /** The site language the links go to; the brief's own language unless given. */
  linkLocale?: string;
}

/** Renders the brief once per language and link locale; layout.ts fills in each recipient's links. */
export async function renderBriefMail(brief: Brief, siteUrl: string, language: string, options: BriefMailOptions = {}): Promise<RenderedMail> {
  const { subjectPrefix = '', linkLocale = language } = options;
  const briefUrl = absoluteUrl(siteUrl, entryPath('brief', brief.slug, linkLocale));
  const { words } = mailWords(language);
  const issued = mailDate(brief.issueDate, language);
  const issuedHtml = issued ? `<p>${escapeMarkup(issued)}</p>` : '';
  const html: string[] = [
    `<mj-text><h1>${escapeMarkup(brief.title)}</h1>${issuedHtml}${blocksToHtml(brief.intro, siteUrl, 1)}<p><a href="${escapeMarkup(briefUrl)}">${escapeMarkup(words.readBrief)}</a></p></mj-text>`,
  ];
  const text: string[] = [brief.title, '='.repeat(Math.min(brief.title.length, 70)), issued ?? '', blocksToText(brief.intro, siteUrl), `${words.readBrief}: ${briefUrl}`];

  for (const section of brief.sections ?? []) {
    html.push(`<mj-divider border-width="1px" border-color="#d8dde0" /><mj-text><h2>${escapeMarkup(section.heading)}</h2>${blocksToHtml(section.intro, siteUrl, 2)}</mj-text>`);
    text.push('', section.heading.toUpperCase(), blocksToText(section.intro, siteUrl));
    for (const entry of section.entries ?? []) {
      const view = entryView(entry, siteUrl, language, linkLocale);
      if (view) {
        html.push(entryMjml(view, words));
        text.push('', entryText(view, words));
      } else if (entry.note?.length) {
        html.push(`<mj-text>${blocksToHtml(entry.note, siteUrl, 2)}</mj-text>`);
        text.push('', blocksToText(entry.note, siteUrl));
      }
    }
  }

  const links = (brief.closingLinks ?? []).flatMap((link) => {
    const href = safeUrl(link.url, siteUrl);
    return href ? [{ label: link.label || href, href }] : [];
  });
  if (brief.outro || links.length) {
    const linkList = links.length ? `<ul>${links.map((link) => `<li><a href="${escapeMarkup(link.href)}">${escapeMarkup(link.label)}</a></li>`).join('')}</ul>` : '';
    html.push(`<mj-divider border-width="1px" border-color="#d8dde0" /><mj-text>${brief.outro ? `<p>${escapeMarkup(brief.outro)}</p>` : ''}${linkList}</mj-text>`);
    text.push('', brief.outro ?? '', ...links.map((link) => `${link.label}: ${link.href}`));
  }

  text.push(
    '',
    '--',
    words.footer,
    `${words.unsubscribe}: ${PLACEHOLDERS.unsubscribeUrl}`,
    `${words.changeChoices}: ${PLACEHOLDERS.preferencesUrl}`,
  );

  const rendered = await renderLayout({
    language,
    title: brief.title,
    preview: words.preview(brief.title),
    content: `<mj-section background-color="#ffffff" padding="8px 0"><mj-column>${html.join('\n')}</mj-column></mj-section>`,
    withSubscriptionLinks: true,
  });
  return {
    subject: `${subjectPrefix}${brief.title}`,
    html: rendered,
    text: `${text.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n').trim()}\n`,
  };
}
