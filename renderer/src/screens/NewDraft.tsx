// 新建: kind, frame, target minutes and seed; the material typed into a form or opened from a JSON
// file (checked with input.validate); 生成 stores the draft and opens it in the editor.
import { useState } from 'react';
import { bridge, call } from '../api.ts';
import type { Status } from '../App.tsx';
import { FramePicker } from '../form/FramePicker.tsx';
import { MaterialForm } from '../form/MaterialForm.tsx';
import { clean, emptyMinutes, emptySpeech } from '../form/material.ts';
import type { Json } from '../form/material.ts';

export function NewDraft({ status, onCreated }: { status: Status; onCreated(id: number): void }) {
  const [material, setMaterial] = useState<Json>(emptySpeech);
  const [template, setTemplate] = useState('');
  const [minutes, setMinutes] = useState('');
  const [seed, setSeed] = useState('');
  const [busy, setBusy] = useState(false);
  const kind = (material as { kind?: string }).kind === 'minutes' ? 'minutes' : 'speech';

  const setKind = (k: string) => {
    setMaterial(k === 'minutes' ? emptyMinutes() : emptySpeech());
    setTemplate('');
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

  const applyText = async (name: string, text: string) => {
    try {
      const check = await call('input.validate', { text });
      if (!check.ok) {
        status.error(new Error(`材料文件有误：${check.errors.join('；')}`));
        return;
      }
      setMaterial(JSON.parse(text) as Json);
      status.info(`已读入材料：${name}`);
    } catch (e) {
      status.error(e);
    }
  };

  const generate = async () => {
    setBusy(true);
    try {
      const options: { template?: string; seed?: number; minutes?: number } = {};
      if (template) options.template = template;
      if (seed.trim()) options.seed = Number(seed);
      if (minutes.trim()) options.minutes = Number(minutes);
      const { documentId } = await call('documents.create', { input: clean(material) ?? {}, options });
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
      <div className="row options">
        <div className="field">
          <label htmlFor="kind">文种</label>
          <select id="kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="speech">讲话稿</option>
            <option value="minutes">会议纪要</option>
          </select>
        </div>
        <FramePicker kind={kind} value={template} onChange={setTemplate} />
        {kind === 'speech' && (
          <div className="field">
            <label htmlFor="minutes">目标时长（分钟）</label>
            <input id="minutes" name="minutes" type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor="seed">措辞编号</label>
          <input id="seed" name="seed" type="number" min={0} placeholder="随机" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </div>
        {bridge()?.openFile ? (
          <button onClick={() => void openNative()}>打开 JSON 文件</button>
        ) : (
          <label className="filebutton">
            打开 JSON 文件
            <input type="file" accept=".json,application/json" onChange={(e) => void openFile(e.target.files?.[0])} />
          </label>
        )}
      </div>
      <MaterialForm data={material} onChange={setMaterial} />
      <div className="row end">
        <button className="primary big" disabled={busy} onClick={() => void generate()}>
          {busy ? '正在生成…' : '生成'}
        </button>
      </div>
    </section>
  );
}
