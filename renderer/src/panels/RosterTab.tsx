// 领导名录: the unit's leaders (姓名、职务、排序) that 校对 checks names, titles and order against.
// Filled from a table pasted from Word or Excel, or from an .xlsx / .csv file; a bad row is refused
// by its line and nothing changes. One leader can be added or removed by hand.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';
import { fileBase64 } from '../files.tsx';

type Entry = Output<'roster.list'>['entries'][number];

/** Runs a change of the roster, shows the roster it leaves and says so; false when it was refused. */
type Apply = (what: string, fn: () => Promise<{ entries: Entry[] }>) => Promise<boolean>;

export function RosterTab({ status, onChanged }: { status: Status; onChanged(): void }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);

  const reload = useCallback(async () => {
    try {
      setEntries((await call('roster.list', {})).entries);
    } catch (e) {
      status.error(e);
    }
  }, [status]);
  useEffect(() => void reload(), [reload]);

  const apply: Apply = async (what, fn) => {
    try {
      const r = await fn();
      setEntries(r.entries);
      status.info(`${what}：领导名录共 ${r.entries.length} 位`);
      onChanged();
      return true;
    } catch (e) {
      status.error(e);
      return false;
    }
  };

  return (
    <div className="roster">
      <p className="hint">校对时按名录检查领导姓名的错字漏字、职务和排序。可从 Word、Excel 复制表格粘贴（列：姓名、职务，可加排序），或导入 .xlsx、.csv 文件；导入会替换整个名录。</p>
      <RosterImport apply={apply} />
      <RosterAddForm apply={apply} />
      {entries && entries.length === 0 && <p className="empty">名录是空的：不检查领导姓名和排序。</p>}
      {entries && entries.length > 0 && <RosterList entries={entries} apply={apply} />}
    </div>
  );
}

/** The whole roster replaced by a pasted table or a table file. */
function RosterImport({ apply }: { apply: Apply }) {
  const [pasted, setPasted] = useState('');
  return (
    <>
      <textarea aria-label="粘贴领导名录" rows={4} placeholder={'姓名\t职务\n王建设\t县委书记'} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      <div className="row roster-io">
        <button className="primary" disabled={!pasted.trim()} onClick={() => void apply('已导入', () => call('roster.import', { text: pasted })).then((ok) => ok && setPasted(''))}>
          导入粘贴的表格
        </button>
        <label className="filebutton">
          导入表格文件…
          <input
            type="file"
            accept=".xlsx,.csv,.txt"
            aria-label="导入领导名录"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void fileBase64(f).then((base64) => apply(`已导入“${f.name}”`, () => call('roster.import', { name: f.name, base64 })));
            }}
          />
        </label>
      </div>
    </>
  );
}

/** One leader added by hand. */
function RosterAddForm({ apply }: { apply: Apply }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      className="lexicon-add"
      onSubmit={(e) => {
        e.preventDefault();
        void apply(`已添加“${name.trim()}”`, () => call('roster.add', { name, title })).then((ok) => ok && (setName(''), setTitle('')));
      }}
    >
      <input aria-label="姓名" placeholder="姓名" value={name} maxLength={12} onChange={(e) => setName(e.target.value)} />
      <input className="reason" aria-label="职务" placeholder="职务" value={title} maxLength={50} onChange={(e) => setTitle(e.target.value)} />
      <button type="submit" disabled={!name.trim() || !title.trim()}>
        添加
      </button>
    </form>
  );
}

function RosterList({ entries, apply }: { entries: Entry[]; apply: Apply }) {
  return (
    <table className="lexicon-list roster-list">
      <thead>
        <tr>
          <th>排序</th>
          <th>姓名</th>
          <th>职务</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.name}>
            <td>{e.rank}</td>
            <td className="words">{e.name}</td>
            <td>{e.title}</td>
            <td>
              <button onClick={() => void apply(`已删除“${e.name}”`, () => call('roster.remove', { name: e.name }))}>删除</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
