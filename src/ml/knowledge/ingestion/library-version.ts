import { readFileSync } from 'node:fs';

/** The installed hnswlib-node version, recorded on the index card. */
export function hnswlibVersion(): string {
  try {
    const file = require.resolve('hnswlib-node/package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
