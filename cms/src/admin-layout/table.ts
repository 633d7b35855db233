import { COMPONENT_LAYOUTS } from './table-components';
import type { ContentTypeLayout, FieldText, LayoutTable } from './types';

/**
 * What a comms officer sees in the admin for each editorial type: a plain label for
 * every field, a one-line hint where the label is not enough, the order and width of
 * the edit form, and the list columns. Written for the people who use the admin, in
 * UK English; the API names stay in the schemas. The CMS refuses to start if this
 * table misses a field of a schema or names one that does not exist.
 */

/** The same fields on every editorial type read the same everywhere. */
const COMMON = {
  slug: {
    label: 'Web address',
    hint: 'The last part of the page address, made from the title: lower case, words joined by hyphens. Changing it breaks old links.',
  },
  publishAt: {
    label: 'Publish at',
    hint: 'Publishes the draft (every language) automatically at this time. Leave empty to publish by hand.',
  },
  unpublishAt: {
    label: 'Unpublish at',
    hint: 'Takes the entry off the site (every language) at this time; the draft stays. Must be after "Publish at".',
  },
  seo: {
    label: 'Search and sharing',
    hint: 'Optional: how the page looks in search results and when shared. Empty fields use the title and summary.',
  },
  priorities: { label: 'Priorities', hint: 'The partnership priorities (P1 to P5, P3.1 to P3.6) this is about.' },
  organisations: { label: 'Organisations', hint: 'The partner organisations involved.' },
  // Review stage (cms/src/review): moved only by the Review panel's buttons, so read-only in the form.
  reviewStage: {
    label: 'Review stage',
    hint: 'Draft, In review or Approved (shared by every language). Change it with the buttons of the "Review" panel.',
    readOnly: true,
  },
  reviewStageBy: { label: 'Stage set by', hint: 'Who last moved the review stage (or edited it back to Draft).', readOnly: true },
  reviewStageAt: { label: 'Stage set at', readOnly: true },
  reviewComment: { label: 'Changes requested', hint: 'The comment of the last "Request changes".', readOnly: true },
} as const satisfies Record<string, FieldText>;

/** The review fields, the same on every editorial type: the last rows of the edit form. */
const REVIEW_FIELDS = {
  reviewStage: COMMON.reviewStage,
  reviewStageBy: COMMON.reviewStageBy,
  reviewStageAt: COMMON.reviewStageAt,
  reviewComment: COMMON.reviewComment,
} as const;
const REVIEW_ROWS = [
  [['reviewStage', 4], ['reviewStageBy', 4], ['reviewStageAt', 4]],
  [['reviewComment', 12]],
] as const;

/** Strapi's own columns in the list view. */
const SYSTEM_COLUMNS = { updatedAt: 'Last changed' } as const;

const brief: ContentTypeLayout = {
  fields: {
    title: { label: 'Title', hint: 'The issue as readers see it.', placeholder: 'Central Brief: May 2018' },
    slug: COMMON.slug,
    issueDate: { label: 'Issue date', hint: 'The first day of the month the issue covers, e.g. 1 May 2018 for the May issue.' },
    intro: { label: 'Introduction', hint: 'The opening words, above the first section.' },
    sections: { label: 'Sections', hint: 'In reading order (News, Leadership update, Engagement, Opportunity…), each with its items.' },
    outro: { label: 'Closing words', hint: 'Shown after the last section.' },
    closingLinks: { label: 'Closing links', hint: 'Links at the very end of the issue, such as past issues or social media.' },
    seo: COMMON.seo,
    publishAt: COMMON.publishAt,
    unpublishAt: COMMON.unpublishAt,
    ...REVIEW_FIELDS,
  },
  edit: [
    [['title', 8], ['issueDate', 4]],
    [['slug', 12]],
    [['intro', 12]],
    [['sections', 12]],
    [['outro', 12]],
    [['closingLinks', 12]],
    [['publishAt', 6], ['unpublishAt', 6]],
    [['seo', 12]],
    ...REVIEW_ROWS,
  ],
  list: ['title', 'issueDate', 'publishAt', 'reviewStage', 'updatedAt'],
  systemColumns: SYSTEM_COLUMNS,
  settings: { mainField: 'title', defaultSortBy: 'issueDate', defaultSortOrder: 'DESC' },
};

