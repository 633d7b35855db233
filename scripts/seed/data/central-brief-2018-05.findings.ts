/**
 * What a reviewer should know about how "Central Brief: May 2018" became seed content.
 * Quotes are the source's words; the tests check each one occurs in it.
 */
import type { Finding } from './types.ts';

const B = 'central-brief-2018-05' as const;
const P = 'engagement-paper-2017' as const;

const brief: Finding[] = [
  {
    kind: 'derivation',
    about: 'Brief "Central Brief: May 2018": issue date',
    quotes: [{ source: B, text: 'Issue date: May 2018' }],
    note: 'The source gives a month only; briefs store the first day of their month: 2018-05-01.',
  },
  {
    kind: 'ambiguity',
    about: 'Brief "Central Brief: May 2018": sections',
    quotes: [{ source: B, text: 'which was well received. Leadership update Since our last update' }],
    note: '"Leadership update" is laid out like an item heading inside News (News, Engagement and Opportunity are followed by blank lines, it is not); it is imported as its own section between News and Engagement, with its first sentence as the section intro and its last two paragraphs as a note entry.',
  },
  {
    kind: 'gap',
    about: 'Brief "Central Brief: May 2018": closing links',
    quotes: [{ source: B, text: '[Follow us on Twitter](#) [Like us on Facebook](#)' }],
    note: 'Both links point to "#": imported as labels with an empty url. An editor should add the addresses or remove the links.',
  },
  {
    kind: 'derivation',
    about: 'Brief "Central Brief: May 2018": masthead',
    quotes: [{ source: B, text: 'Bedfordshire, Luton and Milton Keynes Sustainability and Transformation Partnership Central Brief: May 2018' }],
    note: 'The masthead is the title; the brief\'s intro is left empty (the source has none).',
  },
];

const news: Finding[] = [
  {
    kind: 'gap',
    about: 'News items: story dates',
    quotes: [{ source: B, text: 'Issue date: May 2018' }],
    note: 'No news item has a date of its own: storyDate is left empty on all four.',
  },
  {
    kind: 'derivation',
    about: 'News items: summary, body, organisations',
    quotes: [{ source: B, text: 'In April, BLMK took another step towards implementing the Primary Care Home model across the footprint.' }],
    note: 'Each summary is the item\'s first sentence; the body is the rest, with its sub-headings as headings. The organisations linked are those the item names ("BLMK" is the partnership). No priorities are linked: no item names one. "Primary Care Home Workshop" sits under Engagement but reports a past workshop, so it is a news item.',
  },
  {
    kind: 'artefact',
    about: 'News item "BLMK Single Operating Plan": link without address',
    quotes: [{ source: B, text: 'The full plan can be downloaded from the BLMK website by clicking [here](#).' }],
    note: 'The link points to "#": "here" is kept as plain text. An editor should add the plan\'s address.',
    edits: [{ from: 'clicking [here](#).', to: 'clicking here.' }],
  },
  {
    kind: 'artefact',
    about: 'News item "Transforming cancer care across BLMK": footnote markers',
    quotes: [
      { source: B, text: 'an estimated 2.5** million people' },
      { source: B, text: 'rise to four million by 2030**.' },
      { source: B, text: 'new cancer cases (2015)***.' },
      { source: B, text: 'Similar data can be found* here:' },
    ],
    note: 'The footnote markers are removed from the text (and the stray "*" inside the ONS note); the footnotes are the item\'s sources.',
    edits: [
      { from: '2.5** million', to: '2.5 million' },
      { from: 'by 2030**.', to: 'by 2030.' },
      { from: '(2015)***.', to: '(2015).' },
      { from: 'can be found* here:', to: 'can be found here:' },
    ],
  },
  {
    kind: 'ambiguity',
    about: 'News item "Transforming cancer care across BLMK": footnotes do not match up',
    quotes: [
      { source: B, text: '* *Macmillan website*' },
      { source: B, text: '***Statistics Factsheet. Macmillan Cancer Support. December 2017*' },
      { source: B, text: '****Data were provided by the Office for National Statistics on request, July 2017.' },
    ],
    note: 'The text uses "**" twice (2.5 million; four million by 2030) and "***" once (13%, 2015); the notes read as "*", "**" and "***" once their italics are taken off, so "*" (Macmillan website) is never cited and "**" is cited twice. Which figure each note supports cannot be told: the three are attached to the item as sources, in the source\'s order, without markers.',
  },
  {
    kind: 'gap',
    about: 'News item "Transforming cancer care across BLMK": sources',
    quotes: [
      { source: B, text: 'here: <https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/conditionsanddiseases/bulletins/cancerregistrationstatisticsen>' },
    ],
    note: 'The Macmillan notes have no address (none added). The ONS address is kept as given; it looks cut short ("...statisticsen") and should be checked.',
  },
  {
    kind: 'artefact',
    about: 'Line breaks inside sentences',
    quotes: [
      { source: B, text: 'with this figure expected to rise to four million by 2030**.' },
      { source: B, text: 'the post holder will drive workforce transformation in General Practice' },
    ],
    note: 'The source breaks two sentences across paragraphs (cancer item "expected to / rise"; vacancy "drive workforce / transformation"); each is joined into one paragraph.',
  },
  {
    kind: 'derivation',
    about: 'Typos kept as written',
    quotes: [
      { source: B, text: 'in relative isolation of each of other' },
      { source: B, text: 'how we will can build on' },
      { source: B, text: 'over 3000 new cancer diagnosis each year' },
      { source: B, text: 'hear more about BLMKs plans' },
      { source: B, text: 'recruitment and retention our General Practice Workforce' },
    ],
    note: 'Verbatim import: these are left for an editor to correct.',
  },
];

