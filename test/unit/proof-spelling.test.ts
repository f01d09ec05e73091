// The spelling checker (core/proof/spelling) and the known misses of issue 16, through the whole
// proofreader with the shipped data; the development set with statistics held out.
import { describe, expect, it } from 'vitest';
import { proofText, type Finding, type ProofOptions } from '../../core/proof/index.ts';
import { spellingHits } from '../../core/proof/spelling/check.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { readSpellingData } from '../../main/services/proof/spelling-data.ts';
import { bigramCounts } from '../../scripts/spelling-corpus.ts';
import { heldOutModels, readDevSet, scoreDevSet } from '../../bench/spelling-eval.ts';

const lex = loadProofLexicon();
const proof = (text: string, opts?: ProofOptions) => proofText(text, lex, opts);
const at = (found: Finding[], text: string, wrong: string) => {
  const i = text.indexOf(wrong);
  return found.find((f) => f.offset <= i && i < f.offset + Math.max(1, f.length));
};

describe('known misses', () => {
  it('a stray Latin word in Chinese text', () => {
    const text = '认真学习贯彻会议精神 and 市建设局的工作要求';
    const f = at(proof(text), text, 'and')!;
    expect(f).toMatchObject({ severity: '疑似', suggestion: '和' });
    expect(f.message).toContain('英文单词');
    const pinyin = '加快jianshe步伐';
    expect(at(proof(pinyin), pinyin, 'jianshe')?.message).toMatch(/拼音或英文/);
    // Capitals, units after figures and file types are Chinese usage.
    expect(proof('GDP增长5%，PM2.5浓度下降，政务APP上线，建成10km绿道，请下载pdf文件').filter((x) => x.rule === 'latin:stray')).toEqual([]);
  });
  it('象 for 像 in a comparison, and 好象', () => {
    const text = '要象爱护眼睛一样爱护生态环境';
    expect(at(proof(text), text, '象')).toMatchObject({ suggestion: '像' });
    expect(at(proof('他好象没有来'), '他好象没有来', '好象')).toMatchObject({ severity: '错误', suggestion: '好像' });
    for (const clean of ['这种现象一样存在', '树立良好形象一样重要', '就像一家人一样', '抽象的概念']) expect(proof(clean).filter((x) => x.suggestion === '像')).toEqual([]);
  });
  it('「十三?五」: a half-width ? between Chinese characters is a lost character, not a question mark', () => {
    const text = '“十三?五”规划确定的目标任务';
    const f = at(proof(text), text, '?')!;
    expect(f.suggestion).toBe('·');
    expect(f.message).toMatch(/丢失的字符/);
    const lost = '全面落实河长?制';
    expect(at(proof(lost), lost, '?')?.suggestion).toBeUndefined();
    // In a question it is a question mark typed half-width.
    expect(at(proof('这样是否可行?我们再研究'), '这样是否可行?我们再研究', '?')?.suggestion).toBe('？');
  });
  it('二0二六年: a digit 0 in a year written in Chinese numerals', () => {
    for (const [text, right] of [['二0二六年工作要点', '二〇二六'], ['二O二五年', '二〇二五'], ['二０二四年', '二〇二四']] as const) {
      expect(at(proof(text), text, text.slice(0, 4))).toMatchObject({ severity: '错误', suggestion: right });
    }
    expect(proof('二〇二六年一月').filter((x) => x.rule === 'number:zero-in-year')).toEqual([]);
    expect(proof('2026年').filter((x) => x.category === 'number')).toEqual([]);
  });
  it('既使 and 既便', () => {
    expect(at(proof('既使困难再多也要完成'), '既使困难再多也要完成', '既使')).toMatchObject({ severity: '错误', suggestion: '即使' });
    expect(at(proof('既便如此'), '既便如此', '既便')).toMatchObject({ suggestion: '即便' });
    expect(proof('既要抓发展，又要保安全').filter((x) => x.category === 'confusion')).toEqual([]);
  });
});

