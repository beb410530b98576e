import type { ConversationMemory } from '../../src/dialogs/conversation-memory';
import { isLeadFollowUp, leadStatusesOfFollowUp } from '../../src/dialogs/intents/lead-follow-ups';

const OPEN = ['new', 'working', 'qualified'];
const afterCampaign: ConversationMemory = { lastFocus: 'leads', lastLeadCampaign: 'SaaS Connect 2026' };

describe("a follow-up narrowing a campaign's leads by status", () => {
  it.each([
    ['which of those are still open', OPEN],
    ['which ones are still in play?', OPEN],
    ['only the open ones', OPEN],
    ['which ones converted?', ['converted']],
    ['which of them were disqualified', ['disqualified']],
    ['just the qualified ones', ['qualified']],
    ['which of those are not converted yet', OPEN],
  ])('"%s" narrows the leads just listed', (text, statuses) => {
    expect(isLeadFollowUp(text, afterCampaign)).toBe(true);
    expect(leadStatusesOfFollowUp(text)).toEqual(statuses);
  });

  it.each([
    'list champions in EMEA',
    'show me the open deals',
    'which segment is Acme in?',
    'thanks, that is all',
  ])('"%s" is no follow-up on the leads', (text) => {
    expect(isLeadFollowUp(text, afterCampaign)).toBe(false);
  });

  it('needs a campaign list on the turn just before', () => {
    expect(isLeadFollowUp('which of those are still open', {})).toBe(false);
    expect(isLeadFollowUp('which of those are still open', { lastFocus: 'deals' })).toBe(false);
  });
});
