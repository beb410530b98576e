"""scikit-learn peers for a binary outcome on the same features and the same split as ours.

Used by the churn and lead-conversion benches. Reads the feature table the TypeScript bench exported
(one row per example: the model's features, a 0/1 label column, a split column train/test and id
columns to leave out), trains GradientBoostingClassifier (100 trees, depth 3, one-hot categoricals),
HistGradientBoostingClassifier (native categoricals) and LogisticRegression (one-hot categoricals,
standardised numeric columns with missing values set to the training median plus a missing flag)
on the train rows with scikit-learn's defaults (nothing tuned on the test rows) and scores the test
rows. Prints one JSON line: per model AUC, Brier, a reliability table and training time.

usage: binary_peers.py FEATURES_CSV --label COLUMN [--split COLUMN] [--ignore COL,COL] [--bins 10]
  e.g. binary_peers.py churn.csv --label lost --ignore account_id,cutoff --bins 10
       binary_peers.py leads.csv --label converted --ignore lead_id,created_at --bins 5
"""
import argparse
import json
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score

def reliability(y, p, bins):
    table = []
    edges = np.minimum((p * bins).astype(int), bins - 1)
    for b in range(bins):
        mask = edges == b
        if mask.sum() == 0:
            continue
        table.append({
            "from": b / bins,
            "to": (b + 1) / bins,
            "count": int(mask.sum()),
            "meanPredicted": float(p[mask].mean()),
            "observedRate": float(y[mask].mean()),
        })
    return table


def one_hot(features, categorical, numeric, train):
    encoded = pd.get_dummies(features, columns=categorical, dummy_na=True).astype(float)
    for column in numeric:
        median = features.loc[train, column].median()
        encoded[f"{column}_missing"] = features[column].isna().astype(float)
        encoded[column] = features[column].fillna(median)
    return encoded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("features")
    parser.add_argument("--label", required=True, help="the 0/1 outcome column")
    parser.add_argument("--split", default="split", help="the column saying train or test")
    parser.add_argument("--ignore", default="", help="comma-separated id columns that are not features")
    parser.add_argument("--bins", type=int, default=10)
    args = parser.parse_args()

    frame = pd.read_csv(args.features, keep_default_na=False, na_values=[""])
    y = frame[args.label].astype(int).to_numpy()
    train = (frame[args.split] == "train").to_numpy()
    test = ~train
    ignored = [c for c in args.ignore.split(",") if c]
    features = frame.drop(columns=[args.label, args.split, *ignored])
    categorical = [c for c in features.columns if features[c].dtype == object]
    numeric = [c for c in features.columns if c not in categorical]

    onehot = one_hot(features, categorical, numeric, train)
    onehot_matrix = onehot.to_numpy(dtype=float)
    scaled = onehot_matrix.copy()
    mean = scaled[train].mean(axis=0)
    std = scaled[train].std(axis=0)
    std[std == 0] = 1
    scaled = (scaled - mean) / std

    native = features.copy()
    for c in categorical:
        codes = native[c].astype("category").cat.codes.astype(float)
        native[c] = codes.where(codes >= 0, np.nan)
    native_matrix = native.to_numpy(dtype=float)
    mask = [c in categorical for c in native.columns]

    models = {
        "sklearn GradientBoostingClassifier": (
            GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3, random_state=0),
            onehot_matrix,
        ),
        "sklearn HistGradientBoostingClassifier": (
            HistGradientBoostingClassifier(categorical_features=mask, random_state=0),
            native_matrix,
        ),
        "sklearn LogisticRegression": (LogisticRegression(max_iter=1000), scaled),
    }
    out = {}
    for name, (model, matrix) in models.items():
        started = time.perf_counter()
        cpu_started = time.process_time()
        model.fit(matrix[train], y[train])
        train_seconds = time.perf_counter() - started
        train_cpu_seconds = time.process_time() - cpu_started
        p = model.predict_proba(matrix[test])[:, 1]
        out[name] = {
            "auc": float(roc_auc_score(y[test], p)),
            "brier": float(brier_score_loss(y[test], p)),
            "reliability": reliability(y[test], p, args.bins),
            "trainSeconds": train_seconds,
            "trainCpuSeconds": train_cpu_seconds,
        }
    import sklearn

    print(json.dumps({"sklearn": sklearn.__version__, "trainRows": int(train.sum()), "testRows": int(test.sum()), "models": out}))


if __name__ == "__main__":
    main()
