import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Which plan has a feature: the sentence saying on which plans it is available, not the Free plan's
 * "no API access" whose words matched (W12-K, issue 19, twelfth round).
 */
describe('knowledge answers: which plan has a feature (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const ask = async (question: string) => (await knowledge.ask(question)).answer;

  it.each([
    ['api access is in which plan', /^The REST API is available on the Business and Enterprise plans\./],
    ['what plan has api access', /^The REST API is available on the Business and Enterprise plans\./],
    ['which plan comes with the api', /^The REST API is available on the Business and Enterprise plans\./],
    [
      'is the api included in the team plan',
      /^No\. The REST API is available on the Business and Enterprise plans\./,
    ],
    [
      'is the rest api part of the business plan',
      /The REST API is available on the Business and Enterprise plans\./,
    ],
    [
      'which plan has customer segmentation',
      /^Segmentation is included in the Business and Enterprise plans\./,
    ],
    ['which plan has sso', /available on the Business plan and above/],
  ])('%s', async (question, expected) => {
    expect(await ask(question)).toMatch(expected);
  });

  it.each([
    ['how much is the team plan', /^The Team plan costs \$29/],
    ['what does the free plan include', /Free plan costs \$0/],
    ['how do i create an api key', /API key/],
  ])('%s keeps its own answer', async (question, expected) => {
    expect(await ask(question)).toMatch(expected);
  });
});
