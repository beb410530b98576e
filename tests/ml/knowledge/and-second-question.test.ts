import { openDemoKnowledge } from './knowledge-fixture';

/**
 * A second question joined by "and" ("where is the company based and how big is it", issue 19, K8)
 * is also judged alone, as one after a comma is: the whole message, diluted by the second question's
 * words, found nothing, and a journalist visitor got the refusal about records.
 */
describe('knowledge answers: a second question after "and" (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ["i'm a journalist, where is the company based and how big is it"],
    ['where is the company based and how big is it'],
    ['where is the company based and how many people work there'],
    ['where are you based and when were you founded'],
    ['where is the company located and how many staff does it have'],
    ['how many people work at crmpro and where are they based'],
  ])('%s', (question) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer, path: result.sources[0]?.path }).toEqual({
      question,
      noAnswer: false,
      path: 'company.md',
    });
    expect(result.answer).toMatch(/Manchester/);
  });

  it.each([
    ['how much is the team plan and what does it include', 'pricing-plans.md'],
    ['is there an api and how do i get a key', 'integrations/api-and-webhooks.md'],
  ])('%s keeps its answer', (question, path) =>
    expect(knowledge.base.ask(question).sources[0]?.path).toBe(path),
  );

  it.each([
    ['where is the eiffel tower and how tall is it'],
    ['what is the capital of france and how big is it'],
  ])('off-topic: %s', (question) => knowledge.expectNoAnswer(question));
});
