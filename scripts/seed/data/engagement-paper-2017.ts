/**
 * The 2017 public-engagement paper ("The Bedford, Luton and Milton Keynes (BLMK)
 * Sustainability and Transformation Plans"), sources/engagement-paper-2017.txt.
 * Its background, engagement feedback and patient story belong to static site pages;
 * what is here is what fits the CMS: priorities, the team, organisations, the events.
 */
import { linked } from './inline.ts';
import type { Finding, RichText, SeedEvent, SeedOrganisation, SeedPerson, SeedPriority, SourceSeed } from './types.ts';

const organisations: SeedOrganisation[] = [
  { slug: 'bedford-borough-council', name: 'Bedford Borough Council', kind: 'council' },
  { slug: 'luton-borough-council', name: 'Luton Borough Council', kind: 'council' },
  { slug: 'nhs-bedfordshire-ccg', name: 'NHS Bedfordshire CCG', kind: 'ccg' },
  { slug: 'nhs-milton-keynes-ccg', name: 'NHS Milton Keynes CCG', kind: 'ccg' },
  {
    slug: 'luton-and-dunstable-university-hospital',
    name: 'Luton & Dunstable University Hospital',
    shortName: 'L&D',
    kind: 'nhs-trust',
  },
  { slug: 'bedford-hospital', name: 'Bedford Hospital', kind: 'nhs-trust' },
  { slug: 'milton-keynes-university-hospital', name: 'Milton Keynes University Hospital', kind: 'nhs-trust' },
  { slug: 'nhs-england', name: 'NHS England', kind: 'national-body' },
];

const priorities: SeedPriority[] = [
  {
    code: 'P1',
    title: 'Prevention',
    summary:
      'Encourage healthy living and self care, supporting people to stay well and take more control of their own health and wellbeing',
    kind: 'front-line',
  },
  {
    code: 'P2',
    title: 'Primary, community and social care',
    summary:
      'Build high quality, resilient, integrated primary, community and social care services across BLMK. This will include strengthening GP services, delivering more care closer to home, having a single point of access for urgent care, supporting transformed services for people with learning disabilities and integrated physical and mental health services.',
    kind: 'front-line',
  },
  {
    code: 'P3',
    title: 'Sustainable secondary care',
    summary:
      'Make our hospital services clinically and financially sustainable by working collaboratively across the three hospital sites, building on the best from each and removing unnecessary duplication.',
    kind: 'front-line',
  },
  {
    code: 'P4',
    title: 'Technology',
    summary:
      'Transform our ability to communicate with each other, for example by having shared digital records that can be easily accessed by patients and clinicians alike, using mobile technology (e.g. apps), for better co-ordinated care.',
    kind: 'behind-the-scenes',
  },
  {
    code: 'P5',
    title: 'System redesign',
    summary:
      "Improving the way we plan, buy and manage health and social care services across BLMK to achieve a joined up approach that places people's health and wellbeing at the heart of what we do.",
    kind: 'behind-the-scenes',
  },
  // The six secondary-care focus areas under P3; their kind is P3's (see the findings).
  {
    code: 'P3.1',
    title: 'Emergency care',
    summary:
      'with our population growing, how do we make sure local people have access to safe, high quality emergency services, especially at night?',
    kind: 'front-line',
    parent: 'P3',
  },
  {
    code: 'P3.2',
    title: 'Planned care',
    summary:
      'with pressure mounting on emergency services, how do we achieve a balance between urgent care and planned care?',
    kind: 'front-line',
    parent: 'P3',
  },
  {
    code: 'P3.3',
    title: 'Centres of excellence',
    summary: 'could we focus some areas of specialist care, or certain aspects of them, on specific hospital sites?',
    kind: 'front-line',
    parent: 'P3',
  },
  {
    code: 'P3.4',
    title: 'Care closer to home',
    summary:
      'could some services, or aspects of them, be delivered more effectively in community settings, rather than in hospital?',
    kind: 'front-line',
    parent: 'P3',
  },
  {
    code: 'P3.5',
    title: 'Sustainable maternity care',
    summary:
      'how do we make sure we can offer all mothers high quality maternity care while accommodating an increasing number of births?',
    kind: 'front-line',
    parent: 'P3',
  },
  {
    code: 'P3.6',
    title: 'Safest paediatric services',
    summary:
      "can we improve children's services by changing the way we deliver some care pathways at each of our hospitals?",
    kind: 'front-line',
    parent: 'P3',
  },
];

