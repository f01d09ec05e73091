// Plain text back to a DocModel: drafts come back unchanged (text and structure), typed or pasted
// text is read the way a secretary means it.
import { describe, expect, it } from 'vitest';
import { diffDocs } from '../../core/doc/diff.ts';
import { docFromText, guessKind, numberedLine } from '../../core/doc/from-text.ts';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import { draft, type DraftOptions } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';

const library = loadDraftLibrary();

/** Every draft the engine makes of the examples with the speech and minutes templates. */
function drafts(): { name: string; doc: DocModel }[] {
  const out: { name: string; doc: DocModel }[] = [];
  const variants: DraftOptions[] = [{}, { seed: 2 }, { seed: 3, enumeration: 'di' }, { seed: 4, minutes: 15 }];
  for (const ex of loadExamples()) {
    const templates = ex.input.kind === 'speech' ? ['speech-deploy', 'speech-report'] : ['minutes'];
    for (const template of templates) {
      for (const v of variants) out.push({ name: `${ex.name} ${template} ${JSON.stringify(v)}`, doc: draft(ex.input, library, { template, ...v }) });
    }
  }
  return out;
}

/** The shape of a block: type, level, lead length, list item, label. */
function shape(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `h${b.level}`;
    case 'paragraph':
      return `p${b.lead ? `:lead${b.lead.level ?? ''}:${runsText(b.lead.runs)}` : ''}${b.seq ? ':seq' : ''}`;
    case 'labelled':
      return `${b.style}:${b.label}`;
    case 'table':
      return `table:${b.header.join('|')}:${b.rows.length}`;
  }
}

function head(d: DocModel) {
  return {
    kind: d.kind,
    title: runsText(d.title),
    subtitle: runsText(d.subtitle),
    dateLine: runsText(d.dateLine),
    speakerLine: runsText(d.speakerLine),
    salutation: runsText(d.salutation),
    closing: runsText(d.closing),
    issue: runsText(d.minutesHead?.issue),
    organizer: runsText(d.minutesHead?.organizer),
    date: runsText(d.minutesHead?.date),
  };
}

const paragraph = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });

describe('docFromText round trip', () => {
  const all = drafts();

  it('covers speeches and minutes', () => {
    expect(all.some((d) => d.doc.kind === 'speech')).toBe(true);
    expect(all.some((d) => d.doc.kind === 'minutes')).toBe(true);
  });

  it.each(all.map((d) => [d.name, d.doc] as const))('gives back the same text: %s', (_name, doc) => {
    const text = toPlainText(doc);
    expect(toPlainText(docFromText(text))).toBe(text);
    expect(toPlainText(docFromText(text, doc.kind))).toBe(text);
  });

  it.each(all.map((d) => [d.name, d.doc] as const))('gives back the same structure: %s', (_name, doc) => {
    const back = docFromText(toPlainText(doc));
    expect(head(back)).toEqual(head(doc));
    expect(back.blocks.map(shape)).toEqual(doc.blocks.map(shape));
    expect(diffDocs(doc, back).paragraphs.every((p) => p.kind === 'equal')).toBe(true);
  });

  it('also reads back 会议记录 and 督办台账 drafts', () => {
    for (const ex of loadExamples()) {
      const templates = ex.input.kind === 'minutes' ? ['record', 'ledger'] : ['ledger'];
      for (const template of templates) {
        const doc = draft(ex.input, library, { template });
        const back = docFromText(toPlainText(doc));
        expect(toPlainText(back)).toBe(toPlainText(doc));
        expect(back.kind).toBe(doc.kind);
        expect(back.blocks.map(shape)).toEqual(doc.blocks.map(shape));
      }
    }
  });
});

