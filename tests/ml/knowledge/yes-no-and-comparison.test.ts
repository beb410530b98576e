import { comparedItems } from '../../../src/ml/knowledge/answers/comparison';
import { withYesOrNo, yesOrNo } from '../../../src/ml/knowledge/answers/yes-no';

/**
 * Issue 19, knowledge answers that take a decision: a yes/no question is answered "Yes"/"No" only
 * when the quoted sentence states it, and a comparison names the two things compared. Paraphrases
 * written for this test, with negatives: sentences that only mention the thing, questions about
 * need, questions offering alternatives, questions that compare nothing.
 */
describe('yesOrNo: only when the sentence states it', () => {
  it.each([
    // a sentence naming every topic word of the question (under its heading) says yes
    [
      'does the api have webhooks',
      'Webhooks notify your systems when a deal changes stage.',
      'REST API and webhooks › Webhooks',
      'Yes',
    ],
    [
      'do you guys do webhooks on the api',
      'Each webhook delivery is signed with an HMAC-SHA256 signature.',
      'REST API and webhooks › Webhooks',
      'Yes',
    ],
    [
      'does this work inside microsoft teams',
      'Teams is available on the Team plan and above.',
      'Microsoft Teams integration › Connecting Teams',
      'Yes',
    ],
    [
      'is the chat widget available in german',
      'The widget interface is available in English, German, French and Spanish.',
      'Website chat widget › Languages',
      'Yes',
    ],
    // a sentence denying one of the question's topic words says no
    [
      'is there a mobile app',
      'There is no separate mobile app. The Slack and Microsoft Teams mobile apps support every chat feature.',
      'Supported browsers and devices › Mobile',
      'No',
    ],
    ['do you have an iphone app', 'There is no separate mobile app for iPhone or Android.', 'Mobile', 'No'],
    [
      'do you pay out cash if you have an outage',
      'Credits are not paid out in cash.',
      'Service level agreement › Service credits',
      'No',
    ],
    [
      'can the free plan use the api',
      'It has no forecasting and no API access.',
      'Pricing plans › Free',
      'No',
    ],
    // negatives: the sentence mentions the thing but does not decide the question
    [
      'do i need mongodb',
      'For more than one server, set MONGODB_URI and REDIS_URL.',
      'Installing › Scaling out',
      undefined,
    ],
    [
      'is mongodb required',
      'Optional: MongoDB 6 or later for more than one server.',
      'Installing › System requirements',
      undefined,
    ],
    [
      'can the bot read all our slack channels',
      'In a channel, CRMPro answers only when mentioned with @CRMPro.',
      'Slack bot not responding › Check the channel',
      undefined,
    ],
    [
      'is the uptime guarantee valid if we host it ourselves',
      'The uptime SLA applies to CRMPro Cloud only.',
      'Cloud or self-hosted › Differences',
      undefined,
    ],
    [
      'are you gdpr compliant',
      'CRMPro Cloud is certified to ISO/IEC 27001 and has a SOC 2 Type II report.',
      'Security overview › Certifications',
      undefined,
    ],
    [
      'does the api have webhooks',
      'Webhooks are not available on the Free plan.',
      'REST API and webhooks › Webhooks',
      undefined,
    ],
    [
      'can i import from salesforce',
      'There is no need to reformat Salesforce exports: choose the Salesforce template.',
      'Importing data',
      undefined,
    ],
    // negatives: not a yes/no question
    [
      'should we pay monthly or annually',
      'Annual billing saves 20% compared with monthly billing.',
      'Pricing plans',
      undefined,
    ],
    [
      'how do webhooks work with the api',
      'Webhooks notify your systems when a deal changes stage.',
      'REST API and webhooks › Webhooks',
      undefined,
    ],
    ['what is there to know about the mobile app', 'There is no separate mobile app.', 'Mobile', undefined],
  ])('%s / "%s" → %s', (question, sentence, heading, expected) => {
    expect(yesOrNo(question, sentence, heading)).toBe(expected);
  });

  it('puts the verdict in front of the quote, and leaves an undecided quote as it is', () => {
    expect(withYesOrNo('is there a mobile app', 'There is no separate mobile app.')).toBe(
      'No. There is no separate mobile app.',
    );
    expect(withYesOrNo('do i need mongodb', 'For more than one server, set MONGODB_URI.')).toBe(
      'For more than one server, set MONGODB_URI.',
    );
  });
});

