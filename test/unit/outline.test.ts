// 范文库 text analysis on the real scraped genre files and the national work reports: outlines equal
// the ones written by hand in test/fixtures/outlines, site noise is gone and listed, real text stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, harvestPatterns } from '../../core/outline/index.ts';
import type { CleanedDoc, ImportReport, OutlineNode } from '../../core/outline/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENRE = path.resolve(repoRoot, '..', 'shared', 'genre');
const IMPORT = path.resolve(repoRoot, '..', 'shared', 'fixtures/import');
const HAND = path.resolve(repoRoot, 'test', 'fixtures', 'outlines');
const OWN = path.resolve(repoRoot, 'test', 'fixtures', 'outline');

const FILES: Record<string, string> = {
  'report-waste-sorting': GENRE,
  'speech-cw-promotion': GENRE,
  'speech-cw-review-two': GENRE,
  'speech-living-environment': GENRE,
  'gov-work-report-2000': IMPORT,
  'gov-work-report-2010': IMPORT,
  'gov-work-report-2025': IMPORT,
};

interface ExpectedNode {
  level: number;
  number: string;
  heading: string;
  runIn?: boolean;
  role?: string;
  fromContents?: boolean;
  children: ExpectedNode[];
}

interface Expected {
  note?: string;
  title: string;
  genre: string;
  salutation?: string;
  year?: number;
  closing?: string;
  truncated?: boolean;
  outline: ExpectedNode[];
}

const cache = new Map<string, { raw: string; documents: CleanedDoc[]; report: ImportReport }>();
function load(name: string): { raw: string; documents: CleanedDoc[]; report: ImportReport } {
  let hit = cache.get(name);
  if (!hit) {
    const dir = FILES[name] ?? OWN;
    const raw = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    hit = { raw, ...analyse(raw) };
    cache.set(name, hit);
  }
  return hit;
}

function expected(name: string): Expected[] {
  const json: unknown = JSON.parse(readFileSync(path.join(HAND, `${name}.json`), 'utf8'));
  return Array.isArray(json) ? (json as Expected[]) : [json as Expected];
}

/** The actual outline in the shape of the expected one: the keys the hand-written fixture gives. */
function project(actual: OutlineNode[], want: ExpectedNode[]): ExpectedNode[] {
  return actual.map((node, k) => {
    const w = want[k];
    const out: ExpectedNode = { level: node.level, number: node.number, heading: node.heading, children: [] };
    if (w && 'runIn' in w) out.runIn = node.runIn;
    if (w && 'role' in w) out.role = node.role;
    if (node.fromContents) out.fromContents = true;
    out.children = project(node.children, w?.children ?? []);
    return out;
  });
}

function nodes(outline: OutlineNode[]): OutlineNode[] {
  return outline.flatMap((n) => [n, ...nodes(n.children)]);
}

describe('outlines equal the hand-written fixtures', () => {
  for (const name of Object.keys(FILES)) {
    it(name, () => {
      const { documents, report } = load(name);
      const want = expected(name);
      expect(documents.map((d) => d.title)).toEqual(want.map((w) => w.title));
      expect(report.documents).toBe(want.length);
      documents.forEach((doc, i) => {
        const w = want[i]!;
        expect(doc.genre).toBe(w.genre);
        if ('salutation' in w) expect(doc.salutation).toBe(w.salutation);
        if ('year' in w) expect(doc.year).toBe(w.year);
        if (w.closing) expect(doc.closing?.startsWith(w.closing)).toBe(true);
        expect(Boolean(doc.truncated)).toBe(Boolean(w.truncated));
        expect(project(doc.outline, w.outline)).toEqual(w.outline);
      });
    });
  }
});