const newsItem: ContentTypeLayout = {
  fields: {
    title: { label: 'Headline' },
    slug: COMMON.slug,
    summary: { label: 'Summary', hint: 'One or two sentences for lists, search results and the newsletter.' },
    body: { label: 'Story' },
    storyDate: { label: 'Story date', hint: 'The date the story is about or was first announced; lists are sorted by it.' },
    cover: { label: 'Cover image', hint: 'Needs alternative text in the media library before the story can be published.' },
    priorities: COMMON.priorities,
    organisations: COMMON.organisations,
    sources: { label: 'Sources', hint: 'Where facts and figures come from; shown as footnotes.' },
    seo: COMMON.seo,
    publishAt: COMMON.publishAt,
    unpublishAt: COMMON.unpublishAt,
    ...REVIEW_FIELDS,
  },
  edit: [
    [['title', 8], ['storyDate', 4]],
    [['slug', 12]],
    [['summary', 12]],
    [['body', 12]],
    [['cover', 12]],
    [['priorities', 6], ['organisations', 6]],
    [['sources', 12]],
    [['publishAt', 6], ['unpublishAt', 6]],
    [['seo', 12]],
    ...REVIEW_ROWS,
  ],
  list: ['title', 'storyDate', 'publishAt', 'reviewStage', 'updatedAt'],
  systemColumns: SYSTEM_COLUMNS,
  settings: { mainField: 'title', defaultSortBy: 'storyDate', defaultSortOrder: 'DESC' },
};

const event: ContentTypeLayout = {
  fields: {
    title: { label: 'Event name' },
    slug: { ...COMMON.slug, hint: `${COMMON.slug.hint} "past" is taken by the past events list.` },
    summary: { label: 'Summary', hint: 'One or two sentences for lists, search results and the newsletter.' },
    description: { label: 'Description' },
    sessions: { label: 'Sessions', hint: 'Each date the event runs, with start and end times where known (UK time).' },
    lastSessionDate: {
      label: 'Last session',
      hint: 'Set by the CMS from the sessions when you save: after this day the event is listed under past events.',
      readOnly: true,
    },
    venue: { label: 'Venue' },
    audience: { label: 'Who it is for', placeholder: 'Carers, patients and the public' },
    registration: { label: 'How to book', hint: 'An e-mail address, a web address or both.' },
    costNote: { label: 'Cost', placeholder: 'Free' },
    priorities: COMMON.priorities,
    organisations: COMMON.organisations,
    seo: COMMON.seo,
    publishAt: COMMON.publishAt,
    unpublishAt: COMMON.unpublishAt,
    ...REVIEW_FIELDS,
  },
  edit: [
    [['title', 12]],
    [['slug', 12]],
    [['summary', 12]],
    [['description', 12]],
    [['sessions', 12]],
    [['lastSessionDate', 4], ['audience', 4], ['costNote', 4]],
    [['venue', 12]],
    [['registration', 12]],
    [['priorities', 6], ['organisations', 6]],
    [['publishAt', 6], ['unpublishAt', 6]],
    [['seo', 12]],
    ...REVIEW_ROWS,
  ],
  list: ['title', 'publishAt', 'reviewStage', 'updatedAt'],
  systemColumns: SYSTEM_COLUMNS,
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
};

