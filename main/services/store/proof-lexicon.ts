// The user's own proofreading lexicon (用户词库, table proof_lexicon, migration 0004): list, add,
// enable/disable, remove, import and export. Every write runs in one transaction; a problem the user
// can fix is a LexiconError (a StoreError: the CLI exits 2 with it, the API answers it in Chinese)
// and nothing has been written.
//
// Exchange format (import and export), UTF-8 text, one entry a line, fields separated by a tab:
//
//   类型	错误写法	正确写法	级别	说明	启用
//   纠错	再接再励	再接再厉	错误	成语，出自韩愈诗	是
//   忽略	截止			本单位固定用法	是
//
// - the header line is optional on import (recognised by its first field 「类型」); blank lines and
//   lines starting with # are skipped; a UTF-8 BOM is ignored;
// - 类型: 纠错 (a confusion: flag 错误写法, suggest 正确写法) or 忽略 (总是忽略: never flag text
//   covering 错误写法); confusion/allow are accepted too;
// - 正确写法: required for 纠错, empty for 忽略; 级别: 错误 / 疑似 / 提示 (empty: 错误);
// - 说明: free text, may be empty; 启用: 是 / 否 (also 1/0, true/false; empty: 是);
// - a line may stop after its last non-empty field (trailing tabs are optional).
// An import may also be JSON: an array of entries (or { "entries": [...] }), each
// { kind, wrong, right?, severity?, reason?, enabled? } — the shape of UserEntry without its id.
//
// Import is all or nothing: every line is checked first, and the first bad one is reported with its
// line number (「第 3 行：…」) before anything is written. An imported entry whose (类型, 错误写法) is
// already in the lexicon replaces that entry's other fields (its id stays), so exporting and
// importing again changes nothing.
import type { Severity, UserEntry } from '../../../core/proof/types.ts';
import { StoreError } from './errors.ts';
import type { Store } from './store.ts';
import { own } from '../../../core/own.ts';

export type { UserEntry } from '../../../core/proof/types.ts';

/** A lexicon entry the user has to correct (empty, too long, a duplicate, a bad import line…). */
export class LexiconError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

export const MAX_WORD = 50;
export const MAX_REASON = 200;
export const SEVERITIES: readonly Severity[] = ['错误', '疑似', '提示'];
export const KIND_NAMES: Record<UserEntry['kind'], string> = { confusion: '纠错', allow: '忽略' };
export const TSV_HEADER = ['类型', '错误写法', '正确写法', '级别', '说明', '启用'].join('\t');

export interface NewEntry {
  kind: UserEntry['kind'];
  wrong: string;
  right?: string | null;
  severity?: Severity;
  reason?: string | null;
  enabled?: boolean;
}

export interface LexiconRow extends UserEntry {
  createdAt: number;
}

interface DbRow {
  id: number;
  kind: UserEntry['kind'];
  wrong: string;
  right: string | null;
  severity: Severity;
  reason: string | null;
  enabled: number;
  created_at: number;
}

const COLUMNS = `id, kind, wrong, "right", severity, reason, enabled, created_at`;

function toEntry(r: DbRow): LexiconRow {
  return { id: r.id, kind: r.kind, wrong: r.wrong, right: r.right, severity: r.severity, reason: r.reason, enabled: r.enabled === 1, createdAt: r.created_at };
}

const write = <T>(store: Store, fn: () => T): T => store.write(fn);
const read = <T>(store: Store, fn: () => T): T => store.read(fn);

// ── validation ─────────────────────────────────────────────────────────────────────────────────

/** A word (错误写法 / 正确写法): trimmed, non-empty, at most 50 characters, one line, no tab. */
function word(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new LexiconError(`${what}不能为空`);
  const text = value.trim();
  if (!text) throw new LexiconError(`${what}不能为空`);
  if (/[\r\n\u2028\u2029]/.test(text)) throw new LexiconError(`${what}不能包含换行`);
  if (text.includes('\t')) throw new LexiconError(`${what}不能包含制表符`);
  if ([...text].length > MAX_WORD) throw new LexiconError(`${what}不能超过 ${MAX_WORD} 个字（现有 ${[...text].length} 个）`);
  return text;
}

/** An entry checked and normalised; a LexiconError names what is wrong with it. */
export function checkEntry(e: NewEntry): Omit<UserEntry, 'id'> {
  if (e.kind !== 'confusion' && e.kind !== 'allow') throw new LexiconError(`类型应为“纠错”或“忽略”`);
  const wrong = word(e.wrong, e.kind === 'allow' ? '词语' : '错误写法');
  let right: string | null = null;
  if (e.kind === 'confusion') {
    right = word(e.right, '正确写法');
    if (right === wrong) throw new LexiconError(`正确写法与错误写法相同（“${wrong}”）`);
  } else if (e.right !== undefined && e.right !== null && e.right.trim() !== '') {
    throw new LexiconError(`“忽略”条目不应有正确写法（“${wrong}”）`);
  }
  const severity = e.severity ?? '错误';
  if (!SEVERITIES.includes(severity)) throw new LexiconError(`级别应为 错误、疑似 或 提示，实际为“${String(severity)}”`);
  let reason: string | null = null;
  if (e.reason !== undefined && e.reason !== null && e.reason.trim() !== '') {
    reason = e.reason.trim();
    if (/[\r\n\t\u2028\u2029]/.test(reason)) throw new LexiconError('说明不能包含换行或制表符');
    if ([...reason].length > MAX_REASON) throw new LexiconError(`说明不能超过 ${MAX_REASON} 个字`);
  }
  return { kind: e.kind, wrong, right, severity, reason, enabled: e.enabled ?? true };
}