describe('yesOrNo: a question that denies something itself gets no verdict', () => {
  // The answer's denial may agree with the question's own ("with no internet" / "without internet
  // access"), so neither verdict is read from it; the quote is left as it is.
  it.each([
    [
      'can it work on a network with no internet access at all?',
      'Choose it when your data must never leave your network, when you need to run without internet access.',
      'Cloud or self-hosted › Self-hosted',
    ],
    [
      'does crmpro run without an internet connection',
      'The self-hosted edition needs no internet connection.',
      'Product overview',
    ],
    [
      'is there no limit on the number of contacts',
      'There is no limit on contacts on any paid plan.',
      'Pricing plans › Limits',
    ],
    [
      'can i use it with no slack or teams',
      'CRMPro does not need Slack: the web chat works on its own.',
      'Supported browsers and devices',
    ],
    [
      'do you store nothing outside the eu',
      'No customer data is stored outside the EU region you choose.',
      'Data residency',
    ],
    [
      "is it true the api isn't on the free plan",
      'It has no forecasting and no API access.',
      'Pricing plans › Free',
    ],
    [
      'can we run the assistant without any llm',
      'Without an LLM, every feature still works.',
      'FAQ › Can I use my own LLM?',
    ],
  ])('%s → no verdict', (question, sentence, heading) => {
    expect(yesOrNo(question, sentence, heading)).toBeUndefined();
    expect(withYesOrNo(question, sentence, heading)).toBe(sentence);
  });

  it('still decides the same questions asked without the denial', () => {
    expect(
      yesOrNo(
        'is there a limit on the number of contacts',
        'There is no limit on contacts on any paid plan.',
        'Pricing plans › Limits',
      ),
    ).toBe('No');
    expect(
      yesOrNo(
        'can the free plan use the api',
        'It has no forecasting and no API access.',
        'Pricing plans › Free',
      ),
    ).toBe('No');
    expect(
      yesOrNo(
        'can we use our own llm',
        'Any OpenAI-compatible LLM endpoint can be used.',
        'FAQ › Can I use my own LLM?',
      ),
    ).toBe('Yes');
  });
});

describe('comparedItems: the two things a comparison asks about', () => {
  it.each([
    ['whats the difference between business and enterprise', ['business', 'enterprise']],
    ["what's the difference between the team and business plans?", ['team plan', 'business plan']],
    ['differences between cloud & self-hosted', ['cloud', 'self-hosted']],
    ['business vs enterprise', ['business', 'enterprise']],
    ['team plan versus business plan for a 10 person startup', ['team plan', 'business plan']],
    ['compare the free plan with the team plan', ['free plan', 'team plan']],
    ['how is enterprise different from business?', ['enterprise', 'business']],
    ['how does the team plan differ from business', ['team plan', 'business']],
    // Twentieth round: the question about them said after the two, or a choice between them.
    ['team vs business whats the diff', ['team', 'business']],
    ['cloud vs self hosted which one is cheaper', ['cloud', 'self hosted']],
    ['team or business plan, which one', ['team plan', 'business plan']],
    ['cloud or self-hosted - which is better for us?', ['cloud', 'self-hosted']],
    ['which is better, cloud or self-hosted?', ['cloud', 'self-hosted']],
    ['which plan should we pick: team or business', ['team', 'business']],
  ])('%s → %j', (question, items) => {
    expect(comparedItems(question)?.items).toEqual(items);
  });

  it.each([
    'is there a difference in price',
    'how do i import contacts and deals',
    'what changes between the first and the second invoice when we add a user halfway through the month',
    'compare',
    'what is the business plan',
    'can i pay by card or invoice',
    'do you support slack or teams',
    'is there a monthly or yearly plan, and which is cheaper per user when we have ten people on it',
    // A choice is read only in a short message (a long run of "or"s is no choice between two things).
    `${'team or '.repeat(40)}business, which one`,
  ])('compares nothing: %s', (question) => {
    expect(comparedItems(question)).toBeUndefined();
  });
});
