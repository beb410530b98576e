import { isComplaintAboutOurService } from '../../../src/dialogs/routing/service-complaints';

// Issue 19, twentieth round (lead, from dev-qa37): a visitor complaining about our service rather than
// asking a question. Wordings of our own beside the set's one; questions about support must stay questions.
describe('a complaint about our service', () => {
  it.each([
    "your support is useless, I've been waiting 3 days for a reply!!!",
    'been waiting two weeks for an answer to my ticket',
    'i waited over a week and nothing',
    'still no answer to my ticket from tuesday',
    "still haven't heard back from anyone",
    'nobody got back to me about my refund',
    'no one has answered my email',
    'i never got a reply to my support request',
    'your customer service is absolutely terrible',
    'worst support ever',
    'the support team here is a joke',
  ])('%s', (text) => {
    expect(isComplaintAboutOurService(text)).toBe(true);
  });

  it.each([
    'how long does support take to reply',
    'what are your support hours',
    'how fast do you answer tickets on the business plan',
    'is support included in the team plan',
    'do i have to wait 30 days for a refund',
    'how do i contact support',
    'what is the response time for urgent issues',
    'is the service down',
    'what does a bad lead score mean',
  ])('a question, not a complaint: %s', (text) => {
    expect(isComplaintAboutOurService(text)).toBe(false);
  });
});
