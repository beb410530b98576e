import { renderBlockKit } from '../../../src/bots/render/block-kit';
import { plainTextOf } from '../../../src/bots/slack/slack-text';
import type { Reply } from '../../../src/dialogs/reply';

const briefing: Reply = {
  title: 'Acme Corporation',
  text: 'Acme Corporation: customer, owned by Sam Rivera, 2 open deals worth $290k.\n\nOpen deals:\n• Renewal — $250k',
  facts: [{ label: 'Open pipeline', value: '$290k (2 deals)' }],
  lists: [
    { title: 'Open deals', items: [{ title: 'Renewal <R&D>', subtitle: 'negotiation', value: '$250k' }] },
  ],
  buttons: [{ title: 'Contacts', value: 'who is our contact at Acme Corporation' }],
  sources: [{ title: 'Pricing', section: 'Team plan', url: 'https://example.com/pricing' }],
  images: [{ url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'Bookings forecast' }],
  files: [
    { name: 'targets.csv', contentType: 'text/csv', base64: Buffer.from('a,b\n1,2\n').toString('base64') },
  ],
};

describe('Block Kit rendering of a channel-neutral reply', () => {
  it('draws header, lead, fact fields, the list once, sources and buttons whose value is the next message', () => {
    const { blocks, text } = renderBlockKit(briefing);
    expect(blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'divider',
      'section',
      'context',
      'actions',
    ]);
    expect(blocks[1]).toMatchObject({
      text: {
        type: 'mrkdwn',
        text: 'Acme Corporation: customer, owned by Sam Rivera, 2 open deals worth $290k.',
      },
    });
    expect(blocks[2]).toMatchObject({
      fields: [{ type: 'mrkdwn', text: '*Open pipeline*\n$290k (2 deals)' }],
    });
    // Slack's control characters are escaped, so a record name cannot inject links or mentions.
    expect(JSON.stringify(blocks[4])).toContain('Renewal &lt;R&amp;D&gt; — *$250k*');
    expect(JSON.stringify(blocks[5])).toContain('<https://example.com/pricing|Pricing › Team plan>');
    expect(blocks[6]).toMatchObject({
      elements: [
        {
          type: 'button',
          action_id: 'crm_reply_0',
          value: 'who is our contact at Acme Corporation',
          text: { text: 'Contacts' },
        },
      ],
    });
    expect(text).toBe(briefing.text);
  });

  it('hands drawn charts and files over as uploads, and web images as image blocks', () => {
    const { uploads, blocks } = renderBlockKit({
      ...briefing,
      images: [...briefing.images!, { url: 'https://example.com/c.png', alt: 'web chart' }],
    });
    expect(uploads.map((u) => [u.kind, u.filename])).toEqual([
      ['image', 'bookings-forecast.png'],
      ['file', 'targets.csv'],
    ]);
    expect(uploads[1]!.content.toString()).toBe('a,b\n1,2\n');
    expect(blocks).toContainEqual({
      type: 'image',
      image_url: 'https://example.com/c.png',
      alt_text: 'web chart',
    });
  });

  it("stays within Slack's limits for long answers", () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      title: `Deal ${i} ${'x'.repeat(40)}`,
      value: `$${i}k`,
    }));
    const { blocks } = renderBlockKit({
      text: 'Many deals:\n1. a',
      lists: [{ items }],
      buttons: Array.from({ length: 30 }, (_, i) => ({ title: `b${i}`, value: `v${i}` })),
    });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) {
      const section = (block.text as { text?: string } | undefined)?.text;
      if (section) expect(section.length).toBeLessThanOrEqual(3000);
    }
    expect(
      blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as unknown[]).length,
    ).toBeGreaterThanOrEqual(25);
  });
});

describe("a Slack message's text as the bot reads it", () => {
  it('drops the bot mention and reads links, e-mails and entities as a person sees them', () => {
    expect(
      plainTextOf(
        '<@U0BOT> brief me on <https://acme.com|Acme> &amp; <mailto:jane@initech.com|jane@initech.com>',
        'U0BOT',
      ),
    ).toBe('brief me on Acme & jane@initech.com');
  });
});
