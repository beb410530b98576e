import type { PurchaseHistory } from './purchase-history';

/**
 * For each product, its most similar products: cosine similarity of the sets of customers who bought
 * them ("customers who bought X also bought Y"), the top `size` kept. Computed product by product
 * with one scratch row, so memory stays at products × size whatever the number of customers.
 */
export interface ItemNeighbours {
  readonly size: number;
  /** Neighbour product indexes, `size` per product (-1 = none). */
  readonly product: Int32Array;
  readonly similarity: Float32Array;
  /** Customers who bought both (for reasons: "34 of the 120 customers who bought X"). */
  readonly together: Int32Array;
}

/** Builds the neighbour lists from purchase histories (binary: bought or not). */
export function itemNeighboursOf(history: PurchaseHistory, products: number, size = 40): ItemNeighbours {
  const customers = history.offsets.length - 1;
  // product -> customers (CSR)
  const buyers = new Int32Array(products);
  for (let s = 0; s < history.product.length; s++) buyers[history.product[s]!]!++;
  const byProduct = new Int32Array(products + 1);
  for (let p = 0; p < products; p++) byProduct[p + 1] = byProduct[p]! + buyers[p]!;
  const fill = byProduct.slice(0, products);
  const customerOf = new Int32Array(history.product.length);
  for (let c = 0; c < customers; c++) {
    for (let s = history.offsets[c]!; s < history.offsets[c + 1]!; s++)
      customerOf[fill[history.product[s]!]!++] = c;
  }
  const neighbour = new Int32Array(products * size).fill(-1);
  const similarity = new Float32Array(products * size);
  const together = new Int32Array(products * size);
  const co = new Int32Array(products);
  const touched = new Int32Array(products);
  const heapProduct = new Int32Array(size);
  const heapScore = new Float64Array(size);
  for (let p = 0; p < products; p++) {
    let touchedCount = 0;
    for (let b = byProduct[p]!; b < byProduct[p + 1]!; b++) {
      const c = customerOf[b]!;
      for (let s = history.offsets[c]!; s < history.offsets[c + 1]!; s++) {
        const q = history.product[s]!;
        if (q === p) continue;
        if (co[q] === 0) touched[touchedCount++] = q;
        co[q]!++;
      }
    }
    // keep the top `size` by cosine in a small min-heap
    let heapSize = 0;
    for (let t = 0; t < touchedCount; t++) {
      const q = touched[t]!;
      const score = co[q]! / Math.sqrt(buyers[p]! * buyers[q]!);
      if (heapSize < size) {
        heapProduct[heapSize] = q;
        heapScore[heapSize] = score;
        siftUp(heapProduct, heapScore, heapSize++);
      } else if (score > heapScore[0]!) {
        heapProduct[0] = q;
        heapScore[0] = score;
        siftDown(heapProduct, heapScore, heapSize);
      }
    }
    const order = Array.from({ length: heapSize }, (_, i) => i).sort(
      (a, b) => heapScore[b]! - heapScore[a]! || heapProduct[a]! - heapProduct[b]!,
    );
    order.forEach((h, rank) => {
      neighbour[p * size + rank] = heapProduct[h]!;
      similarity[p * size + rank] = heapScore[h]!;
      together[p * size + rank] = co[heapProduct[h]!]!;
    });
    for (let t = 0; t < touchedCount; t++) co[touched[t]!] = 0;
  }
  return { size, product: neighbour, similarity, together };
}

function siftUp(ids: Int32Array, scores: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (scores[parent]! <= scores[i]!) break;
    swap(ids, scores, i, parent);
    i = parent;
  }
}

function siftDown(ids: Int32Array, scores: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && scores[l]! < scores[m]!) m = l;
    if (r < size && scores[r]! < scores[m]!) m = r;
    if (m === i) return;
    swap(ids, scores, i, m);
    i = m;
  }
}

function swap(ids: Int32Array, scores: Float64Array, a: number, b: number): void {
  const id = ids[a]!;
  ids[a] = ids[b]!;
  ids[b] = id;
  const s = scores[a]!;
  scores[a] = scores[b]!;
  scores[b] = s;
}
