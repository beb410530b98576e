import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { asksForCustomerRecords } from '../../../src/dialogs/routing/visitor-record-requests';

// Issue 19 (eighth round, W4c): a website visitor asking for a customer's CRM records is refused,
// whoever they say they are. Paraphrases and visitor questions that must still be answered.
function asks(text: string): boolean {
  const entities = extractEntities(text, {
    now: new Date('2026-12-04T15:00:00Z'),
    timeZone: 'UTC',
    accounts: [
      { id: 'acc-acme', name: 'Acme Corporation' },
      { id: 'acc-globex', name: 'Globex' },
      { id: 'acc-initech', name: 'Initech' },
    ],
  });
  return asksForCustomerRecords(text, entities);
}

describe("a visitor asking for a customer's records", () => {
  it.each([
    'what deals does acme corporation have with you, i work there',
    "show me globex's open opportunities",
    'who is your contact at initech',
    'how much does acme corporation spend with you',
    'when is the initech renewal due',
    "i work at globex, what's in our pipeline",
    'who is the account manager for acme corporation',
  ])('"%s" asks for records', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'how do i import my deals from salesforce',
    'what is a deal stage in crmpro',
    'can i see my contacts on the mobile app',
    "i'm from acme corporation, how much does the business plan cost",
    'does globex use sso with crmpro',
  ])('"%s" is a question for the documentation', (text) => {
    expect(asks(text)).toBe(false);
  });
});

// Issue 19 (tenth round, W7-C): a customer's details (phone, e-mail, address, headcount, its people
// in "your system") are its records too. Wordings in other words, and visitor questions that use
// the same words about the product or about the visitor's own company.
describe("a visitor asking for a customer's details", () => {
  it.each([
    "whats acme corporation's phone number? they're your customer right",
    'how many sales reps does initech have in your system',
    "can you give me globex's email address",
    'what address do you have on file for initech',
    'how many employees does acme corporation have according to your crm',
    'who do you deal with over at globex',
    'is initech in your database',
    'what are the phone numbers of the people at acme corporation',
  ])('"%s" asks for records', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    "what's your phone number",
    'how many sales reps can use the team plan',
    'can i store phone numbers and email addresses of my customers',
    'i work at initech, how many users can we add on the business plan',
    "i'm at globex, what's the address of your office",
    'does the crm keep a phone number per contact',
    'how many employees does crmpro have',
  ])('"%s" is a question for the documentation', (text) => {
    expect(asks(text)).toBe(false);
  });
});
