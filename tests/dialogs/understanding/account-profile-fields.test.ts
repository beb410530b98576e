import { accountProfileFieldsOf } from '../../../src/dialogs/understanding/account-profile-fields';

// Issue 19, twenty-fourth round (w25a, from dev-qa44): fields of an account's own profile asked of
// it, alone or several in one message. "what industry is willowview in and how big are they" was
// read as a segment's name, "wayne enterprises revenue and industry" was not understood.
describe('fields of an account profile', () => {
  it.each([
    ['what industry is willowview in and how big are they', ['industry', 'size']],
    ['wayne enterprises revenue and industry', ['revenue', 'industry']],
    ['what sector is globex in?', ['industry']],
    ['how many employees does initech have', ['size']],
    ['initech headcount and website', ['size', 'website']],
    ['where is hooli based', ['location']],
    ['where are stark industries headquartered', ['location']],
    ['what country is umbrella in', ['location']],
    ['is acme a customer or a prospect', ['status']],
    ["acme's website?", ['website']],
  ])('%s → %j', (text, fields) => {
    expect(accountProfileFieldsOf(text)).toEqual(fields);
  });

  it.each([
    // Our business with the account, or lists across accounts.
    'revenue from acme this year',
    'how much revenue did we book with globex',
    'deals in the software industry',
    'accounts by industry',
    'win rate by industry',
    'what is the size of the acme deal',
    'how big is the hooli pilot deal',
    'open cases at acme',
    // No field asked.
    'tell me about acme',
    'who owns globex',
  ])('no profile field: %s', (text) => {
    expect(accountProfileFieldsOf(text)).toEqual([]);
  });
});
