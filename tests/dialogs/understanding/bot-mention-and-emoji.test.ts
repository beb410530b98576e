import { withoutBotMention } from '../../../src/dialogs/understanding/recognizer';

// Issue 19, thirteenth round (w14f): "@crmpro biggest one?" after an account's deals answered the
// caller's biggest deal overall: the mention was read as a word of the question, so "biggest one"
// was no longer a bare follow-up. A leading bot mention and emoji shortcodes are no words of it.
describe('a bot mention and emoji shortcodes are taken off the message', () => {
  it.each<[string, string]>([
    ['@crmpro biggest one?', 'biggest one?'],
    ['@crmpro acme corp deals :point_down:', 'acme corp deals'],
    ['@CRMPro whos the contact on it', 'whos the contact on it'],
    ['crmpro: which one closes first', 'which one closes first'],
    ['<@U024BE7LH> how many of them are mine', 'how many of them are mine'],
    ['@crm, total?', 'total?'],
    [':wave: any deals closing today :pray:', 'any deals closing today'],
    ['thanks :+1:', 'thanks'],
  ])('"%s" → "%s"', (text, rest) => {
    expect(withoutBotMention(text)).toBe(rest);
  });

  it.each([
    'log a call with crmproducts inc',
    'meeting at 10:30 with acme',
    'email kevin@crmpro.dev about the renewal',
    'what does crm stand for',
    ':wave:',
  ])('"%s" keeps its words', (text) => {
    expect(withoutBotMention(text)).toBe(text);
  });
});

it.each(['crm pricing for 50 users', 'crmpro vs salesforce'])(
  '"%s": the product named is a word of it',
  (text) => {
    expect(withoutBotMention(text)).toBe(text);
  },
);
