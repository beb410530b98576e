/**
 * Chooses the forecaster's combination (`DEFAULT_COMBINATION` in
 * src/ml/forecasting/combination-settings.ts) on VALIDATION WINDOWS CUT FROM TRAINING POINTS ONLY.
 * No test file is read.
 *
 * Data, all from `../shared/datasets/m3`:
 * - monthly-train.csv, yearly-train.csv, other-train.csv: the last horizon (18, 6, 8) points of each
 *   training series are the validation target; the forecaster sees the points before them.
 * - the quarterly stand-in (bench/m3-series.ts): monthly-train.csv summed to quarters; its last 8
 *   quarters are the bench's stand-in test, so they are dropped here as well, and the 8 quarters
 *   before them are the validation target.
 * Series left with fewer points than `crmpro forecast run` accepts are skipped.
 *
 * Inside each forecast, the member weights come from rolling origins at the end of the history the
 * forecaster is given (src/ml/forecasting/validation-weights.ts); this script chooses the settings
 * of that rule (members, reach, power, shrinkage) across all series.
 *
 * Rule: the setting with the smallest worst-case ratio, over the four sets, of its sMAPE to the
 * classic Theta method's (our implementation, `thetaForecast`, which matches statsmodels'
 * ThetaModel within 0.1 sMAPE on these files) on the same validation targets; ties within 0.001
 * go to the smaller mean ratio. Interval factors are then set so that the 80% and 95% bands hold
 * 80% and 95% of the validation points (mean over the four sets).
 *
 * Run: `npx tsx bench/tune-forecast-combination.ts`. Writes bench/results/forecast-tuning.json.
 */
import { execSync } from 'node:child_process';
import os from 'node:os';
import { thetaForecast } from '../src/ml/forecasting/baseline-forecasts';
import { DEFAULT_COMBINATION, type CombinationSettings } from '../src/ml/forecasting/combination-settings';
import { forecastSeries } from '../src/ml/forecasting/combined-forecaster';
import {
  fitMembers,
  memberName,
  membersFor,
  MEMBER_MODELS,
  prepareSeries,
  type MemberModel,
  type MemberSpec,
} from '../src/ml/forecasting/forecast-members';
import { smape } from '../src/ml/forecasting/forecast-metrics';
import { minimumLength } from '../src/ml/forecasting/series-file';
import {
  originErrors,
  validationSteps,
  validationWeights,
  type ValidationRule,
} from '../src/ml/forecasting/validation-weights';
import {
  holdOutLast,
  m3Categories,
  m3Files,
  M3_FREQUENCIES,
  quarterlyStandIn,
  type M3Set,
} from './m3-series';
import { readSeriesFile } from '../src/ml/forecasting/series-file';
import { writeResult } from './scoring-bank-marketing';

/** A member set: models on logs, then models on the level. */
function pool(onLogs: string, onLevel = ''): MemberSpec[] {
  const specs = (names: string, scale: 'log' | 'level') =>
    names
      .split(' ')
      .filter(Boolean)
      .map((model) => ({ model: model as MemberModel, scale }));
  return [...specs(onLogs, 'log'), ...specs(onLevel, 'level')];
}

/** Candidate member sets. The first is the forecaster shipped before (equal weights in it). */
const POOLS: Record<string, MemberSpec[]> = {
  'ses damped theta2 theta3 (log)': pool('ses damped theta2 theta3'),
  'ses damped theta-line2 theta-line3 (log)': pool('ses damped theta-line2 theta-line3'),
  'damped theta-line2 theta-line3 (log)': pool('damped theta-line2 theta-line3'),
  'damped theta2 theta-line2 theta-line3 (log)': pool('damped theta2 theta-line2 theta-line3'),
  'ses damped theta2 theta3 theta-line2 theta-line3 (log)': pool(
    'ses damped theta2 theta3 theta-line2 theta-line3',
  ),
  'theta2 theta3 theta-line2 theta-line3 (log)': pool('theta2 theta3 theta-line2 theta-line3'),
  'ses damped theta-line2 theta-line3 (log) + damped theta-line2 (level)': pool(
    'ses damped theta-line2 theta-line3',
    'damped theta-line2',
  ),
  'damped theta-line2 theta-line3 (log) + damped theta-line2 theta-line3 (level)': pool(
    'damped theta-line2 theta-line3',
    'damped theta-line2 theta-line3',
  ),
  'theta-line2 theta-line3 (log) + theta-line2 theta-line3 (level)': pool(
    'theta-line2 theta-line3',
    'theta-line2 theta-line3',
  ),
  'all six models, log and level': pool(
    Object.keys(MEMBER_MODELS).join(' '),
    Object.keys(MEMBER_MODELS).join(' '),
  ),
};
const REACH = [0.5, 1];
/** The fewest validation series a category needs to count as a group of its own. */
const MIN_GROUP = 50;
const POWER = [1, 2, 3, 4];
const SHRINKAGE = [0.6, 0.8, 1];

