// A text in traditional characters (繁體) is converted to simplified as the library reads it, and the
// import says so (core/outline/traditional.ts decides, main/services/library/simplify.ts converts):
// every recogniser of the analysis is written in simplified characters, so a 繁體 collection came out
// as one document of genre other. A simplified text, or one that quotes a traditional name, is left
// as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { isTraditional, scriptCounts } from '../../core/outline/traditional.ts';
import { readFormat } from '../../main/services/library/read.ts';
import { SIMPLIFIED_NOTICE } from '../../main/services/library/simplify.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'collections', 'winter-minutes-notice-traditional.txt');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('which texts are traditional', () => {
  it('a 繁體 纪要 is; the same text in simplified is not', () => {
    const traditional = readFileSync(FIXTURE, 'utf8');
    expect(isTraditional(traditional)).toBe(true);
    // Analysed as it stands, the recognisers miss it: one document (the reader converts it, below).
    expect(analyse(traditional).documents).toHaveLength(1);
    expect(isTraditional(analyse(traditional).documents[0]!.text)).toBe(true);
  });

  it('a simplified speech quoting a traditional name or title is not', () => {
    const text = '在全县文旅融合发展大会上的讲话\n同志们：\n去年我们与臺灣嘉義縣的《鄉土誌》編輯團隊开展交流，接待游客一百二十万人次，旅游收入增长百分之十八。下面，我讲三点意见。\n一、认清形势，增强发展文旅产业的责任感\n';
    expect(isTraditional(text)).toBe(false);
    expect(scriptCounts(text).traditional).toBeGreaterThan(0);
  });

  it('a traditional text with a few simplified slips is; a short line or Latin text is not', () => {
    const text = '各鄉鎮人民政府，縣直各單位：為做好今年秋季學校安全工作，經縣人民政府同意，現將有關事項通知如下。各单位要認真落實，確保師生安全。';
    expect(isTraditional(text)).toBe(true);
    expect(isTraditional('會議紀要')).toBe(false);
    expect(isTraditional('Minutes of the county meeting, 2026')).toBe(false);
  });
});

describe('the reader converts a traditional text, for every format', () => {
  it('a .txt: the text, the titles and the notice; lines stay where they were', async () => {
    const raw = readFileSync(FIXTURE, 'utf8');
    const read = await readFormat('txt', readFileSync(FIXTURE));
    expect(read.notices).toEqual([SIMPLIFIED_NOTICE]);
    expect(read.text.split('\n')).toHaveLength(raw.split('\n').length);
    expect(read.text).toContain('桐溪县人民政府第二十三次常务会议纪要');
    expect(read.text).not.toMatch(/[縣會議紀關於]/);
    const { documents, report } = analyse(read.text, { notices: read.notices });
    expect(documents.map((d) => d.genre)).toEqual(['minutes', 'other']);
    expect(report.notices).toEqual([SIMPLIFIED_NOTICE]);
  });

  it('a web page in Hong Kong and Taiwan forms (衞, 裡, 着) alike', async () => {
    const page = '<html><head><meta charset="utf-8"><title>通知</title></head><body><article><h1>嵐山縣衞生健康局關於開展冬季愛國衞生運動的通知</h1><p>各鄉鎮衞生院、縣直各醫療衞生單位：</p><p>為鞏固國家衞生縣城創建成果，現就開展冬季愛國衞生運動有關事項通知如下。各單位要把環境整治落實到村組和社區裡，着力解決群眾反映強烈的突出問題。</p></article></body></html>';
    const read = await readFormat('html', bytes(page));
    expect(read.text).toContain('岚山县卫生健康局关于开展冬季爱国卫生运动的通知');
    expect(read.text).toContain('社区里，着力解决');
    expect(read.notices).toEqual([SIMPLIFIED_NOTICE]);
  });

  it('a simplified text is given back as it was read, with no notice', async () => {
    const text = '在全县冬季农村饮水安全工作会议上的讲话\n同志们：\n今冬明春要确保农村群众饮水安全，各乡镇要抓好管网防冻。\n';
    const read = await readFormat('txt', bytes(text));
    expect(read.text).toBe(text);
    expect(read.notices).toBeUndefined();
  });
});
