import type { MemberSpec } from './forecast-members';
import type { ValidationRule } from './validation-weights';

/** Everything that defines the product's forecaster besides the data. */
export interface CombinationSettings {
  members: readonly MemberSpec[];
  validation: ValidationRule;
  /**
   * Factors on the spread of the combination's in-sample errors for the 80% and 95% bands (in-sample
   * errors understate out-of-sample ones).
   */
  intervalScale: { p80: number; p95: number };
}

/**
 * The shipped settings: six members on logs, weighted by 1 / (validation sMAPE)^4 with 80% of the
 * weight set by validation and 20% spread equally. Chosen by `bench/tune-forecast-combination.ts`
 * (result: bench/results/forecast-tuning.json) on validation windows cut from the M3 training files
 * only (the last horizon of each monthly, yearly and other training series, and of monthly training
 * series summed to quarters); no test file was read. The rule: the smallest worst-case ratio, over
 * the four sets, of sMAPE to the classic Theta method. The interval factors make the bands hold 80%
 * and 95% of those validation points (mean over the four sets).
 */
export const DEFAULT_COMBINATION: CombinationSettings = {
  members: [
    { model: 'ses', scale: 'log' },
    { model: 'damped', scale: 'log' },
    { model: 'theta2', scale: 'log' },
    { model: 'theta3', scale: 'log' },
    { model: 'theta-line2', scale: 'log' },
    { model: 'theta-line3', scale: 'log' },
  ],
  validation: { reach: 1, power: 4, shrinkage: 0.8 },
  intervalScale: { p80: 1.119, p95: 1.216 },
};
