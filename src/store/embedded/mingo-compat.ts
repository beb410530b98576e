import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import type { Iterator } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import type { AnyObject, Options } from 'mingo/types';

type Document = Record<string, unknown>;

/**
 * Where mingo differs from MongoDB in a way our reports would notice, MongoDB's behaviour:
 * - `$count` over no documents outputs no document (mingo outputs `{ n: 0 }`);
 * - the `$push` and `$addToSet` accumulators skip documents where the expression is missing
 *   (mingo adds null for them).
 * Each is covered by a test in tests/store/mingo-compat.test.ts.
 */
const $count = ((collection: Iterator, expr: unknown, options: Options) =>
  pipelineOperators
    .$count(collection, expr as never, options)
    .filter((row: Document) => (row[expr as string] as number) > 0)) as typeof pipelineOperators.$count;

/** Stands for "missing" while mingo's own $push runs; never a value a document holds. */
const MISSING = '\u0000mingo-compat:missing';

const $push = ((collection: AnyObject[], expr: unknown, options: Options) => {
  const orMarker = { $cond: [{ $eq: [{ $type: expr }, 'missing'] }, MISSING, expr] };
  return (accumulatorOperators.$push(collection, orMarker, options) as unknown[]).filter(
    (value) => value !== MISSING,
  );
}) as typeof accumulatorOperators.$push;

const $addToSet = ((collection: AnyObject[], expr: unknown, options: Options) => {
  const orMarker = { $cond: [{ $eq: [{ $type: expr }, 'missing'] }, MISSING, expr] };
  return (accumulatorOperators.$addToSet(collection, orMarker, options) as unknown[]).filter(
    (value) => value !== MISSING,
  );
}) as typeof accumulatorOperators.$addToSet;

const CONTEXT = Context.init({
  accumulator: { ...accumulatorOperators, $push, $addToSet },
  expression: expressionOperators,
  pipeline: { ...pipelineOperators, $count },
  projection: projectionOperators,
  query: queryOperators,
  window: windowOperators,
} as never);

/** Runs a MongoDB aggregation pipeline over documents; `$lookup` reads other collections through `lookup`. */
export function runPipeline(
  pipeline: Document[],
  documents: Document[],
  lookup: (collection: string) => Document[],
): Document[] {
  return new Aggregator(pipeline, { context: CONTEXT, collectionResolver: lookup } as Partial<Options>).run(
    documents,
  ) as Document[];
}
