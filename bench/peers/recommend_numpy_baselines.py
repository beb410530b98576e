"""Peer for the recommendation bench: baselines and EASE recomputed with pandas/numpy on the same split.

Trains on order lines before the cut and scores, for every returning customer (a purchase before and
after the cut), the top 10 against the products bought after it (HR@10, NDCG@10 with the ideal DCG
over min(10, products bought)). Rows without CustomerID and non-product codes are dropped; products
a customer returned in full are left out of their history.

- popularity: the 10 products most customers bought before the cut;
- bought most: each customer's products by number of invoices (ties by product code), padded with popularity;
- bought most, ties by popularity;
- EASE (Steck 2019, closed form, lambda 200) on the binary customer x product matrix alone, and added to
  log(1 + invoices) of the customer's own history ("history + EASE"): a strong published CF peer.

usage: recommend_numpy_baselines.py ORDERS_CSV CUT
Prints one JSON line, with each returning customer's HR@10 and NDCG@10 per method under "per_customer"
(for paired bootstrap intervals in the bench).
"""
import json
import sys
import time

import numpy as np
import pandas as pd

NON_PRODUCT = {"POST", "DOT", "C2", "C3", "M", "D", "S", "B", "CRUK", "PADS", "BANK CHARGES", "AMAZONFEE",
               "ADJUST", "ADJUST2", "TEST001", "TEST002", "SHIPPING", "FEE", "DISCOUNT"}
K = 10


def main():
    orders_file, cut_text = sys.argv[1:3]
    cut = pd.Timestamp(cut_text)
    started = time.time()
    df = pd.read_csv(orders_file, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str}, parse_dates=["InvoiceDate"])
    df = df[df.CustomerID.notna()].copy()
    codes = df.StockCode.str.upper()
    df = df[~codes.isin(NON_PRODUCT) & ~codes.str.startswith("GIFT_") & ~codes.str.startswith("TEST") & (df.UnitPrice >= 0)]
    before = df[df.InvoiceDate < cut]
    net = before.groupby(["CustomerID", "StockCode"]).Quantity.sum()
    kept = net[net > 0].index
    bought = before[before.Quantity > 0].set_index(["CustomerID", "StockCode"])
    bought = bought[bought.index.isin(kept)].reset_index()
    invoices = bought.groupby(["CustomerID", "StockCode"]).InvoiceNo.nunique()
    after = df[(df.InvoiceDate >= cut) & (df.Quantity > 0)]
    truth = after.groupby("CustomerID").StockCode.apply(set)
    users = sorted(set(df[(df.InvoiceDate < cut) & (df.Quantity > 0)].CustomerID) & set(truth.index))

    popularity = bought.groupby("StockCode").CustomerID.nunique().sort_values(ascending=False, kind="stable")
    popular = list(popularity.index[:K])
    items = sorted(bought.StockCode.unique())
    index = {p: i for i, p in enumerate(items)}
    customers = sorted(bought.CustomerID.unique())
    cindex = {c: i for i, c in enumerate(customers)}
    counts = np.zeros((len(customers), len(items)), dtype=np.float32)
    for (c, p), n in invoices.items():
        counts[cindex[c], index[p]] = n
    binary = (counts > 0).astype(np.float32)
    gram = binary.T @ binary
    gram[np.diag_indices_from(gram)] += 200.0
    inverse = np.linalg.inv(gram)
    weights = -inverse / np.diag(inverse)
    np.fill_diagonal(weights, 0.0)
    pop_vector = np.array([popularity.get(p, 0) for p in items], dtype=np.float64)

    def score(ranked, u):
        t = truth[u]
        hits = [1.0 if p in t else 0.0 for p in ranked[:K]]
        dcg = sum(h / np.log2(i + 2) for i, h in enumerate(hits))
        ideal = sum(1 / np.log2(i + 2) for i in range(min(K, len(t))))
        return (1.0 if any(hits) else 0.0), dcg / ideal

    def padded(first):
        out = list(first[:K])
        for p in popularity.index:
            if len(out) >= K:
                break
            if p not in out:
                out.append(p)
        return out

    names = ["popularity", "bought_most", "bought_most_popular_ties", "ease", "history_plus_ease"]
    totals = {name: [0.0, 0.0] for name in names}
    per_customer = {"customers": list(users), "hit": {name: [] for name in names}, "ndcg": {name: [] for name in names}}
    for u in users:
        own = invoices.loc[u] if u in invoices.index.get_level_values(0) else pd.Series(dtype=float)
        by_code = sorted(own.index, key=lambda p: (-own[p], p))
        by_pop = sorted(own.index, key=lambda p: (-own[p], -popularity.get(p, 0)))
        row = binary[cindex[u]] if u in cindex else np.zeros(len(items), dtype=np.float32)
        ease = row @ weights
        mixed = np.log1p(counts[cindex[u]] if u in cindex else np.zeros(len(items))) + ease + 1e-9 * pop_vector
        ranked = {
            "popularity": popular,
            "bought_most": padded(by_code),
            "bought_most_popular_ties": padded(by_pop),
            "ease": [items[i] for i in np.argsort(-(ease + 1e-9 * pop_vector))[:K]],
            "history_plus_ease": [items[i] for i in np.argsort(-mixed)[:K]],
        }
        for name, r in ranked.items():
            h, n = score(r, u)
            totals[name][0] += h
            totals[name][1] += n
            per_customer["hit"][name].append(h)
            per_customer["ndcg"][name].append(round(float(n), 6))
    result = {name: {"hitRate": round(h / len(users), 4), "ndcg": round(n / len(users), 4)} for name, (h, n) in totals.items()}
    print(json.dumps({"library": f"pandas {pd.__version__}, numpy {np.__version__}", "returning_customers": len(users), "products": len(items), "results": result, "seconds": round(time.time() - started, 2), "per_customer": per_customer}))


if __name__ == "__main__":
    main()
