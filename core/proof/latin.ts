// Stray Latin words in Chinese text: 「…精神 and 市建设局…」, 「加快jianshe步伐」 — what is typed when
// the input method was in English mode. A run of lower-case letters with Chinese on both sides
// (spaces between allowed) is 疑似; an English function word gets its Chinese for a suggestion.
// Capitals are left alone (GDP, CPI, APP, 5G, PM2.5, iPhone is not all lower case), and so are units
// after a figure (10km), file types and a few words Chinese text does use in lower case.
import { finding, isChineseContext, isDigit, q, type ParaFinding } from './util.ts';

const WORD = /(?<![A-Za-z0-9@./_-])[a-z]{2,20}(?![A-Za-z0-9@._/-])/gu;
const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000';
const MEANT = new Map(Object.entries({ and: '和', or: '或', with: '与', of: '的', to: '至', in: '在', the: '', is: '是' }));
const USED_IN_CHINESE = new Set(['wifi', 'app', 'apps', 'pdf', 'ppt', 'pptx', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'ofd', 'ok', 'vs', 'etc', 'www', 'com', 'cn', 'http', 'https', 'mail', 'email']);

export function latinRule(text: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  // The spaces on either side belong to the finding. They are added here, not matched by the regex:
  // a regex opening with `[ \u3000]*` tried every position of a run of spaces to its end (60,000
  // spaces took seconds). Leading spaces stop where the last finding's trailing ones ended.
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let start = m.index;
    while (start > last && isSpace(text[start - 1])) start--;
    let end = m.index + word.length;
    while (isSpace(text[end])) end++;
    last = end;
    if (USED_IN_CHINESE.has(word) || isDigit(text[start - 1]) || !isChineseContext(text[start - 1]) || !isChineseContext(text[end])) continue;
    const meant = MEANT.get(word);
    const message = meant === undefined ? `中文句子中夹有字母${q(word)}，疑为输入法未切换时打出的拼音或英文，请核对` : `中文句子中夹有英文单词${q(word)}，疑为输入法未切换，应为${meant ? q(meant) : '删去'}`;
    out.push(meant === undefined ? finding('spelling', '疑似', start, end - start, 'latin:stray', message) : finding('spelling', '疑似', start, end - start, 'latin:stray', message, meant));
  }
  return out;
}