interface Row {
  pool: string;
  rule: ValidationRule;
  smape: number[];
  ratios: number[];
  worst: number;
  mean: number;
  worstGroup: number;
  groupRatios: number[];
}

/** One validation series with every member's final forecast and per-origin errors, by member name. */
interface CachedSeries {
  category: string;
  positive: boolean;
  target: Float64Array;
  thetaSmape: number;
  steps: number[];
  final: Map<string, Float64Array>;
  errors: Map<string, number[]>;
}

async function validationSets(): Promise<M3Set[]> {
  const sets: M3Set[] = [];
  for (const name of Object.keys(M3_FREQUENCIES) as (keyof typeof M3_FREQUENCIES)[]) {
    const { period, horizon } = M3_FREQUENCIES[name];
    const train = await readSeriesFile(m3Files(name).train);
    sets.push({
      name,
      period,
      horizon,
      ...holdOutLast(train, horizon, minimumLength(period)),
      source: `${m3Files(name).train}, last ${horizon} points of each series held out`,
    });
  }
  const standIn = await quarterlyStandIn();
  sets.push({
    ...standIn,
    ...holdOutLast(standIn.history, standIn.horizon, minimumLength(standIn.period)),
    source: `quarterly stand-in history (monthly-train.csv summed to quarters, its last 8 quarters dropped), last ${standIn.horizon} quarters held out`,
  });
  return sets;
}

function cacheSet(set: M3Set, categories: Map<string, string>): CachedSeries[] {
  const every = POOLS['all six models, log and level']!;
  return [...set.history].map(([id, history]) => {
    const target = set.actual.get(id)!;
    const prepared = prepareSeries(history, set.period);
    const members = membersFor(every, prepared.positive);
    const names = members.map(memberName);
    const fitted = fitMembers(prepared, members);
    const origins = originErrors(history, set.period, set.horizon, members, 1);
    return {
      category: categories.get(id) ?? 'unknown',
      positive: prepared.positive,
      target,
      thetaSmape: smape(target, thetaForecast(history, set.period, set.horizon)),
      steps: origins.steps,
      final: new Map(names.map((name, i) => [name, fitted[i]!.forecastFrom(history.length, set.horizon)])),
      errors: new Map(names.map((name, i) => [name, origins.errors.map((row) => row[i]!)])),
    };
  });
}

function combinedSmape(
  series: CachedSeries,
  pool: MemberSpec[],
  rule: ValidationRule,
  horizon: number,
): number {
  const names = membersFor(pool, series.positive).map(memberName);
  const reachable = new Set(validationSteps(horizon, rule.reach));
  const used = series.steps.map((k, o) => (reachable.has(k) ? o : -1)).filter((o) => o >= 0);
  const errors = used.length
    ? Float64Array.from(
        names,
        (name) => used.reduce((sum, o) => sum + series.errors.get(name)![o]!, 0) / used.length,
      )
    : null;
  const weights = validationWeights(errors, names.length, rule);
  const combined = new Float64Array(horizon);
  names.forEach((name, i) => {
    const forecast = series.final.get(name)!;
    for (let h = 0; h < horizon; h++) combined[h] = combined[h]! + weights[i]! * forecast[h]!;
  });
  return smape(series.target, combined);
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Each validation point's absolute error as a share of the unscaled 80% and 95% half-widths (a
 * point is inside a band scaled by c when its share is <= c), per set.
 */
