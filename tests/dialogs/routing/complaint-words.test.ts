import { complaintOf } from '../../../src/dialogs/routing/complaint-words';

// Issue 19, seventeenth round (w18k): a complaint about the last answer, said with nothing else, gets
// a repair move: the last question again, an apology with an offer to redo it, or a short apology
// with what the bot can do. Questions and corrections that use the same words keep their reading.
describe('complaints about the last answer', () => {
  it.each([
    'try again',
    'Try again please',
    'pls try that again',
    'can you try again?',
    'could u run that again',
    'one more time',
    'again',
    'retry',
    'redo it',
    'give it another go',
    'have another try!',
    'ugh, try again',
    'do it again pls',
    'try agian',
  ])('"%s" asks for the last question again', (text) => {
    expect(complaintOf(text)).toBe('retry');
  });

  it.each([
    "that's wrong",
    'thats wrong',
    "That's not right.",
    'no, that is incorrect',
    'wrong',
    'wrong answer',
    'not what i asked',
    "that's not what i meant",
    'nope not what i was looking for',
    "that can't be right",
    "that doesn't look right",
    'those numbers are way off',
    'you got it wrong',
    'you misunderstood me',
    "this isn't what i asked for",
    'the answer is wrong!!',
    'thats not correct',
  ])('"%s" says the answer is wrong', (text) => {
    expect(complaintOf(text)).toBe('wrong');
  });

  it.each([
    "you're useless",
    'youre useless',
    'you are useless!',
    'this is pointless',
    'useless bot',
    'what a waste of time',
    'you suck',
    'this bot is so stupid',
    "you're not helping",
    'this is no help',
    'ugh this is useless',
    'ur useless',
  ])('"%s" says the bot is no help', (text) => {
    expect(complaintOf(text)).toBe('no-help');
  });

  it.each([
    "what's wrong with the acme deal",
    'which deals have the wrong close date',
    'this bot is useless, get me a person',
    'THIS IS USELESS LET ME TALK TO A HUMAN',
    'you guys are useless. just tell me how much is business plan for 10 users',
    'no, I meant initech',
    'no the other one',
    'wrong one - the other account',
    'try the initech deal instead',
    'log a call again with jane at acme',
    'what happens if a sync fails, do you try again',
    'how long until we can try again?',
    'show me my deals again',
    'no',
    'yes',
    'cancel',
    'start over',
    'off',
    'that one',
    'is the forecast wrong?',
    'why is the acme total wrong',
  ])('"%s" is no complaint', (text) => {
    expect(complaintOf(text)).toBeUndefined();
  });
});
