// Merging the trigram index's segments in steps of bounded time, instead of at the commits of an
// import.
//
// FTS5 writes what a transaction indexed as a new segment at its commit and, with its default
// `automerge`, merges segments there too: an amount of work that grows with the number of levels,
// plus a whole level at once when it reaches `crisismerge` segments. During a large import in short
// transactions (write.ts) that made some commits of a few kilobytes take 200–300 ms, and a save
// waiting for that commit waited as long (issue #12: saves max 265 ms). The import connection
// turns automerge off and merges itself, with the 'merge' command, in transactions of about
// SLICE_MS, giving way between two to the saves that wait: the same work, cut where we choose.
//
// automerge is stored with the index, so it stays off for every writer. Only imports write many
// segments; the few a review writes wait for the next import's merge, or for crisismerge.
import type Database from 'better-sqlite3';
import type { SlicedWrite } from '../store/transaction.ts';
import { prepared } from './statements.ts';

/** What a page of merge work costs (ms), until a merge has measured it. */
const MS_PER_PAGE = 0.2;
/** Fewest pages a step asks for: below this, a step costs more in its commit than it merges. */
const MIN_PAGES = 32;
/** Most pages a step asks for, whatever the rate says. */
const MAX_PAGES = 4096;

/** Turns FTS5's merging at commit off (in the open transaction): IndexMerge does it instead. */
export function mergeByHand(db: Database.Database): void {
  prepared(db, `INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', 0)`).run();
}

export class IndexMerge {
  private msPerPage = MS_PER_PAGE;

  constructor(
    private readonly db: Database.Database,
    private readonly slices: SlicedWrite,
  ) {}

  /**
   * Merges while a level of the index holds `usermerge` (4) segments or more — as automerge would
   * have — each step in a transaction of its own, sized to a slice's budget (shorter while saves
   * come) by the rate measured on the steps before. Called with no transaction open; leaves none open.
   */
  catchUp(): void {
    for (;;) {
      this.slices.giveWay();
      const budget = this.slices.budget();
      const pages = Math.min(MAX_PAGES, Math.max(MIN_PAGES, Math.floor(budget / this.msPerPage)));
      const started = performance.now();
      const before = this.totalChanges();
      prepared(this.db, `INSERT INTO passages_fts (passages_fts, rank) VALUES ('merge', ?)`).run(pages);
      // SQLite's documented test: the command did work if it changed two rows or more.
      const worked = this.totalChanges() - before >= 2;
      this.slices.commit();
      if (!worked) return;
      // A higher rate is taken at once, a lower one by halves and only from a step that used most of
      // its time (one that ran out of work early would read cheap), or from a step already at its
      // fewest pages: else one slow step on a busy machine would keep every later one that small.
      const took = performance.now() - started;
      const rate = took / pages;
      if (rate > this.msPerPage) this.msPerPage = rate;
      else if (took >= budget / 2 || pages === MIN_PAGES) this.msPerPage = (this.msPerPage + rate) / 2;
    }
  }

  private totalChanges(): number {
    return prepared(this.db, `SELECT total_changes()`).pluck().get() as number;
  }
}
