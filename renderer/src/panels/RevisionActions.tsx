// The Word round trip in the versions panel: 导出清样 and 导出修订稿 of the picked versions, the
// user's name that signs a 修订稿 (asked once), and 导入修改稿 (a picked or dropped .docx): the
// changes reviewed (RevisionReview), the result previewed in the editor before it is stored.
import { useCallback, useEffect, useState } from 'react';
import { applyDecisions, decider } from '../../../core/revision/apply.ts';
import { rebuildDoc } from '../../../core/revision/rebuild.ts';
import type { Decisions } from '../../../core/revision/types.ts';
import { call } from '../api.ts';
import { DOCX_TYPE, saveBytes } from '../download.ts';
import { FileButton, type PickedFile } from '../files.tsx';
import type { EditorCtx } from './context.ts';
import { onRevisionDrop, takeRevision } from './revision-drop.ts';
import { RevisionReview, type RevisionResult } from './RevisionReview.tsx';

interface Review {
  name: string;
  base64: string;
  result: RevisionResult;
}

export function RevisionActions({ ctx, picked, versions }: { ctx: EditorCtx; picked: number[]; versions: number[] }) {
  const { documentId, status } = ctx;
  const signer = useSigner(status);
  const incoming = useRevisionImport(ctx);
  const { review } = incoming;
  const [from, to] = [...picked].sort((a, b) => a - b) as [number | undefined, number | undefined];
  const later = to ?? from;

  const exportRevision = async (author = signer.name) => {
    if (from === undefined || to === undefined) return;
    if (!author) {
      signer.ask();
      status.info('请先填写您的姓名：修订稿里每一处修改都署这个名字');
      return;
    }
    try {
      await ctx.flush();
      const out = await call('export.revision', { documentId, from, to });
      if (await saveBytes(out.name, out, DOCX_TYPE)) status.info(`已导出修订稿：${out.name}`);
    } catch (e) {
      status.error(e);
    }
  };

  const exportClean = async () => {
    if (later === undefined) return;
    try {
      await ctx.flush();
      const { doc } = await call('versions.get', { documentId, version: later });
      const out = await call('export.docx', { doc, documentId });
      const clean = out.name.replace(/\.docx$/, `（清样 第${later}版）.docx`);
      if (await saveBytes(clean, out, DOCX_TYPE)) status.info(`已导出清样：${clean}`);
    } catch (e) {
      status.error(e);
    }
  };

  return (
    <div className="revision-actions">
      <div className="row">
        <button disabled={from === undefined || to === undefined} onClick={() => void exportRevision()} title="较晚一版的全文，自较早一版以来的修改都是 Word 修订，可在 Word/WPS 中逐条接受或拒绝">
          导出修订稿
        </button>
        <button disabled={later === undefined} onClick={() => void exportClean()} title="所选较晚一版的全文，不带修订痕迹">
          导出清样
        </button>
        <FileButton label="导入修改稿" accept=".docx" kind="document" onFiles={(files) => files[0] && void incoming.open(files[0])} />
        {incoming.busy && <span className="hint">正在读取…</span>}
      </div>
      <SignerRow
        signer={signer}
        onSaved={(n) => {
          // Asked for by 导出修订稿: the export goes on with the name just given.
          if (from !== undefined && to !== undefined && !signer.name) void exportRevision(n);
        }}
      />
      <p className="hint">也可以把领导改过的 .docx 直接拖到文稿上导入。</p>
      {review && (
        <RevisionReview
          name={review.name}
          result={review.result}
          versions={versions}
          onRebase={(v) => void incoming.open({ name: review.name, base64: async () => review.base64 }, v)}
          onDecide={(d) => void incoming.decide(d)}
          onCancel={() => incoming.setReview(null)}
        />
      )}
    </div>
  );
}

/** The user's name that signs a 修订稿: read from the settings, asked for once, changeable. */
function useSigner(status: EditorCtx['status']) {
  const [name, setName] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');

  useEffect(() => {
    call('settings.get', {}).then((s) => setName(s.userName), (e: unknown) => status.error(e));
  }, [status]);

  const save = async (): Promise<string | null> => {
    try {
      const { userName } = await call('settings.setUserName', { name: draft });
      setName(userName);
      setEditing(false);
      return userName;
    } catch (e) {
      status.error(e);
      return null;
    }
  };
  const edit = (current: string) => {
    setDraft(current);
    setEditing(true);
  };
  return { name, editing, draft, setDraft, save, edit, ask: () => setEditing(true) };
}

type Signer = ReturnType<typeof useSigner>;

function SignerRow({ signer, onSaved }: { signer: Signer; onSaved(name: string): void }) {
  const { name, editing, draft } = signer;
  if (editing || !name) {
    return (
      <div className="row">
        <label>
          您的姓名（修订稿署名）
          <input value={draft} onChange={(e) => signer.setDraft(e.target.value)} aria-label="您的姓名" maxLength={40} />
        </label>
        <button
          disabled={!draft.trim()}
          onClick={() =>
            void signer.save().then((n) => {
              if (n) onSaved(n);
            })
          }
        >
          保存姓名
        </button>
      </div>
    );
  }
  return (
    <p className="hint">
      修订稿署名：{name}{' '}
      <button className="link" onClick={() => signer.edit(name)}>
        修改
      </button>
    </p>
  );
}

/** 导入修改稿: a picked or dropped .docx read against its version, reviewed, then previewed in the editor. */
function useRevisionImport(ctx: EditorCtx) {
  const { documentId, status } = ctx;
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(
    async (file: PickedFile, base?: number) => {
      setBusy(true);
      try {
        await ctx.flush();
        const base64 = await file.base64();
        const result = await call('documents.importRevision', { documentId, name: file.name, base64, ...(base ? { base } : {}) });
        setReview({ name: file.name, base64, result });
      } catch (e) {
        status.error(e);
      } finally {
        setBusy(false);
      }
    },
    [ctx, documentId, status],
  );

  // A .docx dropped on the document while (or before) this panel is open.
  useEffect(() => {
    const take = () => {
      const file = takeRevision();
      if (file) void open(file);
    };
    take();
    return onRevisionDrop(take);
  }, [open]);

  /** The result shown in the editor for 采纳 (nothing stored yet); 采纳 stores it as a version. */
  const decide = async (decisions: Decisions) => {
    if (!review) return;
    try {
      const { result, name: file, base64 } = review;
      const { doc: base } = await call('versions.get', { documentId, version: result.base });
      const doc = rebuildDoc(base, applyDecisions(result, decider(decisions.rest, decisions.accept, decisions.reject)));
      setReview(null);
      ctx.propose({
        label: `导入修改稿：${file}`,
        doc,
        commit: async () => {
          const saved = await call('documents.importRevision', { documentId, name: file, base64, base: result.base, decisions });
          const version = saved.saved!.version;
          return { doc: (await call('versions.get', { documentId, version })).doc, version };
        },
      });
    } catch (e) {
      status.error(e);
    }
  };

  return { review, setReview, busy, open, decide };
}
