import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readBeirCorpus, readBeirQueries, readQrels } from '../../../src/ml/knowledge/evaluation/beir-files';
import { evaluateRun, ndcgAt, rankedDocuments } from '../../../src/ml/knowledge/evaluation/trec-metrics';
import { Bm25Index, queryOf } from '../../../src/ml/knowledge/retrieval/bm25-index';
import { DEFAULT_RETRIEVAL, HybridRetriever } from '../../../src/ml/knowledge/retrieval/hybrid-retriever';
import { analyze, withTextCache } from '../../../src/ml/knowledge/text/analyzer';
import { KnowledgeBase } from '../../../src/ml/knowledge/knowledge-base';
import { temporaryKnowledge } from './knowledge-fixture';

describe('retrieval', () => {
  it('analyses text like Lucene’s English analyzer: lower case, stop words out, Porter2 stems', () => {
    expect(analyze("The customer's invoices were REFUNDED, and shipping is free")).toEqual([
      'custom',
      'invoic',
      'were',
      'refund',
      'ship',
      'free',
    ]);
  });

  it('a text-cached analyzer gives each caller its own terms, the same as analysing afresh', () => {
    let analysed = 0;
    const cached = withTextCache((text) => {
      analysed++;
      return analyze(text);
    });
    const first = cached('Refunds are paid within 14 days');
    first.push('changed by the caller');
    expect(cached('Refunds are paid within 14 days')).toEqual(analyze('Refunds are paid within 14 days'));
    expect(analysed).toBe(1);
  });

  it('judges each question on its own evidence, however many questions came between', () => {
    const passages = [
      { label: 1, title: 'Refunds', text: 'refunds are paid within 14 days of cancelling' },
      { label: 2, title: 'Shipping', text: 'parcels ship within two days to every country' },
      { label: 3, title: 'Support', text: 'support answers e-mail within one business day' },
    ];
    const retriever = HybridRetriever.build(passages, {
      ...DEFAULT_RETRIEVAL,
      embedding: { ...DEFAULT_RETRIEVAL.embedding, dimensions: 2 },
    });
    const refund = retriever.search('when are refunds paid', 1)[0]!;
    const before = retriever.evidence('when are refunds paid', refund);
    for (let i = 0; i < 40; i++) retriever.evidence(`how fast do parcels ship to country ${i}`, refund);
    expect(retriever.evidence('when are refunds paid', refund)).toEqual(before);
    expect(before.coverage).toBeGreaterThan(retriever.evidence('how fast do parcels ship', refund).coverage);
  });

  it('BM25 prefers the document where the rare query term is frequent, normalised for length', () => {
    const docs = [
      ['widget', 'widget', 'blue'],
      ['widget', 'red', 'green', 'yellow', 'black', 'white', 'grey', 'pink'],
      ['zebra', 'blue'],
      ['blue', 'red'],
    ];
    const index = new Bm25Index(docs, { k1: 1.2, b: 0.75 });
    expect(index.search(queryOf(['widget']), 10).map((h) => h.doc)).toEqual([0, 1]);
    expect(index.search(queryOf(['zebra', 'blue']), 1)[0]!.doc).toBe(2);
    expect(index.search(queryOf(['unknown']), 10)).toEqual([]);
  });

  it('hybrid search finds a passage that shares no word with the query through the corpus embedding', () => {
    // Planted co-occurrence: "invoice" and "billing" always appear together, so LSA links them.
    const passages = [
      ...Array.from({ length: 12 }, (_, i) => ({
        label: i,
        title: `Billing ${i}`,
        text: `billing invoice payment number ${i} monthly statement`,
      })),
      ...Array.from({ length: 12 }, (_, i) => ({
        label: 100 + i,
        title: `Garden ${i}`,
        text: `tomato garden soil water sunlight seeds ${i}`,
      })),
      { label: 999, title: 'Accounts', text: 'billing statement payment' },
    ];
    const retriever = HybridRetriever.build(passages, {
      ...DEFAULT_RETRIEVAL,
      embedding: { ...DEFAULT_RETRIEVAL.embedding, dimensions: 4 },
    });
    const hits = retriever.search('invoice', 30);
    expect(hits.map((h) => h.label)).toContain(999); // no lexical match, found by the dense side
    const labels = hits.map((h) => h.label);
    const firstGarden = labels.findIndex((label) => label >= 100 && label < 200);
    expect(labels.indexOf(999)).toBeLessThan(firstGarden === -1 ? Infinity : firstGarden);
    expect(
      retriever.evidence(
        'invoice',
        hits.find((h) => h.label === 999)!,
      ).similarity,
    ).toBeGreaterThan(0.5);
  });

  it('answers every fixture question from the right document and section', async () => {
    const temp = temporaryKnowledge();
    try {
      const base = await KnowledgeBase.open(temp);
      const expectations: Array<[string, string, RegExp]> = [
        ['How many days do I have to return a widget?', 'policies/returns.md', /45 days/],
        ['My widget arrived broken', 'policies/returns.md', /replacement/],
        ['How long does delivery to Canada take?', 'policies/shipping.md', /6 to 9 business days/],
        ['Is there a warranty?', 'warranty.html', /three-year warranty/],
        ['What are your phone hours?', 'contact.txt', /9:00 to 17:00/],
        ['Can I pay in instalments?', 'payments.md', /three monthly instalments/],
        ['How heavy is the standard widget?', 'products.md', /300 grams/],
      ];
      for (const [question, path, answer] of expectations) {
        const result = base.ask(question);
        expect({ question, path: result.sources[0]?.path }).toEqual({ question, path });
        expect(result.answer).toMatch(answer);
      }
      const warranty = base.ask('Is there a warranty?');
      expect(warranty.sources[0]).toEqual({
        title: 'Warranty',
        section: 'How long is the warranty?',
        url: 'https://acme.example/warranty',
        path: 'warranty.html',
      });
      // Trimmed to the sentence that answers, not the whole 190-word section.
      const canada = base.ask('How long does delivery to Canada take?');
      expect(canada.answer.split(/\s+/).length).toBeLessThan(60);
    } finally {
      temp.cleanup();
    }
  });
});

