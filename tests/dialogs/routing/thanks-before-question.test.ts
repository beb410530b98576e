import { questionAfterThanks, withoutCourtesy } from '../../../src/dialogs/routing/courtesy-words';
import { asksForLossReasons } from '../../../src/dialogs/understanding/reason-question';

// Issue 19, twenty-third round (w24b): thanks said first is no answer of its own when a question
// follows it; the question is read as if the thanks were not there.
describe('thanks said before a question', () => {
  it.each([
    ['thanks! and which one of those is the biggest?', 'and which one of those is the biggest?'],
    ['thanks so much. and how much are they worth altogether?', 'and how much are they worth altogether?'],
    ['thank you! what about last month?', 'what about last month?'],
    ['cheers, and who owns it', 'and who owns it'],
    ['great, thanks - any of them closing this week?', 'any of them closing this week?'],
    ['much appreciated! can you show me the overdue ones', 'can you show me the overdue ones'],
    ['thx. list my tasks for tomorrow', 'list my tasks for tomorrow'],
    ['ty, also how many are in negotiation?', 'also how many are in negotiation?'],
  ])('reads "%s" as "%s"', (text, question) => {
    expect(questionAfterThanks(text)).toBe(question);
  });

  it.each([
    'thanks!',
    'thanks so much',
    'thank you very much',
    'cheers mate',
    "thanks, that's all",
    'thanks, bye',
    'thanks, have a good day',
    'thanks, perfect',
    'thanksgiving deals closing',
    'thankful for the help',
  ])('leaves "%s" as it is (thanks alone, or no thanks first)', (text) => {
    expect(questionAfterThanks(text)).toBeUndefined();
  });

  it('drops the thanks and the polite wrapper together', () => {
    expect(withoutCourtesy('thanks. could you maybe tell me the main reasons I lost them?')).toBe(
      'tell me the main reasons I lost them?',
    );
    expect(withoutCourtesy('thanks!')).toBe('thanks!');
  });

  it.each([
    'the main reasons I lost them',
    'tell me the main reasons i lost them',
    'give me the top reasons we lost them',
    'what were the main reasons i lost them',
  ])('reads "%s" as the reasons of the lost deals just shown', (text) => {
    expect(asksForLossReasons(text)).toBe(true);
  });

  it.each(['tell me the reasons for the price increase', 'what is the reason acme is at risk'])(
    'leaves "%s" to other readers',
    (text) => {
      expect(asksForLossReasons(text)).toBe(false);
    },
  );
});
