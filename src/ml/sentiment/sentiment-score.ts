import analyse from 'wink-sentiment';

/** The lexicon behind the scores (the model card and the backfill marker name it). */
export const SENTIMENT_LEXICON = 'wink-sentiment 5 (AFINN-165, emoji, negation)';
/** wink-sentiment's normalised score runs from -5 to 5. */
const WINK_RANGE = 5;
/** Scores at or beyond these are called negative / positive in words. */
const NEGATIVE_BELOW = -0.1;
const POSITIVE_ABOVE = 0.1;

/** How a score reads in words. */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/**
 * Sentiment of an English text (an interaction summary, a chat message) from -1 (negative) to 1
 * (positive), 0 for neutral or no sentiment words: wink-sentiment's normalised score scaled to -1..1.
 * Deterministic and cheap (about 10 µs for a one-line summary), so it is computed when a record is
 * written and never needs a model file.
 */
export function scoreSentiment(text: string): number {
  if (!text.trim()) return 0;
  const { normalizedScore } = analyse(text);
  const scaled = Math.max(-1, Math.min(1, normalizedScore / WINK_RANGE));
  return Math.round(scaled * 1000) / 1000;
}

/** A score in words: negative, neutral or positive. */
export function sentimentLabelOf(score: number): SentimentLabel {
  if (score <= NEGATIVE_BELOW) return 'negative';
  if (score >= POSITIVE_ABOVE) return 'positive';
  return 'neutral';
}

/** The mean of the scores (0 for none): a trend point over a period's interactions. */
export function meanSentiment(scores: Iterable<number>): number {
  let sum = 0;
  let count = 0;
  for (const score of scores) {
    sum += score;
    count++;
  }
  return count ? sum / count : 0;
}
