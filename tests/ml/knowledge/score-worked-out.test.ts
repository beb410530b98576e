import { openDemoKnowledge } from './knowledge-fixture';

/**
 * How a score is worked out is how its model is trained (issue 19, K8): "how is the lead score
 * worked out" was answered with Availability ("included in the Team, Business and Enterprise
 * plans"), "how does lead scoring decide whos hot" not at all. Other questions about lead scoring
 * keep their sections.
 */
describe('knowledge answers: how a score is worked out (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  const sectionOf = (question: string) => {
    const result = knowledge.base.ask(question);
    return { question, noAnswer: result.noAnswer, section: result.sources[0]?.section };
  };

  it.each([
    ['how is the lead score worked out'],
    ['how does lead scoring decide whos hot'],
    ['how is the lead score calculated'],
    ['how does the lead score work'],
    ['how does lead scoring work'],
    ['how does lead scoring decide which leads are hot'],
  ])('%s', (question) => {
    expect(sectionOf(question)).toEqual({ question, noAnswer: false, section: 'How the model is trained' });
    expect(knowledge.base.ask(question).answer).toMatch(/trained on your own closed deals/);
  });

  it.each([
    ['is lead scoring on the team plan', 'Availability'],
    ['how accurate is lead scoring', 'How accurate it is'],
  ])('%s keeps its own section', (question, section) =>
    expect(sectionOf(question)).toEqual({ question, noAnswer: false, section }),
  );

  it.each([['how is a football score worked out'], ['how does the judge decide the score']])(
    'off-topic: %s',
    (question) => knowledge.expectNoAnswer(question),
  );
});
