// A document's kind and head lines as a secretary names them (after the s19 outside import test's c02,
// c04, c08 and s15 c05; fixtures of our own, 岚汀县 and 榆坪乡 invented): a 述职报告 is a report; a 会议记录
// without a title line but with its clerk's 记录人 in its head is a record, not a 纪要; a 引题 「××同志在…
// 上的讲话」 over a slogan makes the slogan the title, the 引题 the subtitle and its name the speaker; a
// front matter's date is the document's as written, with a year only when it writes one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'collections');
const read = (name: string) => analyse(readFileSync(path.join(dir, name), 'utf8')).documents;

describe('kinds and heads of the documents of a 选编', () => {
  const [report, record, speech] = read('lanting-reports-records-intro.txt');

  it('a 述职报告 is a report', () => {
    expect(report!.genre).toBe('report');
    expect(analyse('砚川镇镇长2026年度述职述廉报告\n述职人：郝清禾\n一、主要工作\n全年完成各项任务。').documents[0]!.genre).toBe('report');
  });

  it('an untitled record with its 记录人 is a record, titled as one', () => {
    expect(record!.genre).toBe('record');
    expect(record!.title).toBe('2026年5月14日会议记录（据正文）');
    expect(record!.year).toBe(2026);
  });

  it('the same head without a clerk stays a 纪要', () => {
    const text = '时间：2026年5月14日上午\n地点：镇政府会议室\n主持人：镇长 钟望舒\n参会人员：镇班子成员\n会议研究了春季森林防火工作。\n一、关于防火责任\n会议要求，各村落实巡山制度。';
    expect(analyse(text).documents[0]!.genre).toBe('minutes');
  });

  it('the slogan under a 引题 is the title, the 引题 names the speaker', () => {
    expect(speech!.title).toBe('夯实基层基础 提升治理效能 奋力开创基层治理新局面');
    expect(speech!.subtitle).toBe('柏芳舟同志在全县基层治理能力提升推进会上的讲话');
    expect(speech!.speaker).toBe('柏芳舟');
    expect(speech!.dateLine).toBe('（2026年6月9日）');
    // Nothing of the head is lost from the text.
    expect(speech!.text).toContain('柏芳舟同志在全县基层治理能力提升推进会上的讲话');
  });

  it('a speaker line under a 引题 stays the speaker', () => {
    const text = '柏芳舟同志在全县基层治理推进会上的讲话\n县委书记  柏芳舟\n（2026年6月9日）\n同志们：\n今天召开推进会。\n一、提高站位\n要抓紧抓实。';
    const [doc] = analyse(text).documents;
    expect(doc!.title).toBe('柏芳舟同志在全县基层治理推进会上的讲话');
    expect(doc!.speaker).toBe('县委书记  柏芳舟');
  });

  it('a front matter date without a year is kept as written, with no year', () => {
    const [doc] = read('lanting-note-date-no-year.md');
    expect(doc!.dateLine).toBe('6月3日');
    expect(doc!.year).toBeUndefined();
  });

  it('a front matter date with its year gives the year', () => {
    const text = '---\ndate: "2026-06-03"\n---\n# 在榆坪乡防汛工作会议上的讲话\n\n同志们：\n\n今天召开会议。';
    const [doc] = analyse(text).documents;
    expect(doc!.dateLine).toBe('2026-06-03');
    expect(doc!.year).toBe(2026);
  });
});
