import type { KnowledgeAnswerResult } from '../../skills/knowledge';
import type { Reply, ReplyButton, ReplySource } from '../reply';

/** Who reads the answer: a website visitor (offered a human) or a member of staff. */
export type KnowledgeAudience = 'visitor' | 'staff';

const HUMAN_BUTTON: ReplyButton = { title: 'Talk to a person', value: 'talk to a human' };

/**
 * Renders a knowledge answer: the quoted answer, and where it came from as `sources` (each
 * channel's renderer shows them once). A no-answer says so plainly and, for visitors, offers a person.
 */
export function knowledgeReply(result: KnowledgeAnswerResult, audience: KnowledgeAudience): Reply {
  if (result.noAnswer) return noAnswerReply(result, audience);
  const sources: ReplySource[] = result.sources.map((source) => ({
    title: source.title,
    ...(source.section ? { section: source.section } : {}),
    ...(source.url ? { url: source.url } : {}),
  }));
  const note = result.ignored.length
    ? 'I can only answer from our public documentation, so I answered the question part of your message. '
    : '';
  // The sources travel as `sources` only: every channel's renderer shows them once, in its own way.
  const text = `${note}${result.answer}`;
  return { text, sources, ...(audience === 'visitor' ? { buttons: [HUMAN_BUTTON] } : {}) };
}

function noAnswerReply(result: KnowledgeAnswerResult, audience: KnowledgeAudience): Reply {
  let text: string;
  if (result.reason === 'instructions-ignored') {
    text =
      audience === 'visitor'
        ? "I can only answer questions from our public documentation, and I can't share customer, contact or deal records. What would you like to know about the product?"
        : 'That looks like an instruction or a request for records rather than a documentation question; ask me about accounts or deals directly instead.';
  } else if (result.reason === 'empty-knowledge-base') {
    text =
      audience === 'visitor'
        ? "I don't have any documentation to answer from yet."
        : 'The knowledge base is empty: add documents to knowledge/ and run `crmpro knowledge index`.';
  } else {
    text =
      audience === 'visitor'
        ? "I couldn't find an answer to that in our documentation, and I'd rather not guess."
        : 'The knowledge base has no answer to that. If it should, add or update a document in knowledge/.';
  }
  if (audience === 'visitor')
    return { text: `${text} Would you like to talk to someone on our team?`, buttons: [HUMAN_BUTTON] };
  return { text };
}
