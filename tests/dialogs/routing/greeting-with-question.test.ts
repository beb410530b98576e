import { greetsAndAsks, questionsAfterGreeting } from '../../../src/dialogs/routing/greeting-with-question';

/**
 * A visitor who says hello and goes on to ask something ("hi im writing my thesis about crm tools,
 * when was crmpro founded") asks the question: the greeting is not the message (issue 19, W8-H).
 */
describe('a greeting that goes on to ask something', () => {
  it.each([
    ['hi im writing my thesis about crm tools, when was crmpro founded'],
    ['hello, how much is the team plan?'],
    ['hey there! do you have a free trial'],
    ['hi, where is our data stored'],
    ['good morning, can we pay by invoice'],
    ['hiya - is there an api'],
    // w20f: a bare "morning" or "evening" greeting, and "from <place>" after it
    ['morning from sydney! anything closing today?'],
    ['morning! what did i do yesterday'],
    ['evening all - what are my open deals'],
    ['hello i need to know if you support sso'],
  ])('%s asks the question', (text) => {
    expect(greetsAndAsks(text)).toBe(true);
  });

  it.each([
    ['hi'],
    ['hello there!'],
    ['hey bot'],
    ['good morning'],
    ['hi, thanks'],
    ['hello, anyone there?'],
    ['hi team'],
    ['how much is the team plan'],
    ['morning meetings with acme last week'],
    ['afternoon'],
  ])('%s is not a greeting with a question', (text) => {
    expect(greetsAndAsks(text)).toBe(false);
  });
});

// Fourteenth round (W15-P): a staff member's hello, maybe a preamble, then a CRM question. The root
// dialog reads these wordings in turn and keeps the first that reads as a record question.
describe('the question after a greeting and its preamble', () => {
  it.each<[string, string[]]>([
    [
      'hi its my first day here, what accounts are mine?',
      ['its my first day here, what accounts are mine?', 'what accounts are mine?'],
    ],
    [
      'hello! just started this week - which deals do i own',
      ['just started this week - which deals do i own', 'which deals do i own'],
    ],
    [
      'hey, new here. how many open deals do i have?',
      ['new here. how many open deals do i have?', 'how many open deals do i have?'],
    ],
    ['good morning, whats my pipeline', ['whats my pipeline']],
    [
      'morning from sydney! anything closing today?',
      ['from sydney! anything closing today?', 'anything closing today?'],
    ],
    ['Hi there, quick one: who is my manager', ['quick one: who is my manager', 'who is my manager']],
    [
      'hiya im back from leave, what did i miss on acme',
      ['im back from leave, what did i miss on acme', 'what did i miss on acme'],
    ],
  ])('%s', (text, asked) => {
    expect(questionsAfterGreeting(text)).toEqual(asked);
  });

  it.each([['hi'], ['hello, anyone there?'], ['how many deals do i have, hi'], ['hi, thanks']])(
    '%s has no question after a greeting',
    (text) => {
      expect(questionsAfterGreeting(text)).toEqual([]);
    },
  );
});
