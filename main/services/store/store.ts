// The local record of every draft: documents, their versions, and the material they came from.
// Nothing is overwritten in place except the newest autosave inside its coalescing window; a
// restore writes a new version whose parent is the one restored.
import type Database from 'better-sqlite3';
import type { DocModel, DocKind } from '../../../core/doc/model.ts';
import { runsText, toPlainText, bodyLength } from '../../../core/doc/text.ts';
import type { WengaoInput } from '../../../core/input/schema.ts';
import { assertWritable, explain, StoreError } from './errors.ts';
import { openDatabase, type OpenOptions } from './open.ts';
import { immediate } from './transaction.ts';
import { fromChunks, sha, toChunks, type Chunk } from './snapshot.ts';
import { xmlSafeDeep } from '../../../core/doc/xml-text.ts';

export type VersionKind = 'generated' | 'saved' | 'autosave' | 'restored' | 'imported';

export interface DocumentRow {
  id: number;
  kind: DocKind;
  title: string;
  campaignId: number | null;
  template: string;
  frame: string | null;
  seed: number;
  createdAt: number;
  updatedAt: number;
  versions: number;
  /** When the document went to the recycle bin; null for a live document. */
  deletedAt: number | null;
}

export interface VersionRow {
  id: number;
  documentId: number;
  number: number;
  parentNumber: number | null;
  kind: VersionKind;
  label: string | null;
  hash: string;
  chars: number;
  createdAt: number;
  savedAt: number;
}

