import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { peerDir } from '../scoring-bank-marketing';

const PYTHON = '/usr/bin/python3';

/** One model's figures on the test rows, as the churn and lead-conversion benches report them. */
export interface BinaryModelFigures {
  auc: number;
  brier: number;
  reliability: { from: number; to: number; count: number; meanPredicted: number; observedRate: number }[];
  trainSeconds: number;
}

/** What `binary_peers.py` prints: scikit-learn's version and each peer model's figures. */
export interface BinaryPeersResult {
  sklearn: string;
  trainRows: number;
  testRows: number;
  models: Record<string, BinaryModelFigures>;
}

/**
 * Runs scikit-learn's GBC, HGB and logistic regression (`bench/peers/binary_peers.py`) on a feature
 * table exported by a bench: `label` is the 0/1 outcome column, `ignore` the id columns, and the
 * `split` column (train/test) is the same split our model was measured on.
 */
export function runBinaryPeers(
  csv: string,
  options: { label: string; ignore: readonly string[]; bins: number },
): BinaryPeersResult {
  const peer = spawnSync(
    PYTHON,
    [
      path.join(peerDir(), 'binary_peers.py'),
      csv,
      '--label',
      options.label,
      '--ignore',
      options.ignore.join(','),
      '--bins',
      String(options.bins),
    ],
    { encoding: 'utf8' },
  );
  if (peer.status !== 0) throw new Error(`peer failed: ${peer.stderr}`);
  return JSON.parse(peer.stdout.trim().split('\n').pop()!) as BinaryPeersResult;
}
