"""Peer for the scoring bench: the seed design's scikit-learn GradientBoostingClassifier.

Reads a delimited file, one-hot encodes the categorical columns (pandas.get_dummies, as the seed
design did), trains GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3)
on the rows NOT listed in the split file and scores the listed test rows. The split file is written
by the TypeScript bench (the same stratified split our learner uses). Prints one JSON line.

With --predictions FILE it also writes the test rows' probabilities there (a JSON array, test rows
in ascending row order), for paired comparisons.

usage: scoring_sklearn_gbdt.py DATA TARGET SPLIT_JSON [--drop COL,...] [--positive yes]
       [--model gbc|hgb] [--predictions FILE]
"""
import argparse
import json
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
from sklearn.metrics import brier_score_loss, roc_auc_score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("target")
    parser.add_argument("split")
    parser.add_argument("--drop", default="")
    parser.add_argument("--positive", default="yes")
    parser.add_argument("--model", default="gbc", choices=["gbc", "hgb"])
    parser.add_argument("--predictions", default="")
    args = parser.parse_args()

    frame = pd.read_csv(args.data, sep=None, engine="python", na_values=["unknown", ""], keep_default_na=False)
    drop = [c for c in args.drop.split(",") if c]
    y = (frame[args.target].astype(str).str.lower() == args.positive).astype(int).to_numpy()
    features = frame.drop(columns=[args.target, *drop])
    categorical = [c for c in features.columns if features[c].dtype == object]
    with open(args.split) as handle:
        test_rows = np.array(json.load(handle), dtype=np.int64)
    is_test = np.zeros(len(frame), dtype=bool)
    is_test[test_rows] = True

    if args.model == "gbc":
        encoded = pd.get_dummies(features, columns=categorical, dummy_na=True).astype(float).fillna(-1).to_numpy()
        model = GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3, random_state=0)
    else:
        for c in categorical:
            codes = features[c].astype("category").cat.codes.astype(float)
            features[c] = codes.where(codes >= 0, np.nan)
        encoded = features.to_numpy(dtype=float)
        mask = [c in categorical for c in features.columns]
        model = HistGradientBoostingClassifier(categorical_features=mask, random_state=0)

    started = time.perf_counter()
    cpu_started = time.process_time()
    model.fit(encoded[~is_test], y[~is_test])
    train_seconds = time.perf_counter() - started
    train_cpu_seconds = time.process_time() - cpu_started
    started = time.perf_counter()
    probability = model.predict_proba(encoded[is_test])[:, 1]
    score_seconds = time.perf_counter() - started
    if args.predictions:
        with open(args.predictions, "w") as handle:
            json.dump(probability.tolist(), handle)
    print(json.dumps({
        "peer": f"scikit-learn {args.model}",
        "auc": roc_auc_score(y[is_test], probability),
        "brier": brier_score_loss(y[is_test], probability),
        "trainSeconds": train_seconds,
        "trainCpuSeconds": train_cpu_seconds,
        "scoreSeconds": score_seconds,
        "trainRows": int((~is_test).sum()),
        "testRows": int(is_test.sum()),
    }))


if __name__ == "__main__":
    main()
