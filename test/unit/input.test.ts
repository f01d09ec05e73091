import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatErrors, formatPath, MAX_ERRORS, parseInputText, validateInput, type InputError } from '../../core/input/index.ts';
import { MAX_ITEMS, MAX_TEXT_CHARS } from '../../core/input/fields.ts';
import { badInputs, exampleFiles, examplesDir, loadExample } from '../fixtures/bad-inputs.ts';

function errorsOf(text: string): InputError[] {
  const result = parseInputText(text);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.errors;
}

function speechWith(edit: (doc: ReturnType<typeof loadExample>) => void): string {
  const doc = loadExample('speech-sanitation-promotion');
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

describe('the real-shaped examples', () => {
  it('there are four of them', () => {
    expect(exampleFiles()).toHaveLength(4);
  });

  it.each(exampleFiles())('%s validates', (file) => {
    const result = parseInputText(readFileSync(path.join(examplesDir, file), 'utf8'));
    expect(result.ok ? [] : formatErrors(result.errors)).toEqual([]);
  });

  it('validates from a parsed value too, keeping the kind', () => {
    const result = validateInput(loadExample('minutes-inspection-mobilization'));
    expect(result.ok && result.value.kind).toBe('minutes');
  });

  it('tolerates a BOM', () => {
    const text = readFileSync(path.join(examplesDir, 'report-waste-sorting.json'), 'utf8');
    expect(parseInputText('\uFEFF' + text).ok).toBe(true);
  });
});

/** A schema path at the head of a line: `campaign.tasks[0].deadline：`, `meeting.name：`, `agenda[2]：`. */
const SCHEMA_PATH = /^[A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])+：/;

describe('malformed inputs', () => {
  it('the table has at least 30 cases', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(badInputs.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const errors = errorsOf(c.text);
    const first = errors[0] as InputError;
    expect(first.path).toBe(c.path);
    if (typeof c.message === 'string') expect(first.message).toContain(c.message);
    else expect(first.message).toMatch(c.message);
    // The formatted line names the field in the user's words (「第1项任务的完成时限：…」), or is the message alone for the whole file.
    expect(first.field ?? '').toBe(c.field);
    expect(formatErrors([first])[0]).toBe(c.field ? `${c.field}：${first.message}` : first.message);
    // No line names a field by its path in the schema (campaign.tasks[0].deadline, options.durationMinutes).
    for (const line of formatErrors(errors)) expect(line).not.toMatch(SCHEMA_PATH);
    // Messages are Chinese, never zod's English defaults.
    for (const e of errors) expect(e.message).not.toMatch(/Invalid input|expected|Too (small|big)|Unrecognized/);
  });
});

describe('fields named in the user words', () => {
  const minutesWith = (edit: (d: ReturnType<typeof loadExample>) => void) => {
    const d = loadExample('minutes-inspection-mobilization');
    edit(d);
    return JSON.stringify(d);
  };
  it.each([
    ['a figure written as a text', speechWith((d) => (d.campaign.achievements[0].figures = ['12项'])), '第1项成绩中第1项数据：应为对象'],
    ['a task without its lead unit', speechWith((d) => delete d.campaign.tasks[2].lead), '第3项任务的牵头单位：缺少必填项（应为文本）'],
    ['a second background item as a number', speechWith((d) => (d.campaign.background = ['形势', 7])), '第2项背景：应为文本，实际为数字 7'],
    ['a misspelt field of the meeting', speechWith((d) => (d.meeting.room = '三楼')), '会议的“room”：未知字段（请检查拼写）'],
    ['a speaker title as a number', speechWith((d) => (d.meeting.speaker.title = 5)), '讲话人职务：应为文本，实际为数字 5'],
    ['a minutes attendee as a number', minutesWith((d) => (d.meeting.attendees = ['王强', 1])), '第2项出席人员：应为文本，实际为数字 1'],
    ['a decision deadline that is no date', minutesWith((d) => (d.decisions[1].deadline = '2026-13-01')), '第2项议定事项的完成时限：不是有效日期'],
    ['a point of a remark as a list', minutesWith((d) => (d.remarks[0].points = [['一']])), '第1项发言中第1项要点：应为文本'],
  ])('%s', (_name, text, line) => {
    const lines = formatErrors(errorsOf(text));
    expect(lines.some((l) => l.startsWith(line)), lines.join('\n')).toBe(true);
  });

  it('shows a key the material should not have as written, shortened and escaped', () => {
    const text = speechWith((d) => (d.meeting[`a\nb${'x'.repeat(80)}`] = 1));
    expect(formatErrors(errorsOf(text))[0]).toBe(`会议的“a\\nb${'x'.repeat(37)}…”：未知字段（请检查拼写）`);
  });
});

