// Each rule family of the proofreader: what it must find (category, severity, place, suggestion) and
// what it must leave alone — clean sentences in the official register produce nothing.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, lineColumn, proofParagraphs, proofText, splitParagraphs, type Finding } from '../../core/proof/index.ts';
import { editDistance } from '../../core/proof/formulations.ts';
import type { ProofLexicon, UserEntry } from '../../core/proof/types.ts';
import { loadProofLexicon, readProofLexicon } from '../../main/services/proof/load.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { SHARED } from '../helpers/examples.ts';

const builtIn = readProofLexicon();
const base: ProofLexicon = {
  confusions: [
    { wrong: '再接再励', right: '再接再厉', severity: '错误', kind: '成语', reason: '成语，“厉”同“砺”' },
    { wrong: '截止', right: '截至', severity: '错误', kind: '搭配', reason: '后接时间点用“截至”', after: '(?:目前|\\d{4}年|今年)' },
    { wrong: '反应', right: '反映', severity: '错误', kind: '搭配', reason: '转达意见呼声用“反映”', after: '了?[^，。]{0,8}(?:呼声|问题|愿望)', notBefore: '化学' },
  ],
  formulations: builtIn.formulations,
  user: [],
};
const lex = compileLexicon(base);
const proof = (text: string) => proofText(text, lex);
/** `chars` characters of real prose: the reports of fixtures/import and the speeches of genre, repeated. */
function realProse(chars: number): string {
  const dirs = [join(SHARED, 'fixtures', 'import'), join(SHARED, 'genre')];
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  let out = '';
  for (let k = 0; out.length < chars; k++) out += texts[k % texts.length]! + '\n';
  return out.slice(0, chars);
}
/** The one finding of a category, or a failure that shows what was found. */
function only(text: string, category: Finding['category']): Finding {
  const found = proof(text).filter((f) => f.category === category);
  expect(found, JSON.stringify(proof(text), null, 1)).toHaveLength(1);
  return found[0]!;
}
const at = (text: string, f: Finding) => text.split('\n')[f.para]!.slice(f.offset, f.offset + f.length);

/** Clean paragraphs in the official register: no rule may fire on them. */
const CLEAN = [
  '同志们：',
  '今天召开全县城乡环境综合整治推进会，主要任务是深入学习贯彻党的二十大和二十届三中全会精神，总结前一阶段工作，部署下一阶段任务。',
  '一、提高政治站位，切实增强做好人居环境整治工作的责任感和紧迫感',
  '（一）坚持高标准谋划。各乡镇要常常深入村组，家家户户都要动员到位，认认真真、扎扎实实抓好每一项工作。',
  '1.压实属地责任',
  '（1）县城市管理局牵头，各乡镇（街道）配合，2026年12月底前完成。',
  '我们要以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。',
  '截至2026年10月，全县累计投入资金3.5亿元，新建公厕126座，农村生活垃圾无害化处理率达到98.6%。',
  '要研究研究新情况，看看群众满意不满意，一一对应整改，做到天天有人管、处处有人抓。',
  '要在以习近平同志为核心的党中央坚强领导下，为了解决群众急难愁盼问题，以及及时处置各类隐患，关键是是否落实到位。',
  '近26年来，全县GDP年均增长8.5%，X射线检测设备、XML数据接口等均已配齐，详见www.example.gov.cn。',
  '会议强调，要坚持不敢腐、不能腐、不想腐一体推进，驰而不息纠治“四风”。',
  '这一做法不了了之的现象必须杜绝，群众反映的问题要件件有着落。',
];

describe('clean official text produces no finding', () => {
  it.each(CLEAN)('%s', (text) => {
    expect(proof(text)).toEqual([]);
  });
  it('as one document, numbered in sequence', () => {
    expect(proofText(CLEAN.join('\n'), lex)).toEqual([]);
  });
});

