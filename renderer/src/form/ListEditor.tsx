// A list of items in the material: add, remove, move up and down. Its title and what an item is
// called come from core/input/labels.ts unless given; a problem with the list itself (「至少需要
// 1 项」) or with one item as a whole shows on the list.
import { useContext } from 'react';
import type { ReactNode } from 'react';
import { itemName as itemNameOf, shortLabel } from '../../../core/input/labels.ts';
import { fieldName, FormContext, materialKind } from './fields.tsx';
import { getIn, isRecord, NEW_ITEM, recordAgendaItem } from './material.ts';
import type { Json, Path } from './material.ts';

/** A new item of list `key`: a 会议记录's 议题 comes with a first 发言 and a first 决定, as its first one does (session 22's screen test). */
const newItem = (key: string, data: Json): Json => (key === 'agenda' && isRecord(data) ? recordAgendaItem() : (NEW_ITEM[key] ?? (() => ''))());

export function ListEditor(p: { path: Path; title?: string; itemName?: string; render(itemPath: Path, index: number): ReactNode }) {
  const { path } = p;
  const { data, set, errors } = useContext(FormContext);
  const kind = materialKind(data);
  const title = p.title ?? shortLabel(kind, path) ?? '';
  const itemName = p.itemName ?? itemNameOf(kind, path) ?? '';
  const v = getIn(data, path);
  const items: Json[] = Array.isArray(v) ? v : [];
  const key = String(path[path.length - 1]);
  const name = fieldName(path);
  const move = (i: number, d: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + d, 0, it!);
    set(path, next);
  };
  const listError = errors?.get(name);
  return (
    <fieldset className={listError ? 'list invalid' : 'list'} data-list={key} data-field={name}>
      <legend>{title}</legend>
      {listError && <p className="field-error">{listError}</p>}
      {items.map((_, i) => {
        const itemError = errors?.get(`${name}.${i}`);
        return (
          <div className={itemError ? 'item invalid' : 'item'} key={i} data-item={i} data-field={`${name}.${i}`}>
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
            {itemError && <p className="field-error">{itemError}</p>}
            <div className="grid">{p.render([...path, i], i)}</div>
          </div>
        );
      })}
      <button type="button" className="add" onClick={() => set([...path, items.length], newItem(key, data))}>
        添加{itemName}
      </button>
    </fieldset>
  );
}
