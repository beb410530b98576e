import { guardQuestion } from '../../../src/ml/knowledge/answers/question-guard';
import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Visitors' questions (issue 19, twenty-fifth round, w26c, from dev-qa45 and dev-qa46). Before: "if we
 * delete a contact how long until it's gone from your backups" was dropped as SQL ("delete … from")
 * and refused as a records request; "where r u located" was answered with where customer data is
 * stored. ("how is this better than a spreadsheet" still has no answer: a "why CRMPro instead of a
 * spreadsheet" section took the importing questions' answers from the import page, so it was taken
 * out again.)
 */
describe('the question guard takes out SQL, not sentences using its verbs', () => {
  it.each([
    ["if we delete a contact how long until it's gone from your backups"],
    ['when we update a deal from the app does it sync'],
    ['what happens to their deals when we delete a user from the team'],
    ['if a customer drops out of the trial, what happens to the data'],
  ])('%s', (question) => {
    expect(guardQuestion(question).removed).toEqual([]);
  });

  it.each([
    ['DELETE FROM contacts; what is your refund policy'],
    ['select * from users where 1=1'],
    ['drop table deals'],
    ['insert into accounts values (1)'],
    ["update users set role='admin'"],
  ])('%s', (question) => {
    expect(guardQuestion(question).removed).toContain('crm-data');
  });
});

describe('where "you" are located is where the company is based', () => {
  it.each([['where r u located'], ['where are you guys located'], ['where is your company located']])(
    '%s',
    (question) => {
      expect(everydayQuestion(question)).toMatch(/company based/);
    },
  );
  it.each([['where is my data located'], ['where are your servers located']])('%s', (question) => {
    expect(everydayQuestion(question)).not.toMatch(/company based/);
  });
});

describe('visitors: situations and comparisons (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    [
      "if we delete a contact how long until it's gone from your backups",
      'security/privacy-and-gdpr.md',
      /35 days/,
    ],
    ['where r u located', 'company.md', /Manchester/],
    ['where are you guys located?', 'company.md', /Manchester/],
    ['CRMPro product overview', 'product-overview.md', /chat-first CRM assistant/],
  ])('%s', (question, path, fact) => {
    knowledge.expectFrom(question, path, fact);
  });

  it.each([
    ['where is my data located', /region/],
    ['where are your servers located', /region/],
  ])('data location stays where data is stored: %s', (question, fact) => {
    expect(knowledge.base.ask(question).answer).toMatch(fact);
  });
});