// Noise as it appears in each file: none of it may survive, all of it must be in the report.
const NOISE: Record<string, string[]> = {
  'report-waste-sorting': ['仅供学习', '禁止外传', '酷乐文行', '自建平台、实时分享', '根据实际需求和形式任务不断迭代', '现在订阅立享', '打击倒卖活动', '举报倒卖会员资料', '会员群', 'QQ群'],
  'speech-cw-promotion': [],
  'speech-cw-review-two': ['讲话（两篇）同志们', '（两篇）', '...'],
  'speech-living-environment': ['目录/提纲', '新文秘网', 'wm114', '省略984字', '正式会员可完整阅读', '未完,全文共5997字', '当前仅显示2764字', '请阅读下面提示信息', '收藏《'],
  'gov-work-report-2000': ['本作品是中华人民共和国的', '维基文库', '公有领域', '不总是', 'Public domain', 'false'],
  'gov-work-report-2010': ['本作品是中华人民共和国的', '维基文库', '公有领域', '不总是', 'Public domain', 'false'],
  'gov-work-report-2025': ['本作品是中华人民共和国的', '维基文库', '公有领域', '不总是', 'Public domain', 'false'],
};

// Real sentences, several right after (or right before) removed noise or a joined line break.
const KEPT: Record<string, string[]> = {
  'report-waste-sorting': [
    '在全区生活垃圾分类全覆盖工作推进会上的讲话\n今天，我们在这里召开X区生活垃圾分类全覆盖工作推进会议',
    '一是分类意识有待加强。',
    '区财政对今年生活垃圾分类工作给予足额保障',
    '为建设“四个X”做出应有的贡献！',
  ],
  'speech-cw-promotion': [
    '同志们：\n今天，县委、县政府召开全县全域无垃圾暨创卫工作推进会',
    // Real text with words that adverts also use: 举报, 公众号.
    '要建立“随手拍”举报平台，鼓励曝光破坏环境卫生的各类不文明行为',
    '微信公众号等媒体的舆论引导作用',
    '以优异的工作成绩迎接党的二十大和省第十四次党代会胜利召开！',
  ],
  'speech-cw-review-two': [
    '这次会议的主要目的是让大家进一步认识迎接创建国家卫生县城复审工作的重要性',
    '既是是攻坚战，更是持久战。',
    '离“到边到沿”的要求还有差距；城中村和城乡结合部整治不彻底',
    '卫生管理不到位；公厕、垃圾中转建设推进缓慢',
    '加大现场督导力度；要继续坚持工作通报',
  ],
  'speech-living-environment': [
    '主要任务是深入贯彻落实中央关于乡村振兴战略的决策部署,总结前期全区人居环境整治工作成效',
    '_总书记多次强调,要持续开展农村人居环境整治行动',
    '从民生需求看,人居环境是广大农民群众最直接、最现实的\n',
    '\n设7个专项工作组,明确了各工作组的职责分工',
    '3.大力实施厕所革命。要按照“数量服从质量、',
  ],
  'gov-work-report-2000': [
    '国民经济发展质量提高。\n国内生产总值增长率达到预期目标',
    '一是发行1000亿元长期国债',
    '切实贯彻《会计法》，提高会计信息质量。',
    '严格执行《建筑法》、《招标投标法》，建立健全',
    '各级政府要坚持“两手抓、两手都要硬”的方针，高度重视和加强社会主义精神文明建设。',
    '为把改革开放和社会主义现代化事业全面推向新世纪而奋斗！',
  ],
  'gov-work-report-2010': ['一年来，我们主要做了以下工作：', '伟大祖国永远是香港、澳门的坚强后盾。', '艰辛成就伟业，奋斗创造辉煌。'],
  'gov-work-report-2025': ['“稳”的态势巩固延续。', '一是因时因势加强和创新宏观调控', '各位代表！信心凝聚力量，实干谱写华章。'],
};

