import { activityQuestionOf } from '../../../src/dialogs/understanding/activity-question';

// Issue 19, tenth round (W8-I): "emails of the contacts at globex" asks for the people's e-mail
// addresses, not the e-mails logged with the account. Wordings of the address need, and wordings
// about e-mails sent that must still be read as interactions.
describe('e-mail addresses are not e-mails sent', () => {
  it.each([
    'emails of the contacts at globex',
    'email addresses of the people at globex',
    "globex contacts' emails",
    'get me the email addresses for everyone at globex',
    'contact emails at globex',
    'what are the emails of all the contacts at initech',
    'list the e-mail addresses of our contacts at acme',
  ])('"%s" is no question about e-mails sent', (text) => {
    expect(activityQuestionOf(text)).toBeUndefined();
  });

  it.each([
    ['emails to globex this month', 'email'],
    ['how many emails did i send last week', 'email'],
    ['list the emails with the contacts at globex', 'email'],
    ['my calls and emails this week', 'call'],
  ])('"%s" still counts or lists e-mails sent', (text, type) => {
    expect(activityQuestionOf(text)?.types).toContain(type);
  });
});
