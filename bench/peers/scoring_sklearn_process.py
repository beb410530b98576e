"""Whole-process peer of `crmpro scoring train` on Bank Marketing: pandas reads the file, then
scikit-learn trains GradientBoostingClassifier(100, lr 0.1, depth 3) on one-hot categoricals
("gbc") or HistGradientBoostingClassifier with native categoricals ("hgb") on every row, the
`duration` column dropped. Timed from outside, process start to exit, like our command.

usage: scoring_sklearn_process.py DATA gbc|hgb
"""
import sys

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier

frame = pd.read_csv(sys.argv[1], sep=";", na_values=["unknown", ""], keep_default_na=False)
y = (frame["y"] == "yes").astype(int).to_numpy()
features = frame.drop(columns=["y", "duration"])
if sys.argv[2] == "gbc":
    GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3).fit(
        pd.get_dummies(features, dummy_na=True), y
    )
else:
    categorical = [features[c].dtype == object for c in features.columns]
    codes = features.apply(lambda c: c.astype("category").cat.codes if c.dtype == object else c)
    HistGradientBoostingClassifier(categorical_features=categorical).fit(codes, y)
