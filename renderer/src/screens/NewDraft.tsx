// 新建: kind, frame and wording; the material typed into a form or opened from a
// JSON file. 生成 checks the material first (problems listed and marked on their fields), then
// stores the draft and opens it. What is typed is kept (this machine's browser storage) across
// leaving the screen and reloading, until it is generated or cleared.
import { useEffect, useState } from 'react';
import { bridge, call } from '../api.ts';
import type { Status } from '../status.ts';
import { FormErrors } from '../form/FormErrors.tsx';
import { FramePicker } from '../form/FramePicker.tsx';
import { MaterialForm } from '../form/MaterialForm.tsx';
import { clean, emptyMinutes, emptyRecord, emptySpeech, isRecord } from '../form/material.ts';
import type { Json } from '../form/material.ts';
import { useMaterialCheck } from '../form/useMaterialCheck.ts';

const KEPT = 'wengao.newdraft.v1';
const MATERIAL_FILE_HINT = '打开以前保存或别人发来的材料文件（.json），内容会填入下面的表格';

/** The speech's length is the material's own field (options.durationMinutes), not an option here. */
interface Form {
  material: Json;
  template: string;
  seed: string;
}

const blank = (): Form => ({ material: emptySpeech(), template: '', seed: '' });

/** 讲话稿, 会议纪要, or 会议记录 (a meeting's material drafted in the record frame it names). */
function kindOf(material: Json): 'speech' | 'minutes' | 'record' {
  return isRecord(material) ? 'record' : (material as { kind?: string }).kind === 'minutes' ? 'minutes' : 'speech';
}

function kept(): Form | null {
  try {
    const raw = localStorage.getItem(KEPT);
    const form = raw ? (JSON.parse(raw) as Form) : null;
    return form && typeof form === 'object' && form.material ? form : null;
  } catch {
    return null;
  }
}

/** Nothing typed yet: the kind alone, no options. */
const untouched = (f: Form) => !f.template && !f.seed && Object.keys((clean(f.material) as Record<string, Json> | undefined) ?? {}).every((k) => k === 'kind');

function keep(form: Form | null): void {
  try {
    if (form && !untouched(form)) localStorage.setItem(KEPT, JSON.stringify(form));
    else localStorage.removeItem(KEPT);
  } catch {
    // Storage full or disabled: the form still works, it is just not kept.
  }
}

export function NewDraft({ status, onCreated }: { status: Status; onCreated(id: number): void }) {
  const [restored] = useState(() => kept());
  const [form, setForm] = useState<Form>(() => restored ?? blank());
  const [busy, setBusy] = useState(false);
  const { material, template, seed } = form;
  const kind = kindOf(material);
  const checker = useMaterialCheck(material);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  // Kept at every change (a small JSON), so that leaving the screen or reloading loses nothing.
  useEffect(() => keep(form), [form]);

  const setKind = (k: string) => {
    set({ material: k === 'record' ? emptyRecord() : k === 'minutes' ? emptyMinutes() : emptySpeech(), template: '' });
    checker.clear();
  };

  const discard = () => {
    if (!window.confirm('清空已填写的全部内容，重新开始？')) return;
    keep(null);
    setForm(blank());
    checker.clear();
  };

  const files = useMaterialFile(status, (material) => {
    set({ material });
    checker.clear();
  });

  const generate = async () => {
    setBusy(true);
    try {
      if (!(await checker.check())) return;
      const options: { template?: string; seed?: number } = {};
      if (template) options.template = template;
      if (seed.trim()) options.seed = Number(seed);
      const { documentId } = await call('documents.create', { input: clean(material) ?? {}, options });
      keep(null);
      status.info('已生成初稿');
      onCreated(documentId);
    } catch (e) {
      status.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="newdraft">
      {restored && <p className="hint kept">已恢复上次未完成的填写。</p>}
      <DraftOptions kind={kind} setKind={setKind} form={form} set={set} files={files} discard={discard} />
      <div ref={checker.root}>
        <FormErrors problems={checker.problems} root={() => checker.root.current} onClose={checker.clear} />
        <MaterialForm data={material} onChange={(m) => set({ material: m })} errors={checker.byField} />
      </div>
      <div className="row end">
        <button className="primary big" disabled={busy} onClick={() => void generate()}>
          {busy ? '正在生成…' : '生成'}
        </button>
      </div>
    </section>
  );
}

/** 打开材料文件: a material JSON file, checked before it fills the form. */
function useMaterialFile(status: Status, fill: (material: Json) => void) {
  const applyText = async (name: string, text: string) => {
    try {
      const check = await call('input.validate', { text });
      if (!check.ok) {
        status.error(new Error(`材料文件有误：${check.errors.join('；')}`));
        return;
      }
      fill(JSON.parse(text) as Json);
      status.info(`已读入材料：${name}`);
    } catch (e) {
      status.error(e);
    }
  };

  const openFile = async (file: File | undefined) => {
    if (file) await applyText(file.name, await file.text());
  };

  /** Electron: the native open dialog (the file's bytes come back as base64). */
  const openNative = async () => {
    try {
      const picked = await bridge()?.openFile?.('material');
      if (!picked) return;
      const bytes = Uint8Array.from(atob(picked.base64), (c) => c.charCodeAt(0));
      await applyText(picked.name, new TextDecoder().decode(bytes));
    } catch (e) {
      status.error(e);
    }
  };
  return { openFile, openNative };
}

/** 文种, 框架, 第几套措辞, 打开材料文件 and 清空重填. */
function DraftOptions(p: {
  kind: string;
  setKind(kind: string): void;
  form: Form;
  set(patch: Partial<Form>): void;
  files: ReturnType<typeof useMaterialFile>;
  discard(): void;
}) {
  const { kind, form, set, files } = p;
  return (
    <div className="row options">
      <div className="field">
        <label htmlFor="kind">文种</label>
        <select id="kind" name="kind" value={kind} onChange={(e) => p.setKind(e.target.value)}>
          <option value="speech">讲话稿</option>
          <option value="minutes">会议纪要</option>
          <option value="record">会议记录</option>
        </select>
      </div>
      <FramePicker kind={kind} value={form.template} material={form.material} onChange={(t) => set({ template: t })} />
      <div className="field">
        <label htmlFor="seed">换一种措辞（第几套，可不填）</label>
        <input
          id="seed"
          name="seed"
          type="number"
          min={0}
          placeholder="不填即第 1 套"
          title="同样的材料可以用不同的措辞起草：填 2、3……就换一套说法，事实不变"
          value={form.seed}
          onChange={(e) => set({ seed: e.target.value })}
        />
      </div>
      {bridge()?.openFile ? (
        <button onClick={() => void files.openNative()} title={MATERIAL_FILE_HINT}>
          打开材料文件
        </button>
      ) : (
        <label className="filebutton" title={MATERIAL_FILE_HINT}>
          打开材料文件
          <input type="file" accept=".json,application/json" onChange={(e) => void files.openFile(e.target.files?.[0])} />
        </label>
      )}
      <button className="danger" onClick={p.discard}>
        清空重填
      </button>
    </div>
  );
}
