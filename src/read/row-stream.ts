import type { Row } from './grid.js';

/**
 * Row streams without an async generator per stage: each stage of the reading pipeline (limits,
 * progress, the rows held to detect the layout) passes a row on in the same promise the source
 * gave, instead of the three or four promise hops an `async function*` costs per row (a second
 * of a 1M-row CSV per stage). Errors and early ends behave as in a generator: the source is
 * closed when a stage throws or the reader stops.
 */
export interface RowStreamHooks {
  /** Called with each row before it is passed on; may throw to end the stream with that error. */
  row?(row: Row): void;
  /** Called once when the stream ends, fails or is closed by its reader. */
  end?(): void;
}

/** The rows of `source`, each seen by `hooks.row` on its way. */
export function tapRows(source: AsyncIterable<Row>, hooks: RowStreamHooks): AsyncIterable<Row> {
  return { [Symbol.asyncIterator]: () => tapIterator(source[Symbol.asyncIterator](), hooks) };
}

function tapIterator(it: AsyncIterator<Row>, hooks: RowStreamHooks): AsyncIterator<Row> {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    hooks.end?.();
  };
  const step = (r: IteratorResult<Row>): IteratorResult<Row> => {
    if (r.done) {
      end();
      return r;
    }
    try {
      hooks.row?.(r.value);
    } catch (e) {
      end();
      void Promise.resolve(it.return?.()).catch(() => undefined);
      throw e;
    }
    return r;
  };
  const fail = (e: unknown): never => {
    end();
    throw e;
  };
  return {
    next: () => (ended ? Promise.resolve({ done: true, value: undefined }) : it.next().then(step, fail)),
    return: async (value?: unknown) => {
      const was = ended;
      end();
      if (!was) await it.return?.();
      return { done: true, value: value as undefined };
    },
  };
}

/** `head` (rows already read) followed by the rest of a stream, the rest passed on as its source gives it. */
export function prependRows(head: Row[], rest: AsyncIterable<Row>): AsyncIterable<Row> {
  return {
    [Symbol.asyncIterator]: () => {
      let i = 0;
      let it: AsyncIterator<Row> | undefined;
      return {
        next: () => (i < head.length ? Promise.resolve({ done: false, value: head[i++]! }) : (it ??= rest[Symbol.asyncIterator]()).next()),
        return: async (value?: unknown) => {
          i = head.length;
          await it?.return?.();
          return { done: true, value: value as undefined };
        },
      };
    },
  };
}

/** A stage of the reading pipeline that passes on none, one or several rows for each row it is given. */
export interface RowStage {
  /** Called with each row of the source; `emit` passes rows on, in order. */
  row(row: Row, emit: (r: Row) => void): void;
  /** Called once when the source ends, to pass on what the stage still holds. */
  end?(emit: (r: Row) => void): void;
}

/**
 * The rows of `source` as `stage` turns them, without an async generator: rows the stage passes
 * on are handed out of a queue in the promise that read them (one promise hop per row, where a
 * generator costs three or four). A stage that throws ends the stream with its error and closes
 * the source, as a generator's loop would.
 */
export function transformRows<T = Row>(source: AsyncIterable<T>, stage: { row(item: T, emit: (r: Row) => void): void; end?(emit: (r: Row) => void): void }): AsyncIterable<Row> {
  return {
    [Symbol.asyncIterator]: () => {
      const it = source[Symbol.asyncIterator]();
      let queue: Row[] = [];
      let at = 0;
      let finished = false;
      const emit = (r: Row) => void queue.push(r);
      const take = (): IteratorResult<Row> => {
        const value = queue[at++]!;
        if (at === queue.length) {
          queue = [];
          at = 0;
        }
        return { done: false, value };
      };
      const close = (e: unknown): never => {
        finished = true;
        void Promise.resolve(it.return?.()).catch(() => undefined);
        throw e;
      };
      const pull = (): Promise<IteratorResult<Row>> => it.next().then((r) => {
        if (r.done) {
          finished = true;
          stage.end?.(emit);
          return at < queue.length ? take() : { done: true, value: undefined };
        }
        try {
          stage.row(r.value, emit);
        } catch (e) {
          close(e);
        }
        return at < queue.length ? take() : pull();
      }, (e: unknown) => {
        finished = true;
        throw e;
      });
      return {
        next: () => (at < queue.length ? Promise.resolve(take()) : finished ? Promise.resolve({ done: true, value: undefined }) : pull()),
        return: async (value?: unknown) => {
          const was = finished;
          finished = true;
          queue = [];
          at = 0;
          if (!was) await it.return?.();
          return { done: true, value: value as undefined };
        },
      };
    },
  };
}
