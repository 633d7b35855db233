/**
 * The "Central Brief: May 2018" newsletter, sources/central-brief-2018-05.txt: its news,
 * leadership appointments, engagement, the vacancy, and the brief that lists them.
 * The findings about this source are in central-brief-2018-05.findings.ts.
 */
import { findings } from './central-brief-2018-05.findings.ts';
import { composed, linked, mail } from './inline.ts';
import type {
  SeedBrief,
  SeedEvent,
  SeedLeadershipUpdate,
  SeedNewsItem,
  SeedOrganisation,
  SeedVacancy,
  SourceSeed,
} from './types.ts';

export const PARTNERSHIP = 'blmk-health-and-care-partnership';
const LD = 'luton-and-dunstable-university-hospital';

const organisations: SeedOrganisation[] = [
  {
    slug: PARTNERSHIP,
    name: 'Bedfordshire, Luton and Milton Keynes (BLMK) Health and Care Partnership',
    shortName: 'BLMK',
    kind: 'other',
    // Given by the 2017 paper as "www.blmkstp.co.uk"; the scheme is added (see findings).
    website: 'http://www.blmkstp.co.uk',
  },
  { slug: 'central-bedfordshire-council', name: 'Central Bedfordshire Council', kind: 'council' },
  { slug: 'national-infrastructure-commission', name: 'National Infrastructure Commission', kind: 'national-body' },
  { slug: 'cancer-alliance', name: 'Cancer Alliance', kind: 'other' },
  { slug: 'macmillan-cancer-support', name: 'Macmillan Cancer Support', kind: 'voluntary' },
  { slug: 'office-for-national-statistics', name: 'Office for National Statistics', kind: 'national-body' },
  { slug: 'nhs-improvement', name: 'NHS Improvement', shortName: 'NHSI', kind: 'national-body' },
  {
    slug: 'east-and-north-hertfordshire-nhs-trust',
    name: 'East and North Hertfordshire NHS Trust',
    kind: 'nhs-trust',
  },
  {
    slug: 'bedfordshire-hospitals-nhs-foundation-trust',
    name: 'Bedfordshire Hospitals NHS Foundation Trust',
    kind: 'nhs-trust',
  },
  {
    slug: 'national-association-of-primary-care',
    name: 'National Association of Primary Care',
    shortName: 'NAPC',
    kind: 'other',
  },
  { slug: 'kings-fund', name: 'Kings Fund', kind: 'other' },
  { slug: 'cambridgeshire-community-services', name: 'Cambridgeshire Community Services', kind: 'community-provider' },
];

const singleOperatingPlan: SeedNewsItem = {
  slug: 'blmk-single-operating-plan',
  title: 'BLMK Single Operating Plan',
  summary:
    'The Bedfordshire, Luton and Milton Keynes (BLMK) Sustainability and Transformation Partnership have submitted a “milestone” joint strategic plan – the Single Operating Plan – which sets out its aims for 2018/19 to NHS England.',
  body: [
    'Historically health and social care organisations have developed their strategic plans in relative isolation of each of other. However, this year the whole health and care system in BLMK have worked together to create a single plan for the region, in collaboration with clinicians and wider stakeholders.',
    'Richard Carr, Senior Responsible Officer for BLMK and Chief Executive of Central Bedfordshire Council, said: “The development of this single plan for our system for 2018/19, for all its imperfections, is a significant milestone. We have invested in our noble cause. In 2017/18 we became one of eight first wave Integrated Care Systems, with our ambition to mature from our current shadow status into a ‘live’ Integrated Care System during 2019/20.',
    '“The ask for our partnership in 2018/19 is significant, with the system carrying material financial pressures, against the context of rising demand, particularly for emergency reactive services, and inequality of health and quality outcomes. These pressures are increasing and there is a requirement to future proof our services in the context of significant population growth, reinforced by the National Infrastructure Commission’s proposals for the Oxford-Cambridge Corridor, to which BLMK is central.',
    '“Our single system operating plan for 18/19 describes how we will can build on all we have achieved during 2017/18 and what our focus will be for the coming year. I would like to record my sincere thanks to all the health and council partners in BLMK for their commitment and support for our ‘noble cause’. I look forward to the next year on our journey as an Integrated Care System and to us working together to deliver tangible improvements to the health and wellbeing of local people.”',
    // "[here](#)" has no address: "here" stays plain text (see findings).
    'The full plan can be downloaded from the BLMK website by clicking here.',
  ],
  organisations: [PARTNERSHIP, 'nhs-england', 'central-bedfordshire-council', 'national-infrastructure-commission'],
};

