// A collection imported again after she edited it (s19 screen tester's defect 1, s20 outside test c08):
// the new version takes the old one's place, says per piece what became of it, keeps her title, 体裁,
// 回收站 and 拆分有误 choices, and leaves a piece the file no longer has in the library, named. Through
// dispatch() as the app and browser mode call it (an upload: matched by the file's name). Fixtures:
// test/fixtures/library-versions20 (篁岭县, 箐口镇, 杪溪乡, 葭湾村, 蓼滩镇 invented): v2 = v1 with A's heading 二 and
// opening reworded, B taken out, E put in between C and D.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPieces } from '../../core/piece-match.ts';
import { useApi } from '../helpers/api.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-versions20');
const NAME = '篁岭县讲话汇编.txt';
const upload = (version: string, name = NAME) => ({ name, base64: readFileSync(join(dir, version, NAME)).toString('base64') });
const A = '在篁岭县春季植树造林工作会议上的讲话';
const B = '在箐口镇森林防火工作会议上的讲话';
const C = '在杪溪乡油茶产业发展推进会上的讲话';
const D = '在葭湾村人居环境整治现场会上的讲话';
const E = '在蓼滩镇农村公路养护工作会议上的讲话';

describe('a collection imported again after an edit', () => {
  const { call } = useApi('wengao-versions-');
  const live = async () => (await call('library.documents', {})).map((d) => d.title);
  const idOf = async (title: string, removed = false) => (await call('library.documents', { removed })).find((d) => d.title === title)!.id;

  it('replaces the pieces it made, keeps her choices, and names the piece it no longer has', async () => {
    expect(await call('library.import', upload('v1'))).toMatchObject({ documents: 4 });
    const b = await idOf(B);
    // Her choices on the first version: C retitled, A's 体裁 corrected, D to the 回收站.
    await call('library.update', { documentId: await idOf(C), title: '杪溪乡油茶推进会讲话（定稿）' });
    await call('library.update', { documentId: await idOf(A), genre: 'report' });
    await call('library.remove', { documentIds: [await idOf(D)] });

    const again = await call('library.import', upload('v2'));
    expect(again.duplicate).toBeUndefined();
    const v = again.version!;
    expect(v.unchanged.map((d) => d.title)).toEqual(['杪溪乡油茶推进会讲话（定稿）', D]);
    expect(v.changed.map((d) => d.title)).toEqual([A]);
    expect(v.added.map((d) => d.title)).toEqual([E]);
    expect(v.gone).toEqual([{ id: b, title: B }]);
    expect(again.copies).toBeUndefined();

    // One copy of each piece: B (no longer in the file) stays until she removes it; D stays in the bin.
    expect((await live()).sort()).toEqual([A, B, E, '杪溪乡油茶推进会讲话（定稿）'].sort());
    expect((await call('library.documents', { removed: true })).map((d) => d.title)).toEqual([D]);
    const a = (await call('library.documents', {})).find((d) => d.title === A)!;
    expect(a).toMatchObject({ genre: 'report', corrected: { genre: 'speech' } });
    // The edited text is the one searched; the old wording is gone with the old version.
    expect((await call('library.search', { query: '总结去年造林绿化工作' })).hits.map((h) => h.title)).toEqual([A]);
    expect((await call('library.search', { query: '主要任务是部署今年春季植树造林工作' })).hits).toEqual([]);
    expect((await call('library.search', { query: '油茶加工厂建成投产' })).hits).toHaveLength(1);
    // The piece no longer in the file can be removed as any other.
    await call('library.remove', { documentIds: [b] });
    expect((await live()).sort()).toEqual([A, E, '杪溪乡油茶推进会讲话（定稿）'].sort());
    // The same version once more: in the library already.
    expect(await call('library.import', upload('v2'))).toMatchObject({ duplicate: true });
  });
});

describe('a cut she made goes with the new version', () => {
  const { call } = useApi('wengao-versions-cut-');
  it('the line she split at, found again in the new text, splits it there too', async () => {
    const first = await call('library.import', upload('v1', '讲话汇编.txt'));
    expect(first.documents).toBe(4);
    const [source] = await call('library.sources', {});
    const at = (await call('library.lines', { sourceId: source!.id })).find((l) => l.text.startsWith('三、强化保障'))!.line;
    expect((await call('library.split', { sourceId: source!.id, line: at })).documents).toBe(5);
    const again = await call('library.import', upload('v2', '讲话汇编.txt'));
    expect(again.documents).toBe(5);
    expect(again.version!.gone.map((d) => d.title)).toEqual([B]);
  });
});

describe('a file of the same name that is another file', () => {
  const { call } = useApi('wengao-versions-other-');
  it('is imported beside it, as before', async () => {
    await call('library.import', upload('v1', '讲话.txt'));
    const other = { name: '讲话.txt', base64: Buffer.from('在蓼滩镇防汛工作会议上的讲话\n同志们：\n今天召开全镇防汛工作会议，部署今年的防汛工作。各村要落实巡查值守责任，山塘水库要专人看守，发现险情立即报告，确保群众生命财产安全。\n同志们，防汛责任重大，大家务必抓紧抓实！\n').toString('base64') };
    const r = await call('library.import', other);
    expect(r.version).toBeUndefined();
    expect(await call('library.documents', {})).toHaveLength(5);
  });
});

describe('matching the pieces of two versions', () => {
  const piece = (title: string, text: string, body: string | null = null) => ({ title, body, text });
  const long = (s: string) => s.repeat(8);
  it('by body first, then title, then likeness; never by place', () => {
    const old = [piece('甲', long('甲的正文。'), 'a'), piece('乙', long('乙的正文。'), 'b'), piece('丙', long('丙说的是油茶产业。'), 'c')];
    const fresh = [piece('丙（改名）', long('丙说的是油茶产业。') + '补一句。', 'c2'), piece('甲', long('甲的正文，改过。'), 'a2'), piece('乙', long('乙的正文。'), 'b'), piece('丁', long('全新的一篇。'), 'd')];
    const m = matchPieces(old, fresh);
    expect(m.from).toEqual([2, 0, 1, -1]);
    expect(m.fate).toEqual(['changed', 'changed', 'unchanged', 'new']);
    expect(m.gone).toEqual([]);
  });
  it('two pieces of one title go each to the most alike', () => {
    const old = [piece('会议记录', long('防汛物资调度。')), piece('会议记录', long('秸秆禁烧巡查。'))];
    const fresh = [piece('会议记录', long('秸秆禁烧巡查。') + '新增一条。'), piece('会议记录', long('防汛物资调度。'))];
    expect(matchPieces(old, fresh).from).toEqual([1, 0]);
  });
});
