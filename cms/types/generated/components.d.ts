import type { Schema, Struct } from '@strapi/strapi';

export interface BriefEntry extends Struct.ComponentSchema {
  collectionName: 'components_brief_entry';
  info: {
    description: 'One item of a brief section: a reference to a news item, event, vacancy or leadership update, or a free-text note.';
    displayName: 'Brief entry';
    icon: 'layer';
  };
  attributes: {
    event: Schema.Attribute.Relation<'oneToOne', 'api::event.event'>;
    leadershipUpdate: Schema.Attribute.Relation<
      'oneToOne',
      'api::leadership-update.leadership-update'
    >;
    newsItem: Schema.Attribute.Relation<'oneToOne', 'api::news-item.news-item'>;
    note: Schema.Attribute.Blocks;
    vacancy: Schema.Attribute.Relation<'oneToOne', 'api::vacancy.vacancy'>;
  };
}

export interface BriefSection extends Struct.ComponentSchema {
  collectionName: 'components_brief_section';
  info: {
    description: 'A section of a brief, such as News, Engagement, Opportunity or Leadership update, with its entries in reading order.';
    displayName: 'Brief section';
    icon: 'layout';
  };
  attributes: {
    entries: Schema.Attribute.Component<'brief.entry', true>;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    intro: Schema.Attribute.Blocks;
  };
}

export interface EventRegistration extends Struct.ComponentSchema {
  collectionName: 'components_event_registration';
  info: {
    description: 'How to book a place: an e-mail address, a web address or both.';
    displayName: 'Registration';
    icon: 'envelop';
  };
  attributes: {
    contactName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    email: Schema.Attribute.Email;
    note: Schema.Attribute.Text;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface EventSession extends Struct.ComponentSchema {
  collectionName: 'components_event_session';
  info: {
    description: 'One sitting of an event. Times are UK local time; leave a time empty when the source gives none and keep its words in "As written".';
    displayName: 'Session';
    icon: 'clock';
  };
  attributes: {
    asWritten: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    endsAt: Schema.Attribute.Time;
    startsAt: Schema.Attribute.Time;
  };
}

export interface EventVenue extends Struct.ComponentSchema {
  collectionName: 'components_event_venue';
  info: {
    description: 'Where an event takes place.';
    displayName: 'Venue';
    icon: 'pinMap';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    postcode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_link';
  info: {
    description: 'A labelled link.';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'Search and social sharing overrides; empty fields fall back to the entry itself.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SharedSource extends Struct.ComponentSchema {
  collectionName: 'components_shared_source';
  info: {
    description: 'A reference or footnote, such as a statistic\u2019s origin.';
    displayName: 'Source';
    icon: 'bulletList';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    note: Schema.Attribute.Text;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface VacancySalary extends Struct.ComponentSchema {
  collectionName: 'components_vacancy_salary';
  info: {
    description: 'Pay range; leave empty when the advert gives none.';
    displayName: 'Salary';
    icon: 'coin';
  };
  attributes: {
    max: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    min: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    period: Schema.Attribute.Enumeration<
      ['year', 'month', 'week', 'day', 'hour']
    > &
      Schema.Attribute.DefaultTo<'year'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'brief.entry': BriefEntry;
      'brief.section': BriefSection;
      'event.registration': EventRegistration;
      'event.session': EventSession;
      'event.venue': EventVenue;
      'shared.link': SharedLink;
      'shared.seo': SharedSeo;
      'shared.source': SharedSource;
      'vacancy.salary': VacancySalary;
    }
  }
}
