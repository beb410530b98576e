import { isDraftRequest } from '../../../src/bots/slack/handoff-draft';

describe('a request for a draft in a hand-off thread', () => {
  it('is recognised in the ways people ask the bot', () => {
    for (const text of [
      'draft a reply',
      'suggest a reply',
      'Draft a reply please',
      'could you draft a response to the visitor?',
      'please suggest an answer',
      'write a reply to their last message',
      'draft reply',
    ])
      expect([text, isDraftRequest(text)]).toEqual([text, true]);
  });

  it('leaves words meant for the visitor alone (they are relayed)', () => {
    for (const text of [
      'I will draft a reply to your ticket by e-mail today',
      'Thanks! Could you send me your account name?',
      'suggest a reply to: none of our users can log in',
      'Our reply: yes, SSO is in Business',
    ])
      expect([text, isDraftRequest(text)]).toEqual([text, false]);
  });
});
