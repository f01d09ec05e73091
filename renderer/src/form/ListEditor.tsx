// A list of items in the material: add, remove, move up and down.
import { useContext } from 'react';
import type { ReactNode } from 'react';
import { FormContext } from './fields.tsx';
import { getIn, NEW_ITEM } from './material.ts';
import type { Json, Path } from './material.ts';

export function ListEditor({ path, title, itemName, render }: { path: Path; title: string; itemName: string; render(itemPath: Path, index: number): ReactNode }) {
  const { data, set } = useContext(FormContext);
  const v = getIn(data, path);
  const items: Json[] = Array.isArray(v) ? v : [];
  const key = String(path[path.length - 1]);
  const move = (i: number, d: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + d, 0, it!);
    set(path, next);
  };
  return (
    <fieldset className="list" data-list={key}>
      <legend>{title}</legend>
      {items.map((_, i) => (
        <div className="item" key={i} data-item={i}>
          <div className="item-head">
            <span>
              {itemName}
              {i + 1}
            </span>
            <button type="button" title="上移" disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" title="下移" disabled={i === items.length - 1} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" className="danger" onClick={() => set([...path, i], undefined)}>
              删除
            </button>
          </div>
          <div className="grid">{render([...path, i], i)}</div>
        </div>
      ))}
      <button type="button" className="add" onClick={() => set([...path, items.length], (NEW_ITEM[key] ?? (() => ''))())}>
        添加{itemName}
      </button>
    </fieldset>
  );
}
