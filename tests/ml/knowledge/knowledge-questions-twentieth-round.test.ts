import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, twentieth round (issue 19, lead, from dev-qa35): which cards are taken got the
 * trial's "no credit card required", and whether an import makes duplicates got the import
 * templates. Wordings written for this test, with the neighbours that must keep their own answers.
 */
describe('knowledge answers, twentieth round (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectSkillFact } = knowledge;

  it.each([
    'which credit cards do you take',
    'what cards do you accept?',
    'what kind of cards can i pay with',
    'do you accept american express',
  ])('the cards accepted: %s', (question) =>
    expectSkillFact(question, /Visa, Mastercard and American Express/),
  );

  it.each([
    'moving from hubspot - will the import create duplicate accounts?',
    'if i import the same csv twice do i get dupes',
    'will importing our contacts create duplicates',
  ])('duplicates on import: %s', (question) => expectSkillFact(question, /never create duplicate accounts/));

  it.each([
    ['do i need a credit card for the trial', /No credit card is needed|no credit card required/],
    [
      'were on hubspot now can we bring our data over',
      /import templates for Salesforce, HubSpot and Pipedrive/,
    ],
  ])('keeps its own answer: %s', (question, fact) => expectSkillFact(question, fact));

  it.each(['my boss say we need sso, which plan have it?', 'my boss says we need sso, which plan has it?'])(
    'who asks is not the topic: %s',
    (question) => expectSkillFact(question, /Business plan/),
  );

  it.each([
    'can we host it ourselves',
    'our cto asks if we can host it ourselves',
    'can i run crmpro myself',
  ])('hosting it oneself is the self-hosted edition: %s', (question) =>
    expectSkillFact(question, /self-hosted|your own servers/i),
  );

  it('what running it oneself needs stays the system requirements', () =>
    expectSkillFact('what kind of server do we need to run it ourselves', /4 GB of memory/));
});