function shareOfHalfWidth(set: M3Set, settings: CombinationSettings): { p80: number[]; p95: number[] } {
  const unscaled = { ...settings, intervalScale: { p80: 1, p95: 1 } };
  const out = { p80: [] as number[], p95: [] as number[] };
  const share = (error: number, halfWidth: number) =>
    halfWidth > 0 ? error / halfWidth : error > 0 || Number.isNaN(error) ? Infinity : 0;
  for (const [id, history] of set.history) {
    const target = set.actual.get(id)!;
    const result = forecastSeries(history, set.period, set.horizon, unscaled);
    const relative = result.scale === 'log';
    for (let h = 0; h < set.horizon; h++) {
      const f = result.forecast[h]!;
      const error = relative ? Math.abs(Math.log(target[h]! / f)) : Math.abs(target[h]! - f);
      const halfWidth = (hi: number) => (relative ? Math.log(hi / f) : hi - f);
      out.p80.push(share(error, halfWidth(result.hi80[h]!)));
      out.p95.push(share(error, halfWidth(result.hi95[h]!)));
    }
  }
  return out;
}

/** The factor c such that the mean over sets of the share of points with share <= c is `target`. */
function intervalFactor(perSet: number[][], target: number): number {
  const coverage = (c: number) => mean(perSet.map((z) => z.filter((v) => v <= c).length / z.length));
  let lo = 0.2;
  let hi = 5;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (coverage(mid) < target) lo = mid;
    else hi = mid;
  }
  return Math.round(hi * 1000) / 1000;
}