describe('messages in detail', () => {
  it('uses the exact wording of the issue for an unknown field', () => {
    const text = speechWith((d) => (d.campaign.tasks[0].owner = '县城市管理局'));
    expect(formatErrors(errorsOf(text))).toEqual(['第1项任务的“owner”：未知字段（请检查拼写）']);
  });

  it('reports every unknown field of one object on its own line', () => {
    const text = speechWith((d) => Object.assign(d.meeting, { chair: 'x', room: 'y' }));
    expect(errorsOf(text).map((e) => e.path)).toEqual(['meeting.chair', 'meeting.room']);
  });

  it('says what a misspelt field should probably be', () => {
    const text = speechWith((d) => {
      d.campaign.tasks[0].dedline = d.campaign.tasks[0].deadline;
      delete d.campaign.tasks[0].deadline;
    });
    expect(errorsOf(text)[0]?.message).toBe('未知字段（请检查拼写）；是否应为 deadline？');
  });

  it('explains an impossible date and a bad format', () => {
    expect(errorsOf(speechWith((d) => (d.meeting.date = '2026-02-30')))[0]?.message).toBe('不是有效日期：2026年2月没有30日（该月只有 28 天）');
    expect(errorsOf(speechWith((d) => (d.meeting.date = '2026-12-00')))[0]?.message).toContain('不是有效日期');
    expect(errorsOf(speechWith((d) => (d.meeting.date = '0026-12-01')))[0]?.message).toContain('不是有效日期：年份 0026');
    expect(errorsOf(speechWith((d) => (d.meeting.date = '2026-12-31T09:00')))[0]?.message).toContain('应为 YYYY-MM-DD 格式的日期');
  });

  it('accepts a real 29 February and trims dates and text', () => {
    const result = parseInputText(
      speechWith((d) => {
        d.meeting.date = ' 2028-02-29 ';
        d.meeting.name = '  全县推进会\n';
      }),
    );
    expect(result.ok && result.value.meeting.date).toBe('2028-02-29');
    expect(result.ok && result.value.meeting.name).toBe('全县推进会');
  });

  it('names the expected and the actual type', () => {
    expect(errorsOf(speechWith((d) => (d.campaign.region = 5)))[0]?.message).toBe('应为文本，实际为数字 5；请加上英文双引号，写成 "5"');
    expect(errorsOf(speechWith((d) => (d.campaign.tasks[0].support = '各乡镇')))[0]?.message).toMatch(/^应为列表，实际为文本“各乡镇”/);
    expect(errorsOf(speechWith((d) => (d.meeting.speaker = ['王强'])))[0]?.message).toBe('应为对象（字段：name、title），实际为列表');
    expect(errorsOf(speechWith((d) => (d.options.durationMinutes = true)))[0]?.message).toBe('应为数字，实际为布尔值 true');
    expect(errorsOf(speechWith((d) => (d.options.durationMinutes = '15')))[0]?.message).toBe('应为数字，实际为文本“15”；请去掉引号，写成 15');
  });

  it('refuses a number too large to represent', () => {
    const text = speechWith(() => undefined).replace('"durationMinutes": 15', '"durationMinutes": 1e400');
    expect(errorsOf(text)[0]).toEqual({ path: 'options.durationMinutes', field: '讲话时长（分钟）', message: '数字超出范围' });
  });

  it(`allows ${MAX_TEXT_CHARS} characters and ${MAX_ITEMS} items, counting characters not UTF-16 units`, () => {
    const result = parseInputText(
      speechWith((d) => {
        d.campaign.tasks[0].detail = '治'.repeat(MAX_TEXT_CHARS);
        d.campaign.tasks[1].detail = '𠀀'.repeat(MAX_TEXT_CHARS); // outside the BMP: two UTF-16 units each
        d.meeting.attendees = Array.from({ length: MAX_ITEMS }, (_, i) => `单位${i}`);
      }),
    );
    expect(result.ok ? [] : formatErrors(result.errors)).toEqual([]);
  });

  it('keeps ordinary Chinese punctuation and a bare < or >', () => {
    const result = parseInputText(
      speechWith((d) => {
        d.campaign.goal = '落实《X县实施方案》“党政同责、一岗双责”，超标率<5%，<X区方案>，a > b，‘单引号’';
      }),
    );
    expect(result.ok ? [] : formatErrors(result.errors)).toEqual([]);
  });

  it('refuses other HTML forms', () => {
    for (const bad of ['<br/>换行', '</div>', '<!-- 注释 -->', '<SCRIPT src="x.js">', '< script >']) {
      expect(errorsOf(speechWith((d) => (d.campaign.goal = bad)))[0]?.message, bad).toContain('不能包含 HTML 标记');
    }
  });

  it('gives the position of a control character in the field as written', () => {
    expect(errorsOf(speechWith((d) => (d.campaign.region = '  X\u000b县')))[0]?.message).toBe('含有控制字符（第 4 个字符）');
    expect(errorsOf(speechWith((d) => (d.campaign.region = 'X县\u0085')))[0]?.message).toBe('含有控制字符（第 3 个字符）');
    expect(errorsOf(speechWith((d) => (d.campaign.region = 'X\ud800县')))[0]?.message).toBe('含有无效字符（第 2 个字符）');
    // Tab, line feed and carriage return are ordinary text.
    expect(parseInputText(speechWith((d) => (d.campaign.goal = '第一\t第二\r\n第三'))).ok).toBe(true);
  });

  it('sorts errors in document order and drops duplicates', () => {
    const text = speechWith((d) => {
      d.options.durationMinutes = 0;
      d.campaign.tasks[3].deadline = '2026-02-30';
      d.campaign.tasks[0].deadline = '2026/01/01';
      d.meeting.venue = '';
      d.kind = 'speech';
    });
    expect(errorsOf(text).map((e) => e.path)).toEqual([
      'meeting.venue',
      'campaign.tasks[0].deadline',
      'campaign.tasks[3].deadline',
      'options.durationMinutes',
    ]);
  });

  it(`caps the list at ${MAX_ERRORS} messages plus a summary line`, () => {
    const text = speechWith((d) => {
      d.campaign.tasks = Array.from({ length: 40 }, () => ({ title: '', lead: 1 }));
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]).toEqual({ path: '', message: '……另有 30 处错误' });
    expect(errors[0]?.path).toBe('campaign.tasks[0].title');
  });

  it('explains common JSON slips with line and column', () => {
    const cases: [string, string][] = [
      ['{"a": \'x\'}', '第 1 行第 7 列附近有语法错误；文本须用英文双引号'],
      ['{a: 1}', '第 1 行第 2 列附近有语法错误；字段名须用英文双引号括起来'],
      ['{"a": “x”}', '第 1 行第 7 列附近有语法错误；这里用了中文标点「“」'],
      ['{"a": 230万}', '第 1 行第 7 列附近有语法错误；数字格式不正确：「230万」'],
      ['{"a": 县城}', '第 1 行第 7 列附近有语法错误；无法识别的值「县城」'],
      ['{"a": [1, 2}', '括号不匹配'],
      ['{\r\n"a": 1 // 注释\r\n}', '第 2 行第 8 列附近有语法错误；JSON 不支持注释'],
      ['{"a": "第一行\n第二行"}', '第 1 行第 11 列附近有语法错误；文本没有结束'],
      ['{"a": 1} {}', 'JSON 已经结束，后面还有多余的内容'],
      ['\uFEFF{\n  "a": {\n', '文件意外结束：第 2 行第 8 列的「{」缺少对应的「}」'],
    ];
    for (const [text, phrase] of cases) {
      const errors = errorsOf(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]?.path).toBe('');
      expect(errors[0]?.message, text).toContain('不是有效的 JSON：');
      expect(errors[0]?.message, text).toContain(phrase);
    }
  });

  it('formats awkward field names readably', () => {
    expect(formatPath(['campaign', 'tasks', 2, 'deadline'])).toBe('campaign.tasks[2].deadline');
    expect(formatPath(['meeting', 'a b'])).toBe('meeting["a b"]');
    expect(formatPath(['名称'])).toBe('名称');
  });
});