describe('repeat', () => {
  it.each([
    ['这项工作既是是攻坚战，更是持久战。', '是是', '错误', '是'],
    ['这是全县的的大事。', '的的', '错误', '的'],
    ['会议研究了了整治方案。', '了了', '错误', '了'],
    ['要进一步步加强领导。', '进一步步', '错误', '进一步'],
    ['我们们要坚定信心。', '们们', '错误', '们'],
  ])('%s', (text, span, severity, suggestion) => {
    const f = only(text, 'repeat');
    expect([at(text, f), f.severity, f.suggestion]).toEqual([span, severity, suggestion]);
  });
  it('a phrase said twice in a row is 疑似', () => {
    const f = only('抓好城乡环境城乡环境整治。', 'repeat');
    expect([f.severity, at('抓好城乡环境城乡环境整治。', f)]).toEqual(['疑似', '城乡环境']);
  });
  it.each(['常常', '人人', '天天', '研究研究', '一一对应', '谢谢', '个个', '家家户户', '年年', '时时', '处处', '事事', '层层', '步步为营', '条条', '件件', '看看', '说说', '渐渐', '往往', '刚刚', '仅仅', '稍稍', '轻轻', '明明白白', '实实在在', '扎扎实实', '认认真真', '干干净净', '清清楚楚', '二二', '哈哈哈', '的的确确', '是是非非', '不了了之', '为了了解', '以及及时', '要和和谐', '目的的', '一步一步', '和和美美', '讨论讨论'])(
    'legitimate: %s',
    (w) => {
      expect(proof(`大家${w}。`).filter((f) => f.category === 'repeat')).toEqual([]);
    },
  );
});

describe('confusion lexicon', () => {
  it('fires with its reason and suggestion', () => {
    const text = '希望大家再接再励，再创佳绩。';
    const f = only(text, 'confusion');
    expect(f).toMatchObject({ para: 0, offset: 4, length: 4, severity: '错误', suggestion: '再接再厉', rule: 'confusion:再接再励' });
    expect(f.message).toBe('“再接再励”应为“再接再厉”：成语，“厉”同“砺”');
  });
  it('honours after / notBefore conditions', () => {
    expect(only('截止目前，已完成任务。', 'confusion').suggestion).toBe('截至');
    expect(proof('报名截止日期为月底。')).toEqual([]);
    expect(only('反应了群众的呼声。', 'confusion').suggestion).toBe('反映');
    expect(proof('化学反应了很多次。').filter((f) => f.category === 'confusion')).toEqual([]);
    expect(proof('他反应很快。')).toEqual([]);
  });
  it('the built-in lexicon loads and every condition compiles', () => {
    expect(builtIn.confusions.length).toBeGreaterThanOrEqual(10);
    expect(() => compileLexicon(builtIn)).not.toThrow();
  });
});

describe('user lexicon', () => {
  const user = (u: Partial<UserEntry>): UserEntry => ({ id: 1, kind: 'confusion', wrong: '', right: null, severity: '错误', reason: null, enabled: true, ...u });
  it('a user confusion fires as category user', () => {
    const l = compileLexicon({ ...base, user: [user({ id: 7, wrong: '县城管局', right: '县城市管理局', reason: '本县机构全称' })] });
    const [f] = proofText('由县城管局牵头。', l);
    expect(f).toMatchObject({ category: 'user', rule: 'user:7', offset: 1, length: 4, suggestion: '县城市管理局' });
  });
  it('an allow entry suppresses findings inside its occurrences; a disabled entry does nothing', () => {
    const text = '请X同志发言，并再接再励。';
    const allow = compileLexicon({ ...base, user: [user({ kind: 'allow', wrong: 'X同志' })] });
    expect(proofText(text, allow).map((f) => f.category)).toEqual(['confusion']);
    const disabled = compileLexicon({ ...base, user: [user({ kind: 'allow', wrong: 'X同志', enabled: false }), user({ wrong: '发言', right: '讲话', enabled: false })] });
    expect(proofText(text, disabled).map((f) => f.category)).toEqual(['placeholder', 'confusion']);
  });
});

