import { asksForLossReasons } from '../../../src/dialogs/understanding/reason-question';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { rowQuestionOf } from '../../../src/dialogs/understanding/row-reference';

// Issue 19 (seventh round): a row of the last list pointed at by position or next to the one picked
// before, with what is asked of it; and "why" asked of the lost deals just shown. Paraphrases of each
// need, and wordings that must not read as one.
describe('a message pointing at one row of the last list', () => {
  it.each<[string, number]>([
    ['the second one', 1],
    ['and the first one?', 0],
    ['tell me more about the third one', 2],
    ['show me the last deal', -1],
    ['what about number 4', 3],
    ['#2', 1],
    ['the bottom one', -1],
    ['the one at the top', 0],
    ["and who's last?", -1],
    ['who came second', 1],
    ['who is in third place?', 2],
    ['whos at the bottom', -1],
  ])('"%s" points at row %i and asks nothing else', (text, index) => {
    expect(rowQuestionOf(text)).toEqual({ row: { index } });
  });

  it.each<[string, 1 | -1]>([
    ['and the one after that?', 1],
    ['the next one', 1],
    ['ok, next one?', 1],
    ['what about the one right after it', 1],
    ['and after that?', 1],
    ['the one before that', -1],
    ['previous one', -1],
  ])('"%s" steps %i from the row picked before', (text, step) => {
    expect(rowQuestionOf(text)).toEqual({ row: { step } });
  });

  it.each<[string, number | 1 | -1, string]>([
    ['who owns the first one?', 0, 'who owns it ?'],
    ['when does the second one close', 1, 'when does it close'],
    ['what stage is the last deal in?', -1, 'what stage is it in?'],
    ["who's the owner of the 3rd one", 2, "who's the owner of it"],
    ['how much is the fourth one worth', 3, 'how much is it worth'],
    ['and who owns the one after that?', 1, 'who owns it ?'],
    ['when does number 2 close?', 1, 'when does it close?'],
    ["what's the first one worth?", 0, "what's it worth?"],
  ])('"%s" asks of row %s: "%s"', (text, at, question) => {
    const read = rowQuestionOf(text);
    expect(read?.question).toBe(question);
    expect(read?.row).toEqual(/after/.test(text) ? { step: at } : { index: at });
  });

  it.each([
    'which one closes first?',
    'deals closing in the first week of january',
    'what did we win in the first quarter',
    'how did the last quarter go',
    'next week',
    'what is the next one to close',
    'who owns acme',
    'my deals in negotiation',
    'last month',
    'thanks',
    'who closed the most this year on my team',
  ])('"%s" points at no row', (text) => {
    expect(rowQuestionOf(text)).toBeUndefined();
  });
});

describe('a message asking why the deals just shown were lost', () => {
  it.each([
    'what was the main reason',
    'main reason?',
    'and what were the reasons',
    "what's the top reason",
    'the most common loss reason?',
    'reasons why we lost them',
    'why?',
    'so why did we lose them',
    'why were they lost',
    'why did they fall through',
    'break them down by reason',
    'by reason?',
  ])('"%s" asks the reasons', (text) => {
    expect(asksForLossReasons(text)).toBe(true);
  });

  it.each([
    "what's the reason for the price increase",
    'why is acme at 35%?',
    'why did we lose the acme deal',
    'reasons to buy crmpro',
    'why should i upgrade',
    'what is the main reason customers churn',
    'how many deals did we lose',
  ])('"%s" does not', (text) => {
    expect(asksForLossReasons(text)).toBe(false);
  });
});

describe('a list asked in an order is the whole list in that order, not its top row', () => {
  const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
  const parse = (text: string) => parseRecordQuestion(text, undefined, context);
  it.each<[string, string]>([
    ['whats sitting in negotiation for me, biggest first', 'biggest'],
    ['my deals sorted by amount', 'biggest'],
    ['show my open deals biggest to smallest', 'biggest'],
    ['my deals, largest ones first', 'biggest'],
    ['my open deals, smallest first', 'smallest'],
    ['my deals smallest to largest', 'smallest'],
    ['my deals closing this quarter, soonest first', 'soonest'],
  ])('"%s" lists them %s first', (text, order) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query).toMatchObject({ aggregate: 'list', order });
    expect(question?.kind === 'query' && question.query.limit).toBeUndefined();
  });

  it.each<[string, number]>([
    ['my biggest deal', 1],
    ['top 3 deals by amount', 3],
    ['my 5 biggest deals, biggest first', 5],
    ['which one is the biggest', 1],
  ])('"%s" is still its top %i', (text, limit) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query).toMatchObject({ aggregate: 'top', limit });
  });
});
