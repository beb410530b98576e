import { greetsAndAsks } from '../../../src/dialogs/routing/greeting-with-question';

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
  ])('%s is not a greeting with a question', (text) => {
    expect(greetsAndAsks(text)).toBe(false);
  });
});