// ── reading ────────────────────────────────────────────────────────────────────────────────────

/** Every entry, oldest first. */
export function listEntries(store: Store): LexiconRow[] {
  return read(store, () => (store.db.prepare(`SELECT ${COLUMNS} FROM proof_lexicon ORDER BY id`).all() as DbRow[]).map(toEntry));
}

/** The entries the proofreader uses: enabled ones, as UserEntry. */
export function enabledEntries(store: Store): UserEntry[] {
  return listEntries(store)
    .filter((e) => e.enabled)
    .map(({ createdAt: _, ...e }) => e);
}

export function getEntry(store: Store, id: number): LexiconRow {
  const row = read(store, () => store.db.prepare(`SELECT ${COLUMNS} FROM proof_lexicon WHERE id = ?`).get(id) as DbRow | undefined);
  if (!row) throw new LexiconError(`没有编号为 ${id} 的词库条目`);
  return toEntry(row);
}

// ── writing ────────────────────────────────────────────────────────────────────────────────────

function duplicate(e: Omit<UserEntry, 'id'>): LexiconError {
  return new LexiconError(e.kind === 'allow' ? `“${e.wrong}”已在忽略列表中` : `“${e.wrong}”已在词库中（纠错条目），请先删除或修改原条目`);
}

/** Adds one entry; a duplicate (same 类型 and 错误写法) is refused, naming the word. */
export function addEntry(store: Store, entry: NewEntry, now: number = Date.now()): LexiconRow {
  const e = checkEntry(entry);
  return write(store, () => {
    const exists = store.db.prepare(`SELECT id FROM proof_lexicon WHERE kind = ? AND wrong = ?`).get(e.kind, e.wrong);
    if (exists) throw duplicate(e);
    const id = Number(
      store.db
        .prepare(`INSERT INTO proof_lexicon (kind, wrong, "right", severity, reason, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(e.kind, e.wrong, e.right, e.severity, e.reason, e.enabled ? 1 : 0, now).lastInsertRowid,
    );
    return toEntry(store.db.prepare(`SELECT ${COLUMNS} FROM proof_lexicon WHERE id = ?`).get(id) as DbRow);
  });
}

export function setEnabled(store: Store, id: number, enabled: boolean): LexiconRow {
  return write(store, () => {
    const r = store.db.prepare(`UPDATE proof_lexicon SET enabled = ? WHERE id = ?`).run(enabled ? 1 : 0, id);
    if (r.changes === 0) throw new LexiconError(`没有编号为 ${id} 的词库条目`);
    return toEntry(store.db.prepare(`SELECT ${COLUMNS} FROM proof_lexicon WHERE id = ?`).get(id) as DbRow);
  });
}

export function removeEntry(store: Store, id: number): void {
  write(store, () => {
    const r = store.db.prepare(`DELETE FROM proof_lexicon WHERE id = ?`).run(id);
    if (r.changes === 0) throw new LexiconError(`没有编号为 ${id} 的词库条目`);
  });
}

// ── import / export ────────────────────────────────────────────────────────────────────────────

const KIND_OF: Record<string, UserEntry['kind']> = { 纠错: 'confusion', confusion: 'confusion', 忽略: 'allow', allow: 'allow' };
const YES = new Set(['', '是', '1', 'true', 'yes', '启用']);
const NO = new Set(['否', '0', 'false', 'no', '停用']);

/** One TSV line as an entry (throws LexiconError without the line number). */
function tsvEntry(line: string): NewEntry {
  const f = line.split('\t').map((s) => s.trim());
  if (f.length > 6) throw new LexiconError(`字段过多（应为 类型、错误写法、正确写法、级别、说明、启用 六列，实际 ${f.length} 列）`);
  const [kindText = '', wrong = '', right = '', level = '', reason = '', enabled = ''] = f;
  const kind = own(KIND_OF, kindText.toLowerCase());
  if (!kind) throw new LexiconError(`类型应为“纠错”或“忽略”，实际为“${kindText}”`);
  if (level && !SEVERITIES.includes(level as Severity)) throw new LexiconError(`级别应为 错误、疑似 或 提示，实际为“${level}”`);
  const e = enabled.toLowerCase();
  if (!YES.has(e) && !NO.has(e)) throw new LexiconError(`启用应为“是”或“否”，实际为“${enabled}”`);
  return { kind, wrong, right: right || null, severity: (level || undefined) as Severity | undefined, reason: reason || null, enabled: YES.has(e) };
}

/** One JSON entry (throws LexiconError without its number). */
function jsonEntry(v: unknown): NewEntry {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new LexiconError('应为一个对象 { kind, wrong, right, severity, reason, enabled }');
  const o = v as Record<string, unknown>;
  const known = ['id', 'kind', 'wrong', 'right', 'severity', 'reason', 'enabled', 'createdAt'];
  const extra = Object.keys(o).filter((k) => !known.includes(k));
  if (extra.length) throw new LexiconError(`未知的字段：${extra.join('、')}`);
  const kind = typeof o.kind === 'string' ? own(KIND_OF, o.kind) : undefined;
  if (!kind) throw new LexiconError(`kind 应为 confusion 或 allow（或 纠错、忽略），实际为“${String(o.kind)}”`);
  const str = (k: string) => {
    const x = own(o, k);
    if (x === undefined || x === null) return null;
    if (typeof x !== 'string') throw new LexiconError(`${k} 应为文本`);
    return x;
  };
  if (o.enabled !== undefined && typeof o.enabled !== 'boolean') throw new LexiconError('enabled 应为 true 或 false');
  const severity = str('severity');
  return { kind, wrong: str('wrong') ?? '', right: str('right'), severity: (severity || undefined) as Severity | undefined, reason: str('reason'), enabled: (o.enabled as boolean | undefined) ?? true };
}

/** The entries of an import text, checked; the first problem as a LexiconError naming its line. */
export function parseImport(text: string): Omit<UserEntry, 'id'>[] {
  const body = text.replace(/^\uFEFF/, '');
  const out: Omit<UserEntry, 'id'>[] = [];
  const seen = new Map<string, string>();
  const keep = (e: Omit<UserEntry, 'id'>, where: string) => {
    const key = `${e.kind}\u0000${e.wrong}`;
    const first = seen.get(key);
    if (first) throw new LexiconError(`${where}：“${e.wrong}”与${first}重复`);
    seen.set(key, where);
    out.push(e);
  };
  if (/^\s*[[{]/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (err) {
      throw new LexiconError(`不是有效的 JSON：${(err as Error).message}`);
    }
    const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
    if (!Array.isArray(list)) throw new LexiconError('JSON 应为词库条目的数组，或 { "entries": [...] }');
    list.forEach((v, i) => {
      const where = `第 ${i + 1} 条`;
      located(where, () => keep(checkEntry(jsonEntry(v)), where));
    });
    return out;
  }
  const lines = body.split(/\r?\n/);
  lines.forEach((line, i) => {
    const where = `第 ${i + 1} 行`;
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (line.split('\t')[0]!.trim() === '类型') {
      if (out.length === 0) return; // the header
      throw new LexiconError(`${where}：表头只能出现在第一行`);
    }
    located(where, () => keep(checkEntry(tsvEntry(line)), where));
  });
  return out;
}

/** Runs `fn`; a LexiconError it throws is prefixed with where it happened (「第 3 行：…」), once. */
function located(where: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof LexiconError && !err.message.startsWith(where)) throw new LexiconError(`${where}：${err.message}`);
    throw err;
  }
}

export interface ImportResult {
  added: number;
  updated: number;
}

/**
 * Imports a TSV or JSON text: all or nothing. A bad line is refused with its line number before
 * anything is written; an entry already present (same 类型 and 错误写法) has its other fields replaced.
 */
export function importEntries(store: Store, text: string, now: number = Date.now()): ImportResult {
  const entries = parseImport(text);
  if (entries.length === 0) throw new LexiconError('没有可导入的条目（文件为空，或只有表头）');
  return write(store, () => {
    const find = store.db.prepare(`SELECT id FROM proof_lexicon WHERE kind = ? AND wrong = ?`).pluck();
    const insert = store.db.prepare(`INSERT INTO proof_lexicon (kind, wrong, "right", severity, reason, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const update = store.db.prepare(`UPDATE proof_lexicon SET "right" = ?, severity = ?, reason = ?, enabled = ? WHERE id = ?`);
    let added = 0;
    let updated = 0;
    for (const e of entries) {
      const id = find.get(e.kind, e.wrong) as number | undefined;
      if (id === undefined) {
        insert.run(e.kind, e.wrong, e.right, e.severity, e.reason, e.enabled ? 1 : 0, now);
        added++;
      } else {
        update.run(e.right, e.severity, e.reason, e.enabled ? 1 : 0, id);
        updated++;
      }
    }
    return { added, updated };
  });
}

/** Every entry as TSV with its header line (the format above), ending with a newline. */
export function exportEntries(store: Store): string {
  const lines = listEntries(store).map((e) => [KIND_NAMES[e.kind], e.wrong, e.right ?? '', e.severity, e.reason ?? '', e.enabled ? '是' : '否'].join('\t'));
  return [TSV_HEADER, ...lines].join('\n') + '\n';
}