describe('placeholders', () => {
  it.each([
    ['刚才，X同志作了部署。', 'X', '错误'],
    ['累计投入资金XX万元。', 'XX', '错误'],
    ['占到总量的X%。', 'X', '错误'],
    ['刚才，×县长传达了文件。', '×', '疑似'],
    ['请某某同志负责。', '某某', '错误'],
    ['收运率达*%。', '*', '错误'],
    ['于20xx年完成。', '20xx', '错误'],
    ['于202X年完成。', '202X', '错误'],
    ['联系人：○○，电话□□□。', '○○', '错误'],
    ['生态宜居是关键。_总书记多次强调。', '_', '错误'],
    ['完成时限：【待补充：完成时限】。', '【待补充：完成时限】', '疑似'],
    ['召开X区生活垃圾分类推进会。', 'X', '疑似'],
    ['累计投入资金万元，清理垃圾吨，', '万元', '疑似'],
    ['新增绿地面积平方公里，', '平方公里', '疑似'],
  ])('%s', (text, span, severity) => {
    const f = proof(text).find((x) => x.category === 'placeholder')!;
    expect(f, JSON.stringify(proof(text))).toBeDefined();
    expect([at(text, f), f.severity]).toEqual([span, severity]);
  });
  it.each(['采用XML格式交换数据。', '配备X射线安检机。', '屏幕分辨率为1920×1080。', '长3×4米。', '二○○六年', '**重点**工作要抓好。', '近万元，', '每吨，', 'Mac OS X系统', '园区规划面积为119.5平方公里。', '蓄水量2.3立方公里，', '请填写全年的总人次。'])('not a placeholder: %s', (text) => {
    expect(proof(text).filter((f) => f.category === 'placeholder')).toEqual([]);
  });
});

