import { campaignHasWords, campaignMatching } from '../../src/skills/lead-conversion/campaign-match';

// Campaign names as people say them: the name's words, with or without the kind of campaign it was.
const leads = [
  { campaign: 'SaaS Connect 2026', createdAt: new Date('2026-10-01') },
  { campaign: 'Spring webinar 2026', createdAt: new Date('2026-04-01') },
  { campaign: 'Winter webinar 2025', createdAt: new Date('2025-12-01') },
  { campaign: 'Pricing guide 2026', createdAt: new Date('2026-06-01') },
];

describe('the campaign a mention names', () => {
  it.each([
    ['saas connect', 'SaaS Connect 2026'],
    ['the saas connect event', 'SaaS Connect 2026'],
    ['saas connect conference', 'SaaS Connect 2026'],
    ['the pricing guide download', 'Pricing guide 2026'],
    ['webinars', 'Spring webinar 2026'],
    ['winter webinar', 'Winter webinar 2025'],
    // Twenty-seventh round (w28b): other kinds of event said around the name.
    ['the SaaS Connect trade show', 'SaaS Connect 2026'],
    ['saas connect tradeshow', 'SaaS Connect 2026'],
    ['our saas connect booth', 'SaaS Connect 2026'],
    ['the saas connect expo stand', 'SaaS Connect 2026'],
  ])('"%s" → %s', (mention, name) => {
    expect(campaignMatching(mention, leads).name).toBe(name);
  });

  it.each(['the event', 'trade show', 'autumn event', 'saas summit connect tour'])(
    '"%s" names none',
    (mention) => {
      expect(() => campaignMatching(mention, leads)).toThrow(/I don't know a campaign called/);
    },
  );

  it('a kind word in the name itself still has to match when said', () => {
    expect(campaignHasWords('Partner summit 2026', 'partner summit')).toBe(true);
    expect(campaignHasWords('Partner summit 2026', 'the partner event')).toBe(true);
    expect(campaignHasWords('Partner summit 2026', 'customer summit')).toBe(false);
  });
});
