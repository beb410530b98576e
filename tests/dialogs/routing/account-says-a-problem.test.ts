import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// Issue 19, seventeenth round (w18r): an account said to report a problem, then whether a case
// exists: that account's case by the problem's words. A person saying it names no account.
describe('an account says a problem, is there a case (seventeenth round)', () => {
  it.each([
    [
      'okafor & navarro says webhooks return 401, is there a case open',
      'okafor & navarro',
      'webhooks return 401',
    ],
    ['globex reports sso failing - any ticket?', 'globex', 'sso failing'],
    ['acme says login fails with sso, any ticket?', 'acme', 'login fails with sso'],
    ['Initech is reporting that exports time out; is there a ticket already', 'Initech', 'exports time out'],
    [
      'folks at hooli told us the import stops halfway, do we have a case',
      'hooli',
      'the import stops halfway',
    ],
    [
      'stark industries complained invoices show the wrong amount - any open case?',
      'stark industries',
      'invoices show the wrong amount',
    ],
  ])('"%s": the case of %s about "%s"', (text, account, words) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'words', words, account });
  });

  it.each([
    [
      'webhooks failing with 401 for okafor & navarro, is there a ticket already',
      'okafor & navarro',
      'webhooks failing with 401',
    ],
  ])('"%s" keeps its reading', (text, account, words) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'words', words, account });
  });

  it.each([
    'the customer says login fails, is there a case',
    'he says webhooks fail, any open ticket?',
    'someone says exports are slow, is there a case',
    'acme says hi, thanks for the help',
  ])('"%s" names no account', (text) => {
    const request = supportRequestOf(text);
    expect(request && 'account' in request ? request.account : undefined).toBeUndefined();
  });
});
