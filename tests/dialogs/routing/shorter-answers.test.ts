import { shorterReply } from '../../../src/dialogs/replies/shorter-reply';
import { asksForShorter } from '../../../src/dialogs/routing/short-replies';

// Issue 19, nineteenth round (w20f, dev-qa36 D): "shorter" and "make it shorter" after an answer got
// "I can't help with that yet". They give the last answer again, cut to its headline.
describe('asking for the last answer shorter', () => {
  it.each([
    'shorter',
    'make it shorter',
    'Shorter please',
    'can you make that a bit shorter?',
    'tl;dr',
    'tldr pls',
    'too long',
    'in one line',
    'just the gist',
    'just the headline please',
    'keep it brief',
    'summarise that',
    'ok, more concise',
  ])('%s → shorter', (text) => {
    expect(asksForShorter(text)).toBe(true);
  });

  it.each([
    'shorter sales cycles by rep',
    'which deals have the shortest cycle',
    'summarise my pipeline',
    'give me a brief on acme',
    'brief me on globex',
    'one line item per deal',
    'too long in negotiation, which deals',
  ])('%s → a question of its own', (text) => {
    expect(asksForShorter(text)).toBe(false);
  });
});

describe('an answer cut to its headline', () => {
  it('keeps the title and first line, drops lists and buttons', () => {
    const short = shorterReply({
      title: 'Pipeline — Lena Fischer',
      text: 'Lena Fischer: open pipeline: 17 deals worth $345k.\n• prospecting: 3 deals\n• proposal: 5 deals\nBiggest wins: …',
      lists: [{ items: [{ title: 'a' }] }],
      buttons: [{ title: 'x', value: 'x' }],
    });
    expect(short).toEqual({
      title: 'Pipeline — Lena Fischer',
      text: 'Lena Fischer: open pipeline: 17 deals worth $345k.',
    });
  });

  it('a headline that introduces rows keeps the first three, and says there are more', () => {
    const rows = ['• A — $1', '• B — $2', '• C — $3', '• D — $4'];
    expect(shorterReply({ text: ['4 open deals, worth $10:', ...rows].join('\n') }).text).toBe(
      ['4 open deals, worth $10:', ...rows.slice(0, 3), '…'].join('\n'),
    );
  });
});
