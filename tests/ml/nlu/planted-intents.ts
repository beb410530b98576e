import type { LabelledUtterance } from '../../../src/ml/nlu/intent-training';
import { SeededRandom } from '../../../src/core/seeded-random';

/**
 * Synthetic intents with a planted structure: each intent has its own topic words mixed into
 * shared filler, so a working classifier must find the topic words to tell them apart.
 */
export const PLANTED_TOPICS: Record<string, string[]> = {
  refund: ['refund', 'money back', 'reimburse', 'return payment'],
  shipping: ['shipping', 'delivery', 'parcel', 'courier'],
  password: ['password', 'login', 'locked out', 'reset credentials'],
  invoice: ['invoice', 'billing statement', 'receipt', 'bill'],
};

const FILLER = [
  'please',
  'can you help with',
  'i need',
  'question about',
  'my',
  'the',
  'urgent',
  'hello',
  'about',
  'status of',
];

/** `perIntent` messages per planted intent, deterministic for a seed. */
export function plantedUtterances(perIntent: number, seed: number): LabelledUtterance[] {
  const random = new SeededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[random.below(items.length)]!;
  return Object.entries(PLANTED_TOPICS).flatMap(([label, topics]) =>
    Array.from({ length: perIntent }, () => ({
      text: `${pick(FILLER)} ${pick(topics)} ${pick(FILLER)}`,
      label,
    })),
  );
}

/** Small training settings so tests stay fast. */
export const FAST_SETTINGS_OVERRIDES = {
  mlp: {
    hiddenUnits: 16,
    epochs: 5,
    minUpdates: 2_000,
    learningRate: 0.05,
    dropout: 0.3,
    weightDecay: 0,
    seed: 3,
  },
};
