import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import { loadIntentClassifier, type IntentModelCard } from '../../ml/nlu/intent-artifact';
import type { IntentClassifier } from '../../ml/nlu/intent-classifier';

/** A loaded intent model and its card. */
export interface IntentModel {
  readonly dir: string;
  readonly classifier: IntentClassifier;
  readonly card: IntentModelCard;
}

/**
 * Loads an intent model. `dir` is either a model directory (with model.json) or a model root such
 * as `models/intent`, in which case the highest numbered version inside is used. Throws NOT_FOUND
 * when there is none and INVALID_INPUT when the files are of another format version.
 */
export function loadIntentModel(dir: string): IntentModel {
  let modelDir = dir;
  if (!existsSync(join(dir, 'model.json'))) {
    const versions = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'model.json')))
          .map((entry) => entry.name)
          .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      : [];
    if (versions.length === 0)
      throw new CrmError(
        ErrorCode.NotFound,
        `no intent model in ${dir}; build one with \`crmpro nlu build-crm\` or \`crmpro nlu train\``,
      );
    modelDir = join(dir, versions[versions.length - 1]!);
  }
  const { classifier, card } = loadIntentClassifier(modelDir);
  return { dir: modelDir, classifier, card };
}
