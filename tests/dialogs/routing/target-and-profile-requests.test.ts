import { isSalesTargetMessage } from '../../../src/dialogs/intents/sales-target-chat';
import { isTargetStandingQuestion, periodSpanOf } from '../../../src/dialogs/intents/target-standing';
import { profileRequestOf } from '../../../src/dialogs/routing/profile-requests';

describe('sales targets asked in everyday words', () => {
  it.each([
    ['whats our target for next quarter?', true],
    ["what's the EMEA number this quarter", true],
    ['what is our quota this quarter', true],
    ["what's our number for Q1 2027", true],
    ['remind me of our target for Q1', true],
    ['show me the Mid-Market quota', true],
    ['are we going to hit target', true],
    ['will we make our number this quarter', true],
    ['how far are we from target', true],
    ['are we on track to hit quota', true],
    ["what's the team's quota for Q1", true],
    ['are we going to make the quarter', true],
    ['how close are we to our target', true],
    // Must not: other numbers and targets, forecasts, marketing lists.
    ["what's David Nguyen's phone number", false],
    ["what's the case number for Acme's ticket", false],
    ["what's the number of deals closing this month", false],
    ['what happens if you miss the uptime target', false],
    ['give me a target list of loyal customers', false],
    ['forecast this quarter', false],
    ['remind me to review our target next week', false],
  ])('%s → %s', (text, expected) => {
    expect(isSalesTargetMessage(text)).toBe(expected);
  });

  it.each([
    ['are we going to hit target', true],
    ['will we make our number', true],
    // A summary of the team's pipeline, which ends with the forecast against the target.
    ['how are we tracking against quota', false],
    ['is the team on track for the target', true],
    ["what's our gap to target", true],
    ['are we going to make the quarter', true],
    ['how close are we to our target', true],
    ['will we close the Acme deal this quarter', false],
    ['whats our target for next quarter?', false],
    ['what is our quota this quarter', false],
    // Nineteenth round (w20c): "on track" with nothing after it but a period asks the same.
    ['am i on track', true],
    ['are we on track this quarter?', true],
    ['is the team still on pace for the year', true],
    ['so are we on course for q4', true],
    ['am i on track with the acme deal', false],
    ['are we on track to close globex by friday', false],
    ['is the acme renewal on track', false],
  ])('asks for the forecast against the target: %s → %s', (text, expected) => {
    expect(isTargetStandingQuestion(text)).toBe(expected);
  });

  it('turns a target period into its days', () => {
    expect(periodSpanOf('2027-Q1')).toEqual({ from: '2027-01-01', to: '2027-03-31', label: 'Q1 2027' });
    expect(periodSpanOf('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31', label: 'December 2026' });
    expect(periodSpanOf('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(periodSpanOf('next quarter')).toBeUndefined();
  });
});

describe('admin commands said in chat: data profiles', () => {
  it.each([
    ['profile the deals collection', { collection: 'deals' }],
    ['profile contacts', { collection: 'contacts' }],
    ['can you profile the accounts table', { collection: 'accounts' }],
    ['run a data profile on accounts', { collection: 'accounts' }],
    ['data quality of the leads', { collection: 'leads' }],
    ['how clean is the contacts data?', { collection: 'contacts' }],
    ['profile the data', {}],
    // Must not: a customer's or a person's profile, the product's profile page, records themselves.
    ["what's the customer profile for Acme", undefined],
    ['update my profile', undefined],
    ['how do I change my profile picture', undefined],
    ['show me the deals closing this month', undefined],
    ['export the contacts', undefined],
  ])('%s → %j', (text, expected) => {
    expect(profileRequestOf(text)).toEqual(expected);
  });
});