const cancerCare: SeedNewsItem = {
  slug: 'transforming-cancer-care-across-blmk',
  title: 'Transforming cancer care across BLMK',
  summary:
    'In Bedfordshire, there are over 3000 new cancer diagnosis each year, while nationally there are currently an estimated 2.5 million people living with cancer with this figure expected to rise to four million by 2030.',
  body: [
    'It is figures like these that show that diagnosing, treating and then supporting those living with a cancer are a key area of focus for BLMK for now and into the future.',
    "Last year, BLMK's partner the Cancer Alliance secured £1.2 million of funding to transform how, where and when certain cancers are diagnosed and changing the way people living with cancer are supported.",
    { heading: 'Catching it early' },
    'Early diagnosis is a key to improving survival rates from many of the more common cancers. In BLMK, the funding is allowing partner organisations to work together to introduce FiT testing in primary care as well as developing innovative one-stop shop diagnostics for urological cancers.',
    'FiT stands for Faecal Immunochemical Test. It is a type of faecal occult blood test which uses antibodies that specifically recognise human haemoglobin (Hb) and is used as a diagnostic test for suspected lower gastro intestinal (GI) cancers, with a view to identifying more patients at risk of colorectal cancer with otherwise low-risk symptoms.',
    'It is hoped that by enabling GPs access to FiT it will help patients visiting their GP with symptoms to find out much quicker if cancer can be ruled out before they go onto a cancer pathway. The initiative will be rolled out across BLMK in 2018.',
    'Lung cancer is the third most common cancer in the UK, accounting for 13% of all new cancer cases (2015). In BLMK, the lung cancer pathways will also benefit from investment. This will involve faster access to diagnostic tests and a future plan to include actively identifying patients who are at risk of lung cancer earlier to improve our survival rates.',
    { heading: 'One-stop shop' },
    'Innovation along Cancer pathways within BLMK is an ongoing process, and there have been a number of initiatives that have been developed. In Luton, a one-stop shop for urological cancers was established in 2015 to provide, quite literally, a single appointment to run through a series of tests that are required to deliver a diagnosis on the day instead of waiting weeks for test results and further investigation. As a patient this takes away the need for a worrying wait and the frustration of separate appointments for different investigations – and ultimately delivering a better patient experience.',
    { heading: 'Living with and beyond cancer' },
    'Living with cancer is emotionally and physically challenging and day to day concerns can often lead patients to A&E. The side effect of chemotherapy treatment often leads to patients coming to A&E with concerns about infection, gastrointestinal issues and fatigue. While in some cases patients do require the services of an acute hospital, many more would benefit from services in the community, reducing hospital admissions and saving patients time in hospital.',
    'In BLMK, specialist nurses in the community are being provided to help patients get treatment, if required, in the right setting and signposting them to other sources of support and information. The first area to benefit from specialist nurse support will be Luton and if the concept works will be phased in across BLMK in 2019. In addition, BLMK is also working with Macmillan Cancer support to offer a wide range of support for those living with cancer as well as guidance on everything from financial advice to emotional support.',
    { heading: 'Patient Advisory Board for Cancer' },
    linked(
      'We are looking to establish a new patient advisory board. The new board, which will also include leading clinicians, will help us develop cancer pathways and shape plans for the future of cancer care in BLMK. If you would like more information about the board or have someone interested in getting involved contact Carol Ord, ',
      mail('Carol.Ord@bedfordhospital.nhs.uk'),
      '. Please include Patient Advisory Board in the title of emails.',
    ),
  ],
  sources: [
    { label: 'Macmillan website' },
    { label: 'Statistics Factsheet. Macmillan Cancer Support. December 2017' },
    {
      label: 'Office for National Statistics',
      url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/conditionsanddiseases/bulletins/cancerregistrationstatisticsen',
      note: 'Data were provided by the Office for National Statistics on request, July 2017. Similar data can be found here:',
    },
  ],
  organisations: [PARTNERSHIP, 'cancer-alliance', 'macmillan-cancer-support', 'office-for-national-statistics'],
};

