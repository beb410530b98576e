"""Peer for the intent bench (bench/nlu-intents.ts): scikit-learn TF-IDF + LinearSVC, the configuration
issue 17 names as the strongest plain peer:

    TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)                       word 1-2-grams
  + TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)   char_wb 2-5-grams
  -> hstack -> LinearSVC(C=0.5)   (LIBLINEAR, squared hinge, one-vs-rest)

`oos` rows, when a training file has them, are a class like any other (argmax over all classes),
which is what a plain classifier does with a CLINC150-style file.

usage: nlu_sklearn_svm.py JOBS.json
  JOBS: [{"name": str, "train": CSV, "test": CSV}]  (CSV columns text,label; the test labels are not read)
Prints one JSON line per job: {"name", "labels": [predicted label per test row], "bestInScope": [max
decision value over the in-scope classes], "oosMargin": [decision value of oos minus bestInScope, or
null], "trainSeconds", "predictSeconds"}. The bench scores the predictions with the same code as ours.
"""
import csv
import json
import sys
import time

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r.get("label", "") for r in rows]


def run(job):
    train_texts, train_labels = read(job["train"])
    test_texts, _ = read(job["test"])
    started = time.perf_counter()
    vectorizers = [
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
    ]
    x = hstack([v.fit_transform(train_texts) for v in vectorizers]).tocsr()
    model = LinearSVC(C=0.5).fit(x, train_labels)
    train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    scores = model.decision_function(hstack([v.transform(test_texts) for v in vectorizers]).tocsr())
    classes = list(model.classes_)
    labels = [classes[k] for k in scores.argmax(axis=1)]
    predict_seconds = time.perf_counter() - started
    oos = classes.index("oos") if "oos" in classes else -1
    in_scope = scores.copy()
    if oos >= 0:
        in_scope[:, oos] = -np.inf
    best = in_scope.max(axis=1)
    return {
        "name": job["name"],
        "labels": labels,
        "bestInScope": best.tolist(),
        "oosMargin": (scores[:, oos] - best).tolist() if oos >= 0 else None,
        "trainSeconds": train_seconds,
        "predictSeconds": predict_seconds,
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        jobs = json.load(handle)
    for job in jobs:
        print(json.dumps(run(job)), flush=True)


if __name__ == "__main__":
    main()
