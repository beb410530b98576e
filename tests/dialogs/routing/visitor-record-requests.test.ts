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
