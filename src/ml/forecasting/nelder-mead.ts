/** Result of a minimisation: the best point found and its value. */
export interface Minimum {
  point: number[];
  value: number;
}

/**
 * Minimises `objective` with the Nelder-Mead simplex method (no derivatives needed), starting from
 * `start` with initial steps `steps`. Small and dependency-free because every series fit runs it.
 */
export function nelderMead(
  objective: (point: number[]) => number,
  start: number[],
  steps: number[],
  maxEvaluations = 400,
  tolerance = 1e-8,
): Minimum {
  const dimension = start.length;
  const simplex: Minimum[] = [{ point: start.slice(), value: objective(start) }];
  for (let i = 0; i < dimension; i++) {
    const point = start.slice();
    point[i] = point[i]! + steps[i]!;
    simplex.push({ point, value: objective(point) });
  }
  let evaluations = dimension + 1;
  const combine = (a: number[], b: number[], t: number) => a.map((x, i) => x + t * (b[i]! - x));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[dimension]!;
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + 1e-12)) break;
    const centroid = new Array<number>(dimension).fill(0);
    for (let i = 0; i < dimension; i++)
      for (let d = 0; d < dimension; d++) centroid[d] = centroid[d]! + simplex[i]!.point[d]! / dimension;
    const reflected = combine(centroid, worst.point, -1);
    const reflectedValue = objective(reflected);
    evaluations++;
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.point, -2);
      const expandedValue = objective(expanded);
      evaluations++;
      simplex[dimension] =
        expandedValue < reflectedValue
          ? { point: expanded, value: expandedValue }
          : { point: reflected, value: reflectedValue };
    } else if (reflectedValue < simplex[dimension - 1]!.value) {
      simplex[dimension] = { point: reflected, value: reflectedValue };
    } else {
      const outside = reflectedValue < worst.value;
      const contracted = combine(centroid, outside ? reflected : worst.point, 0.5);
      const contractedValue = objective(contracted);
      evaluations++;
      if (contractedValue < (outside ? reflectedValue : worst.value)) {
        simplex[dimension] = { point: contracted, value: contractedValue };
      } else {
        for (let i = 1; i <= dimension; i++) {
          const point = combine(best.point, simplex[i]!.point, 0.5);
          simplex[i] = { point, value: objective(point) };
        }
        evaluations += dimension;
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!;
}
