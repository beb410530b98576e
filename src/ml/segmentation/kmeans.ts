import { seededRandom } from '../../core/seeded-random';

/** Result of a k-means run: the cluster of each row and the within-cluster sum of squares. */
export interface KMeansResult {
  labels: Int32Array;
  inertia: number;
  centers: Float64Array;
}

/**
 * Lloyd's k-means with greedy k-means++ seeding and several restarts, keeping the lowest inertia:
 * the same procedure as scikit-learn's KMeans(n_init=10), which the peer script checks it against.
 * Used only as the reference segmentation the product must beat.
 */
export function kMeans(
  rows: Float64Array,
  width: number,
  k: number,
  options: { restarts?: number; maxIterations?: number; seed?: number } = {},
): KMeansResult {
  const n = rows.length / width;
  const random = seededRandom(options.seed ?? 42);
  let best: KMeansResult | undefined;
  for (let r = 0; r < (options.restarts ?? 10); r++) {
    const result = lloyd(
      rows,
      width,
      n,
      Math.min(k, n),
      plusPlus(rows, width, n, Math.min(k, n), random),
      options.maxIterations ?? 300,
    );
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best!;
}

function plusPlus(
  rows: Float64Array,
  width: number,
  n: number,
  k: number,
  random: () => number,
): Float64Array {
  const centers = new Float64Array(k * width);
  const trials = 2 + Math.floor(Math.log(k));
  const first = Math.floor(random() * n);
  for (let j = 0; j < width; j++) centers[j] = rows[first * width + j]!;
  const closest = new Float64Array(n);
  for (let i = 0; i < n; i++) closest[i] = distance(rows, i, centers, 0, width);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += closest[i]!;
    let bestCandidate = -1;
    let bestPotential = Number.POSITIVE_INFINITY;
    let bestDistances: Float64Array | undefined;
    for (let t = 0; t < trials; t++) {
      let target = random() * total;
      let candidate = n - 1;
      for (let i = 0; i < n; i++) {
        target -= closest[i]!;
        if (target <= 0) {
          candidate = i;
          break;
        }
      }
      const distances = new Float64Array(n);
      let potential = 0;
      for (let i = 0; i < n; i++) {
        let d = 0;
        for (let j = 0; j < width; j++) d += (rows[i * width + j]! - rows[candidate * width + j]!) ** 2;
        distances[i] = Math.min(closest[i]!, d);
        potential += distances[i]!;
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        bestCandidate = candidate;
        bestDistances = distances;
      }
    }
    for (let j = 0; j < width; j++) centers[c * width + j] = rows[bestCandidate * width + j]!;
    closest.set(bestDistances!);
  }
  return centers;
}

function lloyd(
  rows: Float64Array,
  width: number,
  n: number,
  k: number,
  centers: Float64Array,
  maxIterations: number,
): KMeansResult {
  const labels = new Int32Array(n);
  const sums = new Float64Array(k * width);
  const counts = new Float64Array(k);
  let variance = 0;
  for (let j = 0; j < width; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += rows[i * width + j]! / n;
    for (let i = 0; i < n; i++) variance += (rows[i * width + j]! - mean) ** 2 / n;
  }
  const tolerance = (1e-4 * variance) / width;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    assign(rows, width, n, k, centers, labels);
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i]!;
      counts[c]!++;
      for (let j = 0; j < width; j++) sums[c * width + j]! += rows[i * width + j]!;
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      for (let j = 0; j < width; j++) {
        const next = sums[c * width + j]! / counts[c]!;
        shift += (next - centers[c * width + j]!) ** 2;
        centers[c * width + j] = next;
      }
    }
    if (shift <= tolerance) break;
  }
  const inertia = assign(rows, width, n, k, centers, labels);
  return { labels, inertia, centers };
}

function assign(
  rows: Float64Array,
  width: number,
  n: number,
  k: number,
  centers: Float64Array,
  labels: Int32Array,
): number {
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const d = distance(rows, i, centers, c, width);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    labels[i] = best;
    inertia += bestDistance;
  }
  return inertia;
}

function distance(rows: Float64Array, i: number, centers: Float64Array, c: number, width: number): number {
  let d = 0;
  for (let j = 0; j < width; j++) d += (rows[i * width + j]! - centers[c * width + j]!) ** 2;
  return d;
}

/** Standardises columns to mean 0 and (population) standard deviation 1, like scikit-learn's StandardScaler. */
export function standardised(rows: Float64Array, width: number): Float64Array {
  const n = rows.length / width;
  const out = new Float64Array(rows.length);
  for (let j = 0; j < width; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += rows[i * width + j]! / n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (rows[i * width + j]! - mean) ** 2 / n;
    const scale = Math.sqrt(variance) || 1;
    for (let i = 0; i < n; i++) out[i * width + j] = (rows[i * width + j]! - mean) / scale;
  }
  return out;
}
