import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Everyday verbs for the documents' words (issue 19, sixth round, F3): fixing, correcting or
 * amending what one logged is editing it; a figure "worked out" is calculated or made. Paraphrases
 * written for this test, with off-topic questions in the same words that must stay unanswered.
 */
describe('knowledge retrieval: fix / correct / amend and worked out (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFrom } = knowledge;

  it.each([
    ['can i correct a note i added'],
    ['how can i amend a meeting i logged'],
    ['can i fix a note i logged'],
  ])('%s → editing activities', (question) =>
    expectFrom(question, 'features/activity-logging.md', /30 days/),
  );

  it.each([['how does the forecast get worked out'], ['how is the sales forecast worked out']])(
    '%s → how the forecast is made',
    (question) => expectFrom(question, 'features/sales-forecasting.md', /pipeline|trend/),
  );

  it.each([
    ['how do i fix my password'],
    ['can you fix my laptop'],
    ['how do i work out my commission'],
    ['correct my grammar please'],
  ])('%s stays unanswered', (question) => knowledge.expectNoAnswer(question));
});
