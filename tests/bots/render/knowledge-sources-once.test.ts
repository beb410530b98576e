import { renderAdaptiveCard } from '../../../src/bots/render/adaptive-card';
import { renderBlockKit } from '../../../src/bots/render/block-kit';
import { renderPlainText } from '../../../src/bots/render/plain-text';
import { knowledgeReply } from '../../../src/dialogs/replies/knowledge-replies';
import type { KnowledgeAnswerResult } from '../../../src/skills/knowledge';

const answer: KnowledgeAnswerResult = {
  answer: 'Refunds are made to the original payment method within 10 business days.',
  sources: [
    {
      title: 'Refund policy',
      section: 'How long a refund takes',
      url: 'https://crmpro.example/legal/refunds',
      path: 'legal/refunds.md',
    },
    {
      title: 'Refund policy',
      section: 'Monthly plans',
      url: 'https://crmpro.example/legal/refunds',
      path: 'legal/refunds.md',
    },
  ],
  confidence: 0.8,
  noAnswer: false,
  ignored: [],
  passages: [],
};

const occurrences = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('a knowledge answer shows its sources once in every channel', () => {
  const reply = knowledgeReply(answer, 'staff');

  it('keeps the sources out of the text, as structured sources', () => {
    expect(reply.text).not.toMatch(/Sources?:/);
    expect(reply.sources?.map((s) => s.section)).toEqual(['How long a refund takes', 'Monthly plans']);
  });

  it('terminal: one Sources line, with the links', () => {
    const text = renderPlainText(reply);
    expect(occurrences(text, /Sources?:/g)).toBe(1);
    expect(text).toContain('Refund policy › How long a refund takes (https://crmpro.example/legal/refunds)');
  });

  it('Slack and Teams: one Sources line', () => {
    expect(occurrences(JSON.stringify(renderBlockKit(reply)), /Sources?:/g)).toBe(1);
    expect(occurrences(JSON.stringify(renderAdaptiveCard(reply)), /Sources?:/g)).toBe(1);
  });
});
