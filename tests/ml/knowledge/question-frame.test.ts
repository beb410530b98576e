import { withoutFrame } from '../../../src/ml/knowledge/answers/question-frame';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * The words that frame a question (a greeting, "quick question -", "security questionnaire:", "i'm
 * writing a report for school,", "we are customers and") name no topic (issue 19, K10): the
 * question after them is also judged on its own.
 */
describe('knowledge answers: the question after its frame (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ['hi im writing a report for school, when was crmpro founded and where', 'company.md', /2019/],
    ['hello, we are putting together a vendor list: when was crmpro founded', 'company.md', /2019/],
    ['quick question - do you have soc 2?', 'security/security-overview.md', /SOC 2/],
    ['security questionnaire: do you have soc 2?', 'security/security-overview.md', /SOC 2/],
    ['vendor review: where is our data stored?', 'faq.md', /European Union/],
    ['hey there, quick question: where is our data stored?', 'faq.md', /European Union/],
    [
      'we are customers and the slack bot stopped answering us',
      'troubleshooting/slack-bot-not-responding.md',
      /./,
    ],
  ])('%s', (question, path, fact) => {
    const result = knowledge.base.ask(question);
    expect({ noAnswer: result.noAnswer, path: result.sources[0]?.path }).toEqual({ noAnswer: false, path });
    expect(result.answer).toMatch(fact);
  });

  it.each([
    ['security questionnaire: who won the world cup'],
    ['hi im writing a report for school, who won the world cup'],
    ['we are customers and we want to know the capital of france'],
    ['quick question - can you recommend a pizza place'],
    ['hello there, how do i fix my car brakes'],
  ])('an off-topic question after a frame stays unanswered: %s', (question) => {
    expect(knowledge.base.ask(question)).toMatchObject({ noAnswer: true, answer: '', sources: [] });
  });

  it.each([
    ['hi im writing a report for school, when was crmpro founded', 'when was crmpro founded'],
    ['Hello team! quick question - do you have an api?', 'do you have an api?'],
    ['security questionnaire: do you have soc 2?', 'do you have soc 2?'],
    ["we're existing customers and the bot is slow", 'the bot is slow'],
    ['pricing: how much for 10 users', 'pricing: how much for 10 users'],
    ["we're on the team plan, can we get a setup call", "we're on the team plan, can we get a setup call"],
    ['hi', 'hi'],
  ])('frame of %s', (question, rest) => {
    expect(withoutFrame(question)).toBe(rest);
  });
});