describe('cleaning', () => {
  for (const name of Object.keys(FILES)) {
    it(`${name}: no noise survives and the report lists it`, () => {
      const { documents, report } = load(name);
      const removed = report.removed.map((r) => r.text).join('\n');
      for (const noise of NOISE[name]!) {
        for (const doc of documents) {
          expect(doc.text, noise).not.toContain(noise);
          for (const p of doc.passages) expect(p.text, noise).not.toContain(noise);
          expect(doc.title, noise).not.toContain(noise);
        }
        expect(removed, noise).toContain(noise);
      }
      for (const r of report.removed) {
        expect(r.line).toBeGreaterThan(0);
        expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
      }
    });

    it(`${name}: real sentences survive`, () => {
      const text = load(name).documents.map((d) => d.text).join('\n');
      for (const s of KEPT[name]!) expect(text, s).toContain(s);
    });

    it(`${name}: every line not in the report is in a document`, () => {
      const { raw, documents, report } = load(name);
      const text = documents.map((d) => d.text).join('\n');
      const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
      // What each line lost, by the report.
      const lost = new Map<number, string[]>();
      for (const r of report.removed) {
        r.text.split('\n').forEach((part, k) => {
          const list = lost.get(r.line + k) ?? [];
          list.push(part);
          lost.set(r.line + k, list);
        });
      }
      lines.forEach((line, k) => {
        let rest = line.trim();
        for (const part of lost.get(k + 1) ?? []) rest = rest.replace(part.trim(), '').trim();
        if (rest) expect(text, `line ${k + 1}`).toContain(rest);
      });
    });
  }

  it('joins a sentence broken by hard returns, and lines broken around links, but not across a truncation', () => {
    expect(load('speech-cw-review-two').report.joinedLines).toBe(5);
    expect(load('speech-living-environment').report.joinedLines).toBe(5);
    expect(load('gov-work-report-2000').report.joinedLines).toBe(21);
    const living = load('speech-living-environment').documents[0]!;
    expect(living.text).not.toContain('最现实的设7个');
    const after = living.passages.find((p) => p.text.startsWith('设7个专项工作组'))!;
    expect(after.afterGap).toBe(true);
    // The text cut away belonged to 二、(一) (the 目录 entry before 二、(二), the next heading).
    expect(after.path).toBe('二/(一)');
    expect(after.role).toBe('成绩');
  });

  it('removes markdown marks, links, site notes and 相关推荐 lists from a pasted page, and records each', () => {
    const raw = [
      '下面是小编为大家整理的讲话稿，仅供参考。',
      '# 在全县防汛工作会议上的讲话',
      '',
      '**同志们：**',
      '> 今天召开全县防汛工作会议，主要任务是部署今年的防汛工作。',
      '',
      '## 一、充分认识防汛工作的重要性',
      '',
      '近年来，我县汛期降雨',
      '',
      '集中，防汛形势严峻。',
      '本文来源：某某范文网 http://www.example.com/a/123.html',
      '- 要压实责任，落实到人。',
      '原文链接：https://www.example.com/a/123.html',
      '',
      '同志们，防汛工作责任重大，务必抓紧抓实！',
      '',
      '相关推荐：',
      '在全县安全生产工作会议上的讲话',
      '在全县森林防火工作会议上的讲话',
    ].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc.title).toBe('在全县防汛工作会议上的讲话');
    expect(doc.salutation).toBe('同志们：');
    expect(doc.genre).toBe('speech');
    expect(doc.outline.map((n) => [n.number, n.heading])).toEqual([['一、', '充分认识防汛工作的重要性']]);
    // Split across a blank line mid-sentence: joined back.
    expect(doc.text).toContain('近年来，我县汛期降雨集中，防汛形势严峻。');
    expect(doc.text).toContain('要压实责任，落实到人。');
    expect(doc.closing).toBe('同志们，防汛工作责任重大，务必抓紧抓实！');
    for (const noise of ['小编', '#', '**', '> ', '- ', '本文来源', 'http', '原文链接', '相关推荐', '安全生产', '森林防火']) {
      expect(doc.text, noise).not.toContain(noise);
    }
    const reasons = new Set(report.removed.map((r) => r.reason));
    for (const reason of ['网站提示', '格式符号', '来源', '相关推荐']) expect(reasons, reason).toContain(reason);
    expect(report.removed.find((r) => r.text.startsWith('原文链接'))?.line).toBe(14);
    expect(report.joinedLines).toBe(1);
  });
});