export interface StoreOptions extends OpenOptions {
  /** Milliseconds since the epoch; tests move time forward. */
  now?: () => number;
  /** At most one autosave per this many milliseconds per document (default 2 minutes). */
  autosaveWindowMs?: number;
  /** Autosaves older than this are pruned, the newest version always kept (default 30 days). */
  autosaveKeepMs?: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export class Store {
  readonly db: Database.Database;
  private readonly now: () => number;
  private readonly window: number;
  private readonly keep: number;

  constructor(
    readonly path: string,
    options: StoreOptions = {},
  ) {
    this.db = openDatabase(path, options);
    this.now = options.now ?? Date.now;
    this.window = options.autosaveWindowMs ?? 2 * MINUTE;
    this.keep = options.autosaveKeepMs ?? 30 * DAY;
  }

  close(): void {
    this.db.close();
  }

  /** Runs a write in one transaction; a failure (full disk, read-only) changes nothing. */
  write<T>(fn: () => T): T {
    try {
      return immediate(this.db, fn)();
    } catch (err) {
      throw explain(err, this.path);
    }
  }

  read<T>(fn: () => T): T {
    try {
      // A read writes into the WAL index too: refused as 只读 rather than a SIGBUS (writable.ts).
      assertWritable(this.path);
      return fn();
    } catch (err) {
      throw explain(err, this.path);
    }
  }

  // ── campaigns ────────────────────────────────────────────────────────────────────────────

  /** Stores the material as a new campaign, or as a new version of one (unchanged material: none). */
  saveCampaign(input: WengaoInput, campaignId?: number): { campaignId: number; number: number } {
    const json = JSON.stringify(input);
    const hash = sha(json);
    return this.write(() => {
      const now = this.now();
      const id =
        campaignId ??
        Number(
          this.db
            .prepare(`INSERT INTO campaigns (name, kind, created_at) VALUES (?, ?, ?)`)
            .run(input.kind === 'speech' ? input.campaign.name : input.meeting.name, input.kind, now).lastInsertRowid,
        );
      const last = this.db.prepare(`SELECT number, hash FROM campaign_versions WHERE campaign_id = ? ORDER BY number DESC LIMIT 1`).get(id) as
        | { number: number; hash: string }
        | undefined;
      if (last?.hash === hash) return { campaignId: id, number: last.number };
      const number = (last?.number ?? 0) + 1;
      this.db
        .prepare(`INSERT INTO campaign_versions (campaign_id, number, input_json, hash, created_at) VALUES (?, ?, ?, ?, ?)`)
        .run(id, number, json, hash, now);
      return { campaignId: id, number };
    });
  }

  campaignInput(campaignId: number, number?: number): WengaoInput {
    const row = this.read(
      () =>
        this.db
          .prepare(`SELECT input_json FROM campaign_versions WHERE campaign_id = ? ${number ? 'AND number = ?' : ''} ORDER BY number DESC LIMIT 1`)
          .get(...(number ? [campaignId, number] : [campaignId])) as { input_json: string } | undefined,
    );
    if (!row) throw new StoreError(`没有找到材料 ${campaignId}${number ? ` 的第 ${number} 版` : ''}`);
    return JSON.parse(row.input_json) as WengaoInput;
  }

  // ── documents ────────────────────────────────────────────────────────────────────────────

  /** A new document with its first version; `removed` counts the characters a .docx cannot carry, dropped. */
  createDocument(
    original: DocModel,
    kind: VersionKind,
    meta: { campaignId?: number; frame?: string; label?: string } = {},
  ): { documentId: number; version: VersionRow; removed: number } {
    const { value: doc, removed } = xmlSafeDeep(original);
    return this.write(() => {
      const now = this.now();
      const id = Number(
        this.db
          .prepare(`INSERT INTO documents (kind, title, campaign_id, template, frame, seed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(doc.kind, runsText(doc.title), meta.campaignId ?? null, doc.template, meta.frame ?? null, doc.seed, now, now).lastInsertRowid,
      );
      return { documentId: id, version: this.insertVersion(id, doc, kind, meta.label ?? null, null, now), removed };
    });
  }

  /** Live documents, newest first; those in the recycle bin too with `includeDeleted`. */
  listDocuments(options: { includeDeleted?: boolean } = {}): DocumentRow[] {
    const where = options.includeDeleted ? '' : 'WHERE d.deleted_at IS NULL';
    return this.read(() =>
      (
        this.db
          .prepare(
            `SELECT d.*, (SELECT count(*) FROM versions v WHERE v.document_id = d.id) AS versions FROM documents d ${where} ORDER BY d.updated_at DESC, d.id DESC`,
          )
          .all() as Record<string, unknown>[]
      ).map(documentRow),
    );
  }

  /** Moves a document to the recycle bin: nothing of it is removed, and undeleteDocument brings it back. */
  deleteDocument(id: number): void {
    this.document(id);
    this.write(() => this.db.prepare(`UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`).run(this.now(), id));
  }

  /** After a redraft: the template, seed and material the document is now drafted from. */
  setDocumentSource(id: number, source: { template: string; seed: number; campaignId: number | null }): void {
    this.document(id);
    this.write(() =>
      this.db.prepare(`UPDATE documents SET template = ?, frame = ?, seed = ?, campaign_id = ? WHERE id = ?`).run(source.template, source.template, source.seed, source.campaignId, id),
    );
  }

  /** Brings a document back from the recycle bin (a live document is left as it is). */
  undeleteDocument(id: number): void {
    this.document(id);
    this.write(() => this.db.prepare(`UPDATE documents SET deleted_at = NULL WHERE id = ?`).run(id));
  }

  document(id: number): DocumentRow {
    const row = this.read(
      () =>
        this.db.prepare(`SELECT d.*, (SELECT count(*) FROM versions v WHERE v.document_id = d.id) AS versions FROM documents d WHERE d.id = ?`).get(id) as
          | Record<string, unknown>
          | undefined,
    );
    if (!row) throw new StoreError(`没有编号为 ${id} 的文稿（用 wengao list 查看全部文稿）`);
    return documentRow(row);
  }

  // ── versions ─────────────────────────────────────────────────────────────────────────────

  /**
   * Saves a version. Unchanged content makes no new version (the newest is returned), except that
   * saving by name always leaves a named version: an autosave of the same text becomes the saved
   * version (kind and label updated), and a label the newest version does not carry makes one. An
   * autosave inside the window of a newer autosave replaces it: at most one per window per document.
   * The parent is the newest version unless `parentNumber` names another (an edited file imported
   * as a version descends from the version it was exported from). Characters a .docx cannot carry
   * (U+FFFF, lone surrogates) are dropped and counted in `removed`.
   */
  saveVersion(
    documentId: number,
    original: DocModel,
    kind: VersionKind,
    label?: string,
    options: { parentNumber?: number } = {},
  ): { version: VersionRow; created: boolean; removed: number } {
    this.document(documentId);
    const { value: doc, removed } = xmlSafeDeep(original);
    const { hash } = toChunks(doc);
    const saved = this.write((): { version: VersionRow; created: boolean } => {
      const now = this.now();
      const latest = this.latestRow(documentId);
      if (latest && latest.hash === hash) {
        if (kind === 'saved' && latest.kind === 'autosave') return { version: this.promoteAutosave(latest, label ?? null, now), created: false };
        if (!(kind === 'saved' && label && label !== latest.label)) return { version: latest, created: false };
      }
      // A labelled autosave (「撤销『…』」 after an undo) is a version of its own: a version never changes
      // its name under the same number (a redo after an undo makes the next version, 「重做『…』」).
      if (kind === 'autosave' && latest?.kind === 'autosave' && now - latest.createdAt < this.window && (!label || label === latest.label)) {
        // Every edit since the version before it undone: no second copy of that version stays, with an empty note
        // (「增加0字，删除0字」) to be rewritten by the next edit (session 24's screen test, b).
        const parent = latest.parentNumber !== null && !label && !latest.label ? this.versionRow(documentId, latest.parentNumber) : null;
        if (parent?.hash === hash) return { version: this.dropNewest(latest, parent), created: false };
        return { version: this.replaceVersion(latest, doc, now), created: false };
      }
      const parentId = options.parentNumber !== undefined ? this.versionRow(documentId, options.parentNumber).id : (latest?.id ?? null);
      const version = this.insertVersion(documentId, doc, kind, label ?? null, parentId, now);
      this.pruneAutosaves(documentId, now);
      return { version, created: true };
    });
    return { ...saved, removed };
  }

  /** Writes the chosen version again as the newest, its parent the one restored. */
  restoreVersion(documentId: number, number: number): { version: VersionRow; created: boolean } {
    const source = this.versionRow(documentId, number);
    const doc = this.versionDoc(documentId, number);
    return this.write(() => {
      const now = this.now();
      const latest = this.latestRow(documentId)!;
      if (latest.hash === source.hash) return { version: latest, created: false };
      return { version: this.insertVersion(documentId, doc, 'restored', `恢复自第 ${number} 版`, source.id, now), created: true };
    });
  }

  history(documentId: number): VersionRow[] {
    this.document(documentId);
    return this.read(() =>
      (
        this.db
          .prepare(
            `SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? ORDER BY v.number`,
          )
          .all(documentId) as Record<string, unknown>[]
      ).map(versionRow),
    );
  }

  versionRow(documentId: number, number: number): VersionRow {
    const row = this.read(
      () =>
        this.db
          .prepare(`SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? AND v.number = ?`)
          .get(documentId, number) as Record<string, unknown> | undefined,
    );
    if (!row) throw new StoreError(`文稿 ${documentId} 没有第 ${number} 版（用 wengao history ${documentId} 查看全部版本）`);
    return versionRow(row);
  }

  versionDoc(documentId: number, number: number): DocModel {
    return this.read(() => {
      const row = this.db.prepare(`SELECT head, chunk_list FROM versions WHERE document_id = ? AND number = ?`).get(documentId, number) as
        | { head: string; chunk_list: string }
        | undefined;
      if (!row) throw new StoreError(`文稿 ${documentId} 没有第 ${number} 版（用 wengao history ${documentId} 查看全部版本）`);
      const get = this.db.prepare(`SELECT json FROM chunks WHERE hash = ?`).pluck();
      const blocks = (JSON.parse(row.chunk_list) as string[]).map((h) => get.get(h) as string);
      return fromChunks(get.get(row.head) as string, blocks);
    });
  }

  versionText(documentId: number, number: number): string {
    return toPlainText(this.versionDoc(documentId, number));
  }

  latestNumber(documentId: number): number | undefined {
    return this.latestRow(documentId)?.number;
  }

  private latestRow(documentId: number): VersionRow | undefined {
    const row = this.db
      .prepare(`SELECT v.*, p.number AS parent_number FROM versions v LEFT JOIN versions p ON p.id = v.parent_id WHERE v.document_id = ? ORDER BY v.number DESC LIMIT 1`)
      .get(documentId) as Record<string, unknown> | undefined;
    return row ? versionRow(row) : undefined;
  }

  /** Takes a reference on each chunk, storing the ones not yet stored. */
  private putChunks(chunks: readonly Chunk[]): void {
    const put = this.db.prepare(`INSERT INTO chunks (hash, json, text, refs) VALUES (?, ?, ?, 1) ON CONFLICT (hash) DO UPDATE SET refs = refs + 1`);
    for (const c of chunks) put.run(c.hash, c.json, c.text);
  }

  /** The chunks a version uses: its head, then its blocks. */
  private chunkHashes(versionId: number): string[] {
    const row = this.db.prepare(`SELECT head, chunk_list FROM versions WHERE id = ?`).get(versionId) as { head: string; chunk_list: string };
    return [row.head, ...(JSON.parse(row.chunk_list) as string[])];
  }

  /**
   * Drops the references a version held; chunks no version uses any more are deleted. Called once
   * the version no longer points at them: versions.head is a foreign key, so deleting a head chunk
   * a row still names fails.
   */
  private releaseChunks(hashes: readonly string[]): void {
    const release = this.db.prepare(`UPDATE chunks SET refs = refs - 1 WHERE hash = ?`);
    for (const h of hashes) release.run(h);
    const drop = this.db.prepare(`DELETE FROM chunks WHERE hash = ? AND refs <= 0`);
    for (const h of new Set(hashes)) drop.run(h);
  }

  private insertVersion(documentId: number, doc: DocModel, kind: VersionKind, label: string | null, parentId: number | null, now: number): VersionRow {
    const { head, blocks, hash } = toChunks(doc);
    this.putChunks([head, ...blocks]);
    const number = ((this.db.prepare(`SELECT max(number) FROM versions WHERE document_id = ?`).pluck().get(documentId) as number | null) ?? 0) + 1;
    this.db
      .prepare(
        `INSERT INTO versions (document_id, number, parent_id, kind, label, head, chunk_list, hash, chars, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(documentId, number, parentId, kind, label, head.hash, JSON.stringify(blocks.map((b) => b.hash)), hash, bodyLength(doc), now, now);
    this.db.prepare(`UPDATE documents SET updated_at = ?, title = ? WHERE id = ?`).run(now, runsText(doc.title), documentId);
    return this.versionRow(documentId, number);
  }

  /** An autosave becomes a saved version, kept forever, under the label the user gave. */
  private promoteAutosave(row: VersionRow, label: string | null, now: number): VersionRow {
    this.db.prepare(`UPDATE versions SET kind = 'saved', label = ?, saved_at = ? WHERE id = ?`).run(label, now, row.id);
    this.db.prepare(`UPDATE documents SET updated_at = ? WHERE id = ?`).run(now, row.documentId);
    return this.versionRow(row.documentId, row.number);
  }

  /** The newest version (an autosave) removed, its chunks released; `parent`, the version before it, is the newest again. */
  private dropNewest(row: VersionRow, parent: VersionRow): VersionRow {
    const hashes = this.chunkHashes(row.id);
    this.db.prepare(`DELETE FROM versions WHERE id = ?`).run(row.id);
    this.releaseChunks(hashes);
    return parent;
  }

  private replaceVersion(row: VersionRow, doc: DocModel, now: number): VersionRow {
    const { head, blocks, hash } = toChunks(doc);
    const old = this.chunkHashes(row.id);
    this.putChunks([head, ...blocks]);
    this.db
      .prepare(`UPDATE versions SET head = ?, chunk_list = ?, hash = ?, chars = ?, saved_at = ? WHERE id = ?`)
      .run(head.hash, JSON.stringify(blocks.map((b) => b.hash)), hash, bodyLength(doc), now, row.id);
    this.releaseChunks(old);
    this.db.prepare(`UPDATE documents SET updated_at = ? WHERE id = ?`).run(now, row.documentId);
    return this.versionRow(row.documentId, row.number);
  }

  /**
   * Autosaves older than the keep period go; the newest version of the document always stays, and so
   * does the text a replacement or a restore replaced: an autosave whose next version is generated,
   * restored or imported (it is 「替换前的原文」, which the UI promised to keep).
   */
  private pruneAutosaves(documentId: number, now: number): void {
    const old = this.db
      .prepare(
        `SELECT v.id FROM versions v WHERE v.document_id = ? AND v.kind = 'autosave' AND v.saved_at < ? AND v.number < (SELECT max(number) FROM versions WHERE document_id = ?)
           AND (SELECT n.kind FROM versions n WHERE n.document_id = v.document_id AND n.number > v.number ORDER BY n.number LIMIT 1) IN ('autosave', 'saved')`,
      )
      .all(documentId, now - this.keep, documentId) as { id: number }[];
    if (old.length === 0) return;
    // The parent is read when the child is relinked, not before the loop: an earlier iteration may
    // have relinked this version itself (two pruned autosaves in a row).
    const relink = this.db.prepare(`UPDATE versions SET parent_id = (SELECT parent_id FROM versions WHERE id = ?) WHERE parent_id = ?`);
    const drop = this.db.prepare(`DELETE FROM versions WHERE id = ?`);
    // Children of a pruned autosave are re-attached to its parent, so the history stays a chain.
    for (const v of old) {
      relink.run(v.id, v.id);
      const hashes = this.chunkHashes(v.id);
      drop.run(v.id);
      this.releaseChunks(hashes);
    }
  }
}

function documentRow(r: Record<string, unknown>): DocumentRow {
  return {
    id: r.id as number,
    kind: r.kind as DocKind,
    title: r.title as string,
    campaignId: (r.campaign_id as number | null) ?? null,
    template: r.template as string,
    frame: (r.frame as string | null) ?? null,
    seed: r.seed as number,
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
    versions: r.versions as number,
    deletedAt: (r.deleted_at as number | null | undefined) ?? null,
  };
}

function versionRow(r: Record<string, unknown>): VersionRow {
  return {
    id: r.id as number,
    documentId: r.document_id as number,
    number: r.number as number,
    parentNumber: (r.parent_number as number | null) ?? null,
    kind: r.kind as VersionKind,
    label: (r.label as string | null) ?? null,
    hash: r.hash as string,
    chars: r.chars as number,
    createdAt: r.created_at as number,
    savedAt: r.saved_at as number,
  };
}
