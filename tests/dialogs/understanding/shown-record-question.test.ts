import { shownRecordQuestionOf } from '../../../src/dialogs/understanding/shown-record-question';

// Issue 19, tenth round: a follow-up of two or three words asking one field of the records just
// shown ("next step?", "who owns the account", "whos the coo", "whos the contact at the biggest
// one", "what does each of them have open"). Paraphrases written for the mechanism, then wordings
// that are questions of their own and must not be read as one.
describe('a field asked of the records just shown', () => {
  it.each<[string, Record<string, unknown>]>([
    ['next step?', { ask: 'nextStep' }],
    ["what's the next step", { ask: 'nextStep' }],
    ['next steps?', { ask: 'nextStep' }],
    ['whats the next step on those', { ask: 'nextStep' }],
    ['any next steps for them?', { ask: 'nextStep' }],
    ['and what are the next steps', { ask: 'nextStep' }],
    ["what's next on it?", { ask: 'nextStep' }],
    ['next action?', { ask: 'nextStep' }],
    ['who owns the account', { ask: 'accountOwner' }],
    ['whose account is it?', { ask: 'accountOwner' }],
    ["who's the account owner", { ask: 'accountOwner' }],
    ['account owner?', { ask: 'accountOwner' }],
    ['and who owns that customer', { ask: 'accountOwner' }],
    ['who is the owner of the account?', { ask: 'accountOwner' }],
    ['whos the contact at the biggest one', { ask: 'contacts', biggest: true }],
    ['who do i talk to at the largest one?', { ask: 'contacts', biggest: true }],
    ['main contact for the biggest one', { ask: 'contacts', biggest: true }],
    [
      "who's the decision maker on the biggest deal",
      { ask: 'contacts', biggest: true, role: 'decision_maker' },
    ],
    ['who is the contact there', { ask: 'contacts' }],
    ['whos the coo', { ask: 'contacts', role: 'coo' }],
    ["who's the cfo?", { ask: 'contacts', role: 'cfo' }],
    ['and the ceo?', { ask: 'contacts', role: 'ceo' }],
    ['who is their champion', { ask: 'contacts', role: 'champion' }],
    ['which one is the decision maker', { ask: 'contacts', role: 'decision_maker' }],
    ['what does each of them have open', { ask: 'openPerPerson' }],
    ['how much does each of them have open?', { ask: 'openPerPerson' }],
    ["what's everyone's open pipeline", { ask: 'openPerPerson' }],
    ['open deals for each of them', { ask: 'openPerPerson' }],
    ['how much pipeline does each one have', { ask: 'openPerPerson' }],
    ['and what are they each working on', { ask: 'openPerPerson' }],
  ])('%s', (text, expected) => {
    expect(shownRecordQuestionOf(text)).toEqual(expected);
  });

  it.each([
    "what's the next step to set up sso",
    'next steps for onboarding a new rep',
    "what's my next meeting",
    'who owns globex',
    'who owns it',
    'who owns the biggest deal',
    'who is the ceo of acme',
    'whos the coo at wayne',
    'what does the coo do',
    'what do i have open',
    'what does each plan cost',
    'show me open deals',
    'how much is each seat',
    'which ones are mine',
    'next?',
    "what's next",
  ])('%s is a question of its own', (text) => {
    expect(shownRecordQuestionOf(text)).toBeUndefined();
  });
});
