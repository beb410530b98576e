import type { Reply, ReplyListItem, ReplySource } from '../../dialogs/reply';

/** One Block Kit block (the Web API's `KnownBlock`, kept as plain JSON here). */
export type SlackBlock = Record<string, unknown>;

/** A file a Slack reply hands over beside its blocks: a drawn chart or an export. */
export interface SlackUpload {
  filename: string;
  title: string;
  content: Buffer;
  /** `image` for pictures (shown inline by Slack), `file` for exports such as CSV. */
  kind: 'image' | 'file';
}

/** A reply as Slack takes it: the notification text, the blocks, and the files to upload. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  uploads: SlackUpload[];
}

/** The action_id prefix of reply buttons: clicking one sends its value as the person's next message. */
export const REPLY_BUTTON_ACTION_PREFIX = 'crm_reply_';

// Slack's documented limits.
const MAX_BLOCKS = 50;
const MAX_SECTION_CHARS = 3000;
const MAX_FIELDS = 10;
const MAX_FIELD_CHARS = 2000;
const MAX_HEADER_CHARS = 150;
const MAX_BUTTONS_PER_ACTIONS = 25;
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 2000;
const MAX_TEXT_CHARS = 3900;

/**
 * Renders a channel-neutral reply as Block Kit: the title as a header, the lead as a section,
 * facts as section fields, each list as one section of lines, sources as a context line and
 * buttons as an actions block whose button values come back as the person's next message. Images
 * that are web addresses become image blocks; drawn charts (data: URIs) and files are returned as
 * uploads, since Slack shows only pictures it can fetch or files uploaded to it.
 */
export function renderBlockKit(reply: Reply): SlackMessage {
  const blocks: SlackBlock[] = [];
  if (reply.title) blocks.push(header(reply.title));
  const lead = reply.lists?.length ? leadOf(reply.text) : reply.text;
  if (lead.trim() !== '' && !sameAsTitle(lead, reply.title))
    for (const chunk of chunks(mrkdwnOf(lead), MAX_SECTION_CHARS)) blocks.push(section(chunk));
  const facts = reply.facts ?? [];
  for (let i = 0; i < facts.length; i += MAX_FIELDS) {
    blocks.push({
      type: 'section',
      fields: facts.slice(i, i + MAX_FIELDS).map((fact) => ({
        type: 'mrkdwn',
        text: clip(`*${escape(fact.label)}*\n${mrkdwnOf(fact.value)}`, MAX_FIELD_CHARS),
      })),
    });
  }
  for (const list of reply.lists ?? []) {
    if (list.items.length === 0) continue;
    blocks.push({ type: 'divider' });
    const lines = list.items.map(listLine);
    const titled = list.title && list.title !== reply.title;
    const text = (titled ? `*${escape(list.title!)}*\n` : '') + lines.join('\n');
    for (const chunk of chunks(text, MAX_SECTION_CHARS)) blocks.push(section(chunk));
  }
  const uploads: SlackUpload[] = [];
  for (const [i, image] of (reply.images ?? []).entries()) {
    if (!image.url) continue;
    const png = dataUriBytes(image.url);
    if (png) {
      uploads.push({
        filename: `${slug(image.alt) || `chart-${i + 1}`}.png`,
        title: image.alt,
        content: png,
        kind: 'image',
      });
    } else if (/^https?:\/\//.test(image.url)) {
      blocks.push({ type: 'image', image_url: image.url, alt_text: clip(image.alt || 'chart', 2000) });
    }
  }
  for (const file of reply.files ?? []) {
    if (!file.base64) continue;
    uploads.push({
      filename: file.name,
      title: file.name,
      content: Buffer.from(file.base64, 'base64'),
      kind: 'file',
    });
  }
  if (reply.sources?.length) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clip(`Sources: ${reply.sources.map(sourceLink).join('; ')}`, MAX_SECTION_CHARS),
        },
      ],
    });
  }
  const buttons = reply.buttons ?? [];
  for (let i = 0; i < buttons.length; i += MAX_BUTTONS_PER_ACTIONS) {
    blocks.push({
      type: 'actions',
      elements: buttons.slice(i, i + MAX_BUTTONS_PER_ACTIONS).map((button, j) => ({
        type: 'button',
        action_id: `${REPLY_BUTTON_ACTION_PREFIX}${i + j}`,
        text: { type: 'plain_text', text: clip(button.title, MAX_BUTTON_TEXT), emoji: true },
        value: clip(button.value, MAX_BUTTON_VALUE),
      })),
    });
  }
  return { text: clip(reply.text, MAX_TEXT_CHARS), blocks: withinBlockLimit(blocks), uploads };
}

/** A section block of mrkdwn text. */
export function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, MAX_SECTION_CHARS) } };
}

/** A header block (plain text, Slack's 150-character limit). */
export function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, MAX_HEADER_CHARS), emoji: true } };
}

/**
 * Our replies' light markdown as Slack mrkdwn: `&`, `<`, `>` escaped as Slack asks, `**bold**`
 * as `*bold*`, and `[text](https://…)` links as `<https://…|text>`.
 */
export function mrkdwnOf(text: string): string {
  return escape(text)
    .replace(/\*\*([^*\n]{1,500})\*\*/g, '*$1*')
    .replace(
      /\[([^\]\n]{1,300})\]\((https?:\/\/[^\s)]{1,2000})\)/g,
      (_m, label: string, url: string) => `<${url}|${label}>`,
    );
}

/**
 * The words before a reply's list (its text repeats the list for text-only channels): the first
 * paragraph, up to its first list line.
 */
function leadOf(text: string): string {
  const paragraph = text.split('\n\n')[0]!;
  const lines = paragraph.split('\n');
  const firstItem = lines.findIndex((line) => /^\s*(?:\d{1,3}[.)]|[•*-])\s/.test(line));
  return (firstItem < 0 ? lines : lines.slice(0, firstItem)).join('\n');
}

/** True when the lead only repeats the title ("Forecast Q2 2026:" under the header "Forecast Q2 2026"). */
function sameAsTitle(lead: string, title: string | undefined): boolean {
  return title !== undefined && lead.trim().replace(/:$/, '') === title.trim();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function listLine(item: ReplyListItem): string {
  const value = item.value ? ` — *${escape(item.value)}*` : '';
  const subtitle = item.subtitle ? `\n      _${escape(item.subtitle)}_` : '';
  return `• ${mrkdwnOf(item.title)}${value}${subtitle}`;
}

function sourceLink(source: ReplySource): string {
  const label = escape(source.section ? `${source.title} › ${source.section}` : source.title);
  return source.url && /^https?:\/\//.test(source.url) ? `<${source.url}|${label}>` : label;
}

/** Splits text at line ends into pieces of at most `max` characters (a longer line is cut). */
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const piece = clip(line, max);
    if (current !== '' && current.length + 1 + piece.length > max) {
      out.push(current);
      current = piece;
    } else current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') out.push(current);
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Keeps the first blocks and the buttons when a reply would pass Slack's 50 blocks. */
function withinBlockLimit(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const actions = blocks.filter((block) => block.type === 'actions').slice(0, 1);
  const rest = blocks.filter((block) => block.type !== 'actions').slice(0, MAX_BLOCKS - 1 - actions.length);
  return [
    ...rest,
    { type: 'context', elements: [{ type: 'mrkdwn', text: '_(shortened: ask for less to see it all)_' }] },
    ...actions,
  ];
}

function dataUriBytes(url: string): Buffer | undefined {
  const match = /^data:image\/png;base64,(.*)$/s.exec(url);
  return match ? Buffer.from(match[1]!, 'base64') : undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
