// A small JSON syntax scanner: Node's JSON.parse says neither where nor why, and users type JSON
// with a Chinese input method. It finds the first problem (with the common slips named) and
// duplicate field names, which JSON.parse silently merges.
import { preview } from './messages.ts';
import { own } from '../own.ts';

/** 1-based line and column (in characters) of a UTF-16 offset; \r\n, \n and \r each end a line. */
export function lineColumn(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, src.length);
  for (let i = 0; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i++;
    if (c !== 13) column++;
  }
  return { line, column };
}

interface JsonProblem {
  offset: number;
  reason: string;
}

interface Duplicate {
  path: PropertyKey[];
  offset: number;
  firstOffset: number;
}

type Frame =
  | { type: 'object'; open: number; keys: Map<string, number>; key: string }
  | { type: 'array'; open: number; index: number };

/** Full-width punctuation typed by a Chinese input method where JSON needs the ASCII character. */
const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '＂': '"',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[\p{L}\p{N}_$.+%-]+/uy;

type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

/** What one step of the scanner found: a problem, the end of a well-formed text, or nothing yet. */
type Step = JsonProblem | 'end' | undefined;

const TRAILING_COMMA = '多余的逗号：最后一项后面不能有逗号';

/**
 * A JSON syntax scanner, used to say where and why JSON.parse failed (V8's own message has no position
 * in every Node version) and to find duplicate field names, which JSON.parse silently collapses to the last.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function scanJson(src: string): { problem?: JsonProblem; duplicates: Duplicate[] } {
  const scanner = new JsonScanner(src);
  const problem = scanner.run();
  return problem ? { problem, duplicates: scanner.duplicates } : { duplicates: scanner.duplicates };
}

/** A state machine over the text: `state` says what may come next, `stack` the open objects and lists. */
class JsonScanner {
  readonly duplicates: Duplicate[] = [];
  private readonly src: string;
  private readonly n: number;
  private readonly stack: Frame[] = [];
  private i = 0;
  private state: State = 'value';
  private lastComma = -1;

  constructor(src: string) {
    this.src = src;
    this.n = src.length;
  }

  run(): JsonProblem | undefined {
    for (;;) {
      this.skipSpace();
      const step = this.step(this.src[this.i]);
      if (step === 'end') return undefined;
      if (step) return step;
    }
  }

