/** How a tree grows: leaf-wise (best gain first) up to `maxLeaves`, on Newton steps. */
export interface TreeGrowthParams {
  maxLeaves: number;
  /** 0 for no depth limit. */
  maxDepth: number;
  minSamplesLeaf: number;
  minHessianLeaf: number;
  /** L2 penalty on leaf values. */
  l2: number;
  minGain: number;
  learningRate: number;
  /** Categorical splits: extra L2 on the split gain, smoothing of the category order, and limits. */
  categoricalL2: number;
  categoricalSmoothing: number;
  minSamplesPerCategory: number;
  maxCategoriesLeft: number;
}

/** The feature layout a grower needs: bins per feature, which features are categorical, histogram offsets. */
export interface FeatureLayout {
  binCounts: number[];
  categorical: boolean[];
  offsets: number[];
  totalBins: number;
}

/** Builds the histogram layout of binned features. */
export function featureLayoutOf(binCounts: number[], categorical: boolean[]): FeatureLayout {
  const offsets: number[] = [];
  let totalBins = 0;
  for (const count of binCounts) {
    offsets.push(totalBins);
    totalBins += count;
  }
  return { binCounts, categorical, offsets, totalBins };
}