/** "Your STP team", in the paper's order; listOrder is the position in that list. */
const people: SeedPerson[] = [
  {
    slug: 'mark-england',
    name: 'Mark England',
    group: 'programme-management',
    jobTitle: 'Chief of Staff & Joint Programme Director',
    responsibilities: 'Priority 4',
    priorities: ['P4'],
    listOrder: 1,
  },
  {
    slug: 'emma-goddard',
    name: 'Emma Goddard',
    group: 'programme-management',
    jobTitle: 'Programme Director',
    responsibilities: 'Priorities 1 & 2',
    priorities: ['P1', 'P2'],
    listOrder: 2,
  },
  {
    slug: 'cathy-jones-programme-management',
    name: 'Cathy Jones',
    group: 'programme-management',
    jobTitle: 'Programme Director',
    responsibilities: 'Priority 3',
    priorities: ['P3'],
    listOrder: 3,
  },
  {
    slug: 'pam-garraway-programme-management',
    name: 'Pam Garraway',
    group: 'programme-management',
    jobTitle: 'Joint Programme Director',
    responsibilities: 'Priority 4',
    priorities: ['P4'],
    listOrder: 4,
  },
  {
    slug: 'matthew-webb-programme-management',
    name: 'Matthew Webb',
    group: 'programme-management',
    jobTitle: 'Joint Programme Director',
    responsibilities: 'Priority 5',
    priorities: ['P5'],
    listOrder: 5,
  },
  {
    slug: 'david-harrison',
    name: 'David Harrison',
    group: 'programme-management',
    jobTitle: 'STP Advisor & Joint Programme Director',
    responsibilities: 'Priority 5',
    priorities: ['P5'],
    listOrder: 6,
  },
  { slug: 'tom-joyce', name: 'Tom Joyce', group: 'programme-management', jobTitle: 'Programme Manager', listOrder: 7 },
  {
    slug: 'ian-brown',
    name: 'Ian Brown',
    group: 'priority-lead',
    organisation: 'bedford-borough-council',
    jobTitle: 'Priority 1 Lead',
    priorities: ['P1'],
    listOrder: 8,
  },
  {
    slug: 'matthew-tait',
    name: 'Matthew Tait',
    group: 'priority-lead',
    organisation: 'nhs-bedfordshire-ccg',
    jobTitle: 'Priority 2 Lead',
    priorities: ['P2'],
    listOrder: 9,
  },
  {
    slug: 'cathy-jones-priority-lead',
    name: 'Cathy Jones',
    group: 'priority-lead',
    organisation: 'luton-and-dunstable-university-hospital',
    jobTitle: 'Priority 3 Lead',
    priorities: ['P3'],
    listOrder: 10,
  },
  {
    slug: 'pam-garraway-priority-lead',
    name: 'Pam Garraway',
    group: 'priority-lead',
    organisation: 'luton-borough-council',
    jobTitle: 'Priority 4 Lead',
    priorities: ['P4'],
    listOrder: 11,
  },
  {
    slug: 'matthew-webb-priority-lead',
    name: 'Matthew Webb',
    group: 'priority-lead',
    organisation: 'nhs-milton-keynes-ccg',
    jobTitle: 'Priority 5 Lead',
    priorities: ['P5'],
    listOrder: 12,
  },
  {
    slug: 'david-hartshorne',
    name: 'David Hartshorne',
    group: 'workstream-lead',
    organisation: 'luton-and-dunstable-university-hospital',
    responsibilities: 'Estates',
    listOrder: 13,
  },
  {
    slug: 'kate-burke',
    name: 'Kate Burke',
    group: 'workstream-lead',
    organisation: 'milton-keynes-university-hospital',
    responsibilities: 'Communications',
    listOrder: 14,
  },
  {
    slug: 'jane-meggitt',
    name: 'Jane Meggitt',
    group: 'workstream-lead',
    organisation: 'nhs-bedfordshire-ccg',
    responsibilities: 'Engagement',
    listOrder: 15,
  },
  {
    slug: 'clare-steward',
    name: 'Clare Steward',
    group: 'workstream-lead',
    organisation: 'bedford-hospital',
    responsibilities: 'Governance & Legal',
    listOrder: 16,
  },
  {
    slug: 'mike-keech',
    name: 'Mike Keech',
    group: 'workstream-lead',
    organisation: 'milton-keynes-university-hospital',
    responsibilities: 'Finance',
    listOrder: 17,
  },
  {
    slug: 'oonagh-monkhouse',
    name: 'Oonagh Monkhouse',
    group: 'workstream-lead',
    organisation: 'bedford-hospital',
    responsibilities: 'Workforce',
    listOrder: 18,
  },
];

