// The frame (template) for a kind, from templates.list.
import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';

type Template = Output<'templates.list'>[number];
let cache: Promise<Template[]> | null = null;

export function useTemplates(kind: string): Template[] {
  const [all, setAll] = useState<Template[]>([]);
  useEffect(() => {
    cache ??= call('templates.list', {}).catch(() => {
      cache = null;
      return [];
    });
    void cache.then(setAll);
  }, []);
  return all.filter((t) => t.kind === kind);
}

export function FramePicker({ kind, value, onChange }: { kind: string; value: string; onChange(id: string): void }) {
  const templates = useTemplates(kind);
  return (
    <div className="field">
      <label htmlFor="frame">框架</label>
      <select id="frame" name="frame" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">自动选择</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id} title={t.description}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
