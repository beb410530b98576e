import type { Reply, ReplyListItem } from '../../dialogs/reply';

/** Renders a reply for text-only channels (the terminal chat, SMS-like clients). */
export function renderPlainText(reply: Reply): string {
  const parts = [
    reply.title && !reply.text.startsWith(reply.title) ? `${reply.title}\n${reply.text}` : reply.text,
  ];
  if (reply.facts?.length && !reply.text.includes(reply.facts[0]!.value)) {
    parts.push(reply.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'));
  }
  // Most replies repeat their lists in the text; some (the customer view) keep them apart.
  for (const list of reply.lists ?? []) {
    if (!list.items.length || reply.text.includes(list.items[0]!.title)) continue;
    parts.push([...(list.title ? [`${list.title}:`] : []), ...list.items.map(listLine)].join('\n'));
  }
  if (reply.sources?.length) {
    parts.push(
      `Source${reply.sources.length > 1 ? 's' : ''}: ${reply.sources
        .map((s) => [s.title, s.section].filter(Boolean).join(' › ') + (s.url ? ` (${s.url})` : ''))
        .join('; ')}`,
    );
  }
  if (reply.images?.length) parts.push(reply.images.map((image) => `[chart: ${image.alt}]`).join('\n'));
  if (reply.files?.length) parts.push(reply.files.map((file) => `[file: ${file.name}]`).join('\n'));
  if (reply.buttons?.length)
    parts.push(`You can say: ${reply.buttons.map((b) => `"${b.value}"`).join(', ')}`);
  return parts.join('\n\n');
}

function listLine(item: ReplyListItem): string {
  return `• ${[item.title, item.subtitle, item.value].filter(Boolean).join(' — ')}`;
}