describe('typos by dictionary and sound', () => {
  // Slips as a pinyin input method makes them, in our own sentences; none is in the confusion lexicon.
  const typos: [string, string, string][] = [
    ['老旧小区改造要充分征求居民意件', '件', '见'],
    ['严格落实河长制，加强水质检侧', '侧', '测'],
    ['加快推进污水管网建设，提升处里能力', '里', '理'],
    ['各街道要认真组织实失', '失', '施'],
    ['要做好转移群众的安置工作，确保生话有保障', '话', '活'],
  ];
  it.each(typos)('%s: %s → %s, 疑似, with its position', (text, wrong, right) => {
    const f = at(proof(text), text, wrong)!;
    expect(f).toMatchObject({ category: 'spelling', severity: '疑似', offset: text.indexOf(wrong), length: 1, suggestion: right });
    expect(f.message).toContain(`“${wrong}”可能应为“${right}”`);
  });
  // A whole word picked wrong from the input method's list: each character alone fits no better.
  const wordSlips: [string, string, string][] = [
    ['全面推进乡村镇星战略', '镇星', '振兴'],
    ['坚持已任为本的发展思想', '已任为本', '以人为本'],
  ];
  it.each(wordSlips)('%s: the word %s → %s, 疑似, covering the whole word', (text, wrong, right) => {
    const f = at(proof(text), text, wrong)!;
    expect(f).toMatchObject({ category: 'spelling', severity: '疑似', offset: text.indexOf(wrong), length: wrong.length, suggestion: right });
    expect(f.message).toContain('同音词');
  });
  // A slip that leaves a real word (假其, 自制, 药检, 共建): only the longer term it breaks shows it, a
  // term of four characters or more that jieba lists however rarely it counted it, across a boundary
  // between two words never seen side by side in running text.
  const inTerms: [string, string, string, string][] = [
    ['区里要做好春节假其的值班安排', '其', '期', '春节假期'],
    ['内蒙古自制区的同志介绍了经验', '制', '治', '内蒙古自治区'],
    ['县市场监督管理局和药检局联合检查', '检', '监', '药监局'],
  ];
  it.each(inTerms)('%s: %s → %s inside the term %s', (text, wrong, right, term) => {
    const f = at(proof(text), text, wrong)!;
    expect(f).toMatchObject({ category: 'spelling', offset: text.indexOf(wrong), length: 1, suggestion: right });
    expect(f.message).toContain(`“${term}”`);
  });
  it('a whole word that is a word, typed for the word that makes the term (脱贫共建 → 脱贫攻坚)', () => {
    const text = '要巩固拓展脱贫共建成果';
    expect(at(proof(text), text, '共建')).toMatchObject({ category: 'spelling', offset: text.indexOf('共建'), length: 2, suggestion: '攻坚' });
    // The same word where it makes no term is left alone.
    expect(proof('要推动共建共治共享').filter((f) => f.category === 'spelling')).toEqual([]);
  });
  it("a whole word is never corrected into a person's name (jieba's three-character nr words)", () => {
    const { persons } = readSpellingData();
    expect(persons.has('李向前')).toBe(true);
    const ix = lex.spelling!.homophones;
    const proposed = Array.from({ length: ix.wordCost.length }, (_, w) => Array.from(ix.wordChars.subarray(ix.wordStart[w]!, ix.wordStart[w + 1]!), (id) => lex.spelling!.charOf[id]).join(''));
    expect(proposed.length).toBeGreaterThan(10_000);
    expect(proposed.filter((w) => persons.has(w))).toEqual([]);
  });
  it('a figure is context for its neighbours: every digit is one character of the model, counted as 0', () => {
    const m = lex.spelling!;
    const digit = m.idOf['0'.charCodeAt(0)]!;
    expect(digit).toBeGreaterThan(0);
    expect([...'59５９'].map((c) => m.idOf[c.charCodeAt(0)])).toEqual([digit, digit, digit, digit]);
    expect(bigramCounts(['5月1日，１２个'])).toEqual(new Map([['0月', 1], ['月0', 1], ['0日', 1], ['00', 1], ['0个', 1]]));
    // Figures inside a run leave the offsets of the text as they are.
    const text = '截至2025年10月底，共完成水质检侧128次';
    expect(at(proof(text), text, '侧')).toMatchObject({ category: 'spelling', offset: text.indexOf('侧'), suggestion: '测' });
    expect(proof('2025年10月底前完成128个老旧小区改造，惠及居民3.2万户').filter((f) => f.category === 'spelling')).toEqual([]);
  });
  it("the last character of a unit's name is not the slip: the abbreviation before it may be (科工局, 才政局)", () => {
    expect(proof('教育部、工业和信息化部、国防科工局负责').filter((f) => f.category === 'spelling')).toEqual([]);
    const text = '县才政局要保障经费';
    expect(at(proof(text), text, '才')).toMatchObject({ category: 'spelling', suggestion: '财' });
  });
  it('the names in an address (甘肃省陇南市宕昌县) and a measure word said twice after 一 (一剂剂) are left alone', () => {
    for (const text of ['项目位于甘肃省陇南市宕昌县', '云南省文山州砚山县的同志介绍了经验', '卫生院把一剂剂中药送到老人手中']) {
      expect(proof(text).filter((f) => f.category === 'spelling')).toEqual([]);
    }
    // Outside an address the same stretch is still checked.
    const text = '各县区要加强管里';
    expect(at(proof(text), text, '里')).toMatchObject({ category: 'spelling', suggestion: '理' });
  });
  it('clean sentences of the register are left alone', () => {
    for (const text of ['严格执行值班值守制度，确保信息畅通', '统筹推进雨污分流改造和绿化亮化工程', '各镇（街道）要压实属地责任，做到守土有责、守土负责、守土尽责']) {
      expect(proof(text).filter((f) => f.category === 'spelling')).toEqual([]);
    }
  });
  it('pathological runs stay fast', () => {
    const t0 = performance.now();
    for (const unit of ['殑', '检剑', '的', '王建社', '中华人民共和国']) spellingHits(unit.repeat(Math.ceil(30_000 / unit.length)), lex.spelling!);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('names are left alone', () => {
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
  // Given names full of characters the checker could take for slips (建社, 志钢, 海艳 …).
  const given = ['建社', '志钢', '海艳', '国庆', '红梅', '德胜', '立新', '卫东', '秀英', '振华', '家俊', '晓峰', '春燕', '永胜', '书记', '长江', '明', '勇', '静', '伟', '芳', '军', '洁', '磊', '敏', '涛', '斌', '霞', '刚', '平'];
  const titles = ['县委书记', '县长', '常务副县长', '区委副书记', '镇党委书记', '副镇长', '局长', '主任', '街道办事处主任', '乡长'];
  const names = Array.from({ length: 200 }, (_, k) => surnames[(k * 7) % surnames.length]! + given[(k * 11) % given.length]!);
  const frames = [
    (t: string, n: string) => `${t}${n}主持会议并讲话。`,
    (t: string, n: string) => `${n}${t.replace(/^.*?(书记|县长|镇长|局长|主任|乡长)$/, '$1')}对防汛工作提出要求。`,
    (t: string, n: string) => `请${n}同志牵头负责，${t}${n}具体抓落实。`,
    (t: string, n: string) => `${t}\u3000${n}`,
  ];
  it('200 real-looking names next to titles are never flagged', () => {
    const flagged: string[] = [];
    names.forEach((name, k) => {
      const text = frames[k % frames.length]!(titles[k % titles.length]!, name);
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        for (const f of proof(text)) if (f.offset < at + name.length && at < f.offset + Math.max(1, f.length)) flagged.push(`${text}：${f.message}`);
      }
    });
    expect(flagged).toEqual([]);
  });
  it('a list of names in an attendance line is left alone', () => {
    const text = '出席：王建社、李志钢、张海艳、刘国庆';
    expect(proof(text).filter((f) => f.category === 'spelling' || f.category === 'confusion')).toEqual([]);
  });
  it("the material's names and the user's allow list are never corrected", () => {
    const text = '建社村和醇成村要对标先进';
    const wrongs = (opts?: ProofOptions) => proof(text, opts).map((f) => text.slice(f.offset, f.offset + f.length));
    expect(wrongs()).toEqual(expect.arrayContaining(['建社', '醇成']));
    expect(wrongs({ names: ['建社村', '醇成村'] })).toEqual([]);
    const allowing = loadProofLexicon({ user: [{ id: 1, kind: 'allow', wrong: '建社村', right: null, severity: '疑似', reason: null, enabled: true }] });
    expect(proofText(text, allowing).map((f) => text.slice(f.offset, f.offset + f.length))).toEqual(['醇成']);
    expect(wrongs({ ignore: ['醇成村'] })).toEqual(['建社']);
  });
});

describe('development set, statistics held out', () => {
  it('the 2025 report: located recall ≥ 50 %, clean sentences flagged ≤ 2 %', () => {
    const fold = 'fixtures/import/gov-work-report-2025.txt';
    const pairs = readDevSet().filter((p) => p.fold === fold);
    expect(pairs.length).toBeGreaterThan(500);
    const model = heldOutModels([fold]).get(fold)!;
    const s = scoreDevSet(pairs, (text) => proofText(text, { ...lex, spelling: model }));
    expect(s.located / s.typos).toBeGreaterThanOrEqual(0.5);
    expect(s.cleanFlagged / s.clean).toBeLessThanOrEqual(0.02);
  });
});
