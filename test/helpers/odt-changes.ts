// The tracked-changes list of an ODT (content.xml: text:tracked-changes), with the text of each
// change: a deletion holds its text in the list, an insertion is the body text between its
// text:change-start and text:change-end.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { elements, find, parseXml, type XmlNode } from '../../main/services/revision/xml-tree.ts';

export interface OdtChange {
  id: string;
  kind: 'insertion' | 'deletion' | 'format-change';
  author: string;
  date: string;
  text: string;
}

function text(node: XmlNode | string, out: string[]): void {
  if (typeof node === 'string') return void out.push(node);
  if (node.name === 'office:change-info' || node.name === 'office:annotation') return;
  if (node.name === 'text:s') return void out.push(' '.repeat(Number(node.attrs['text:c'] ?? 1)));
  if (node.name === 'text:tab') return void out.push('\t');
  if (node.name === 'text:line-break') return void out.push('\n');
  node.children.forEach((c) => text(c, out));
  if (node.name === 'text:p' || node.name === 'text:h') out.push('\n');
}

export async function odtTrackedChanges(path: string): Promise<OdtChange[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const root = parseXml(await zip.file('content.xml')!.async('string'));
  const body = find(root, 'office:text');
  const list = body && find(body, 'text:tracked-changes');
  const changes: OdtChange[] = [];
  for (const region of elements(list)) {
    const id = region.attrs['text:id'] ?? region.attrs['xml:id'] ?? '';
    const change = elements(region)[0];
    if (!change) continue;
    const info = find(change, 'office:change-info');
    const field = (name: string) => {
      const el = info && find(info, name);
      const out: string[] = [];
      if (el) el.children.forEach((c) => text(c, out));
      return out.join('');
    };
    const out: string[] = [];
    if (change.name === 'text:deletion') change.children.forEach((c) => text(c, out));
    changes.push({ id, kind: change.name.slice(5) as OdtChange['kind'], author: field('dc:creator'), date: field('dc:date'), text: out.join('').replace(/\n$/, '') });
  }
  // Insertions: the body between their start and end marks.
  const open = new Map<string, string[]>();
  const walk = (node: XmlNode | string) => {
    if (typeof node === 'string') {
      for (const t of open.values()) t.push(node);
      return;
    }
    if (node.name === 'text:tracked-changes' || node.name === 'office:annotation') return;
    if (node.name === 'text:change-start') return void open.set(node.attrs['text:change-id'] ?? '', []);
    if (node.name === 'text:change-end') {
      const id = node.attrs['text:change-id'] ?? '';
      const c = changes.find((x) => x.id === id);
      if (c) c.text = (open.get(id) ?? []).join('').replace(/\n$/, '');
      open.delete(id);
      return;
    }
    const parts: string[] = [];
    text({ ...node, children: [] }, parts);
    if (node.name === 'text:s' || node.name === 'text:tab' || node.name === 'text:line-break') {
      for (const t of open.values()) t.push(...parts);
      return;
    }
    node.children.forEach(walk);
    if (node.name === 'text:p' || node.name === 'text:h') for (const t of open.values()) t.push('\n');
  };
  if (body) walk(body);
  return changes;
}
