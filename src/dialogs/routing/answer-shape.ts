import type { Reply } from '../reply';

/**
 * How the asker wants an answer shaped, said after the question ("how many deals is my team closing
 * this month - just the numbers", "average size of the deals we won this quarter, number only",
 * "open pipeline (no list)") or alone after a list ("just the count"): the figures without the rows.
 */
export interface AnswerShape {
  /** The question without the words that shape its answer ("" when the message was only those words). */
  rest: string;
}

/** Words that ask for the figures alone. */
const FIGURES_ONLY = String.raw`(?:(?:just|only)\s+(?:give\s+me\s+|show\s+me\s+|tell\s+me\s+|need\s+)?(?:the\s+)?(?:numbers?|figures?|count|totals?|sum|headline|bottom\s+line)(?:\s+of\s+(?:accounts|customers|companies|clients|buyers|deals|leads|contacts|people|records|orders|cases))?|(?:the\s+)?(?:numbers?|figures?|count|totals?)\s+only|no\s+(?:list|details|breakdown|rows|need\s+for\s+(?:the\s+)?(?:list|details))|(?:without|skip|leave\s+out)\s+the\s+(?:list|details|rows|breakdown)|don'?t\s+(?:need|want)\s+the\s+(?:list|details|rows|breakdown))`;
/** The figures-only words closing a question, after a dash, comma, colon or in brackets. */
const AT_THE_END = new RegExp(
  String.raw`(?:\s*[,;:–—-]\s*|\s+)\(?${FIGURES_ONLY}(?:\s*,?\s*(?:please|pls|plz|thanks|thx|ty))?\)?\s*[.!?]*\s*$`,
  'i',
);
/** The figures-only words as the whole message ("just the count", "numbers only please"). */
const ALONE = new RegExp(
  String.raw`^\s*(?:(?:ok|okay|and|now|so)[\s,]+)?(?:can\s+you\s+|could\s+you\s+)?(?:give\s+me\s+|show\s+me\s+)?${FIGURES_ONLY}(?:\s*,?\s*(?:please|pls|plz|thanks|thx|ty))?\s*[.!?]*\s*$`,
  'i',
);

/** The shape a message asks of its answer, or undefined when it asks none. */
export function answerShapeOf(message: string): AnswerShape | undefined {
  const text = message.replace(/[’‘]/g, "'");
  if (ALONE.test(text)) return { rest: '' };
  const end = AT_THE_END.exec(text);
  if (!end) return undefined;
  const rest = text.slice(0, end.index).trim();
  // Enough words left to be a question ("how many deals ... this month"), not "count only" alone.
  return rest.split(/\s+/).filter((word) => /\w/.test(word)).length >= 2 ? { rest } : undefined;
}

/** A row of a list written in a reply's text: a bullet, a numbered row, or a row's second line. */
const ROW = /^\s*(?:[•·*-]\s|\d{1,3}[.)]\s)|^\s{2,}\S/;

/**
 * The reply with its figures alone: the rows of its lists (and the lists) left out, and "; the first
 * 25:" said before them ended where the figures end. A reply with no figure line left is kept whole.
 */
export function figuresOnly(reply: Reply): Reply {
  const lines = reply.text.split('\n');
  const kept = lines.filter((line) => !ROW.test(line));
  if (kept.length === lines.length && !reply.lists?.length) return reply;
  if (!kept.some((line) => /\d/.test(line))) return reply;
  const text = kept
    .join('\n')
    .replace(/[;,:]?\s*(?:the\s+)?(?:first|top)\s+\d+\s*:\s*$/gim, '.')
    .replace(/:\s*$/gm, '.')
    .replace(/\.\.$/gm, '.')
    .trim();
  const { lists: _rows, ...rest } = reply;
  return { ...rest, text };
}