const mergerUpdate: SeedNewsItem = {
  slug: 'bedford-hospital-and-luton-and-dunstable-university-hospital-merger-update',
  title: 'Bedford Hospital and Luton and Dunstable University Hospital Merger Update',
  summary:
    'The joint Integration Board, consisting of executive representatives from both Trusts, met in early April to discuss the plans, possible timeframes and priorities for the merger of Bedford Hospital and Luton and Dunstable University Hospital going forward.',
  body: [
    'Over recent weeks, we have been reminded of the strong support that this proposal has – from clinical and non-clinical staff, our patients, the public and local politicians – and acknowledgement that our ambition to merge makes good strategic sense and will benefit patients and staff. This has been really encouraging.',
    'Both Trust Boards have committed to reviewing progress in June this year and agreeing the most likely date for the merger to proceed. It looks like the earliest possible date would be in the autumn but that would be dependent upon us receiving confirmation in early July from NHS Improvement (NHSI) that the capital is available to support our plans. The more likely scenario is that the national funding allocation is not announced until later in the summer and in this case, we would merge at the start of the next financial year (April 2019). This is because we are aware of the impact of undertaking major organisational change during the busy winter period. In both cases integration work will continue and we will use this additional time to further develop our plans and progress key activity. We will keep you updated throughout.',
    { heading: 'Clinical engagement' },
    "We were pleased to see the spirit of collaboration and enthusiasm for working together at a recent clinical leaders' event that was well attended by clinical directors, lead nurses and senior managers from both Trusts. Both organisations acknowledge the importance of having strong leadership across clinical service lines and took the opportunity to share current work and ideas for future collaboration in areas such as endoscopy and audiology, which was well received.",
  ],
  organisations: ['bedford-hospital', LD, 'nhs-improvement'],
};

const primaryCareHomeWorkshop: SeedNewsItem = {
  slug: 'primary-care-home-workshop',
  title: 'Primary Care Home Workshop',
  summary: 'In April, BLMK took another step towards implementing the Primary Care Home model across the footprint.',
  body: [
    'More than 130 colleagues from primary care practices across BLMK attended the two workshops to hear from the teams at National Association of Primary Care (NAPC) and BLMK about this innovative model of care and how it can be implemented. The audience also heard from Dr Johnny Marshall OBE, Regional Primary Care Home Lead, NAPC and how his practice adopted PCH.',
    'For those attending the workshops it was their first opportunity to hear more about BLMKs plans to implement the model across all 18 localities/clusters/neighbourhoods and to discuss with colleagues how it can be adapted to their practices.',
    'BLMK is supporting colleagues in primary care by offering an investment scheme that allows groups of practices and clusters to receive funding for demonstrating that they are beginning to collaborate, share services, begin or enhance multi-disciplinary working for the benefit of patients.',
    'The rollout of PCH in BLMK will see approximately £1m invested in primary care services during 2018 and into 2019.',
  ],
  organisations: [PARTNERSHIP, 'national-association-of-primary-care'],
};

