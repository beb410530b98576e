import { renderAdaptiveCard } from '../../bots/render/adaptive-card';
import { renderBlockKit } from '../../bots/render/block-kit';
import type { DigestChannel } from '../../vocabulary/digest';
import type { DigestReply } from './forecast-digest';

/**
 * The digest as its channel shows it: an Adaptive Card for Teams, Block Kit (and the chart as an
 * upload) for Slack. The Slack message's uploads are left out of the JSON (they are the PNG).
 */
export function digestCardFor(channel: DigestChannel, reply: DigestReply): Record<string, unknown> {
  if (channel === 'teams') return renderAdaptiveCard(reply);
  const message = renderBlockKit(reply);
  return {
    text: message.text,
    blocks: message.blocks,
    uploads: message.uploads.map((u) => ({ filename: u.filename, title: u.title, bytes: u.content.length })),
  };
}
