import { renderAdaptiveCard } from '../../../src/bots/render/adaptive-card';
import { renderPlainText } from '../../../src/bots/render/plain-text';
import type { Reply } from '../../../src/dialogs/reply';

const reply: Reply = {
  title: 'Acme Corporation',
  text: 'Acme Corporation: customer, owned by Sam Rivera, 2 open deals worth $290k.\n\nOpen deals:\n• Renewal — $250k',
  facts: [{ label: 'Open pipeline', value: '$290k (2 deals)' }],
  lists: [
    {
      title: 'Open deals',
      items: [{ title: 'Renewal', subtitle: 'negotiation · closes 4 Apr 2026', value: '$250k' }],
    },
  ],
  buttons: [{ title: 'Contacts', value: 'who is our contact at Acme Corporation' }],
  sources: [{ title: 'Pricing', section: 'Team plan', url: 'https://example.com/pricing' }],
  images: [{ url: 'data:image/png;base64,AAAA', alt: 'bookings forecast' }],
};

describe('reply renderers', () => {
  it('renders an Adaptive Card 1.5 with facts, list rows, image, sources and imBack buttons', () => {
    const card = renderAdaptiveCard(reply) as {
      version: string;
      body: Record<string, unknown>[];
      actions: Record<string, unknown>[];
    };
    expect(card.version).toBe('1.5');
    const types = card.body.map((element) => element.type);
    expect(types).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'Container', 'Image', 'TextBlock']);
    expect(card.body[1]).toMatchObject({
      text: 'Acme Corporation: customer, owned by Sam Rivera, 2 open deals worth $290k.',
    });
    expect(card.body[2]).toMatchObject({ facts: [{ title: 'Open pipeline', value: '$290k (2 deals)' }] });
    expect(JSON.stringify(card.body[3])).toContain('negotiation · closes 4 Apr 2026');
    expect(JSON.stringify(card.body[5])).toContain('[Pricing › Team plan](https://example.com/pricing)');
    expect(card.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Contacts',
        data: {
          msteams: { type: 'imBack', value: 'who is our contact at Acme Corporation' },
          text: 'who is our contact at Acme Corporation',
        },
      },
    ]);
  });

  it('renders plain text with the whole answer, sources, pictures named and suggestions', () => {
    const text = renderPlainText(reply);
    expect(text).toContain('Open deals:\n• Renewal — $250k');
    expect(text).toContain('Open pipeline: $290k (2 deals)');
    expect(text).toContain('Source: Pricing › Team plan (https://example.com/pricing)');
    expect(text).toContain('[chart: bookings forecast]');
    expect(text).toContain('You can say: "who is our contact at Acme Corporation"');
  });

  it('adds the lists a reply keeps out of its text, once', () => {
    const text = renderPlainText({
      text: 'Initech (customer, Software, United States).',
      lists: [
        { title: 'Contacts', items: [{ title: 'Jane Cooper', subtitle: 'Director of IT, email' }] },
        { items: [{ title: 'call 2 Dec', value: '0.40' }] },
      ],
    });
    expect(text).toBe(
      'Initech (customer, Software, United States).\n\nContacts:\n• Jane Cooper — Director of IT, email\n\n• call 2 Dec — 0.40',
    );
    expect(renderPlainText(reply).match(/• Renewal/g)).toHaveLength(1);
  });

  it('keeps a text-only reply as it is', () => {
    expect(renderPlainText({ text: "You're welcome!" })).toBe("You're welcome!");
    expect((renderAdaptiveCard({ text: 'hi' }) as { body: unknown[] }).body).toHaveLength(1);
  });
});
