import { reportsProblem } from '../../../src/ml/knowledge/answers/problem-report';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Problems staff describe (issue 19, twenty-fifth round, w26c, from dev-qa45 and dev-qa46). Before:
 * "users get 'invalid signature' when signing in with sso, how do i fix it" was answered with the
 * Business plan's price ("how do i fix it" was joined with "sso", the last thing the first clause
 * named); "the forecast digest didn't arrive in Teams" with the Teams page's description of the
 * digest arriving every weekday; "how to check if slack is connected on our self hosted server" with
 * how to create the Slack app (checking whether something works was not read as troubleshooting).
 */
describe('knowledge answers: problems described as situations (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  describe('a question after a reported problem asks how to solve that problem', () => {
    it.each([
      ["users get 'invalid signature' when signing in with sso, how do i fix it"],
      ['people see invalid signature when they log in with sso, what do we do about it'],
      ['sso login fails with invalid signature, how can i solve that'],
      ['our staff get an invalid signature error signing in through okta. how do we fix this?'],
    ])('%s', (question) => {
      knowledge.expectFrom(question, 'troubleshooting/login-and-sso.md', /new certificate/);
    });
  });

  describe('a passage saying what goes wrong answers a reported problem', () => {
    it.each([
      ["the forecast digest didn't arrive in Teams"],
      ['the forecast digest never arrived in teams'],
      ['my manager never got the digest in teams, why?'],
      ['digest is not showing up in microsoft teams for one of our managers'],
    ])('%s', (question) => {
      knowledge.expectFrom(question, 'integrations/microsoft-teams.md', /say hello/);
    });
  });

  describe('checking whether something works is troubleshooting', () => {
    it.each([
      ['how to check if slack is connected on our self hosted server'],
      ['how can i tell whether slack is connected on self-hosted'],
      ['on our own server, how do i see if teams is connected'],
    ])('%s', (question) => {
      knowledge.expectFrom(question, 'troubleshooting/slack-bot-not-responding.md', /\/healthz/);
    });
  });

  describe('questions that report no problem keep their passages', () => {
    it.each([
      ['how do i set up sso with okta', /SAML|OpenID|identity provider/i],
      ['when does the forecast digest arrive', /08:00|weekday/],
      ['how do i connect slack', /Slack/],
      ['teams setup, which plan do we need for it', /Team plan/],
    ])('%s', (question, fact) => {
      const result = knowledge.base.ask(question);
      expect(result.answer).toMatch(fact);
      expect(result.answer).not.toMatch(/say hello|healthz|new certificate/);
    });
  });

  describe('a wish said in the negative is a choice, not a problem', () => {
    it.each([
      ["we don't want anything going to openai. can it run with the llm switched off?"],
      ['we do not want to use an llm, does it still work without one?'],
    ])('%s', (question) => {
      knowledge.expectFrom(question, 'faq.md', /Without an LLM, every feature still works/);
    });
  });

  it.each([
    ["we don't want anything going to openai", false],
    ['we do not need the forecasting part', false],
    ['we dont want our data sent to an llm', false],
    ["our reps won't have to log in twice, right?", false],
    ["the digest doesn't arrive", true],
    ["we don't want this error again: sso fails", true],
    ['i cannot log in', true],
  ])('"%s" reports a problem: %s', (question, problem) => {
    expect(reportsProblem(question)).toBe(problem);
  });
});
