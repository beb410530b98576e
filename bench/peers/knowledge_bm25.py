#!/usr/bin/env python3
"""Peer for `bench/knowledge-beir.ts`: a plain BM25 (k1=0.9, b=0.4) in numpy/scikit-learn on BEIR files.

Tokenisation is scikit-learn's CountVectorizer default (lower-case, words of 2+ characters, no
stemming, no stop words); title and text are concatenated; idf is Lucene's log(1 + (N-df+0.5)/(df+0.5)).
nDCG@10 (linear gains, trec_eval tie order) and Recall@100 are computed here the way pytrec_eval does,
self-hits ignored. Prints one JSON line. Usage: knowledge_bm25.py CORPUS QUERIES QRELS [k1] [b]
With `--run RUN.tsv` instead, it only scores that TREC run file (an independent check of our evaluation):
knowledge_bm25.py --run RUN.tsv QRELS
"""
import gzip
import json
import math
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer


def read_jsonl(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_qrels(path):
    qrels = {}
    with open(path, encoding='utf-8') as handle:
        for line in handle:
            fields = line.split()
            if len(fields) < 3 or not fields[2].lstrip('-').isdigit():
                continue
            qrels.setdefault(fields[0], {})[fields[1]] = int(fields[2])
    return qrels


def score(ranked_ids, judged, qid):
    ranked_ids = [d for d in ranked_ids if d != qid]
    relevant = {d for d, g in judged.items() if g > 0}
    dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked_ids[:10]))
    ideal = sorted((g for g in judged.values() if g > 0), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return (dcg / idcg if idcg else 0.0), len(relevant & set(ranked_ids[:100])) / len(relevant)


def score_run_file(run_path, qrels_path):
    qrels = read_qrels(qrels_path)
    run = {}
    with open(run_path, encoding='utf-8') as handle:
        for line in handle:
            qid, _, doc, _, value, _ = line.split()
            run.setdefault(qid, []).append((float(value), doc))
    ndcgs, recalls = [], []
    for qid, judged in qrels.items():
        if not any(g > 0 for g in judged.values()):
            continue
        ranked = sorted(run.get(qid, []), key=lambda x: (-x[0], _neg(x[1])))
        n, r = score([d for _, d in ranked], judged, qid)
        ndcgs.append(n)
        recalls.append(r)
    print(json.dumps({'system': 'python scorer of a TREC run', 'ndcgAt10': float(np.mean(ndcgs)), 'recallAt100': float(np.mean(recalls)), 'queries': len(ndcgs)}))


def main():
    if sys.argv[1] == '--run':
        score_run_file(sys.argv[2], sys.argv[3])
        return
    corpus_path, queries_path, qrels_path = sys.argv[1:4]
    k1 = float(sys.argv[4]) if len(sys.argv) > 4 else 0.9
    b = float(sys.argv[5]) if len(sys.argv) > 5 else 0.4
    started = time.perf_counter()
    corpus = read_jsonl(corpus_path)
    queries = {str(q['_id']): q['text'] for q in read_jsonl(queries_path)}
    qrels = read_qrels(qrels_path)
    doc_ids = [str(d['_id']) for d in corpus]
    vectorizer = CountVectorizer()
    tf = vectorizer.fit_transform([(d.get('title') or '') + ' ' + (d.get('text') or '') for d in corpus]).tocsc()
    n = tf.shape[0]
    lengths = np.asarray(tf.sum(axis=1)).ravel()
    df = np.diff(tf.indptr)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    norm = k1 * (1 - b + b * lengths / lengths.mean())
    indexed = time.perf_counter()
    analyzer = vectorizer.build_analyzer()
    vocabulary = vectorizer.vocabulary_
    ndcgs, recalls, latencies = [], [], []
    for qid, judged in qrels.items():
        relevant = {d for d, g in judged.items() if g > 0}
        if not relevant:
            continue
        start = time.perf_counter()
        scores = np.zeros(n)
        for term in analyzer(queries.get(qid, '')):
            col = vocabulary.get(term)
            if col is None:
                continue
            rows = tf.indices[tf.indptr[col]:tf.indptr[col + 1]]
            freqs = tf.data[tf.indptr[col]:tf.indptr[col + 1]]
            scores[rows] += idf[col] * freqs * (k1 + 1) / (freqs + norm[rows])
        top = np.argpartition(-scores, 100)[:100]
        ranked = sorted(((scores[i], doc_ids[i]) for i in top if scores[i] > 0 and doc_ids[i] != qid), key=lambda x: (-x[0], _neg(x[1])))
        latencies.append(time.perf_counter() - start)
        ranked_ids = [d for _, d in ranked]
        dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked_ids[:10]))
        ideal = sorted((g for g in judged.values() if g > 0), reverse=True)[:10]
        idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        ndcgs.append(dcg / idcg if idcg else 0.0)
        recalls.append(len(relevant & set(ranked_ids[:100])) / len(relevant))
    latencies.sort()
    print(json.dumps({
        'system': 'python numpy/sklearn BM25 (plain)', 'k1': k1, 'b': b,
        'ndcgAt10': float(np.mean(ndcgs)), 'recallAt100': float(np.mean(recalls)), 'queries': len(ndcgs),
        'indexSeconds': indexed - started, 'queryP50Ms': 1000 * latencies[len(latencies) // 2],
    }))


class _neg(str):
    """Reverse string order, so ties sort by document id descending like trec_eval."""

    def __lt__(self, other):
        return str.__gt__(self, other)


if __name__ == '__main__':
    main()
