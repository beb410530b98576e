"""Peer for the intent bench: TF-IDF + linear SVM with scikit-learn, on the folds the TypeScript bench wrote.

Two feature sets, both LinearSVC(C=1) (LIBLINEAR, squared hinge, one-vs-rest):
- "word":      TfidfVectorizer(ngram_range=(1,2), sublinear_tf=True) -- the classic baseline;
- "word+char": the above plus TfidfVectorizer(analyzer="char_wb", ngram_range=(2,5), sublinear_tf=True, min_df=2),
               the strongest plain TF-IDF + SVM set-up we found.
Closed-set accuracy and macro-F1 per fold; with --oos, the out-of-scope protocol the bench describes
(unknown intents held out; threshold on the max decision value at the target false-OOS rate chosen on a
20% stratified holdout of the training part, then the model refit on all of it).

usage: nlu_sklearn_svm.py DATA.csv SPLIT.json   (SPLIT: {"labelColumn", "folds": [fold per row], "oos": [...]})
Prints one JSON object.
"""
import csv
import json
import sys
import time

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC


def vectorizers(kind):
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    if kind == "word":
        return [word]
    return [word, TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)]


def fit(kind, texts, labels):
    vecs = vectorizers(kind)
    x = hstack([v.fit_transform(texts) for v in vecs]).tocsr()
    model = LinearSVC(C=1.0).fit(x, labels)
    return lambda t: model.decision_function(hstack([v.transform(t) for v in vecs]).tocsr()), model.classes_


def closed_set(kind, texts, labels, folds):
    out = []
    for f in sorted(set(folds) - {-1}):
        tr = [i for i, g in enumerate(folds) if g != f]
        te = [i for i, g in enumerate(folds) if g == f]
        t0 = time.time()
        score, classes = fit(kind, [texts[i] for i in tr], [labels[i] for i in tr])
        train_s = time.time() - t0
        pred = classes[np.argmax(score([texts[i] for i in te]), axis=1)]
        truth = [labels[i] for i in te]
        out.append({"fold": f, "accuracy": float(np.mean(pred == np.array(truth))), "macroF1": float(f1_score(truth, pred, average="macro")), "trainSeconds": train_s})
    return out


def oos_run(kind, texts, labels, spec):
    """spec: {"train": [row], "test": [row], "testLabels": [label or oos], "target": rate}"""
    tr, te = spec["train"], spec["test"]
    tr_texts = [texts[i] for i in tr]
    tr_labels = [spec["trainLabels"][k] for k in range(len(tr))]
    fit_idx, hold_idx = train_test_split(np.arange(len(tr)), test_size=0.2, stratify=tr_labels, random_state=42)
    score, _ = fit(kind, [tr_texts[i] for i in fit_idx], [tr_labels[i] for i in fit_idx])
    hold_scores = score([tr_texts[i] for i in hold_idx])
    hold_labels = np.array([tr_labels[i] for i in hold_idx])
    classes = sorted(set(tr_labels[i] for i in fit_idx))
    oos_col = classes.index("oos") if "oos" in classes else -1
    def top(scores):
        s = scores.copy()
        if oos_col >= 0:
            s[:, oos_col] = -np.inf
        return s.max(axis=1), s.argmax(axis=1)
    hold_max, _ = top(hold_scores)
    in_scope = np.sort(hold_max[hold_labels != "oos"])
    threshold = in_scope[int(spec["target"] * len(in_scope))]
    score, classes = fit(kind, tr_texts, tr_labels)
    classes = list(classes)
    oos_col = classes.index("oos") if "oos" in classes else -1
    test_scores = score([texts[i] for i in te])
    best, arg = top(test_scores)
    oos_wins = test_scores[:, oos_col] > best if oos_col >= 0 else np.zeros(len(te), dtype=bool)
    pred = np.where((best < threshold) | oos_wins, "oos", np.array(classes, dtype=object)[arg])
    truth = np.array(spec["testLabels"], dtype=object)
    called = pred == "oos"
    is_oos = truth == "oos"
    return {
        "oosPrecision": float((called & is_oos).sum() / max(1, called.sum())),
        "oosRecall": float((called & is_oos).sum() / max(1, is_oos.sum())),
        "falseOosRate": float((called & ~is_oos).sum() / max(1, (~is_oos).sum())),
        "inScopeAccuracy": float((pred[~is_oos] == truth[~is_oos]).mean()),
    }


def main():
    data, split_file = sys.argv[1], sys.argv[2]
    with open(split_file) as handle:
        split = json.load(handle)
    with open(data, newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["text"] for r in rows]
    labels = [r[split["labelColumn"]] for r in rows]
    result = {"closedSet": {kind: closed_set(kind, texts, labels, split["folds"]) for kind in ("word", "word+char")}}
    if split.get("oos"):
        result["oos"] = [{"protocol": s["protocol"], "fold": s["fold"], **oos_run("word+char", texts, labels, s)} for s in split["oos"]]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
