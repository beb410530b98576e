import type { Reply } from '../../dialogs/reply';

/** The MIME type Bot Framework channels use for Adaptive Card attachments. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type Element = Record<string, unknown>;

/**
 * Renders a reply as an Adaptive Card 1.5 (Teams, Web Chat, the widget). Buttons are Action.Submit
 * that post their text back as the user's message (imBack in Teams).
 */
export function renderAdaptiveCard(reply: Reply): Record<string, unknown> {
  const body: Element[] = [];
  if (reply.title)
    body.push({ type: 'TextBlock', text: reply.title, weight: 'Bolder', size: 'Medium', wrap: true });
  const lead = reply.lists?.length ? reply.text.split('\n\n')[0]! : reply.text;
  body.push({ type: 'TextBlock', text: lead, wrap: true });
  if (reply.facts?.length) {
    body.push({
      type: 'FactSet',
      facts: reply.facts.map((fact) => ({ title: fact.label, value: fact.value })),
    });
  }
  for (const list of reply.lists ?? []) {
    const container: Element[] = [];
    if (list.title)
      container.push({
        type: 'TextBlock',
        text: list.title,
        weight: 'Bolder',
        spacing: 'Medium',
        wrap: true,
      });
    for (const item of list.items) {
      container.push({
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            items: [
              { type: 'TextBlock', text: item.title, wrap: true },
              ...(item.subtitle
                ? [
                    {
                      type: 'TextBlock',
                      text: item.subtitle,
                      isSubtle: true,
                      size: 'Small',
                      wrap: true,
                      spacing: 'None',
                    },
                  ]
                : []),
            ],
          },
          ...(item.value
            ? [
                {
                  type: 'Column',
                  width: 'auto',
                  items: [{ type: 'TextBlock', text: item.value, weight: 'Bolder' }],
                },
              ]
            : []),
        ],
      });
    }
    body.push({ type: 'Container', separator: true, items: container });
  }
  // Charts are drawn into `url` by the reply materialiser before any channel renders.
  for (const image of (reply.images ?? []).filter((i) => i.url))
    body.push({ type: 'Image', url: image.url, altText: image.alt, size: 'Stretch' });
  if (reply.sources?.length) {
    body.push({
      type: 'TextBlock',
      size: 'Small',
      isSubtle: true,
      wrap: true,
      text: `Sources: ${reply.sources.map((s) => (s.url ? `[${sourceLabel(s)}](${s.url})` : sourceLabel(s))).join('; ')}`,
    });
  }
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    ...(reply.buttons?.length
      ? {
          actions: reply.buttons.map((button) => ({
            type: 'Action.Submit',
            title: button.title,
            data: { msteams: { type: 'imBack', value: button.value }, text: button.value },
          })),
        }
      : {}),
  };
}

function sourceLabel(source: { title: string; section?: string }): string {
  return source.section ? `${source.title} › ${source.section}` : source.title;
}