/** The "Have your say" section's paragraphs, shared by its four events. */
const haveYourSay: RichText = [
  'We have organised a series of events in early March where we will be giving you the opportunity to ask questions and provide your views on the ideas contained in this paper, as well as any new ideas you have.',
  'As well as getting feedback from public and patients, we will be talking to staff across our partner organisations.',
  'We will also be looking for other opportunities to get out and talk to specific groups in the community.',
  linked('To support our face to face events, there is also an online questionnaire available via ', {
    link: 'www.blmkstp.co.uk',
    url: 'http://www.blmkstp.co.uk',
  }),
  'STP partner websites also encourage feedback from those who are not able to attend public partner event meetings, and will use social media to encourage wider participation.',
];

function haveYourSayEvent(slug: string, venue: SeedEvent['venue'], sessions: SeedEvent['sessions']): SeedEvent {
  return { slug, title: { join: ['Have your say', venue.name], with: ': ' }, description: haveYourSay, venue, sessions };
}

const events: SeedEvent[] = [
  haveYourSayEvent(
    'have-your-say-2017-03-06-milton-keynes-christian-centre',
    { name: 'Milton Keynes Christian Centre', postcode: 'MK6 2TG' },
    [
      { date: '2017-03-06', startsAt: '14:30', endsAt: '17:00', asWritten: '2.30pm to 5pm' },
      { date: '2017-03-06', startsAt: '18:30', endsAt: '21:00', asWritten: '6.30pm to 9pm' },
    ],
  ),
  haveYourSayEvent(
    'have-your-say-2017-03-07-rufus-centre',
    { name: 'Rufus Centre', address: 'Flitwick, Central Bedfordshire', postcode: 'MK45 1AH' },
    [{ date: '2017-03-07' }],
  ),
  haveYourSayEvent(
    'have-your-say-2017-03-08-addison-centre',
    { name: 'Addison Centre', address: 'Kempston, Bedford', postcode: 'MK42 8PN' },
    [{ date: '2017-03-08' }],
  ),
  haveYourSayEvent(
    'have-your-say-2017-03-09-chiltern-hotel',
    { name: 'Chiltern Hotel', address: 'Luton', postcode: 'LU4 9RU' },
    [
      { date: '2017-03-09', startsAt: '10:00', endsAt: '12:30', asWritten: '10am to 12.30pm' },
      { date: '2017-03-09', startsAt: '18:30', endsAt: '21:00', asWritten: '6.30pm to 9pm' },
    ],
  ),
];

const P = 'engagement-paper-2017' as const;

