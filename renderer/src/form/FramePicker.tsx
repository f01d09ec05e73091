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

/**
 * Left unchosen, the draft gets the material's own frame (its "template") or else the default one:
 * the option names which, in the words the versions list then uses (「生成：形势—任务—要求」).
 */
function unchosen(templates: Template[], materialFrame: string | undefined): string {
  const named = templates.find((t) => t.id === materialFrame);
  if (named) return `按材料：${named.name}`;
  const fallback = templates.find((t) => t.default);
  return fallback ? `默认：${fallback.name}` : '默认框架';
}

/** The frame the material itself names (its "template" field), if any. */
function frameOf(material: unknown): string | undefined {
  const t = material && typeof material === 'object' ? (material as { template?: unknown }).template : undefined;
  return typeof t === 'string' ? t : undefined;
}

export function FramePicker({ kind, value, material, onChange }: { kind: string; value: string; material: unknown; onChange(id: string): void }) {
  const templates = useTemplates(kind);
  const materialFrame = frameOf(material);
  return (
    <div className="field">
      <label htmlFor="frame">框架</label>
      <select id="frame" name="frame" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{unchosen(templates, materialFrame)}</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id} title={t.description}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}