const leadership: Finding[] = [
  {
    kind: 'gap',
    about: 'Leadership update David Carter: date',
    quotes: [{ source: B, text: 'confirmed the appointment of David Carter as L&D CEO in February' }],
    note: '"in February" has no day (nor year): effectiveDate is left empty. roleTitle is "CEO" as written.',
  },
  {
    kind: 'derivation',
    about: 'Leadership update Cathy Jones: date',
    quotes: [{ source: B, text: 'On 7 March, Cathy Jones was appointed Deputy Chief Executive at the L&D.' }],
    note: 'The year is not given; 2018 is inferred from the issue (May 2018): effectiveDate 2018-03-07.',
  },
  {
    kind: 'gap',
    about: 'Leadership update Liz Lees: date',
    quotes: [{ source: B, text: 'Liz Lees has been appointed Director of Nursing (DoN) at L&D.' }],
    note: 'No date is given: effectiveDate is left empty.',
  },
  {
    kind: 'derivation',
    about: 'Leadership updates: summary and body',
    quotes: [{ source: B, text: 'Since our last update there have been some announcements regarding key Trust leadership posts.' }],
    note: 'Each summary is the first sentence about the appointment, the body the rest of that person\'s paragraph; the organisation is the L&D for all three. The shared opening sentence is the section intro. Cathy Jones is probably the Cathy Jones of the 2017 team; the model does not link leadership updates to people.',
  },
];

const engagement: Finding[] = [
  {
    kind: 'ambiguity',
    about: 'Event "Mental health in Primary Care Home": start time',
    quotes: [{ source: B, text: 'When: Tuesday 22 May, 2018 12.30 am – 4.00 pm' }],
    note: '"12.30 am" is half past midnight, probably meant 12.30 pm. startsAt is left EMPTY, endsAt is 16:00, "As written" keeps "12.30 am – 4.00 pm". An editor should confirm the start.',
    prominent: true,
  },
  {
    kind: 'contradiction',
    about: 'Rufus Centre postcode',
    quotes: [
      { source: P, text: 'Rufus Centre, Flitwick, Central Bedfordshire, MK45 1AH' },
      { source: B, text: 'Rufus Centre, Lockyer Suite, Steppingley Road, Flitwick, Bedfordshire, MK42 1AH' },
    ],
    note: 'The same venue has two postcodes. Each event keeps its source\'s: "Have your say: Rufus Centre" MK45 1AH, "Mental health in Primary Care Home" MK42 1AH. MK45 is the Flitwick district, so MK42 1AH is probably wrong; an editor should check.',
    prominent: true,
  },
  {
    kind: 'derivation',
    about: 'Event "Mental health in Primary Care Home": fields',
    quotes: [
      { source: B, text: 'Food and refreshments will be provided at the event. Places will be reserved on a first come, first served basis.' },
      { source: B, text: 'To register for the event, please confirm to Stephanie Quitaleg at Stephanie.Quitaleg@nhs.net' },
    ],
    note: 'Venue split into name "Rufus Centre", address "Lockyer Suite, Steppingley Road, Flitwick, Bedfordshire" and postcode. The food sentence is the cost note; the registration note joins "Places will be reserved..." and "To register...". The description is the keynote sentence and "Places will be reserved... A full agenda will follow in the coming weeks." Organisation: the Kings Fund (named for the keynote).',
  },
];

