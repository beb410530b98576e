import { shortReplyOf } from '../../../src/dialogs/routing/short-replies';

// Issue 19, eighteenth round (w19t): one-word and emoji replies in the middle of a conversation.
// Wordings written for this test, and messages that begin the same way but ask something.
describe('one-word and emoji replies', () => {
  it.each([
    ['more', 'go-on'],
    ['More please', 'go-on'],
    ['ok and?', 'go-on'],
    ['and?', 'go-on'],
    ['go on', 'go-on'],
    ['next', 'go-on'],
    ['keep going...', 'go-on'],
    ['tell me more', 'go-on'],
    ['what else?', 'go-on'],
    ['ok so and then?', 'go-on'],
    ['👍', 'acknowledge'],
    ['👌🙏', 'acknowledge'],
    ['👍🏽', 'acknowledge'],
    ['got it', 'acknowledge'],
    ['cool!', 'acknowledge'],
    ['noted', 'acknowledge'],
    ['huh?', 'puzzled'],
    ['what?', 'puzzled'],
    ['??', 'puzzled'],
    ['come again?', 'puzzled'],
    ["i don't get it", 'puzzled'],
    ['🤔', 'puzzled'],
  ])('%s → %s', (text, reply) => expect(shortReplyOf(text)).toBe(reply));

  it.each([
    'more deals in emea',
    "next week's tasks",
    "what's next for acme",
    'what else is closing this week',
    'tell me more about acme',
    'and globex?',
    'what is my pipeline',
    '👎',
    'great, now show my tasks',
    'ok',
    'thanks',
    'yes',
  ])('%s → no short reply', (text) => expect(shortReplyOf(text)).toBeUndefined());
});