describe('numbering', () => {
  const paras = (lines: string[]) => proofParagraphs(lines, lex).filter((f) => f.category === 'numbering');
  it('a skipped number', () => {
    const [f] = paras(['一、提高认识', '正文。', '二、突出重点', '四、狠抓落实']);
    expect(f).toMatchObject({ para: 3, offset: 0, length: 2, severity: '错误', message: '编号跳过：“二、”之后是“四、”，缺“三、”' });
  });
  it('a repeated number', () => {
    expect(paras(['（一）加强领导', '（二）压实责任', '（二）严格考核'])[0]).toMatchObject({ para: 2, severity: '错误', rule: 'numbering:repeat' });
    expect(paras(['（一）加强领导', '（一）压实责任'])[0]).toMatchObject({ para: 1, severity: '疑似', rule: 'numbering:repeat' });
  });
  it('a restart at one is a new list; lower levels restart under a new parent', () => {
    expect(paras(['一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '一、新讲话', '二、乙'])).toEqual([]);
  });
  it('1. directly under 一、 is a level jump (疑似); （一） directly under the title is fine', () => {
    expect(paras(['（一）甲', '（二）乙'])).toEqual([]);
    expect(paras(['一、甲', '1.子'])[0]).toMatchObject({ para: 1, severity: '疑似', rule: 'numbering:jump' });
  });
  it.each([
    ['一.提高认识', '错误', '一、'],
    ['一，提高认识', '错误', '一、'],
    ['（一）、加强领导', '错误', '（一）'],
    ['（1）、加强领导', '错误', '（1）'],
    ['1、加强领导', '提示', '1.'],
    ['(一)加强领导', '提示', '（一）'],
  ])('shape: %s', (line, severity, suggestion) => {
    const [f] = paras([line]);
    expect([f?.severity, f?.suggestion, f?.offset]).toEqual([severity, suggestion, 0]);
  });
  it('第一，第二， … in sequence, restarted by a heading; a skip is 疑似', () => {
    expect(paras(['一、甲', '第一，要。', '第二，要。', '二、乙', '第一，要。'])).toEqual([]);
    expect(paras(['第一，要。', '第三，要。'])[0]).toMatchObject({ para: 1, offset: 0, length: 2, severity: '疑似', message: '序数跳过：“第一”之后是“第三”' });
  });
  it('1.5万元 and 2026年 at a line start are not numbers of headings', () => {
    expect(paras(['1.5万元已拨付。', '2026年工作要点', '10.5%的增幅'])).toEqual([]);
  });
});

describe('punctuation', () => {
  it('half-width marks in Chinese text', () => {
    const text = '我们要统一思想,坚定信心;全力以赴:确保完成?';
    const found = proof(text).filter((f) => f.category === 'punctuation');
    expect(found.map((f) => [at(text, f), f.severity, f.suggestion])).toEqual([
      [',', '错误', '，'],
      [';', '错误', '；'],
      [':', '错误', '：'],
      ['?', '错误', '？'],
    ]);
  });
  it('half-width brackets around Chinese are 疑似', () => {
    const found = proof('各镇(街道)主要负责人').filter((f) => f.category === 'punctuation');
    expect(found.map((f) => [f.offset, f.suggestion, f.severity])).toEqual([
      [2, '（', '疑似'],
      [5, '）', '疑似'],
    ]);
  });
  it.each(['增长3.5个百分点，达到1,200亿元，会议10:30开始。', '详见https://www.gov.cn/zhengce/index.htm，或来信至a.b@gov.cn。', '1.压实责任', 'English text, with (brackets): fine.', '提高认识（一）', 'China’s'])('no finding: %s', (text) => {
    expect(proof(text).filter((f) => f.category === 'punctuation')).toEqual([]);
  });
  it('unmatched quotes, book marks and brackets are 疑似', () => {
    const cases: [string, number][] = [
      ['要按照“数量服从质量的要求推进。', 3],
      ['学习贯彻《条例精神。', 4],
      ['全区X个社区（村居民群众', 6],
      ['以上】内容。', 2],
    ];
    for (const [text, offset] of cases) {
      const f = proof(text).find((x) => x.rule === 'punctuation:unmatched');
      expect(f, text).toMatchObject({ offset, severity: '疑似' });
    }
  });
  it('a quotation of several paragraphs opens each one with “ and closes only the last (GB/T 15834)', () => {
    const unmatched = (paras: string[]) => proofParagraphs(paras, lex).filter((f) => f.rule === 'punctuation:unmatched').map((f) => [f.para, f.offset]);
    expect(unmatched(['会议要求：', '“各乡镇要压实属地责任；', '', '“各部门要加强协作配合。”'])).toEqual([]);
    // The text ends inside the quotation (an excerpt): nothing says it does not go on.
    expect(unmatched(['“依法登记，具有法人资格；'])).toEqual([]);
    // The next paragraph does not go on with the quotation: this one is left open.
    expect(unmatched(['“各乡镇要压实属地责任；', '各部门要加强协作配合。'])).toEqual([[0, 0]]);
    // Only a 「“」 that opens the paragraph may run on.
    expect(unmatched(['要按照“数量服从质量的要求推进。', '“下一段。”'])).toEqual([[0, 3]]);
  });
  it('a single quote outside double quotes is 疑似', () => {
    const text = '掀起一场‘六进’宣讲高潮。';
    expect(proof(text).find((f) => f.rule === 'punctuation:single-quote')).toMatchObject({ offset: 4, suggestion: '“' });
    expect(proof('他说：“要落实‘六进’要求。”')).toEqual([]);
  });
  it('a full stop on a standalone heading is 提示; a run-in lead is not a heading', () => {
    const paras = ['（一）建立长效机制，巩固创建成果。', '（二）坚持常态化推进。各乡镇要加强巡查，发现问题及时整改。', '加强组织领导。'];
    const found = proofParagraphs(paras, lex, { headings: [false, false, true] }).filter((f) => f.category === 'punctuation');
    expect(found.map((f) => [f.para, f.offset, f.severity, f.suggestion])).toEqual([
      [0, 16, '提示', ''],
      [2, 6, '提示', ''],
    ]);
  });
  it('doubled marks are 错误', () => {
    const f = proof('要抓好落实。。').find((x) => x.category === 'punctuation')!;
    expect([f.offset, f.length, f.severity, f.suggestion]).toEqual([5, 2, '错误', '。']);
    expect(proof('一是加强领导，，二是压实责任。')[0]).toMatchObject({ severity: '错误', suggestion: '，' });
  });
});

describe('numbers and dates', () => {
  it('leading zeros in a date are 错误', () => {
    const text = '会议于2026年01月05日召开。';
    const f = only(text, 'number');
    expect([at(text, f), f.severity, f.suggestion]).toEqual(['2026年01月05日', '错误', '2026年1月5日']);
  });
  it('a two-digit year is 疑似; a duration is not', () => {
    expect(only('26年1月起施行。', 'number')).toMatchObject({ severity: '疑似', suggestion: '2026年' });
    expect(only('截至24年底，', 'number')).toMatchObject({ severity: '疑似', suggestion: '2024年' });
    for (const t of ['近26年来发展迅速。', '26年来，', '历时26年间', '连续12年底线不破', '26年的发展']) expect(proof(t), t).toEqual([]);
  });
  it('full-width digits, mixed numerals in a date, impossible dates', () => {
    expect(only('完成１２３项。', 'number')).toMatchObject({ severity: '疑似', suggestion: '123' });
    expect(only('2026年十一月召开。', 'number')).toMatchObject({ severity: '疑似', rule: 'number:mixed-date' });
    expect(only('2026年13月召开。', 'number')).toMatchObject({ severity: '错误', rule: 'number:bad-date' });
  });
  it('亿 and 万 mixed in one list is 提示', () => {
    const f = only('分别投入3.2亿元、8600万元、1.5亿元，', 'number');
    expect([f.severity, f.rule]).toEqual(['提示', 'number:mixed-units']);
    expect(proof('投入3.2亿元，其中省级补助8600万元。').filter((x) => x.category === 'number')).toEqual([]);
  });
});

describe('规范提法', () => {
  it('an outdated or wrong form is 错误 with the canonical form', () => {
    const text = '在以习近平总书记为核心的党中央坚强领导下';
    const f = only(text, 'formulation');
    expect([at(text, f), f.severity, f.suggestion]).toEqual(['以习近平总书记为核心的党中央', '错误', '以习近平同志为核心的党中央']);
    expect(only('深入贯彻党的二十大三中全会精神', 'formulation').suggestion).toBe('党的二十届三中全会');
    expect(only('按照“资源化、减量化、无害化”的要求', 'formulation').suggestion).toBe('减量化、资源化、无害化');
  });
  it('a context-bound outdated form fires only in its context', () => {
    expect(only('卫健、环保、食药、住建等部门要加强配合。', 'formulation')).toMatchObject({ offset: 6, length: 2, severity: '疑似', suggestion: '市场监督管理局' });
    expect(proof('发展食药用菌产业，坚持药食同源。').filter((f) => f.category === 'formulation')).toEqual([]);
  });
  it('a near miss (edit distance 1–2) is 疑似', () => {
    const text = '坚持以习近平新时代中国特色社会义思想为指导';
    const f = only(text, 'formulation');
    expect([at(text, f), f.severity, f.suggestion]).toEqual(['习近平新时代中国特色社会义思想', '疑似', '习近平新时代中国特色社会主义思想']);
    expect(only('推进国家治理体系与治理能力现代化', 'formulation').severity).toBe('疑似');
  });
  it.each([
    '习近平新时代中国特色社会主义思想',
    '坚持和发展新时代中国特色社会主义',
    '中国特色社会主义思想',
    '党的二十届二中全会、二十届三中全会、十九届六中全会精神',
    '完整准确全面贯彻新发展理念',
    '统筹发展与安全',
    '中国现代化建设',
    '全面建设小康社会',
  ])('not flagged: %s', (text) => {
    expect(proof(text).filter((f) => f.category === 'formulation')).toEqual([]);
  });
  it('every formulation is dated, and no canonical form is flagged by the others', () => {
    for (const f of builtIn.formulations) {
      expect(proof(f.canonical).filter((x) => x.category === 'formulation'), f.canonical).toEqual([]);
      for (const v of f.variants ?? []) expect(proof(v).filter((x) => x.category === 'formulation'), v).toEqual([]);
      for (const o of f.outdated) expect(proof(o).some((x) => x.category === 'formulation' && x.severity === '错误'), o).toBe(true);
    }
  });
  it('titles of one family that disagree within a document: the rarer is 疑似', () => {
    const paras = ['创建国家卫生县城是全县的大事。', '对照创建国家卫生城市各项指标。', '确保国家卫生县城复审一次通过，巩固国家卫生县城成果。'];
    const found = proofParagraphs(paras, lex).filter((f) => f.category === 'formulation');
    expect(found).toEqual([expect.objectContaining({ para: 1, offset: 4, length: 6, severity: '疑似', suggestion: '国家卫生县城' })]);
    expect(proofParagraphs(['创建国家卫生城市。', '巩固国家卫生城市成果。'], lex)).toEqual([]);
    expect(only('紧紧围绕创建全国卫生县城的总目标', 'formulation')).toMatchObject({ severity: '错误', suggestion: '国家卫生县城' });
  });
  it('edit distance', () => {
    expect(editDistance('社会主义', '社会义', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('的/地', () => {
  it('an adverbial before a verb: 提示 to use 地', () => {
    const text = '要有针对性的合理分配人员。';
    const f = proof(text).find((x) => x.rule === 'de:地')!;
    expect([f.offset, f.severity, f.suggestion]).toEqual([5, '提示', '地']);
  });
  it.each(['找到有效的解决办法。', '发挥积极的推进作用。', '认真地落实各项任务。', '认真的态度。'])('left alone: %s', (text) => {
    expect(proof(text)).toEqual([]);
  });
});

describe('findings as a whole', () => {
  it('are sorted by paragraph and offset, CRLF paragraphs keep their offsets', () => {
    const text = '再接再励，X同志\r\n二、第二\r\n我们,要';
    const found = proofText(text, lex);
    const keys = found.map((f) => [f.para, f.offset]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    const comma = found.find((f) => f.category === 'punctuation')!;
    expect([comma.para, comma.offset]).toEqual([2, 2]);
  });
  it('overlapping findings keep the more severe one', () => {
    // 「XX」 (placeholder 错误) inside a repeated phrase: one finding for the place.
    const found = proof('请XX同志XX同志发言。');
    for (let i = 1; i < found.length; i++) expect(found[i]!.offset).toBeGreaterThanOrEqual(found[i - 1]!.offset + found[i - 1]!.length);
  });
  it('pathological paragraphs stay fast: none costs more than a few times real prose of its length', () => {
    // CPU time of this process (a test file runs in a process of its own), against real prose timed
    // in the same process: a busy machine slows both alike, so the bound holds at any load. A rule
    // that goes quadratic on a paragraph of 60,000 characters costs some sixty times the prose (60,000
    // spaces did, in the stray-Latin rule, until session 7). The dearest inputs here, unmatched
    // brackets, cost up to six times: one finding per character.
    const cpu = (text: string) => {
      const t = process.cpuUsage();
      proof(text);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    const chars = 60_000;
    const prose = realProse(chars);
    proof(prose);
    const reference = [cpu(prose), cpu(prose), cpu(prose)].sort((a, b) => a - b)[1]!;
    const units = ['X', '（', '(', '"', '，，', '的的', '研究', '一、', '2026年01月05日', '某', '*', '城乡环境', '、分析，解决', ' ', '\u3000', '待', '【待', '二0二六年', '《', '【'];
    const ratios = units.map((u) => [u, cpu(u.repeat(Math.ceil(chars / u.length))) / reference] as const);
    expect(ratios.filter(([, r]) => r > 15)).toEqual([]);
  });
  it('lineColumn counts code points', () => {
    const paras = splitParagraphs('第一行\n𠀀𠀀再接再励');
    const [f] = proofParagraphs(paras, lex);
    expect(lineColumn(paras, f!)).toEqual({ line: 2, column: 3 });
  });
});

describe('loading the lexicon', () => {
  function root(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'wengao-proof-load-'));
    mkdirSync(join(dir, 'corpus', 'proof'), { recursive: true });
    cpSync(join(PACKAGE_ROOT, 'corpus', 'proof'), join(dir, 'corpus', 'proof'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'corpus', 'proof', name), text);
    return dir;
  }
  it('a malformed file names itself', () => {
    expect(() => readProofLexicon(root({ 'confusions.yaml': 'version: "1"\nentries:\n  - { wrong: 再接再励 }\n' }))).toThrow(/^corpus\/proof\/confusions\.yaml: /);
    expect(() => readProofLexicon(root({ 'formulations.yaml': 'version: "1"\nentries: [{ canonical: 中国式现代化, since: 2022年, source: 二十大 }]\n' }))).toThrow(/^corpus\/proof\/formulations\.yaml: /);
    expect(() => readProofLexicon(root({ 'formulations.yaml': 'version: [' }))).toThrow(/^corpus\/proof\/formulations\.yaml: /);
  });
  it('a condition that is not a regular expression names its entry', () => {
    const bad = { ...base, confusions: [{ wrong: '截止', right: '截至', severity: '错误' as const, kind: '搭配', reason: '后接时间点', after: '(' }] };
    expect(() => compileLexicon(bad)).toThrow(/校对词条“截止”/);
  });
  it('the built-in lexicon is compiled once; user entries are merged per call', () => {
    expect(loadProofLexicon()).toBe(loadProofLexicon());
    const withUser = loadProofLexicon({ user: [{ id: 3, kind: 'confusion', wrong: '县城管局', right: '县城市管理局', severity: '疑似', reason: null, enabled: true }] });
    expect(withUser.confusions).toBe(loadProofLexicon().confusions);
    expect(proofText('由县城管局牵头。', withUser)[0]).toMatchObject({ category: 'user', severity: '疑似', rule: 'user:3' });
  });
});