describe('docFromText on typed text', () => {
  it('reads the head of a speech', () => {
    const doc = docFromText(
      ['在全县创卫工作推进会上的讲话', '（2026年11月20日）', '县委书记　王强', '同志们：', '今天召开会议。', '同志们，让我们共同努力。'].join('\n'),
    );
    expect(head(doc)).toMatchObject({
      kind: 'speech',
      title: '在全县创卫工作推进会上的讲话',
      dateLine: '（2026年11月20日）',
      speakerLine: '县委书记　王强',
      salutation: '同志们：',
      closing: '同志们，让我们共同努力。',
    });
    expect(doc.blocks).toEqual([paragraph('今天召开会议。')]);
  });

  it('takes a subtitle, and a speaker line without a date when a salutation follows', () => {
    const doc = docFromText('关于创卫工作\n——在全县推进会上的讲话\n王强\n同志们：\n正文。\n');
    expect(head(doc)).toMatchObject({ subtitle: '——在全县推进会上的讲话', speakerLine: '王强', salutation: '同志们：' });
  });

  it('does not take a short first paragraph for a speaker line', () => {
    const doc = docFromText('标题\n会议精神传达\n正文。\n', 'speech');
    expect(doc.speakerLine).toBeUndefined();
    expect(doc.blocks).toEqual([paragraph('会议精神传达'), paragraph('正文。')]);
  });

  it('reads headings and run-in leads of every level, and strips the typed numbers', () => {
    const doc = docFromText(
      [
        '标题',
        '一、提高站位，统一思想',
        '（一）加强组织领导。各乡镇要把创卫工作摆上重要议事日程。',
        '（二）细化责任分工',
        '1.明确牵头单位',
        '（1）区城管局。负责统筹。',
        '二、 狠抓落实',
      ].join('\n'),
    );
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 1, runs: [{ text: '提高站位，统一思想' }] },
      { type: 'paragraph', lead: { runs: [{ text: '加强组织领导。' }], level: 2 }, runs: [{ text: '各乡镇要把创卫工作摆上重要议事日程。' }] },
      { type: 'heading', level: 2, runs: [{ text: '细化责任分工' }] },
      { type: 'heading', level: 3, runs: [{ text: '明确牵头单位' }] },
      { type: 'paragraph', lead: { runs: [{ text: '区城管局。' }], level: 4 }, runs: [{ text: '负责统筹。' }] },
      { type: 'heading', level: 1, runs: [{ text: '狠抓落实' }] },
    ]);
  });

  it('renumbers a text typed with wrong numbers', () => {
    const doc = docFromText('标题\n一、甲\n（三）乙\n（五）丙\n一、丁\n');
    expect(toPlainText(doc)).toBe('标题\n一、甲\n（一）乙\n（二）丙\n二、丁\n');
  });

  it('keeps a long numbered item numbered, with its text in body type', () => {
    const long = '各乡镇要在十一月底前完成辖区内背街小巷、城乡结合部、河道沟渠和公路沿线的集中整治并建立长效管护机制，确保整治成果不反弹、群众满意度持续提升';
    const doc = docFromText(`标题\n1.${long}\n`);
    expect(doc.blocks).toEqual([{ type: 'paragraph', lead: { runs: [], level: 3 }, runs: [{ text: long }] }]);
    expect(toPlainText(doc)).toBe(`标题\n1.${long}\n`);
  });

  it('does not read a figure as a heading number', () => {
    expect(numberedLine('3.5万户完成改厕。')).toBeUndefined();
    expect(numberedLine('2026年全县完成改厕。')).toBeUndefined();
    expect(numberedLine('一是加强领导。')).toBeUndefined();
    expect(numberedLine('12、统筹推进')).toEqual({ level: 3, rest: '统筹推进' });
    expect(numberedLine('(3)加强宣传')).toEqual({ level: 4, rest: '加强宣传' });
  });

  it('reads pasted text: BOM, CRLF, blank lines, full-width indents', () => {
    const doc = docFromText('\uFEFF  标题  \r\n\r\n同志们：\r\n\u3000\u3000第一段。\r\n\r\n\u3000\u3000第二段。\r\n');
    expect(runsText(doc.title)).toBe('标题');
    expect(doc.blocks).toEqual([paragraph('第一段。'), paragraph('第二段。')]);
    expect(toPlainText(doc)).toBe('标题\n同志们：\n第一段。\n第二段。\n');
  });

  it('reads a 会议纪要: head, decisions list and attendance', () => {
    const text = [
      '创卫工作推进会纪要',
      '第3期',
      '县委办公室　　2026年12月6日',
      '12月6日，县委召开创卫工作推进会。',
      '会议议定：',
      '一、成立工作专班',
      '二、各乡镇于月底前完成整治。（牵头单位：县城管局）',
      '出席:张伟、成平',
      '请假：刘海',
    ].join('\n');
    const doc = docFromText(text);
    expect(doc.kind).toBe('minutes');
    expect(head(doc)).toMatchObject({ issue: '第3期', organizer: '县委办公室', date: '2026年12月6日' });
    expect(doc.blocks.map(shape)).toEqual(['p', 'p', 'p:seq', 'p:seq', 'attendance:出席', 'attendance:请假']);
    expect(toPlainText(doc)).toBe(text.replace('出席:', '出席：') + '\n');
  });

  it('guesses the kind from the title and the head', () => {
    expect(guessKind(['某会议纪要'])).toBe('minutes');
    expect(guessKind(['某会议', '县委办公室　　2026年1月2日'])).toBe('minutes');
    expect(guessKind(['某会议记录'])).toBe('record');
    expect(guessKind(['重点任务督办台账'])).toBe('ledger');
    expect(guessKind(['在某会上的讲话', '（2026年1月2日）'])).toBe('speech');
    expect(docFromText('某会议纪要\n正文。', 'speech').kind).toBe('speech');
  });

  it('closes with 「同志们，」 only in the last paragraph', () => {
    const doc = docFromText('标题\n同志们，前面的话。\n正文。\n');
    expect(doc.closing).toBeUndefined();
    expect(doc.blocks).toHaveLength(2);
  });

  it('reads an empty text as an empty document', () => {
    for (const t of ['', '\n', '  \r\n\u3000\n']) {
      const doc = docFromText(t);
      expect(doc.title).toEqual([]);
      expect(doc.blocks).toEqual([]);
    }
  });
});
