import type { LinearScore } from './linear-score';

/** Bump when the saved shape changes; loading an artifact with another version is refused. */
export const SEGMENT_MODEL_FORMAT = 1;

/** How the number of segments was chosen, with the figures behind the choice. */
export interface SegmentCountChoice {
  /** The rule in words, as shown to analysts. */
  rule: string;
  /** Share of later-spend variance explained on the internal hold-out (adjusted for the count), per segment count. */
  explainedByCount: { segments: number; etaSquared: number }[];
  chosen: number;
}

/**
 * A fitted segmentation: the learned value score, the thresholds that cut it into tiers and the
 * name of each tier. Applying it to features at any date gives comparable segments, which is what
 * segment history and movements rely on.
 */
export interface SegmentModel {
  formatVersion: typeof SEGMENT_MODEL_FORMAT;
  /** Epoch ms the model was fitted at (only orders before it were used). */
  asOf: number;
  /** Horizon of the value score and window of the recent-activity features, in days. */
  windowDays: number;
  method: 'learned-value-score' | 'rfm-score';
  score: LinearScore;
  /** Ascending score thresholds between tiers (segments - 1 of them). */
  thresholds: number[];
  /** Segment name per tier, tier 0 = lowest expected spend. */
  names: string[];
  choice: SegmentCountChoice;
  /** Customers and internal cut dates the score was trained on. */
  training: { rows: number; cuts: string[] };
}
