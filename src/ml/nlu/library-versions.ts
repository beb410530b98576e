import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function packageVersion(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`, { paths: [join(__dirname, '..', '..', '..')] });
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Versions recorded on a model card: the runtime and the libraries the training path used. */
export function libraryVersions(): Record<string, string> {
  return {
    node: process.version,
    'csv-parse': packageVersion('csv-parse'),
    learner: 'crmpro built-in (linear-svm + sparse-mlp)',
  };
}