  private step(ch: string | undefined): Step {
    switch (this.state) {
      case 'firstValue':
        return this.closeEmpty(ch, ']', 'value');
      case 'value':
        return this.value(ch);
      case 'firstKey':
        return this.closeEmpty(ch, '}', 'key');
      case 'key':
        return this.key(ch);
      case 'colon':
        return this.colon(ch);
      case 'after':
        return this.after(ch);
    }
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private skipSpace(): void {
    const { src, n } = this;
    while (this.i < n) {
      const c = src.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  /** Right after `{` or `[`: the closing bracket ends an empty object or list; anything else is its first item. */
  private closeEmpty(ch: string | undefined, close: string, next: State): Step {
    if (ch === close) {
      this.i++;
      this.stack.pop();
      this.state = 'after';
    } else {
      this.state = next;
    }
    return undefined;
  }

  private value(ch: string | undefined): Step {
    const { src, i } = this;
    if (ch === '{') {
      this.stack.push({ type: 'object', open: i, keys: new Map(), key: '' });
      this.i++;
      this.state = 'firstKey';
    } else if (ch === '[') {
      this.stack.push({ type: 'array', open: i, index: 0 });
      this.i++;
      this.state = 'firstValue';
    } else if (ch === '"') {
      const problem = this.scanString();
      if (problem) return problem;
      this.state = 'after';
    } else if ((ch === ']' || ch === '}') && this.lastComma >= 0 && src.slice(this.lastComma + 1, i).trim() === '') {
      return { offset: this.lastComma, reason: TRAILING_COMMA };
    } else if (ch !== undefined && (ch === '-' || (ch >= '0' && ch <= '9'))) {
      const problem = this.scanNumber(ch);
      if (problem) return problem;
    } else if (src.startsWith('true', i) || src.startsWith('null', i)) {
      this.i += 4;
      this.state = 'after';
    } else if (src.startsWith('false', i)) {
      this.i += 5;
      this.state = 'after';
    } else if (ch !== undefined && /[\p{L}_$]/u.test(ch)) {
      WORD.lastIndex = i;
      const word = WORD.exec(src)?.[0] ?? ch;
      return { offset: i, reason: `无法识别的值「${preview(word)}」：文本须用英文双引号括起来` };
    } else {
      return this.unexpected('这里应为一个值（文本、数字、对象或列表）');
    }
    this.lastComma = -1;
    return undefined;
  }

  /** A number at i; a unit or a leading zero glued to it is named as the slip it is. */
  private scanNumber(ch: string): JsonProblem | undefined {
    const { src } = this;
    const start = this.i;
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(src);
    const next = m ? src[start + m[0].length] : undefined;
    if (!m || (next !== undefined && /[\p{L}\p{N}.+\-_%$]/u.test(next))) {
      WORD.lastIndex = start;
      const word = WORD.exec(src)?.[0] ?? ch;
      return { offset: start, reason: `数字格式不正确：「${preview(word)}」（数字不能以 0 开头，也不能带单位；带单位的数请写成文本，如 "230万"）` };
    }
    this.i += m[0].length;
    this.state = 'after';
    return undefined;
  }

  private key(ch: string | undefined): Step {
    const top = this.top();
    if (ch === '"' && top?.type === 'object') {
      const start = this.i;
      const problem = this.scanString();
      if (problem) return problem;
      const key = JSON.parse(this.src.slice(start, this.i)) as string;
      const first = top.keys.get(key);
      if (first !== undefined) this.duplicates.push({ path: this.pathTo(key), offset: start, firstOffset: first });
      else top.keys.set(key, start);
      top.key = key;
      this.lastComma = -1;
      this.state = 'colon';
      return undefined;
    }
    if (ch === '}' && this.lastComma >= 0) return { offset: this.lastComma, reason: TRAILING_COMMA };
    if (ch !== undefined && /[\p{L}_$]/u.test(ch)) return { offset: this.i, reason: '字段名须用英文双引号括起来' };
    return this.unexpected('这里应为用英文双引号括起来的字段名');
  }

  private colon(ch: string | undefined): Step {
    if (ch !== ':') return this.unexpected('字段名后面应为英文冒号 :');
    this.i++;
    this.state = 'value';
    return undefined;
  }

  /** After a complete value: a comma, the enclosing bracket, or (at the top level) the end of the text. */
  private after(ch: string | undefined): Step {
    const top = this.top();
    if (!top) {
      if (this.i >= this.n) return 'end';
      return { offset: this.i, reason: 'JSON 已经结束，后面还有多余的内容' };
    }
    const close = top.type === 'object' ? '}' : ']';
    if (ch === ',') {
      this.lastComma = this.i;
      this.i++;
      if (top.type === 'array') {
        top.index++;
        this.state = 'value';
      } else {
        this.state = 'key';
      }
      return undefined;
    }
    if (ch === close) {
      this.i++;
      this.stack.pop();
      return undefined;
    }
    if (ch === '}' || ch === ']') {
      const at = lineColumn(this.src, top.open);
      return { offset: this.i, reason: `括号不匹配：第 ${at.line} 行第 ${at.column} 列的「${this.src[top.open]}」应以「${close}」结束` };
    }
    if (ch === '"' || ch === '{' || ch === '[' || (ch !== undefined && /[-0-9tfn]/.test(ch))) {
      return { offset: this.i, reason: '缺少逗号：上一项后面应有英文逗号 ,' };
    }
    return this.unexpected(`这里应为英文逗号 , 或 ${close}`);
  }

  /** The problem at i when it is not what `expected` says; the common slips (full-width marks, comments…) named. */
  private unexpected(expected: string): JsonProblem {
    const { src, n, i } = this;
    if (i >= n) {
      const top = this.top();
      if (top) {
        const at = lineColumn(src, top.open);
        const close = top.type === 'object' ? '}' : ']';
        return { offset: n, reason: `文件意外结束：第 ${at.line} 行第 ${at.column} 列的「${src[top.open]}」缺少对应的「${close}」` };
      }
      return { offset: n, reason: `文件意外结束，${expected}` };
    }
    const ch = src[i] as string;
    const ascii = own(FULL_WIDTH, ch);
    if (ascii) return { offset: i, reason: `这里用了中文标点「${ch}」，JSON 的标点须为英文半角 ${ascii}` };
    if (ch === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) return { offset: i, reason: 'JSON 不支持注释' };
    if (ch === "'") return { offset: i, reason: '文本须用英文双引号 "…" 括起来，不能用单引号' };
    if (ch === '\uFEFF') return { offset: i, reason: '文件中间含有 BOM 字符（U+FEFF），请删除' };
    return { offset: i, reason: `${expected}，实际为「${preview(ch)}」` };
  }

  private pathTo(last: string): PropertyKey[] {
    const path: PropertyKey[] = this.stack.slice(0, -1).map((f) => (f.type === 'object' ? f.key : f.index));
    path.push(last);
    return path;
  }

  /** Scans a string starting at the quote at i; on success leaves i after the closing quote. */
  private scanString(): JsonProblem | undefined {
    const { src, n } = this;
    const start = this.i;
    this.i++;
    while (this.i < n) {
      const i = this.i;
      const c = src.charCodeAt(i);
      if (c === 34) {
        this.i++;
        return undefined;
      }
      if (c === 92) {
        const e = src[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) return { offset: i, reason: '无效的转义序列 \\u：其后应为 4 位十六进制数' };
          this.i += 6;
          continue;
        }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          this.i += 2;
          continue;
        }
        return { offset: i, reason: `无效的转义序列 \\${e ?? ''}：文本中的反斜杠须写成 \\\\` };
      }
      if (c === 10 || c === 13) {
        return { offset: i, reason: '文本没有结束：缺少右引号 "，或文本中直接换行了（换行须写成 \\n）' };
      }
      if (c < 0x20) return { offset: i, reason: '文本中含有控制字符' };
      this.i++;
    }
    return { offset: start, reason: '文本没有结束：缺少右引号 "' };
  }
}
