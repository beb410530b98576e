import type { Account, Contact, Lead } from '../../../vocabulary';
import { field, idColumn, timestampColumns, type RecordColumn } from './column';

/** The columns of exported accounts, in their stable order. */
export const ACCOUNT_COLUMNS: readonly RecordColumn<Account>[] = [
  idColumn('account', '680ce5d14ead3545b1566565'),
  field('name', 'string', 'Company name as people write it', 'Initech'),
  field(
    'nameKey',
    'string',
    'The name lower-cased, without accents or punctuation (how duplicates are found)',
    'initech',
  ),
  field('domain', 'string', "The company's web domain", 'initech.com'),
  field('industry', 'string', 'Industry', 'Software'),
  field('employees', 'integer', 'Number of employees', '350'),
  field(
    'size',
    'string',
    "Size band from employees: '1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'",
    '201-1000',
  ),
  field('region', 'string', 'Sales region: NA, EMEA, APAC or LATAM', 'NA'),
  field('country', 'string', 'Country, ISO 3166-1 alpha-2', 'US'),
  field(
    'ownerId',
    'string',
    'The user (rep) who owns the account (users collection)',
    '6494e0801caa8c87cc9b8d69',
  ),
  field('status', 'string', 'prospect, customer or churned', 'customer'),
  field('annualRevenue', 'number', 'Annual revenue in US dollars', '42000000'),
  field(
    'churnedAt',
    'timestamp',
    'When a churned account went quiet (set for churned accounts)',
    '2025-08-15T00:00:00.000Z',
  ),
  ...timestampColumns<Account>('account'),
];

/** The columns of exported contacts (preferences and opt-outs included), in their stable order. */
export const CONTACT_COLUMNS: readonly RecordColumn<Contact>[] = [
  idColumn('contact', '684abaffd33fbe81a9649e1f'),
  field('accountId', 'string', 'The account the person works at (accounts.id)', '680ce5d14ead3545b1566565'),
  field('firstName', 'string', 'First name', 'Jane'),
  field('lastName', 'string', 'Last name', 'Park'),
  field('nameKey', 'string', 'First and last name lower-cased, without accents or punctuation', 'jane park'),
  field('email', 'string', 'E-mail address', 'jane.park@initech.com'),
  field('phone', 'string', 'Phone number as entered', '+1 415 555 0100'),
  field('title', 'string', 'Job title', 'VP Operations'),
  field(
    'buyingRole',
    'string',
    'Buying role: champion, decision_maker, influencer, user or blocker',
    'champion',
  ),
  field('primary', 'boolean', "True for the account's main contact", 'true'),
  field(
    'leftAt',
    'timestamp',
    'When the person left the account (a champion who left is a churn signal)',
    '2025-11-30T00:00:00.000Z',
  ),
  field('preferredChannel', 'string', 'How the person prefers to be reached: email, phone or chat', 'email'),
  field('preferredLanguage', 'string', 'Preferred language, a BCP 47 tag', 'de'),
  {
    name: 'emailOptOut',
    type: 'boolean',
    meaning: 'True when the person asked for no marketing e-mail (false when they never asked)',
    example: 'false',
    value: (contact) => contact.emailOptOut ?? false,
  },
  {
    name: 'phoneOptOut',
    type: 'boolean',
    meaning: 'True when the person asked not to be called (false when they never asked)',
    example: 'false',
    value: (contact) => contact.phoneOptOut ?? false,
  },
  ...timestampColumns<Contact>('contact'),
];

/** The columns of exported leads, in their stable order. */
export const LEAD_COLUMNS: readonly RecordColumn<Lead>[] = [
  idColumn('lead', '65f1c2a07d3e4b9a1c2d3e4f'),
  field('name', 'string', "The person's name", 'Priya Shah'),
  field('email', 'string', 'E-mail address', 'priya@example.org'),
  field('phone', 'string', 'Phone number as entered', '+44 20 7946 0000'),
  field('company', 'string', 'The company they named', 'Hooli'),
  field('title', 'string', 'Job title', 'Head of IT'),
  field(
    'source',
    'string',
    'Where the lead came from: web, chat, event, referral, outbound or partner',
    'event',
  ),
  field('status', 'string', 'new, working, qualified, converted or disqualified', 'working'),
  field('ownerId', 'string', 'The user working the lead (users.id)', '6494e0801caa8c87cc9b8d69'),
  field(
    'accountId',
    'string',
    'The account it was matched or converted to (accounts.id)',
    '680ce5d14ead3545b1566565',
  ),
  field('convertedAt', 'timestamp', 'When it was converted', '2025-05-02T10:00:00.000Z'),
  field('notes', 'string', 'Free-text notes', 'Met at the Berlin summit'),
  field('campaign', 'string', 'The marketing campaign the lead came from', 'Spring webinar 2026'),
  field('industry', 'string', "The lead's company's industry, as given or looked up", 'Software'),
  field('employees', 'integer', "The lead's company's head count, as given or looked up", '120'),
  ...timestampColumns<Lead>('lead'),
];
