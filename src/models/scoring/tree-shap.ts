import { goesLeft, type RegressionTree } from './regression-tree';

interface PathElement {
  feature: number;
  zeroFraction: number;
  oneFraction: number;
  weight: number;
}

/**
 * Exact SHAP values of one row for one tree (the path-dependent TreeSHAP algorithm of Lundberg
 * et al., 2018), added into `contributions` (one slot per feature). Node covers weigh the paths,
 * so the contributions sum to the tree's output minus its expected output.
 */
export function addTreeShap(tree: RegressionTree, bins: Uint8Array, offset: number, contributions: Float64Array): void {
  const recurse = (node: number, path: PathElement[], zeroFraction: number, oneFraction: number, feature: number) => {
    const extended = extendPath(path, zeroFraction, oneFraction, feature);
    const splitFeature = tree.feature[node]!;
    if (splitFeature < 0) {
      for (let i = 1; i < extended.length; i++) {
        const element = extended[i]!;
        const weight = unwoundPathSum(extended, i);
        contributions[element.feature] = contributions[element.feature]! + weight * (element.oneFraction - element.zeroFraction) * tree.value[node]!;
      }
      return;
    }
    const left = goesLeft(tree, node, bins[offset + splitFeature]!);
    const hot = left ? tree.left[node]! : tree.right[node]!;
    const cold = left ? tree.right[node]! : tree.left[node]!;
    let incomingZero = 1;
    let incomingOne = 1;
    let current = extended;
    const previous = current.findIndex((element, i) => i > 0 && element.feature === splitFeature);
    if (previous > 0) {
      incomingZero = current[previous]!.zeroFraction;
      incomingOne = current[previous]!.oneFraction;
      current = unwindPath(current, previous);
    }
    const cover = tree.cover[node]!;
    recurse(hot, current, (incomingZero * tree.cover[hot]!) / cover, incomingOne, splitFeature);
    recurse(cold, current, (incomingZero * tree.cover[cold]!) / cover, 0, splitFeature);
  };
  recurse(0, [], 1, 1, -1);
}

/** The expected output of a tree over its training rows (cover-weighted mean of the leaf values). */
export function expectedTreeValue(tree: RegressionTree): number {
  let sum = 0;
  for (let node = 0; node < tree.feature.length; node++) if (tree.feature[node]! < 0) sum += tree.cover[node]! * tree.value[node]!;
  return sum / tree.cover[0]!;
}

function extendPath(path: PathElement[], zeroFraction: number, oneFraction: number, feature: number): PathElement[] {
  const length = path.length;
  const extended = path.map((element) => ({ ...element }));
  extended.push({ feature, zeroFraction, oneFraction, weight: length === 0 ? 1 : 0 });
  for (let i = length - 1; i >= 0; i--) {
    extended[i + 1]!.weight += (oneFraction * extended[i]!.weight * (i + 1)) / (length + 1);
    extended[i]!.weight = (zeroFraction * extended[i]!.weight * (length - i)) / (length + 1);
  }
  return extended;
}

function unwindPath(path: PathElement[], index: number): PathElement[] {
  const last = path.length - 1;
  const { oneFraction, zeroFraction } = path[index]!;
  const unwound = path.map((element) => ({ ...element }));
  let next = unwound[last]!.weight;
  for (let j = last - 1; j >= 0; j--) {
    if (oneFraction !== 0) {
      const kept = unwound[j]!.weight;
      unwound[j]!.weight = (next * (last + 1)) / ((j + 1) * oneFraction);
      next = kept - (unwound[j]!.weight * zeroFraction * (last - j)) / (last + 1);
    } else {
      unwound[j]!.weight = (unwound[j]!.weight * (last + 1)) / (zeroFraction * (last - j));
    }
  }
  for (let j = index; j < last; j++) {
    unwound[j]!.feature = unwound[j + 1]!.feature;
    unwound[j]!.zeroFraction = unwound[j + 1]!.zeroFraction;
    unwound[j]!.oneFraction = unwound[j + 1]!.oneFraction;
  }
  unwound.pop();
  return unwound;
}

function unwoundPathSum(path: PathElement[], index: number): number {
  return unwindPath(path, index).reduce((sum, element) => sum + element.weight, 0);
}
