import { absoluteUrl, entryPath, escapeMarkup, type Brief, type EditorialType, type Media } from '@blmk/shared-types';
import { blocksToHtml, blocksToText, safeUrl, } from './blocks';
import { PLACEHOLDERS, renderLayout } from './layout';
import { mailWords, type MailWords } from './mail-words';

export interface RenderedMail {
  subject: string;
  /** HTML and text still holding the per-recipient placeholders (layout.ts). */
  html: string;
  text: string;
}

interface EntryView {
  title: string;
  url: string;
  summary?: string | null;
  image?: { src: string; alt: string };
  detail?: string | null;
}

function imageOf(media: Media | null | undefined, siteUrl: string): EntryView['image'] {
  const src = safeUrl(media?.formats?.medium?.url ?? media?.url, siteUrl);
  // An image without alt text is decorative here: the title next to it says what it is.
  return src ? { src, alt: media?.alternativeText ?? '' } : undefined;
}

type BriefEntry = Brief['sections'][number]['entries'][number];

function entryView(entry: BriefEntry, siteUrl: string, language: string): EntryView | undefined {
  // Links come from the site's route map, so a mail cannot link to a page that does not exist.
  const url = (type: EditorialType, slug: string) => absoluteUrl(siteUrl, entryPath(type, slug, language));
  const { newsItem: item, event, vacancy, leadershipUpdate: update } = entry;
  if (item?.slug) return { title: item.title ?? '', url: url('news-item', item.slug), summary: item.summary, image: imageOf(item.cover, siteUrl) };
  if (event?.slug) return { title: event.title ?? '', url: url('event', event.slug), summary: event.summary };
  if (vacancy?.slug) return { title: vacancy.title ?? '', url: url('vacancy', vacancy.slug), summary: vacancy.summary };
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

function entryMjml(view: EntryView, words: MailWords): string {
  const image = view.image
    ? `<mj-image src="${escapeMarkup(view.image.src)}" alt="${escapeMarkup(view.image.alt)}" href="${escapeMarkup(view.url)}" padding="8px 25px" />`
    : '';
  const detail = view.detail ? `<p>${escapeMarkup(view.detail)}</p>` : '';
  const summary = view.summary ? `<p>${escapeMarkup(view.summary)}</p>` : '';
  return `<mj-text><h3><a href="${escapeMarkup(view.url)}">${escapeMarkup(view.title)}</a></h3>${detail}</mj-text>
${image}
<mj-text>${summary}<p><a href="${escapeMarkup(view.url)}">${escapeMarkup(words.readMoreAbout(view.title))}</a></p></mj-text>`;
}

function entryText(view: EntryView, words: MailWords): string {
  return [view.title, view.detail, view.summary, `${words.readMore}: ${view.url}`].filter(Boolean).join('\n');
}

/** Renders the brief once per language; layout.ts fills in each recipient's links. */
export async function renderBriefMail(brief: Brief, siteUrl: string, language: string, subjectPrefix = ''): Promise<RenderedMail> {
  const briefUrl = absoluteUrl(siteUrl, entryPath('brief', brief.slug, language));
  const { words } = mailWords(language);
  const html: string[] = [
    `<mj-text><h1>${escapeMarkup(brief.title)}</h1>${blocksToHtml(brief.intro, siteUrl, 1)}<p><a href="${escapeMarkup(briefUrl)}">${escapeMarkup(words.readBrief)}</a></p></mj-text>`,
  ];
  const text: string[] = [brief.title, '='.repeat(Math.min(brief.title.length, 70)), blocksToText(brief.intro, siteUrl), `${words.readBrief}: ${briefUrl}`];

  for (const section of brief.sections ?? []) {
    html.push(`<mj-divider border-width="1px" border-color="#d8dde0" /><mj-text><h2>${escapeMarkup(section.heading)}</h2>${blocksToHtml(section.intro, siteUrl, 2)}</mj-text>`);
    text.push('', section.heading.toUpperCase(), blocksToText(section.intro, siteUrl));
    for (const entry of section.entries ?? []) {
      const view = entryView(entry, siteUrl, language);
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