describe('BEIR files and trec_eval metrics', () => {
  it('reads "how much is …?" as a price question (the implied topic joins the ranking query)', () => {
    const passages = [
      {
        label: 1,
        title: 'Pricing › Discounts',
        text: 'Schools get 50% off the Team and Business plans. Start-ups get the Business plan free for a year.',
      },
      {
        label: 2,
        title: 'Pricing › Business',
        text: 'The Business plan costs $59 per user per month, or $49 billed annually.',
      },
      ...Array.from({ length: 10 }, (_, i) => ({
        label: 10 + i,
        title: `Other ${i}`,
        text: `unrelated text about gardens number ${i}`,
      })),
    ];
    const retriever = HybridRetriever.build(passages, {
      ...DEFAULT_RETRIEVAL,
      embedding: { ...DEFAULT_RETRIEVAL.embedding, dimensions: 4 },
    });
    expect(retriever.search('how much is the Business plan?', 1)[0]!.label).toBe(2);
    // Without the cue the discount passage, with "business" and "plan" twice, ranks first.
    expect(retriever.search('the Business plan?', 1)[0]!.label).toBe(1);
  });

  it('computes nDCG@10 with linear gains and trec_eval tie order, and Recall@100, ignoring self-hits', () => {
    const judged = new Map([
      ['d1', 1],
      ['d2', 1],
    ]);
    expect(ndcgAt(['d1', 'x', 'd2'], judged, 10)).toBeCloseTo((1 + 1 / 2) / (1 + 1 / Math.log2(3)), 10);
    // Equal scores: trec_eval orders by document id descending.
    expect(
      rankedDocuments(
        'q',
        new Map([
          ['a', 1],
          ['b', 1],
          ['q', 5],
        ]),
      ),
    ).toEqual(['b', 'a']);
    const run = new Map([
      [
        'q1',
        new Map([
          ['q1', 9],
          ['d1', 2],
          ['d9', 1],
        ]),
      ],
      ['q2', new Map<string, number>()],
    ]);
    const qrels = new Map([
      [
        'q1',
        new Map([
          ['d1', 1],
          ['d2', 1],
        ]),
      ],
      ['q2', new Map([['d3', 1]])],
    ]);
    const metrics = evaluateRun(run, qrels);
    expect(metrics.queries).toBe(2);
    expect(metrics.perQuery.get('q1')!.ndcgAt10).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 10);
    expect(metrics.perQuery.get('q1')!.recallAt100).toBe(0.5);
    expect(metrics.perQuery.get('q2')!.ndcgAt10).toBe(0);
  });

  it('reads BEIR corpus and queries plain or gzipped, and qrels with a header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beir-'));
    try {
      const corpus = '{"_id": "d1", "title": "T", "text": "hello"}\n{"_id": 2, "text": "no title"}\n';
      writeFileSync(join(dir, 'corpus.jsonl.gz'), gzipSync(corpus));
      writeFileSync(join(dir, 'corpus-no-suffix'), gzipSync(corpus));
      writeFileSync(join(dir, 'queries.jsonl'), '{"_id": "q1", "text": "hi", "metadata": {}}\n');
      writeFileSync(join(dir, 'qrels.tsv'), 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\t2\t0\n');
      expect(await readBeirCorpus(join(dir, 'corpus.jsonl.gz'))).toEqual([
        { id: 'd1', title: 'T', text: 'hello' },
        { id: '2', title: '', text: 'no title' },
      ]);
      expect(await readBeirCorpus(join(dir, 'corpus-no-suffix'))).toHaveLength(2);
      expect(await readBeirQueries(join(dir, 'queries.jsonl'))).toEqual([{ id: 'q1', text: 'hi' }]);
      expect(await readQrels(join(dir, 'qrels.tsv'))).toEqual(
        new Map([
          [
            'q1',
            new Map([
              ['d1', 1],
              ['2', 0],
            ]),
          ],
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
