import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, ninth round (issue 19, k11): everyday names for what the documents say in their
 * own words - a newsletter, a mailshot or an email blast is the email marketing CRMPro does not do;
 * an air-gapped or isolated network, or one without internet access, is what "works fully offline"
 * is about - and a fact that was missing from knowledge/: where an admin sees who read or changed
 * which records (the audit log; only its export on Enterprise was documented). Wordings written for
 * this test (each unanswered or answered from another document before), and off-topic questions in
 * the same words that must stay unanswered.
 */
describe('knowledge answers, ninth round: everyday names for the documents words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFrom, expectNoAnswer } = knowledge;

  it.each([
    ['can we send our monthly newsletter from crmpro', 'product-overview.md', /not an email marketing tool/],
    ['does it do email blasts to our customers', 'product-overview.md', /does not send bulk email/],
    ['can i send a mailshot to all my leads', 'product-overview.md', /does not send bulk email/],
    ['is crmpro good for sending mass emails', 'product-overview.md', /does not send bulk email/],
  ])('a newsletter is email marketing: %s', (question, path, fact) => expectFrom(question, path, fact));

  it.each([
    ['can we run it air-gapped', 'product-overview.md', /works fully offline/],
    ['will it run on an isolated network', 'product-overview.md', /works fully offline/],
    ['does the self-hosted version need internet access', 'faq.md', /works fully offline/],
  ])('no internet access is offline: %s', (question, path, fact) => expectFrom(question, path, fact));

  it.each([
    ['do you keep an audit trail', /audit log of who read or changed/],
    ['is there a log of who looked at our customer records', /audit log|who looked at/],
    ['can admins see who edited a contact', /audit log of who read or changed/],
  ])('the audit log: %s', (question, fact) => expectFrom(question, 'security/security-overview.md', fact));

  it.each([
    'what is the best newsletter software',
    'how do i sign up for the bbc newsletter',
    'what should i write in our company newsletter',
    'is there a newsletter i can subscribe to about sales tips',
    'how do i make my home network air-gapped',
    'who changed the lightbulb in the office',
    'who audits the bank of england',
  ])('off-topic in the same words: %s', (question) => expectNoAnswer(question));
});
