import {
  leafIndexOf,
  routedValue,
  routingTableOf,
  type RegressionTree,
} from '../../../src/ml/scoring/regression-tree';

describe('routing tables of regression trees', () => {
  // Node 0 splits feature 0 at bin 3 with missing right; node 1 sends categories 2 and 5 of feature 1
  // left; node 2 splits feature 0 at bin 200 with missing left.
  const tree: RegressionTree = {
    feature: [0, 1, 0, -1, -1, -1, -1],
    threshold: [3, 0, 200, 0, 0, 0, 0],
    missingLeft: [false, false, true, false, false, false, false],
    leftBins: [null, [2, 5], null, null, null, null, null],
    left: [1, 3, 5, -1, -1, -1, -1],
    right: [2, 4, 6, -1, -1, -1, -1],
    value: [0, 0, 0, 0.1, 0.2, 0.3, 0.4],
    cover: [1, 1, 1, 1, 1, 1, 1],
    gain: [1, 1, 1, 0, 0, 0, 0],
  };

  it('gives the value of the leaf leafIndexOf finds, for every pair of bins', () => {
    const route = routingTableOf(tree);
    const bins = new Uint8Array(2);
    const seen = new Set<number>();
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        bins[0] = a;
        bins[1] = b;
        const value = routedValue(route, bins, 0);
        expect(value).toBe(tree.value[leafIndexOf(tree, bins, 0)]);
        seen.add(value);
      }
    }
    expect([...seen].sort()).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('routes a lone leaf to its value', () => {
    const leaf: RegressionTree = {
      feature: [-1],
      threshold: [0],
      missingLeft: [false],
      leftBins: [null],
      left: [-1],
      right: [-1],
      value: [0.25],
      cover: [1],
      gain: [0],
    };
    expect(routedValue(routingTableOf(leaf), Uint8Array.of(9), 0)).toBe(0.25);
  });
});
