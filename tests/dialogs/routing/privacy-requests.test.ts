import { privacyRequestOf } from '../../../src/dialogs/routing/privacy-requests';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import type { Understander, Understanding } from '../../../src/dialogs/routing/understanding';

describe("a person's data erased or exported (issue 19, ninth round)", () => {
  it.each([
    ['delete everything we have on nancy johnson', 'nancy johnson'],
    ['erase all data about Nancy Johnson', 'Nancy Johnson'],
    ['please wipe nancy johnson from the crm', 'nancy johnson'],
    ["remove all of nancy johnson's personal data", 'nancy johnson'],
    ['gdpr deletion request for nancy.johnson@globex.com', 'nancy.johnson@globex.com'],
    ['right to be forgotten request from nancy johnson, can you handle it', 'nancy johnson'],
    ['purge every record of nancy johnson', 'nancy johnson'],
    ['nancy johnson asked us to delete her data', 'nancy johnson'],
  ])('"%s" asks to erase %s', (text, person) => {
    expect(privacyRequestOf(text)).toEqual({ action: 'erase', person });
  });

  it.each([
    ['export all data we hold on nancy johnson', 'nancy johnson'],
    ['what personal data do we hold about nancy johnson', 'nancy johnson'],
    ['subject access request for nancy johnson', 'nancy johnson'],
    ['dsar for nancy.johnson@globex.com', 'nancy.johnson@globex.com'],
    ['give me everything we store about nancy johnson for a gdpr request', 'nancy johnson'],
    ['pull together all the personal info we keep on Nancy Johnson', 'Nancy Johnson'],
  ])('"%s" asks to export %s', (text, person) => {
    expect(privacyRequestOf(text)).toEqual({ action: 'export', person });
  });

  // Nobody named in the words, one e-mail given elsewhere in the message: that person's (issue 19, W16-K).
  it.each([
    [
      'a contact asked us to delete her personal data under gdpr, jane.cooper@initech.com',
      'erase',
      'jane.cooper@initech.com',
    ],
    ['right to be forgotten: kevin.adams@acme.com', 'erase', 'kevin.adams@acme.com'],
    ['got a deletion request today (from Jane.Cooper@initech.com).', 'erase', 'Jane.Cooper@initech.com'],
    ['someone wants all their data deleted - dana@initech.example', 'erase', 'dana@initech.example'],
    [
      'customer asked us to wipe their personal data. email: nancy.johnson@globex.com',
      'erase',
      'nancy.johnson@globex.com',
    ],
    [
      'subject access request from a customer, nancy.johnson@globex.com',
      'export',
      'nancy.johnson@globex.com',
    ],
  ])('"%s" asks to %s the data of the e-mail given', (text, action, person) => {
    expect(privacyRequestOf(text)).toEqual({ action, person });
  });

  it('two e-mails given leave the person to be asked', () => {
    expect(privacyRequestOf('a contact asked us to delete her personal data: a@x.com or b@y.com')).toEqual({
      action: 'erase',
    });
  });

  it.each([
    ['a customer asked us to delete all their data, how do i erase one person', 'erase'],
    ['how do i export everything we have about one contact for a gdpr request', 'export'],
    ['how do we handle a right to be forgotten request', 'erase'],
    ['someone wants all their data deleted, what do i do', 'erase'],
  ])('"%s" asks how to %s a person\'s data (no one named)', (text, action) => {
    expect(privacyRequestOf(text)).toEqual({ action });
  });

  // Records, the product, one's own account, backups, a visitor's view: not a person's data.
  it.each([
    'export the contacts',
    'export all the deals for me',
    'tell me about nancy johnson',
    'who is nancy johnson',
    'how do i delete my account',
    'how long until deleted stuff is gone from backups',
    'what happens to our data if we cancel',
    'delete the task to call nancy',
    'stark industries is on the phone, pull up everything on them',
    'remove nancy johnson from the globex deal',
    'can you delete a contact',
    'delete a note i logged',
    'give me everything on acme',
    'export the data of the deals collection',
  ])('"%s" is no privacy request', (text) => {
    expect(privacyRequestOf(text)).toBeUndefined();
  });
});

describe('routing privacy requests', () => {
  const model: Understander = {
    understand: async (): Promise<Understanding> => ({
      intent: 'briefing',
      confidence: 0.7,
      accountMention: 'nancy johnson',
    }),
  };

  it('a named person is a privacy request, not an account to brief on', async () => {
    const reading = await new QuestionUnderstander(model).understand(
      'delete everything we have on nancy johnson',
    );
    expect(reading.intent).toBe('privacy_request');
  });

  it('how to erase a person, no one named, asks the documentation about data subject requests', async () => {
    const reading = await new QuestionUnderstander(model).understand(
      'a customer asked us to delete all their data, how do i erase one person',
    );
    expect(reading.intent).toBe('knowledge_question');
    expect(reading.knowledgeQuestion).toMatch(/delete their data/);
  });
});
