// 工具栏: the block level at the cursor, saving a version with a label, find, copy and exports.
import type { HeadingLevel } from '../../../core/doc/model.ts';

export interface ToolbarProps {
  label: string;
  onLabel(label: string): void;
  onSave(): void;
  onExportDocx(): void;
  onExportLedger(format: 'csv' | 'docx'): void;
  onLevel(level: HeadingLevel | 0): void;
  onFind(): void;
  onCopyAll(): void;
  pageView: boolean;
  onPageView(on: boolean): void;
}

const LEVELS: [HeadingLevel | 0, string][] = [
  [1, '一级'],
  [2, '二级'],
  [3, '三级'],
  [4, '四级'],
  [0, '正文'],
];

export function Toolbar(p: ToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="工具栏">
      <div className="group" aria-label="标题级别">
        {LEVELS.map(([level, name]) => (
          <button key={level} onMouseDown={(e) => e.preventDefault()} onClick={() => p.onLevel(level)} title={level ? `设为${name}标题` : '设为正文'}>
            {name}
          </button>
        ))}
      </div>
      <div className="group">
        <input
          className="label"
          aria-label="版本说明"
          placeholder="版本说明（可不填）"
          value={p.label}
          onChange={(e) => p.onLabel(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && p.onSave()}
        />
        <button className="primary" onClick={p.onSave} title="Ctrl+S">
          保存版本
        </button>
      </div>
      <div className="group">
        <button onClick={p.onFind} title="Ctrl+F；替换 Ctrl+H">
          查找替换
        </button>
        <button onClick={p.onCopyAll} title="带标题和序号，可粘贴到 WPS、Word 或聊天窗口">
          复制全文
        </button>
      </div>
      <div className="group">
        <button onClick={p.onExportDocx} title="Ctrl+Shift+E">
          导出 Word
        </button>
        <button onClick={() => p.onExportLedger('docx')}>导出台账 Word</button>
        <button onClick={() => p.onExportLedger('csv')}>导出台账 CSV</button>
        <label className="toggle">
          <input type="checkbox" checked={p.pageView} onChange={(e) => p.onPageView(e.target.checked)} /> 页面视图
        </label>
      </div>
    </div>
  );
}
