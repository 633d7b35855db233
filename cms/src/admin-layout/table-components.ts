import type { ModelLayout } from './types';

/** The components the editorial types use, in the same words as table.ts. */
export const COMPONENT_LAYOUTS: Readonly<Record<string, ModelLayout>> = {
  'brief.section': {
    fields: {
      heading: { label: 'Section heading', placeholder: 'News' },
      intro: { label: 'Section introduction', hint: 'Optional words above the section’s items.' },
      entries: { label: 'Items', hint: 'In reading order.' },
    },
    edit: [[['heading', 12]], [['intro', 12]], [['entries', 12]]],
  },
  'brief.entry': {
    fields: {
      newsItem: { label: 'News item', hint: 'Choose one item, or write a note below instead.' },
      event: { label: 'Event' },
      vacancy: { label: 'Vacancy' },
      leadershipUpdate: { label: 'Leadership update' },
      note: { label: 'Note', hint: 'Free text, for an item that is not on the site.' },
    },
    edit: [
      [['newsItem', 6], ['event', 6]],
      [['vacancy', 6], ['leadershipUpdate', 6]],
      [['note', 12]],
    ],
  },
  'shared.link': {
    fields: {
      label: { label: 'Link text', hint: 'Says where the link goes; not "click here".' },
      url: { label: 'Web address', placeholder: 'https://' },
    },
    edit: [[['label', 6], ['url', 6]]],
  },
  'shared.seo': {
    fields: {
      metaTitle: { label: 'Title in search results', hint: 'Leave empty to use the title.' },
      metaDescription: { label: 'Description in search results', hint: 'Leave empty to use the summary. About 150 characters.' },
      shareImage: { label: 'Image when shared', hint: 'Needs alternative text in the media library.' },
    },
    edit: [[['metaTitle', 12]], [['metaDescription', 12]], [['shareImage', 12]]],
  },
  'shared.source': {
    fields: {
      label: { label: 'Source', placeholder: 'NHS Digital, 2017' },
      url: { label: 'Web address', placeholder: 'https://' },
      note: { label: 'Note' },
    },
    edit: [[['label', 6], ['url', 6]], [['note', 12]]],
  },
  'event.session': {
    fields: {
      date: { label: 'Date' },
      startsAt: { label: 'Starts', hint: 'UK time. Leave empty when not known.' },
      endsAt: { label: 'Ends', hint: 'UK time. Must be after the start.' },
      asWritten: { label: 'As written', hint: 'The source’s own words for the date and time, e.g. "12.30 am – 4.00 pm".' },
    },
    edit: [[['date', 4], ['startsAt', 4], ['endsAt', 4]], [['asWritten', 12]]],
  },
  'event.venue': {
    fields: {
      name: { label: 'Venue name' },
      address: { label: 'Address' },
      postcode: { label: 'Postcode' },
    },
    edit: [[['name', 12]], [['address', 8], ['postcode', 4]]],
  },
  'event.registration': {
    fields: {
      email: { label: 'Booking e-mail' },
      url: { label: 'Booking link', placeholder: 'https://' },
      contactName: { label: 'Contact name' },
      note: { label: 'Booking note', hint: 'Anything else people need to know to book.' },
    },
    edit: [[['email', 6], ['url', 6]], [['contactName', 12]], [['note', 12]]],
  },
  'vacancy.salary': {
    fields: {
      min: { label: 'From (£)' },
      max: { label: 'To (£)' },
      period: { label: 'Per' },
    },
    edit: [[['min', 4], ['max', 4], ['period', 4]]],
  },
};