describe('collections', () => {
  it('the two-speech file gives two documents', () => {
    const { documents, report } = load('speech-cw-review-two');
    expect(documents).toHaveLength(2);
    expect(report.documents).toBe(2);
    expect(documents[0]!.text).not.toContain('在全县2024年创建国家卫生县城工作推进会议上的讲话');
    expect(documents[1]!.text.startsWith('在全县2024年创建国家卫生县城工作推进会议上的讲话\n同志们：\n今天召开这次会议')).toBe(true);
    expect(documents[0]!.closing).toMatch(/^同志们，迎接创建/);
  });

  it('splits at 篇一/篇二 and drops the collection title, recorded', () => {
    const raw = [
      '乡村振兴工作会议讲话稿（2篇）',
      '篇一：在全镇乡村振兴工作会议上的讲话',
      '同志们：',
      '今天我们召开会议，部署乡村振兴工作。',
      '同志们，让我们共同努力！',
      '【篇二】',
      '在全村人居环境整治动员会上的讲话',
      '同志们：',
      '今天召开动员会，安排整治工作。',
    ].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => d.title)).toEqual(['在全镇乡村振兴工作会议上的讲话', '在全村人居环境整治动员会上的讲话']);
    expect(report.removed.map((r) => r.line)).toEqual([1, 2, 6]);
    expect(documents[0]!.closing).toBe('同志们，让我们共同努力！');
  });
});

describe('outline', () => {
  it('oral enumerations (第一，一要，一是) are not sections', () => {
    const oral = /^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]+[是要]|首先|其次)/;
    for (const name of Object.keys(FILES)) {
      for (const doc of load(name).documents) for (const n of nodes(doc.outline)) expect(n.heading, name).not.toMatch(oral);
    }
    const promotion = load('speech-cw-promotion').documents[0]!;
    const items = promotion.passages.filter((p) => p.marker);
    expect(items.map((p) => [p.marker, p.lead, p.path])).toEqual([
      ['一要', '加强组织协调', '三'],
      ['二要', '落实主体责任', '三'],
      ['三要', '加大宣传引导', '三'],
      ['四要', '强化督查考核', '三'],
    ]);
    const [first] = load('speech-cw-review-two').documents;
    expect(first!.passages.filter((p) => p.marker === '第一').map((p) => p.path)).toEqual(['一', '二']);
    const y2000 = load('gov-work-report-2000').documents[0]!;
    expect(y2000.passages.filter((p) => p.marker === '一是').length).toBeGreaterThanOrEqual(5);
    expect(y2000.outline).toHaveLength(11);
  });

  it('run-in leads are split from their body', () => {
    const waste = load('report-waste-sorting').documents[0]!;
    const lead = waste.outline[0]!.children[0]!;
    expect(lead).toMatchObject({ level: 3, number: '1.', heading: '宣传先行，营造了浓厚氛围', runIn: true });
    const passage = waste.passages.find((p) => p.path === '一/1')!;
    expect(passage.heading).toBe('宣传先行，营造了浓厚氛围');
    expect(passage.text.startsWith('宣传先行，营造了浓厚氛围。通过“条块结合、以块为主”的方式')).toBe(true);
    const y2025 = load('gov-work-report-2025').documents[0]!;
    const tasks = y2025.outline[2]!;
    expect(tasks.children.every((c) => c.runIn && c.level === 2)).toBe(true);
    // A heading that ends in 。 alone on its line is a heading, not a run-in lead.
    const y2010 = load('gov-work-report-2010').documents[0]!;
    expect(y2010.outline[0]!.children[0]).toMatchObject({ heading: '加强和改善宏观调控，促进经济平稳较快发展', runIn: false });
  });

  it('levels are taken as printed: a 1. directly under 一、 stays level 3', () => {
    const waste = load('report-waste-sorting').documents[0]!;
    expect(waste.outline[2]!.children.map((c) => [c.level, c.number])).toEqual([
      [3, '1.'],
      [3, '2.'],
      [3, '3.'],
      [3, '4.'],
    ]);
  });

  it('a 目录/提纲 gives the frame of a truncated speech', () => {
    const living = load('speech-living-environment').documents[0]!;
    expect(living.outline.map((n) => n.number)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(living.outline[1]!.fromContents).toBe(true);
    expect(living.outline[2]!.fromContents).toBeUndefined();
    expect(living.text).not.toContain('(二)人居环境整治是提升城市品质的重要抓手');
  });
});

