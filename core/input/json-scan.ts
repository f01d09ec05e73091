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

/**
 * A JSON syntax scanner, used to say where and why JSON.parse failed (V8's own message has no position
 * in every Node version) and to find duplicate field names, which JSON.parse silently collapses to the last.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function scanJson(src: string): { problem?: JsonProblem; duplicates: Duplicate[] } {
  const duplicates: Duplicate[] = [];
  const stack: Frame[] = [];
  const n = src.length;
  let i = 0;
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
  let lastComma = -1;

  const skipSpace = (): void => {
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const unexpected = (expected: string): JsonProblem => {
    if (i >= n) {
      const top = stack[stack.length - 1];
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
  };
  const pathTo = (last: string): PropertyKey[] => {
    const path: PropertyKey[] = stack.slice(0, -1).map((f) => (f.type === 'object' ? f.key : f.index));
    path.push(last);
    return path;
  };
  /** Scans a string starting at the quote at i; on success leaves i after the closing quote. */
  const scanString = (): JsonProblem | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c === 92) {
        const e = src[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) return { offset: i, reason: '无效的转义序列 \\u：其后应为 4 位十六进制数' };
          i += 6;
          continue;
        }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        return { offset: i, reason: `无效的转义序列 \\${e ?? ''}：文本中的反斜杠须写成 \\\\` };
      }
      if (c === 10 || c === 13) {
        return { offset: i, reason: '文本没有结束：缺少右引号 "，或文本中直接换行了（换行须写成 \\n）' };
      }
      if (c < 0x20) return { offset: i, reason: '文本中含有控制字符' };
      i++;
    }
    return { offset: start, reason: '文本没有结束：缺少右引号 "' };
  };

  for (;;) {
    skipSpace();
    const ch = src[i];
    const top = stack[stack.length - 1];
    switch (state) {
      case 'firstValue':
        if (ch === ']') {
          i++;
          stack.pop();
          state = 'after';
          continue;
        }
        state = 'value';
        continue;
      case 'value': {
        if (ch === '{') {
          stack.push({ type: 'object', open: i, keys: new Map(), key: '' });
          i++;
          state = 'firstKey';
        } else if (ch === '[') {
          stack.push({ type: 'array', open: i, index: 0 });
          i++;
          state = 'firstValue';
        } else if (ch === '"') {
          const problem = scanString();
          if (problem) return { problem, duplicates };
          state = 'after';
        } else if ((ch === ']' || ch === '}') && lastComma >= 0 && src.slice(lastComma + 1, i).trim() === '') {
          return { problem: { offset: lastComma, reason: '多余的逗号：最后一项后面不能有逗号' }, duplicates };
        } else if (ch !== undefined && (ch === '-' || (ch >= '0' && ch <= '9'))) {
          const start = i;
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(src);
          const next = m ? src[i + m[0].length] : undefined;
          if (!m || (next !== undefined && /[\p{L}\p{N}.+\-_%$]/u.test(next))) {
            WORD.lastIndex = start;
            const word = WORD.exec(src)?.[0] ?? ch;
            return { problem: { offset: start, reason: `数字格式不正确：「${preview(word)}」（数字不能以 0 开头，也不能带单位；带单位的数请写成文本，如 "230万"）` }, duplicates };
          }
          i += m[0].length;
          state = 'after';
        } else if (src.startsWith('true', i) || src.startsWith('null', i)) {
          i += 4;
          state = 'after';
        } else if (src.startsWith('false', i)) {
          i += 5;
          state = 'after';
        } else if (ch !== undefined && /[\p{L}_$]/u.test(ch)) {
          WORD.lastIndex = i;
          const word = WORD.exec(src)?.[0] ?? ch;
          return { problem: { offset: i, reason: `无法识别的值「${preview(word)}」：文本须用英文双引号括起来` }, duplicates };
        } else {
          return { problem: unexpected('这里应为一个值（文本、数字、对象或列表）'), duplicates };
        }
        lastComma = -1;
        continue;
      }
      case 'firstKey':
        if (ch === '}') {
          i++;
          stack.pop();
          state = 'after';
          continue;
        }
        state = 'key';
        continue;
      case 'key': {
        if (ch === '"' && top?.type === 'object') {
          const start = i;
          const problem = scanString();
          if (problem) return { problem, duplicates };
          const key = JSON.parse(src.slice(start, i)) as string;
          const first = top.keys.get(key);
          if (first !== undefined) duplicates.push({ path: pathTo(key), offset: start, firstOffset: first });
          else top.keys.set(key, start);
          top.key = key;
          lastComma = -1;
          state = 'colon';
          continue;
        }
        if (ch === '}' && lastComma >= 0) {
          return { problem: { offset: lastComma, reason: '多余的逗号：最后一项后面不能有逗号' }, duplicates };
        }
        if (ch !== undefined && /[\p{L}_$]/u.test(ch)) {
          return { problem: { offset: i, reason: '字段名须用英文双引号括起来' }, duplicates };
        }
        return { problem: unexpected('这里应为用英文双引号括起来的字段名'), duplicates };
      }
      case 'colon':
        if (ch === ':') {
          i++;
          state = 'value';
          continue;
        }
        return { problem: unexpected('字段名后面应为英文冒号 :'), duplicates };
      case 'after': {
        if (!top) {
          if (i >= n) return { duplicates };
          return { problem: { offset: i, reason: 'JSON 已经结束，后面还有多余的内容' }, duplicates };
        }
        const close = top.type === 'object' ? '}' : ']';
        if (ch === ',') {
          lastComma = i;
          i++;
          if (top.type === 'array') {
            top.index++;
            state = 'value';
          } else {
            state = 'key';
          }
          continue;
        }
        if (ch === close) {
          i++;
          stack.pop();
          continue;
        }
        if (ch === '}' || ch === ']') {
          const at = lineColumn(src, top.open);
          return { problem: { offset: i, reason: `括号不匹配：第 ${at.line} 行第 ${at.column} 列的「${src[top.open]}」应以「${close}」结束` }, duplicates };
        }
        if (ch === '"' || ch === '{' || ch === '[' || (ch !== undefined && /[-0-9tfn]/.test(ch))) {
          return { problem: { offset: i, reason: '缺少逗号：上一项后面应有英文逗号 ,' }, duplicates };
        }
        return { problem: unexpected(`这里应为英文逗号 , 或 ${close}`), duplicates };
      }
    }
  }
}
