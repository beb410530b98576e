/**
 * Minimises a function of one variable on [lo, hi]: the best of an even grid of `gridPoints`
 * points, then golden-section search between its neighbours. The grid guards against the several
 * local minima a smoothing weight's error curve can have; the refinement makes it precise.
 */
export function minimiseOnInterval(
  objective: (x: number) => number,
  lo: number,
  hi: number,
  gridPoints = 11,
  tolerance = 1e-5,
): number {
  const step = (hi - lo) / (gridPoints - 1);
  let bestIndex = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < gridPoints; i++) {
    const value = objective(lo + i * step);
    if (value < bestValue) {
      bestValue = value;
      bestIndex = i;
    }
  }
  let a = lo + Math.max(0, bestIndex - 1) * step;
  let b = lo + Math.min(gridPoints - 1, bestIndex + 1) * step;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = objective(c);
  let fd = objective(d);
  while (b - a > tolerance) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = objective(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = objective(d);
    }
  }
  const x = (a + b) / 2;
  return objective(x) <= bestValue ? x : lo + bestIndex * step;
}
