import type { AppContext } from '../../applications/context';
import type { StoreTx } from '../../store/store';
import { ImportInterrupted } from './report';

/**
 * Rows per transaction. One transaction per file does not scale: a CloudBase transaction makes a round trip per
 * document and keeps what it touched locked until it commits, and a 100,000-row file would hold SQLite's write lock
 * for seconds, with every other caller waiting. A few hundred rows (two to four documents each) keep a chunk to a
 * few hundred operations, and cost little: a 100,000-row file is 500 commits, one to three seconds of its import on
 * SQLite here.
 */
export const CHUNK_ROWS = 200;

/**
 * A check inside a chunk's transaction that found the store changed since the file was checked (another import or a
 * staff acceptance in between): the chunk is undone and the import stops; re-running checks the file afresh.
 */
export class ChangedMeanwhile extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'ChangedMeanwhile';
  }
}

/**
 * Writes `rows` (already checked) in chunks of CHUNK_ROWS, one transaction each, in file order. `write` stores one
 * chunk and returns its counts; they are added up only once the chunk is committed (a transaction the database
 * retries runs `write` again, so `write` keeps no state of its own). A failure stops the import with
 * ImportInterrupted, saying how far it got.
 */
export async function writeInChunks<R extends { line: number }, C>(
  ctx: AppContext,
  what: string,
  rows: R[],
  write: (tx: StoreTx, chunk: R[]) => Promise<C>,
  add: (counts: C) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    let counts: C;
    try {
      counts = await ctx.store.transaction((tx) => write(tx, chunk));
    } catch (e) {
      if (e instanceof ChangedMeanwhile) {
        throw new ImportInterrupted(what, start, rows.length, chunk[0].line, `写入时发现第 ${e.line} 行的数据已被其他操作改变（${e.reason}）`);
      }
      throw ImportInterrupted.fromStore(what, start, rows.length, chunk[0].line, e);
    }
    add(counts);
  }
}