const vacancy: ContentTypeLayout = {
  fields: {
    title: { label: 'Job title' },
    slug: COMMON.slug,
    band: { label: 'Agenda for Change band' },
    hoursPerWeek: { label: 'Hours a week', placeholder: '37.5' },
    contractType: { label: 'Contract type' },
    contractTerm: { label: 'Contract term', hint: 'In the advert’s words, e.g. "12 months fixed term or secondment".' },
    contractEndDate: { label: 'Contract end date', hint: 'For fixed-term posts and secondments, when known.' },
    location: { label: 'Base', placeholder: 'Charter House, Luton' },
    travelArea: { label: 'Travel area', hint: 'Where the post holder is expected to travel, e.g. "across BLMK".' },
    employer: { label: 'Employer' },
    hostedOnBehalfOf: { label: 'Hosted on behalf of', hint: 'Only when the employer hosts the post for another organisation or the partnership.' },
    summary: { label: 'Summary', hint: 'One or two sentences for lists, search results and the newsletter.' },
    description: { label: 'Description' },
    contactName: { label: 'Contact name', hint: 'Who applicants may ask about the post.' },
    contactRole: { label: 'Contact’s job title' },
    contactEmail: { label: 'Contact e-mail' },
    contactPhone: { label: 'Contact phone' },
    applyUrl: { label: 'Apply link', hint: 'The full address of the application page, starting https://.', placeholder: 'https://www.jobs.nhs.uk/…' },
    closingDate: { label: 'Closing date', hint: 'The last day to apply. Needed to publish; must be today or later.' },
    salary: { label: 'Salary', hint: 'Leave empty when the advert gives none.' },
    seo: COMMON.seo,
    publishAt: COMMON.publishAt,
    unpublishAt: COMMON.unpublishAt,
    ...REVIEW_FIELDS,
  },
  edit: [
    [['title', 8], ['closingDate', 4]],
    [['slug', 12]],
    [['employer', 6], ['hostedOnBehalfOf', 6]],
    [['band', 4], ['hoursPerWeek', 4], ['contractType', 4]],
    [['contractTerm', 8], ['contractEndDate', 4]],
    [['location', 6], ['travelArea', 6]],
    [['salary', 12]],
    [['summary', 12]],
    [['description', 12]],
    [['contactName', 6], ['contactRole', 6]],
    [['contactEmail', 6], ['contactPhone', 6]],
    [['applyUrl', 12]],
    [['publishAt', 6], ['unpublishAt', 6]],
    [['seo', 12]],
    ...REVIEW_ROWS,
  ],
  list: ['title', 'employer', 'band', 'closingDate', 'reviewStage', 'updatedAt'],
  systemColumns: SYSTEM_COLUMNS,
  settings: { mainField: 'title', defaultSortBy: 'closingDate', defaultSortOrder: 'DESC' },
};

const leadershipUpdate: ContentTypeLayout = {
  fields: {
    personName: { label: 'Person’s name', placeholder: 'Dr Jane Smith' },
    slug: { ...COMMON.slug, hint: 'The last part of the page address, made from the person’s name. Changing it breaks old links.' },
    roleTitle: { label: 'New role', placeholder: 'Chief Executive' },
    organisation: { label: 'Organisation' },
    effectiveDate: { label: 'Date', hint: 'When the appointment or change takes effect.' },
    summary: { label: 'Summary', hint: 'One or two sentences for lists, search results and the newsletter.' },
    body: { label: 'Full text' },
    photo: { label: 'Photo', hint: 'Needs alternative text in the media library before the update can be published.' },
    publishAt: COMMON.publishAt,
    unpublishAt: COMMON.unpublishAt,
    ...REVIEW_FIELDS,
  },
  edit: [
    [['personName', 6], ['roleTitle', 6]],
    [['slug', 8], ['effectiveDate', 4]],
    [['organisation', 6], ['photo', 6]],
    [['summary', 12]],
    [['body', 12]],
    [['publishAt', 6], ['unpublishAt', 6]],
    ...REVIEW_ROWS,
  ],
  list: ['personName', 'roleTitle', 'organisation', 'effectiveDate', 'reviewStage', 'updatedAt'],
  systemColumns: SYSTEM_COLUMNS,
  settings: { mainField: 'personName', defaultSortBy: 'effectiveDate', defaultSortOrder: 'DESC' },
};

export const ADMIN_LAYOUT: LayoutTable = {
  contentTypes: {
    'api::brief.brief': brief,
    'api::news-item.news-item': newsItem,
    'api::event.event': event,
    'api::vacancy.vacancy': vacancy,
    'api::leadership-update.leadership-update': leadershipUpdate,
  },
  components: COMPONENT_LAYOUTS,
};