const vacancy: Finding[] = [
  {
    kind: 'gap',
    about: 'Vacancy "Primary Care Workforce Programme Manager": closing date',
    quotes: [{ source: B, text: 'Primary Care Workforce Programme Manager Band: 8c' }],
    note: 'The advert gives NO CLOSING DATE: closingDate is empty. It is imported published as the seed decision says; an editor MUST set a closing date before any re-publish (vacancies need one to be published).',
    prominent: true,
  },
  {
    kind: 'gap',
    about: 'Vacancy "Primary Care Workforce Programme Manager": salary',
    quotes: [{ source: B, text: 'Band: 8c' }],
    note: 'The advert gives NO SALARY, only the band: salary is empty. An editor should add the pay range.',
    prominent: true,
  },
  {
    kind: 'gap',
    about: 'Vacancy "Primary Care Workforce Programme Manager": how to apply',
    quotes: [{ source: B, text: 'To apply click [here](#).' }],
    note: 'The link has no address: applyUrl is empty and the sentence is left out of the description (it would point nowhere). An editor should add the application address.',
    prominent: true,
  },
  {
    kind: 'gap',
    about: 'Vacancy "Primary Care Workforce Programme Manager": contract end',
    quotes: [{ source: B, text: 'Secondment/Fixed Term until March 2020' }],
    note: '"March 2020" has no day: contractEndDate is empty; contractTerm keeps the words.',
  },
  {
    kind: 'derivation',
    about: 'Vacancy "Primary Care Workforce Programme Manager": fields',
    quotes: [
      { source: B, text: 'Hours: 37.5 per week Secondment/Fixed Term until March 2020' },
      { source: B, text: 'Location: Flexible. Offices at the Poynt, Luton. Must be able to travel across Luton, Bedfordshire and Milton Keynes.' },
      { source: B, text: 'hosted by Cambridgeshire Community Services on behalf of BLMK ICS' },
    ],
    note: 'band "Band 8c" from "Band: 8c"; hoursPerWeek 37.5; contractType secondment-or-fixed-term; the Location line is split into location and travel area; employer Cambridgeshire Community Services, hosted on behalf of the partnership ("BLMK ICS"). The summary is the first paragraph; the description the other paragraphs including the contact details; e-mail addresses are linked with mailto:.',
  },
];

const organisations: Finding[] = [
  {
    kind: 'ambiguity',
    about: 'Organisation "Bedfordshire, Luton and Milton Keynes (BLMK) Health and Care Partnership"',
    quotes: [
      { source: P, text: 'The Bedford, Luton and Milton Keynes (BLMK) Sustainability and Transformation Plans' },
      { source: B, text: 'Bedfordshire, Luton and Milton Keynes (BLMK) Health and Care Partnership forms part of the first wave' },
      { source: B, text: 'on behalf of BLMK ICS' },
    ],
    note: 'The partnership is named several ways (STP, Sustainability and Transformation Partnership, Health and Care Partnership, BLMK ICS; the paper\'s title even says "Bedford"). One organisation, named as the vacancy names it, shortName "BLMK", kind "other" (no kind fits a partnership).',
  },
  {
    kind: 'ambiguity',
    about: 'Organisation "Luton & Dunstable University Hospital"',
    quotes: [
      { source: P, text: 'Luton & Dunstable University Hospital' },
      { source: B, text: 'merger of Bedford Hospital and Luton and Dunstable University Hospital' },
    ],
    note: 'Spelt with "&" in the paper and "and" in the brief; one organisation, named as in the paper, shortName "L&D".',
  },
  {
    kind: 'derivation',
    about: 'Organisations: kinds and names',
    quotes: [
      { source: B, text: 'National Association of Primary Care (NAPC)' },
      { source: B, text: 'Chris Naylor from the Kings Fund' },
      { source: B, text: "BLMK's partner the Cancer Alliance" },
      { source: B, text: 'which will be known as the Bedfordshire Hospitals NHS Foundation Trust' },
    ],
    note: 'The sources give no kinds; they follow the names (councils, CCGs, trusts, national bodies). Not obvious: NAPC, Kings Fund, Cancer Alliance and the partnership are "other"; Macmillan Cancer Support "voluntary"; Cambridgeshire Community Services "community-provider". Which Cancer Alliance is meant, the source does not say. Bedfordshire Hospitals NHS Foundation Trust does not exist yet in May 2018 (the merged trust\'s future name). The CEPN and the Local Workforce Action Board are networks, not organisations: not imported.',
  },
];

export const findings: Finding[] = [...brief, ...news, ...leadership, ...engagement, ...vacancy, ...organisations];