describe('material as it comes (issue 11)', () => {
  const ok = (text: string) => {
    const r = parseInputText(text);
    if (!r.ok) throw new Error(formatErrors(r.errors).join('\n'));
    return r.value;
  };

  it('accepts a deadline written as a term and keeps it verbatim', () => {
    for (const term of ['9月底前', '秋收期间', '汛期', '长期坚持', '2026年10月底前']) {
      const v = ok(speechWith((d) => (d.campaign.tasks[0].deadline = ` ${term} `)));
      expect(v.kind === 'speech' && v.campaign.tasks[0]!.deadline).toBe(term);
    }
  });

  it('still checks what looks like a date, and refuses a deadline that is a paragraph', () => {
    expect(errorsOf(speechWith((d) => (d.campaign.tasks[0].deadline = '2026/9/30')))[0]?.message).toContain('应为 YYYY-MM-DD 格式的日期');
    expect(errorsOf(speechWith((d) => (d.campaign.tasks[0].deadline = '2026-09-31')))[0]?.message).toContain('不是有效日期');
    const long = '在今年汛期到来之前全面完成各项排查整治工作并形成书面报告报送指挥部办公室';
    expect(errorsOf(speechWith((d) => (d.campaign.tasks[0].deadline = long)))[0]?.message).toMatch(/^时限过长：最多 30 字/);
    expect(errorsOf(speechWith((d) => (d.campaign.tasks[0].deadline = '')))[0]?.message).toContain('不能为空');
  });

  it('accepts a campaign without achievements or problems (a 动员会 for new work)', () => {
    const v = ok(speechWith((d) => {
      d.campaign.achievements = [];
      delete d.campaign.problems;
    }));
    expect(v.kind === 'speech' && [v.campaign.achievements, v.campaign.problems]).toEqual([[], []]);
  });

  it('takes the domain, level and rank as overrides, in Chinese, and names the choices when one is wrong', () => {
    const v = ok(speechWith((d) => Object.assign(d, { campaign: { ...d.campaign, domain: '防汛抗旱' }, meeting: { ...d.meeting, level: '乡镇', speakerRank: '副职' } })));
    expect(v.kind === 'speech' && [v.campaign.domain, v.meeting.level, v.meeting.speakerRank]).toEqual(['防汛抗旱', '乡镇', '副职']);
    // The level as a clerk writes it (s25 writers, twice): 区, 镇, 乡, 县级市 are levels too; anything else is named wrong.
    for (const level of ['区', '镇', '乡', '县级市']) {
      const w = ok(speechWith((d) => Object.assign(d, { meeting: { ...d.meeting, level } })));
      expect(w.kind === 'speech' && w.meeting.level).toBe(level);
    }
    const wrongLevel = errorsOf(speechWith((d) => Object.assign(d, { meeting: { ...d.meeting, level: '地级市' } })));
    expect(wrongLevel[0]?.path).toBe('meeting.level');
    expect(wrongLevel[0]?.message).toContain('"乡镇"');
    const bad = errorsOf(speechWith((d) => (d.campaign.domain = '防汛')));
    expect(bad[0]?.path).toBe('campaign.domain');
    expect(bad[0]?.message).toContain('"防汛抗旱"');
  });
});