describe('roles', () => {
  const roles = (name: string, i = 0): string[] => load(name).documents[i]!.outline.map((n) => n.role);

  it('level-1 sections of the speeches read as a reader sees them', () => {
    expect(roles('report-waste-sorting')).toEqual(['成绩', '问题', '任务']);
    expect(roles('speech-cw-promotion')).toEqual(['意义', '任务', '保障']);
    expect(roles('speech-cw-review-two', 0)).toEqual(['意义', '任务', '保障']);
    expect(roles('speech-cw-review-two', 1)).toEqual(['意义', '任务', '保障']);
    expect(roles('speech-living-environment')).toEqual(['意义', '成绩', '问题', '任务', '保障']);
    expect(roles('gov-work-report-2000')[0]).toBe('成绩');
    expect(roles('gov-work-report-2010')).toEqual(['成绩', '任务']);
  });

  it('passages: opening, closing, inherited, and a turn to problems inside a review', () => {
    const waste = load('report-waste-sorting').documents[0]!;
    expect(waste.passages[0]!.role).toBe('开场');
    expect(waste.passages.at(-1)!.role).toBe('结尾');
    expect(waste.passages.filter((p) => p.path.startsWith('三')).every((p) => p.role === '任务')).toBe(true);
    const y2000 = load('gov-work-report-2000').documents[0]!;
    const turn = y2000.passages.find((p) => p.text.startsWith('我们清醒地看到'))!;
    expect(turn.path).toBe('一');
    expect(turn.role).toBe('问题');
    expect(y2000.passages.find((p) => p.text.startsWith('这些成绩的取得'))!.role).toBe('成绩');
    // A bare 「各位代表！」 is text, not a passage.
    expect(y2000.passages.some((p) => p.text === '各位代表！')).toBe(false);
  });

  it('a purchase contract and a complaint letter are other', () => {
    for (const name of ['contract-purchase', 'complaint-noise']) {
      const { documents } = load(name);
      expect(documents).toHaveLength(1);
      const doc = documents[0]!;
      expect(doc.genre, name).toBe('other');
      expect(doc.passages.every((p) => p.role === '其他'), name).toBe(true);
      expect(harvestPatterns(doc)).toEqual([]);
    }
    expect(load('contract-purchase').documents[0]!.text).toContain('甲方（采购人）：某县人民政府办公室\n乙方（供应商）：某某办公设备有限公司');
    expect(load('complaint-noise').documents[0]!.text).toContain('此致\n敬礼！');
  });

  it('genres of the real files', () => {
    expect(load('speech-cw-promotion').documents[0]!.genre).toBe('speech');
    expect(load('gov-work-report-2025').documents[0]!.genre).toBe('report');
    const minutes = analyse(
      ['县政府常务会议纪要', '2024年3月5日，县长主持召开县政府常务会议。', '会议指出，要抓好春耕生产。', '会议议定：', '一、由县农业农村局牵头，3月底前完成春耕物资储备。'].join('\n'),
    ).documents[0]!;
    expect(minutes.genre).toBe('minutes');
  });
});

