/** Result of a minimisation: the best point found, its value and how many evaluations it took. */
export interface Minimum {
  point: Float64Array;
  value: number;
  evaluations: number;
}

/**
 * Minimises `objective` with the Nelder-Mead simplex method (no derivatives needed), starting from
 * `start` with initial steps `steps`. Small, dependency-free and allocation-free in its loop because
 * every series fit runs it many times (the validation refits included). The objective must not keep
 * the point it is given: the array is reused.
 */
export function nelderMead(
  objective: (point: Float64Array) => number,
  start: ArrayLike<number>,
  steps: ArrayLike<number>,
  maxEvaluations = 400,
  tolerance = 1e-8,
): Minimum {
  const dimension = start.length;
  const points = Array.from({ length: dimension + 1 }, (_, i) => {
    const point = Float64Array.from(start);
    if (i > 0) point[i - 1] = point[i - 1]! + steps[i - 1]!;
    return point;
  });
  const values = points.map((point) => objective(point));
  let evaluations = dimension + 1;
  const order = Array.from({ length: dimension + 1 }, (_, i) => i);
  const centroid = new Float64Array(dimension);
  const reflected = new Float64Array(dimension);
  const trial = new Float64Array(dimension);
  const along = (target: Float64Array, from: Float64Array, to: Float64Array, t: number) => {
    for (let d = 0; d < dimension; d++) target[d] = from[d]! + t * (to[d]! - from[d]!);
  };
  while (evaluations < maxEvaluations) {
    order.sort((a, b) => values[a]! - values[b]!);
    const best = order[0]!;
    const worst = order[dimension]!;
    const bestValue = values[best]!;
    const worstValue = values[worst]!;
    if (Math.abs(worstValue - bestValue) <= tolerance * (Math.abs(bestValue) + 1e-12)) break;
    centroid.fill(0);
    for (let i = 0; i < dimension; i++) {
      const point = points[order[i]!]!;
      for (let d = 0; d < dimension; d++) centroid[d] = centroid[d]! + point[d]! / dimension;
    }
    along(reflected, centroid, points[worst]!, -1);
    const reflectedValue = objective(reflected);
    evaluations++;
    if (reflectedValue < bestValue) {
      along(trial, centroid, points[worst]!, -2);
      const expandedValue = objective(trial);
      evaluations++;
      if (expandedValue < reflectedValue) accept(worst, trial, expandedValue);
      else accept(worst, reflected, reflectedValue);
    } else if (reflectedValue < values[order[dimension - 1]!]!) {
      accept(worst, reflected, reflectedValue);
    } else {
      const outside = reflectedValue < worstValue;
      along(trial, centroid, outside ? reflected : points[worst]!, 0.5);
      const contractedValue = objective(trial);
      evaluations++;
      if (contractedValue < (outside ? reflectedValue : worstValue)) {
        accept(worst, trial, contractedValue);
      } else {
        for (let i = 1; i <= dimension; i++) {
          const index = order[i]!;
          along(points[index]!, points[best]!, points[index]!, 0.5);
          values[index] = objective(points[index]!);
        }
        evaluations += dimension;
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= dimension; i++) if (values[i]! < values[best]!) best = i;
  return { point: points[best]!, value: values[best]!, evaluations };

  function accept(index: number, point: Float64Array, value: number): void {
    points[index]!.set(point);
    values[index] = value;
  }
}
