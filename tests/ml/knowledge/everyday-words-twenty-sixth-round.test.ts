import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions in everyday words (issue 19, twenty-sixth round, w27c, from dev-qa48). Before:
 * "whats the sla for high priority" got the Urgent row of the response times (the words added for a
 * support-times question named Urgent's row); "does it work w salesforce" and "do u take paypal" had no
 * answer (a lone "w", and a payment method no document names); "what if ur down do i get money back"
 * got the 30-day refund instead of the SLA's service credits. Wordings of our own.
 */
describe('chat spellings and payment methods the documents never name', () => {
  it.each([
    ['does it work w salesforce', /\bwith salesforce\b/],
    ['works w outlook?', /\bwith outlook\b/],
    ['how many ppl can use it', /\bpeople\b/],
  ])('%s', (question, written) => {
    expect(everydayQuestion(question)).toMatch(written);
  });

  it.each([
    ['do u take paypal'],
    ['can we pay with apple pay?'],
    ['is crypto accepted'],
    ['do you guys take checks'],
    ['paypal ok for payment?'],
  ])('%s asks which payment methods are accepted', (question) => {
    expect(everydayQuestion(question)).toBe('what payment methods are accepted');
  });

  it.each([['what is paypal'], ['how do i pay my invoice'], ['do u take bank transfer']])(
    '%s keeps its words',
    (question) => {
      expect(everydayQuestion(question)).not.toBe('what payment methods are accepted');
    },
  );

  it('"normal" before a priority names it, and is filler elsewhere', () => {
    expect(everydayQuestion('sla for normal priority')).toMatch(/normal priority/);
    expect(everydayQuestion('is it normal that the digest is late')).not.toMatch(/normal/);
  });
});

describe('everyday knowledge questions (demo knowledge base, as chat asks them)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    // the row of the response-times table asked by its priority
    ['whats the sla for high priority', /^High \(major feature broken\)/],
    ['response time on high priority tickets?', /^High/],
    ['how fast do you respond to normal priority on enterprise', /^Normal/],
    ['sla for low priority tickets', /^Low/],
    ['whats the sla for urgent issues', /^Urgent/],
    // chat spellings
    ['does it work w salesforce', /Salesforce/],
    ['does it work w hubspot', /HubSpot/],
    // payment methods not listed: the ones that are
    ['do u take paypal', /Visa, Mastercard and American Express/],
    ['can i pay with apple pay', /Visa, Mastercard and American Express/],
    // money back for downtime is the service credits
    ['what if ur down do i get money back', /credit/],
    ['if the service goes down can we get a refund', /credit/],
    ['do we get reimbursed for downtime', /credit/],
  ])('%s', async (question, fact) => {
    await knowledge.expectSkillFact(question, fact);
  });

  it('a refund without downtime stays the refund policy', async () => {
    await knowledge.expectSkillFact('we want our money back, can we get a refund', /30 days/);
  });
});