describe('harvestPatterns', () => {
  it('replaces the campaign name with X and keeps the source', () => {
    const living = load('speech-living-environment').documents[0]!;
    const patterns = harvestPatterns(living);
    expect(patterns).toContainEqual(
      expect.objectContaining({ pattern: '提高政治站位,深刻认识X的重大意义', level: 1, source: '在全区人居环境整治工作推进会议上的讲话', subject: '人居环境整治' }),
    );
    expect(patterns).toContainEqual(expect.objectContaining({ pattern: '加强组织领导,为X提供坚强保障', level: 1 }));
    // No subject in it, but parallel: kept as it is.
    expect(patterns).toContainEqual(expect.objectContaining({ pattern: '突出规划引领,科学统筹推进', level: 2 }));
    // Level 3 is not harvested.
    expect(patterns.some((p) => p.pattern.includes('垃圾治理行动'))).toBe(false);

    const review = harvestPatterns(load('speech-cw-review-two').documents[0]!);
    expect(review[0]).toMatchObject({ pattern: '提高认识，深刻领会X的重要意义', source: '在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话' });
  });

  it('the brief example: 「…做好创卫工作紧迫感」 → 「…做好X工作紧迫感」', () => {
    const raw = ['在全县创卫工作推进会上的讲话', '同志们：', '今天召开会议。', '一、认清形势，正视差距，切实增强做好创卫工作紧迫感', '要认清形势。', '二、加强领导', '要加强领导。'].join('\n');
    const doc = analyse(raw).documents[0]!;
    expect(harvestPatterns(doc)).toEqual([
      { pattern: '认清形势，正视差距，切实增强做好X工作紧迫感', level: 1, source: '在全县创卫工作推进会上的讲话', heading: '认清形势，正视差距，切实增强做好创卫工作紧迫感', subject: '创卫' },
    ]);
    // Without a title, the name the headings share; a coordinated second name joins the slot.
    const promotion = harvestPatterns(load('speech-cw-promotion').documents[0]!);
    expect(promotion.map((p) => p.pattern)).toEqual([
      '认清形势，正视差距，切实增强做好X工作紧迫感',
      '明确重点，补齐短板，全力推动X工作落实落细',
      '健全机制，狠抓落实，确保X工作取得实效',
    ]);
  });
});

describe('edge input', () => {
  it('empty, blank and noise-only input give no document', () => {
    for (const raw of ['', '\n\n  \n', '仅供学习 禁止外传\n会员群：  免费QQ群：']) {
      const { documents, report } = analyse(raw);
      expect(documents).toEqual([]);
      expect(report.documents).toBe(0);
    }
  });

  it('a salutation of several terms, and 1、/1．/（1） headings', () => {
    const raw = [
      '在全县秋冬季造林绿化工作会议上的讲话',
      '各位领导，同志们：',
      '今天召开会议，安排部署秋冬季造林绿化工作。',
      '一、进一步提高认识',
      '（一）造林绿化是生态建设的基础',
      '1、抓好苗木储备。要提前储备苗木。',
      '2．抓好整地工作。要按标准整地。',
      '（1）坡地整地',
      '同志们，让我们行动起来！',
    ].join('\n');
    const doc = analyse(raw).documents[0]!;
    expect(doc.salutation).toBe('各位领导，同志们：');
    expect(doc.genre).toBe('speech');
    const flat = nodes(doc.outline).map((n) => [n.level, n.number, n.heading, n.runIn]);
    expect(flat).toEqual([
      [1, '一、', '进一步提高认识', false],
      [2, '（一）', '造林绿化是生态建设的基础', false],
      [3, '1、', '抓好苗木储备', true],
      [3, '2．', '抓好整地工作', true],
      [4, '（1）', '坡地整地', false],
    ]);
    expect(doc.passages.find((p) => p.heading === '抓好整地工作')?.path).toBe('一/（一）/2');
    expect(doc.closing).toBe('同志们，让我们行动起来！');
  });

  it('CRLF and a BOM read like LF', () => {
    const lf = readFileSync(path.join(GENRE, 'speech-cw-promotion.txt'), 'utf8');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    expect(analyse(crlf).documents).toEqual(analyse(lf).documents);
  });
});
