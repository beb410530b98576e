"""Whole-process peer of `crmpro segment run`: pandas reads the orders file, RFM per customer,
scikit-learn KMeans(n_clusters=6, n_init=10) on standardised log-RFM, one CSV row per customer.

The date column is parsed with its format given (pandas' fastest path), so this is the peer at its
best. Timed from outside, process start to exit, like our command.

usage: segment_pandas_kmeans_run.py ORDERS_CSV OUT_CSV
"""
import sys

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

orders = pd.read_csv(
    sys.argv[1],
    encoding="latin-1",
    dtype={"CustomerID": str, "InvoiceNo": str, "StockCode": str},
)
orders = orders.dropna(subset=["CustomerID"])
orders["InvoiceDate"] = pd.to_datetime(orders["InvoiceDate"], format="%Y-%m-%d %H:%M:%S")
orders["spend"] = orders["Quantity"] * orders["UnitPrice"]
end = orders["InvoiceDate"].max()
rfm = orders.groupby("CustomerID").agg(
    last=("InvoiceDate", "max"), frequency=("InvoiceNo", "nunique"), monetary=("spend", "sum")
)
features = np.column_stack(
    [(end - rfm["last"]).dt.days, rfm["frequency"], rfm["monetary"].clip(lower=0)]
)
labels = KMeans(n_clusters=6, n_init=10, random_state=0).fit_predict(
    StandardScaler().fit_transform(np.log1p(features))
)
pd.DataFrame({"customer_id": rfm.index, "segment": labels}).to_csv(sys.argv[2], index=False)
