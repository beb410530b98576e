"""Peer for the segmentation bench: scikit-learn KMeans on standardised log-RFM, and an independent RFM.

1. Reads the per-customer table our bench wrote (customer_id, recency_days, frequency, monetary,
   later_spend: the same customers and figures our evaluation used) and runs scikit-learn
   KMeans(n_clusters=k, n_init=10, random_state=0) on StandardScaler(log1p(R, F, max(M, 0))) for
   k = 3..12, reporting eta^2 of log1p(max(later_spend, 0)) per k.
2. Recomputes RFM and later spend from the raw orders file with pandas (rows without CustomerID
   dropped, non-product codes dropped, cancellations netted into spend, frequency = invoices with a
   purchased product before the cut) to check our feature extraction, and runs the same KMeans on it.

usage: segment_sklearn_kmeans.py ORDERS_CSV CUT TABLE_CSV
       segment_sklearn_kmeans.py --time TABLE_CSV K    (only: seconds of one KMeans fit, for the scale bench)
Prints one JSON line.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

NON_PRODUCT = {"POST", "DOT", "C2", "C3", "M", "D", "S", "B", "CRUK", "PADS", "BANK CHARGES", "AMAZONFEE",
               "ADJUST", "ADJUST2", "TEST001", "TEST002", "SHIPPING", "FEE", "DISCOUNT"}


def eta_squared(y, labels):
    mean = y.mean()
    total = ((y - mean) ** 2).sum()
    between = sum(len(y[labels == g]) * (y[labels == g].mean() - mean) ** 2 for g in np.unique(labels))
    return float(between / total) if total else 0.0


def kmeans_by_count(recency, frequency, monetary, later):
    x = StandardScaler().fit_transform(np.log1p(np.c_[recency, frequency, np.maximum(monetary, 0)]))
    y = np.log1p(np.maximum(later, 0))
    out = {}
    for k in range(3, 13):
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(x)
        out[str(k)] = round(eta_squared(y, labels), 4)
    return out


def time_only(table_file, k):
    table = pd.read_csv(table_file, dtype={"customer_id": str})
    x = StandardScaler().fit_transform(np.log1p(np.c_[table.recency_days, table.frequency, np.maximum(table.monetary, 0)]))
    started = time.time()
    KMeans(n_clusters=k, n_init=10, random_state=0).fit(x)
    print(json.dumps({"customers": int(len(table)), "k": k, "seconds": round(time.time() - started, 3)}))


def main():
    if sys.argv[1] == "--time":
        time_only(sys.argv[2], int(sys.argv[3]))
        return
    orders_file, cut_text, table_file = sys.argv[1:4]
    started = time.time()
    table = pd.read_csv(table_file, dtype={"customer_id": str})
    same_data = kmeans_by_count(table.recency_days.values, table.frequency.values, table.monetary.values, table.later_spend.values)
    same_seconds = time.time() - started

    started = time.time()
    cut = pd.Timestamp(cut_text)
    df = pd.read_csv(orders_file, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str}, parse_dates=["InvoiceDate"])
    df = df[df.CustomerID.notna()].copy()
    df["CustomerID"] = df.CustomerID.str.replace(r"\.0$", "", regex=True)
    codes = df.StockCode.str.upper()
    df = df[~codes.isin(NON_PRODUCT) & ~codes.str.startswith("GIFT_") & ~codes.str.startswith("TEST") & (df.UnitPrice >= 0)].copy()
    df["amount"] = df.Quantity * df.UnitPrice
    before = df[df.InvoiceDate < cut]
    bought = before[before.Quantity > 0]
    g = bought.groupby("CustomerID")
    rfm = pd.DataFrame({"last": g.InvoiceDate.max(), "frequency": g.InvoiceNo.nunique()})
    rfm["recency_days"] = (cut - rfm["last"]).dt.days
    rfm["monetary"] = before.groupby("CustomerID").amount.sum().reindex(rfm.index)
    rfm["later_spend"] = df[df.InvoiceDate >= cut].groupby("CustomerID").amount.sum().reindex(rfm.index).fillna(0)
    independent = kmeans_by_count(rfm.recency_days.values, rfm.frequency.values, rfm.monetary.values, rfm.later_spend.values)

    joined = table.set_index("customer_id").join(rfm, rsuffix="_pandas", how="outer")
    both = joined.dropna(subset=["recency_days", "recency_days_pandas"])
    check = {
        "ours_customers": int(len(table)),
        "pandas_customers": int(len(rfm)),
        "in_both": int(len(both)),
        "max_abs_diff_recency": float((both.recency_days - both.recency_days_pandas).abs().max()),
        "max_abs_diff_frequency": float((both.frequency - both.frequency_pandas).abs().max()),
        "max_abs_diff_monetary": round(float((both.monetary - both.monetary_pandas).abs().max()), 6),
        "max_abs_diff_later_spend": round(float((both.later_spend - both.later_spend_pandas).abs().max()), 6),
    }
    print(json.dumps({
        "library": "scikit-learn KMeans(n_init=10, random_state=0) on StandardScaler(log1p(R, F, M+))",
        "sklearn_same_table": same_data,
        "sklearn_same_table_seconds": round(same_seconds, 2),
        "sklearn_pandas_rfm": independent,
        "pandas_seconds": round(time.time() - started, 2),
        "feature_check": check,
    }))


if __name__ == "__main__":
    main()