const leadershipUpdates: SeedLeadershipUpdate[] = [
  {
    slug: 'david-carter-l-and-d-ceo',
    personName: 'David Carter',
    roleTitle: 'CEO',
    organisation: LD,
    summary:
      'The L&D Trust Board confirmed the appointment of David Carter as L&D CEO in February, following the departure of Chief Executive Dame Pauline Philip from the L&D (who stepped down to focus on her role as the National Urgent and Emergency Care Director for NHS England).',
    body: [
      'David was managing director since 2011 and has been acting CEO since April 2017, so this appointment provides important continuity of leadership for the L&D.',
    ],
  },
  {
    slug: 'cathy-jones-l-and-d-deputy-chief-executive',
    personName: 'Cathy Jones',
    roleTitle: 'Deputy Chief Executive',
    organisation: LD,
    effectiveDate: '2018-03-07',
    summary: 'On 7 March, Cathy Jones was appointed Deputy Chief Executive at the L&D.',
    body: [
      'Cathy has been acting into the role since April 2017, having held various managerial roles throughout the organisation since 2007. Working alongside Paul Tisi, Medical Director at Bedford Hospital, Cathy is leading on the clinical workstream for the merger and was previously leading the acute clinical review for the STP.',
    ],
  },
  {
    slug: 'liz-lees-l-and-d-director-of-nursing',
    personName: 'Liz Lees',
    roleTitle: 'Director of Nursing (DoN)',
    organisation: LD,
    summary: 'Liz Lees has been appointed Director of Nursing (DoN) at L&D.',
    body: [
      'Liz, a former cancer nurse, has a wealth of experience within senior nursing leadership roles and was most recently Acting Director of Nursing at East and North Hertfordshire NHS Trust. Liz is currently the interim DoN at Bedford Hospital and will be the lead for nursing on the merger Integration Board.',
    ],
  },
];

const mentalHealthEvent: SeedEvent = {
  slug: 'mental-health-in-primary-care-home',
  title: 'Mental health in Primary Care Home',
  description: [
    'The event will include a range of presentations including a keynote speech from Chris Naylor from the Kings Fund.',
    'Places will be reserved on a first come, first served basis. A full agenda will follow in the coming weeks.',
  ],
  // "12.30 am" would be after midnight: the start is left empty (see findings).
  sessions: [{ date: '2018-05-22', endsAt: '16:00', asWritten: '12.30 am – 4.00 pm' }],
  venue: {
    name: 'Rufus Centre',
    address: 'Lockyer Suite, Steppingley Road, Flitwick, Bedfordshire',
    postcode: 'MK42 1AH',
  },
  audience:
    'This event is aimed at primary care clinicians and leaders, secondary care clinicians and leaders, commissioners of mental health and physical healthcare, service managers, mental health champions, public health colleagues, local authority colleagues, directors of nursing and medical directors.',
  costNote: 'Food and refreshments will be provided at the event.',
  registration: {
    email: 'Stephanie.Quitaleg@nhs.net',
    contactName: 'Stephanie Quitaleg',
    note: composed(
      ' ',
      'Places will be reserved on a first come, first served basis.',
      'To register for the event, please confirm to Stephanie Quitaleg at Stephanie.Quitaleg@nhs.net',
    ),
  },
  organisations: ['kings-fund'],
};

