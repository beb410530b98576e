import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import type { Understander, Understanding } from '../../../src/dialogs/routing/understanding';

const summaryOf = (text: string) => {
  const request = supportRequestOf(text);
  return request?.intent === 'case_list' && request.scope === 'summary' ? request.summary : undefined;
};

describe('cases closed or resolved in a period, counted (issue 19, ninth round)', () => {
  it.each([
    'how many tickets did we close yesterday',
    'how many cases were resolved this week',
    'tickets closed in november',
    'number of cases we solved last week',
    'how many tickets has the team closed so far this month',
    'how many cases did support resolve today',
    'how many tickets got closed last month?',
    'count of resolved cases this week',
  ])('"%s" counts the cases resolved in the period', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'resolved' });
  });

  it.each([
    ['cases resolved this week by priority', 'priority'],
    ['how many tickets did we close yesterday, by priority', 'priority'],
    ['how many tickets did each agent close this week', 'agent'],
    ['who closed the most tickets this month', 'agent'],
    ['closed cases by agent last month', 'agent'],
    ['tickets resolved per person this week', 'agent'],
  ])('"%s" counts the resolved cases per %s', (text, by) => {
    expect(summaryOf(text)).toEqual({ summary: 'resolved', by });
  });

  it.each([
    ['tickets opened this week by priority', 'priority'],
    ['how many cases came in this month per agent', 'agent'],
  ])('"%s" counts the cases that came in per %s', (text, by) => {
    expect(summaryOf(text)).toEqual({ summary: 'opened', by });
  });

  // Deals closed, a case to close, how long closing takes, cases still open or of one account.
  it.each([
    'how many deals did we close yesterday',
    'what did we close last month',
    'close case 1202: fixed by a reset',
    'average time to close a ticket',
    'how many tickets came in this week',
    'closed cases for acme',
    'my open cases',
    'what is our close rate this quarter',
  ])('"%s" is no count of resolved cases', (text) => {
    expect(summaryOf(text)?.summary).not.toBe('resolved');
  });
});

describe('routing a support count of closed tickets', () => {
  /** The intent model's reading of a closed-deals question, which the words of cases must outweigh. */
  const model: Understander = {
    understand: async (): Promise<Understanding> => ({ intent: 'record_query', confidence: 0.8 }),
  };

  it.each(['how many tickets did we close yesterday', 'how many cases were resolved in november'])(
    '"%s" is a case summary, not closed deals',
    async (text) => {
      const reading = await new QuestionUnderstander(model).understand(text);
      expect(reading.intent).toBe('case_list');
    },
  );

  it('"how many deals did we close yesterday" stays a record question', async () => {
    const reading = await new QuestionUnderstander(model).understand('how many deals did we close yesterday');
    expect(reading.intent).toBe('record_query');
  });
});
