import type { Reply, ReplySource } from '../reply';

/**
 * The answers to the questions of one message as one reply, in the order asked. Each answer keeps
 * its whole text (its title as its first line, its facts where the text lacks them); lists are left
 * to the text, which carries them, because a card or Block Kit message shows one lead and then its
 * lists — the second answer's words would land below the first answer's rows. Sources, pictures and
 * files are kept; the buttons are the last answer's, whose records the conversation goes on from.
 */
export function repliesInOne(replies: readonly Reply[]): Reply {
  if (replies.length === 1) return replies[0]!;
  const sources: ReplySource[] = [];
  for (const source of replies.flatMap((reply) => reply.sources ?? []))
    if (!sources.some((s) => s.title === source.title && s.section === source.section)) sources.push(source);
  const images = replies.flatMap((reply) => reply.images ?? []);
  const files = replies.flatMap((reply) => reply.files ?? []);
  const buttons = replies.at(-1)!.buttons ?? [];
  return {
    text: replies.map(wholeTextOf).join('\n\n'),
    ...(sources.length ? { sources } : {}),
    ...(images.length ? { images } : {}),
    ...(files.length ? { files } : {}),
    ...(buttons.length ? { buttons } : {}),
  };
}

/** One answer's words: its title, its text, and its facts when the text does not already hold them. */
function wholeTextOf(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title && !reply.text.startsWith(reply.title)) lines.push(reply.title);
  lines.push(reply.text);
  const facts = (reply.facts ?? []).filter((fact) => !reply.text.includes(fact.value));
  if (facts.length) lines.push(facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'));
  return lines.join('\n');
}
