/**
 * Simulated out-of-scope sets on which the operating-point rule is checked
 * (bench/nlu-tune.ts `oos-rule`), built from BANKING77's **dev-train** rows only (dev-test, which
 * the bench reports on, is never read here) and from the product's own CRM intent data:
 *
 * - `banking-a`, `banking-b`: a tuning fold of dev-train as the test part, with 10 unseen and 10
 *   donor intents drawn with two seeds other than the report's (different intents play each part).
 * - `clinc-like`: a CLINC150-like mix of two domains and off-topic `oos` rows: the banking intents
 *   (dev-train, 10 unseen) plus the product's CRM intents (nlu-data/crm-intents.train.csv, 4
 *   unseen), 100 of the product's off-topic `oos` rows (weather, jokes, flights) as the `oos`
 *   training class, and its other off-topic rows as `oos` test rows of the same kind. More intents
 *   than BANKING77 (87 trained) and off-topic out-of-scope messages, as CLINC150 has.
 *
 * Each set comes with and without its `oos` training rows (the two cases of the rule).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SeededRandom } from '../src/core/seeded-random';
import type { LabelledUtterance } from '../src/ml/nlu/intent-training';
import { OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';
import {
  devSplit,
  oosExperiment,
  oosRoles,
  readBanking77,
  REPORT_ROLE_SEED,
  ROOT,
  tuningFolds,
  type OosCase,
  type OosExperiment,
} from './nlu-dev-protocol';

/** Role seeds of the simulated sets: neither is the report's ({@link REPORT_ROLE_SEED}). */
const SET_SEEDS = { 'banking-a': 11, 'banking-b': 31, 'clinc-like': 47 } as const;
/** Off-topic `oos` training rows of the CLINC-like set (CLINC150 has 100). */
const CLINC_LIKE_OOS_ROWS = 100;

/** One simulated set in one case. */
export interface OosSet extends OosExperiment {
  readonly name: keyof typeof SET_SEEDS;
  readonly oosCase: OosCase;
}

function readCsv(file: string): LabelledUtterance[] {
  return (parse(readFileSync(file), { columns: true }) as { text: string; label: string }[]).map((r) => ({
    text: r.text,
    label: r.label,
  }));
}

/** The simulated sets (both cases of each); `folds` tuning folds of dev-train, the test part is fold `fold`. */
export function simulatedOosSets(folds = 5): OosSet[] {
  if ((Object.values(SET_SEEDS) as number[]).includes(REPORT_ROLE_SEED))
    throw new Error('a set must not use the report roles');
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const assignment = tuningFolds(labels, devTrain, folds);
  const part = (fold: number, inFold: boolean) =>
    devTrain.filter((_, k) => (assignment[k] === fold) === inFold);
  const intents = [...new Set(labels)].sort();
  const sets: OosSet[] = [];
  for (const oosCase of ['with-oos-rows', 'without-oos-rows'] as OosCase[]) {
    (['banking-a', 'banking-b'] as const).forEach((name, fold) => {
      const seed = SET_SEEDS[name];
      const experiment = oosExperiment(
        rows,
        part(fold, false),
        part(fold, true),
        oosRoles(intents, seed),
        oosCase,
        seed,
      );
      sets.push({ name, oosCase, ...experiment });
    });
    sets.push({ name: 'clinc-like', oosCase, ...clincLike(rows, part(2, false), part(2, true), oosCase) });
  }
  return sets;
}

/** The CLINC-like set: banking + CRM intents, off-topic `oos` rows (see the module comment). */
function clincLike(
  rows: readonly LabelledUtterance[],
  trainPart: readonly number[],
  testPart: readonly number[],
  oosCase: OosCase,
): OosExperiment {
  const random = new SeededRandom(SET_SEEDS['clinc-like']);
  const bankingIntents = [...new Set(rows.map((r) => r.label))].sort();
  const unseenBanking = new Set(random.shuffle(bankingIntents).slice(0, 10));
  const crmTrain = readCsv(path.join(ROOT, 'nlu-data', 'crm-intents.train.csv'));
  const crmTest = readCsv(path.join(ROOT, 'nlu-data', 'crm-intents.heldback.csv'));
  const crmIntents = [...new Set(crmTrain.map((r) => r.label))].filter((l) => l !== OUT_OF_SCOPE).sort();
  const unseenCrm = new Set(random.shuffle(crmIntents).slice(0, 4));
  const offTopic = random.shuffle(crmTrain.filter((r) => r.label === OUT_OF_SCOPE));
  const train: LabelledUtterance[] = [
    ...trainPart.map((i) => rows[i]!).filter((r) => !unseenBanking.has(r.label)),
    ...crmTrain.filter((r) => r.label !== OUT_OF_SCOPE && !unseenCrm.has(r.label)),
    ...(oosCase === 'with-oos-rows' ? offTopic.slice(0, CLINC_LIKE_OOS_ROWS) : []),
  ];
  const test: LabelledUtterance[] = [];
  const kind: OosExperiment['kind'] = [];
  const add = (row: LabelledUtterance, role: OosExperiment['kind'][number]) => {
    test.push({ text: row.text, label: role === 'in-scope' ? row.label : OUT_OF_SCOPE });
    kind.push(role);
  };
  for (const i of testPart) add(rows[i]!, unseenBanking.has(rows[i]!.label) ? 'unseen' : 'in-scope');
  for (const row of crmTest)
    add(row, row.label === OUT_OF_SCOPE ? 'donor' : unseenCrm.has(row.label) ? 'unseen' : 'in-scope');
  for (const row of crmTrain.filter((r) => unseenCrm.has(r.label))) add(row, 'unseen');
  for (const row of offTopic.slice(CLINC_LIKE_OOS_ROWS)) add(row, 'donor');
  return { train, test, kind };
}