const findings: Finding[] = [
  {
    kind: 'derivation',
    about: 'Priorities P1 to P5: title and summary',
    quotes: [{ source: P, text: 'P1 Prevention Encourage healthy living and self care' }],
    note: 'The table runs each code, title and description together; the title is split off where the description\'s first sentence starts. P2\'s description is two sentences: both are its summary.',
  },
  {
    kind: 'derivation',
    about: 'Priorities P1 to P5: kind',
    quotes: [{ source: P, text: '| Front line | Behind the scenes |' }],
    note: 'P1 to P3 are in the "Front line" column (front-line), P4 and P5 in "Behind the scenes" (behind-the-scenes).',
  },
  {
    kind: 'derivation',
    about: 'Priorities P3.1 to P3.6: kind and parent',
    quotes: [{ source: P, text: 'Together, they have established **six key areas** to focus on to ensure our local healthcare system can continue to deliver high quality sustainable secondary care:' }],
    note: 'The paper gives the six areas no kind; they take P3\'s (front-line) and have P3 as parent. Each summary is the question after the dash.',
  },
  {
    kind: 'artefact',
    about: 'Priorities P3.1 to P3.6: titles',
    quotes: [{ source: P, text: '- P3.1 Emergency care** –' }],
    note: 'A stray bold marker "**" follows each of the six titles; removed.',
    edits: [
      { from: 'Emergency care** –', to: 'Emergency care –' },
      { from: 'Planned care** –', to: 'Planned care –' },
      { from: 'Centres of excellence** –', to: 'Centres of excellence –' },
      { from: 'Care closer to home** –', to: 'Care closer to home –' },
      { from: 'Sustainable maternity care** –', to: 'Sustainable maternity care –' },
      { from: 'Safest paediatric services** –', to: 'Safest paediatric services –' },
    ],
  },
  {
    kind: 'derivation',
    about: 'People: Cathy Jones, Pam Garraway and Matthew Webb',
    quotes: [
      { source: P, text: 'Cathy Jones Programme Director (Priority 3)' },
      { source: P, text: 'Cathy Jones Luton & Dunstable University Hospital Priority 3 Lead' },
    ],
    note: 'Each is listed twice, under "The Programme Management" and under "Priority Leads"; each listing is its own person entry (slugs ending -programme-management and -priority-lead).',
  },
  {
    kind: 'derivation',
    about: 'People: responsibilities, priorities, listOrder',
    quotes: [
      { source: P, text: 'Programme Director (Priorities 1 & 2)' },
      { source: P, text: 'NHS Bedfordshire CCG Engagement' },
    ],
    note: 'Programme management: responsibilities is the bracketed text and the priorities relation follows it. Priority leads: the priority named in the job title. Workstream leads: responsibilities is the workstream. listOrder is the position (1 to 18) in the paper\'s team list.',
  },
  {
    kind: 'gap',
    about: 'People: missing details',
    quotes: [
      { source: P, text: 'Tom Joyce Programme Manager' },
      { source: P, text: 'David Hartshorne Luton & Dunstable University Hospital Estates' },
    ],
    note: 'The programme management team has no organisation; workstream leads have no job title; Tom Joyce has no priority. Left empty.',
  },
  {
    kind: 'derivation',
    about: 'Events "Have your say": titles',
    quotes: [{ source: P, text: 'Have your say We have organised a series of events in early March' }],
    note: 'The paper gives the four events no titles; each is "Have your say: " and the venue name (e.g. "Have your say: Rufus Centre").',
  },
  {
    kind: 'derivation',
    about: 'Events "Have your say": year',
    quotes: [
      { source: P, text: '| 6 March | Milton Keynes Christian Centre, MK6 2TG |' },
      { source: P, text: "The 'Case for Change' will be publicly available from May 2017." },
    ],
    note: 'The table gives day and month only; the year 2017 comes from the paper\'s context (the October 2016 submission, "available from May 2017").',
  },
  {
    kind: 'derivation',
    about: 'Events "Have your say": sessions',
    quotes: [
      { source: P, text: '2.30pm to 5pm 6.30pm to 9pm' },
      { source: P, text: '10am to 12.30pm 6.30pm to 9pm' },
    ],
    note: 'Two time ranges in one cell are two sessions on that day (14:30-17:00 and 18:30-21:00; 10:00-12:30 and 18:30-21:00); "As written" keeps each range\'s words.',
  },
  {
    kind: 'gap',
    about: 'Events "Have your say" on 7 and 8 March: no times',
    quotes: [
      { source: P, text: '| 7 March | Rufus Centre, Flitwick, Central Bedfordshire, MK45 1AH | |' },
      { source: P, text: '| 8 March | Addison Centre, Kempston, Bedford, MK42 8PN | |' },
    ],
    note: 'The times cell is empty: one session each, with the date only.',
  },
  {
    kind: 'derivation',
    about: 'Events "Have your say": venue and description',
    quotes: [{ source: P, text: 'Addison Centre, Kempston, Bedford, MK42 8PN' }],
    note: 'Each venue cell is split into name (first part), address (the middle parts) and postcode (last part). Every event\'s description is the "Have your say" section\'s five paragraphs (before and after the table). No organisation is linked: the section names none.',
  },
  {
    kind: 'derivation',
    about: 'Organisation "BLMK Health and Care Partnership": website; events "Have your say": link',
    quotes: [{ source: P, text: 'there is also an online questionnaire available via www.blmkstp.co.uk' }],
    note: 'The paper gives "www.blmkstp.co.uk" without a scheme; "http://" was added for the website field and the link in the events\' description.',
  },
];

export const engagementPaper2017: SourceSeed = {
  source: P,
  organisations,
  priorities,
  people,
  newsItems: [],
  events,
  vacancies: [],
  leadershipUpdates: [],
  briefs: [],
  findings,
};
