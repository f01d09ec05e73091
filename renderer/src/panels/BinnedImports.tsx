// A file imported again whose documents, or some of them, are in the 回收站: it is not imported a
// second time (the library knows its bytes), so the user is told where they are and offered to bring
// them back from there at once — not 「已在范文库中」, which would leave her looking for them.
import { useState } from 'react';
import { call } from '../api.ts';
import type { Status } from '../status.ts';
import type { BinnedFile } from './import-tally.ts';

export type { BinnedFile } from './import-tally.ts';

type Binned = BinnedFile['binned'];

const titles = (docs: Binned) => docs.map((d) => `《${d.title || '（无标题）'}》`).join('');

/** 「…的文档都在回收站中」 or 「…其中《乙》在回收站中」: what the import found of the file. */
export function binnedLine(f: BinnedFile): string {
  if (f.binned.length === f.inLibrary) {
    const all = f.inLibrary === 1 ? `它的文档${titles(f.binned)}` : `它的 ${f.inLibrary} 篇文档${titles(f.binned)}都`;
    return `${f.name} 以前导入过，${all}在回收站中，未重复导入。可在回收站恢复`;
  }
  return `${f.name} 已在范文库中，未重复导入；其中${titles(f.binned)}在回收站中（共 ${f.inLibrary} 篇中的 ${f.binned.length} 篇），可在回收站恢复`;
}

function BinnedItem({ file, status, onRecovered }: { file: BinnedFile; status: Status; onRecovered: () => void }) {
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const recover = async () => {
    setBusy(true);
    try {
      await call('library.recover', { documentIds: file.binned.map((d) => d.id) });
      setDone(true);
      status.info(`已从回收站恢复：${titles(file.binned)}`);
      onRecovered();
    } catch (e) {
      status.error(e);
    } finally {
      setBusy(false);
    }
  };
  if (done) return <li>已从回收站恢复：{titles(file.binned)}</li>;
  return (
    <li className="binned-import">
      {binnedLine(file)}{' '}
      <button disabled={busy} onClick={() => void recover()}>
        {file.binned.length === 1 ? '从回收站恢复这篇' : `从回收站恢复这 ${file.binned.length} 篇`}
      </button>
    </li>
  );
}

/** The lines of the files whose documents the import found in the 回收站, each with its 恢复. */
export function BinnedImports({ files, status, onRecovered }: { files: readonly BinnedFile[]; status: Status; onRecovered: () => void }) {
  return (
    <>
      {files.map((f) => (
        <BinnedItem key={f.name} file={f} status={status} onRecovered={onRecovered} />
      ))}
    </>
  );
}