async function main(): Promise<void> {
  const started = performance.now();
  const sets = await validationSets();
  const caches = sets.map((set) => {
    const t = performance.now();
    const categories = m3Categories(set.name === 'quarterly stand-in' ? 'monthly' : set.name);
    const cache = cacheSet(set, categories);
    process.stderr.write(
      `${set.name}: ${cache.length} validation series cached in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    return cache;
  });
  // Groups scored: each set, and each category of a set with at least MIN_GROUP validation series.
  const groups: { name: string; set: number; members: number[] }[] = [];
  caches.forEach((cache, i) => {
    groups.push({ name: sets[i]!.name, set: i, members: cache.map((_, j) => j) });
    for (const category of new Set(cache.map((s) => s.category))) {
      const members = cache.flatMap((s, j) => (s.category === category ? [j] : []));
      if (members.length >= MIN_GROUP) groups.push({ name: `${sets[i]!.name} ${category}`, set: i, members });
    }
  });
  const thetaOf = groups.map((g) => mean(g.members.map((j) => caches[g.set]![j]!.thetaSmape)));
  const theta = sets.map((_, i) => thetaOf[groups.findIndex((g) => g.set === i)]!);
  const rows: Row[] = [];
  const score = (name: string, rule: ValidationRule) => {
    const perSeries = caches.map((cache, i) =>
      cache.map((s) => combinedSmape(s, POOLS[name]!, rule, sets[i]!.horizon)),
    );
    const groupRatios = groups.map((g, k) => mean(g.members.map((j) => perSeries[g.set]![j]!)) / thetaOf[k]!);
    const per = sets.map((_, i) => mean(perSeries[i]!));
    const ratios = per.map((value, i) => value / theta[i]!);
    rows.push({
      pool: name,
      rule,
      smape: per,
      ratios,
      worst: Math.max(...ratios),
      mean: mean(ratios),
      worstGroup: Math.max(...groupRatios),
      groupRatios,
    });
  };
  const previous = Object.keys(POOLS)[0]!;
  score(previous, { reach: 1, power: 1, shrinkage: 0 });
  const reference = rows[0]!;
  for (const name of Object.keys(POOLS))
    for (const reach of REACH)
      for (const power of POWER) for (const shrinkage of SHRINKAGE) score(name, { reach, power, shrinkage });
  const candidates = rows.slice(1);
  const bestWorst = Math.min(...candidates.map((r) => r.worst));
  const chosen = candidates.filter((r) => r.worst <= bestWorst + 0.001).sort((a, b) => a.mean - b.mean)[0]!;
  const describe = (r: Row) => {
    const worstGroup = groups[r.groupRatios.indexOf(r.worstGroup)]!.name;
    return `${sets.map((s, i) => `${s.name} ${r.smape[i]!.toFixed(3)}`).join(', ')} | worst set ratio ${r.worst.toFixed(4)}, mean ${r.mean.toFixed(4)}, worst group ${r.worstGroup.toFixed(4)} (${worstGroup}) | ${r.pool}; reach ${r.rule.reach}, power ${r.rule.power}, shrinkage ${r.rule.shrinkage}`;
  };
  process.stderr.write(
    `classic Theta: ${sets.map((s, i) => `${s.name} ${theta[i]!.toFixed(3)}`).join(', ')}\n`,
  );
  process.stderr.write(`previous forecaster: ${describe(reference)}\n`);
  process.stderr.write('best 15 by worst ratio:\n');
  for (const r of [...candidates].sort((a, b) => a.worst - b.worst).slice(0, 15))
    process.stderr.write(`  ${describe(r)}\n`);
  process.stderr.write('best of each member set:\n');
  for (const pool of Object.keys(POOLS)) {
    const best = candidates.filter((r) => r.pool === pool).sort((a, b) => a.worst - b.worst)[0]!;
    process.stderr.write(`  ${describe(best)}\n`);
  }
  process.stderr.write(`chosen: ${describe(chosen)}\n`);
  process.stderr.write(
    `chosen, ratio to classic Theta by group: ${groups.map((g, k) => `${g.name} (${g.members.length}) ${chosen.groupRatios[k]!.toFixed(3)}`).join(', ')}\n`,
  );

  const settings: CombinationSettings = {
    members: POOLS[chosen.pool]!,
    validation: chosen.rule,
    intervalScale: { p80: 1, p95: 1 },
  };
  const shares = sets.map((set) => shareOfHalfWidth(set, settings));
  settings.intervalScale = {
    p80: intervalFactor(
      shares.map((s) => s.p80),
      0.8,
    ),
    p95: intervalFactor(
      shares.map((s) => s.p95),
      0.95,
    ),
  };
  const coverage = sets.map((set, i) => ({
    set: set.name,
    p80: shares[i]!.p80.filter((v) => v <= settings.intervalScale.p80).length / shares[i]!.p80.length,
    p95: shares[i]!.p95.filter((v) => v <= settings.intervalScale.p95).length / shares[i]!.p95.length,
  }));
  process.stderr.write(
    `interval factors: 80% x${settings.intervalScale.p80}, 95% x${settings.intervalScale.p95}; validation coverage ${coverage.map((c) => `${c.set} ${(c.p80 * 100).toFixed(1)}%/${(c.p95 * 100).toFixed(1)}%`).join(', ')}\n`,
  );
  const shipped = JSON.stringify(DEFAULT_COMBINATION) === JSON.stringify(settings);
  process.stderr.write(
    shipped
      ? 'DEFAULT_COMBINATION matches the chosen settings.\n'
      : `DEFAULT_COMBINATION differs from the chosen settings; chosen:\n${JSON.stringify(settings, null, 2)}\n`,
  );
  // Keyed by set and group name (no bare number arrays), so the file reads without the code.
  const readable = (r: Row) => ({
    members: r.pool,
    rule: r.rule,
    smape: Object.fromEntries(sets.map((s, i) => [s.name, r.smape[i]])),
    ratioToClassicTheta: Object.fromEntries(sets.map((s, i) => [s.name, r.ratios[i]])),
    worstSetRatio: r.worst,
    meanSetRatio: r.mean,
    ratioToClassicThetaByGroup: Object.fromEntries(groups.map((g, k) => [g.name, r.groupRatios[k]])),
  });
  writeResult('forecast-tuning.json', {
    purpose:
      'choice of DEFAULT_COMBINATION on validation windows of the M3 training points (no test file read)',
    command: 'npx tsx bench/tune-forecast-combination.ts',
    data: sets.map((set) => ({
      set: set.name,
      series: set.history.size,
      horizon: set.horizon,
      source: set.source,
    })),
    rule: 'smallest worst-case ratio of sMAPE to classic Theta over the four sets; ties within 0.001 to the smaller mean ratio',
    classicTheta: Object.fromEntries(sets.map((s, i) => [s.name, theta[i]])),
    groups: groups.map((g) => ({ name: g.name, series: g.members.length })),
    previousForecaster: readable(reference),
    best: [...candidates]
      .sort((a, b) => a.worst - b.worst)
      .slice(0, 15)
      .map(readable),
    chosen: { ...readable(chosen), settings, validationCoverage: coverage },
    defaultMatchesChosen: shipped,
    grid: { pools: Object.keys(POOLS), reach: `${REACH}`, power: `${POWER}`, shrinkage: `${SHRINKAGE}` },
    commit: execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim(),
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${os.platform()} ${os.release()}`,
    node: process.version,
    seconds: (performance.now() - started) / 1000,
    measuredAt: new Date().toISOString(),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