const programmeManager: SeedVacancy = {
  slug: 'primary-care-workforce-programme-manager',
  title: 'Primary Care Workforce Programme Manager',
  band: 'Band 8c',
  hoursPerWeek: 37.5,
  contractType: 'secondment-or-fixed-term',
  contractTerm: 'Secondment/Fixed Term until March 2020',
  location: 'Flexible. Offices at the Poynt, Luton.',
  travelArea: 'Must be able to travel across Luton, Bedfordshire and Milton Keynes.',
  employer: 'cambridgeshire-community-services',
  hostedOnBehalfOf: PARTNERSHIP,
  summary:
    'The post has responsibility for strategic leadership and programme management of the delivery of the BLMK GP Workforce Plan and Development Programme across the ICS/STP area of Bedfordshire, Luton and Milton Keynes',
  description: [
    'Bedfordshire, Luton and Milton Keynes (BLMK) Health and Care Partnership forms part of the first wave of Integrated Care Systems (ICS) which have evolved from STPs. They bring together NHS providers, commissioners and local authorities to work in partnership, improving health and care in their area. As part of an ICS you will have the opportunity to contribute to models that will shape future policy.',
    "The post holder's role will be hosted by Cambridgeshire Community Services on behalf of BLMK ICS. This is an exciting new post that will work across BLMK ICS to lead on the implementation of our General Practice Workforce and Development Plan. Working with our centralised Community Education Provider Network (CEPN), which brings together the CEPNs from our three Clinical Commissioning Groups and aligned to workforce networks through the Local Workforce Action Board, the post holder will drive workforce transformation in General Practice within a dynamic and developing workforce transformation environment.",
    "The post holder will Programme Manage and provide senior leadership capability to the implementation of the BLMK General Practice Workforce and Development Plan, which includes innovative approaches to attraction, recruitment and retention our General Practice Workforce, including GPs (international and UK), Nurses, Practice Managers and support roles as well as new roles such as clinical pharmacists and physician's associates.",
    'We are looking for an influential leader with a passion for driving improvement within Primary Care and General Practice. You will have senior leadership experience within the NHS and demonstrable evidence of your ability to deliver improvement and redesign. You will have the opportunity to work with a pioneering integrated care system and steer the general practice workforce development transformation in support of an integrated service offer.',
    linked(
      'For more information and an informal discussion/visit please contact Alison Lathwell, BLMK ICS Workforce Transformation Lead: ',
      mail('Alison.lathwell@bedfordshireccg.nhs.uk'),
      ' Tel: 07717426900',
    ),
    // "To apply click [here](#)." is left out: it has no address (see findings).
  ],
  contactName: 'Alison Lathwell',
  contactRole: 'BLMK ICS Workforce Transformation Lead',
  contactEmail: 'Alison.lathwell@bedfordshireccg.nhs.uk',
  contactPhone: '07717426900',
  // No applyUrl, closingDate, contractEndDate or salary: the advert gives none (see findings).
};

const centralBriefMay2018: SeedBrief = {
  slug: 'central-brief-may-2018',
  title: 'Central Brief: May 2018',
  issueDate: '2018-05-01',
  sections: [
    {
      heading: 'News',
      entries: [{ newsItem: singleOperatingPlan.slug }, { newsItem: cancerCare.slug }, { newsItem: mergerUpdate.slug }],
    },
    {
      heading: 'Leadership update',
      intro: ['Since our last update there have been some announcements regarding key Trust leadership posts.'],
      entries: [
        ...leadershipUpdates.map((update) => ({ leadershipUpdate: update.slug })),
        {
          note: [
            "These appointments will help us to finalise the membership of the Board of the merged organisation, which will be known as the Bedfordshire Hospitals NHS Foundation Trust. The final Director designates will be announced in the coming months and allow a 'shadow Board' to be in place in advance of the merger to continue the work of the Integration Board, ensuring continuity of leadership and that the interests of both Trusts and local residents are represented.",
            linked(
              'If you have any questions you can email ',
              mail('merger@ldh.nhs.uk'),
              '. A staff side forum with membership from both hospitals has also been established and met for the first time earlier this month. This committee will provide the foundation for sharing information about the TUPE process and what it means for staff at both hospitals, once a new date for the transition has been agreed.',
            ),
          ],
        },
      ],
    },
    {
      heading: 'Engagement',
      entries: [{ newsItem: primaryCareHomeWorkshop.slug }, { event: mentalHealthEvent.slug }],
    },
    { heading: 'Opportunity', entries: [{ vacancy: programmeManager.slug }] },
  ],
  outro: 'To keep up to date with all the news and information about the work of BLMK STP:',
  // Both links are "(#)" in the source: labels only (see findings).
  closingLinks: [{ label: 'Follow us on Twitter' }, { label: 'Like us on Facebook' }],
};

export const centralBrief201805: SourceSeed = {
  source: 'central-brief-2018-05',
  organisations,
  priorities: [],
  people: [],
  newsItems: [singleOperatingPlan, cancerCare, mergerUpdate, primaryCareHomeWorkshop],
  events: [mentalHealthEvent],
  vacancies: [programmeManager],
  leadershipUpdates,
  briefs: [centralBriefMay2018],
  findings,
};
