// Where her typing goes. Ctrl+End / Ctrl+Home (with Shift: extending the selection) are the editor's
// own — the end or start of the text — never left to the browser, which once left the caret where
// it was. And a key pressed with no caret in the text (the selection lost to an update, or resting
// on the editor's root element, where Lexical would insert a new paragraph at the very top, above
// 「同志们：」: session 22's screen test, 3) puts it back where it last was first — the end of the
// text when that spot is gone — never the root's start. No DOM here: tested headless under Node.
import { $createRangeSelection, $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isRootNode, $isTextNode, $setSelection, BEFORE_INPUT_COMMAND, COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND } from 'lexical';
import type { LexicalEditor, PointType } from 'lexical';

interface Spot {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

/** The last caret (or selection) she had in the text. */
export interface Caret {
  anchor: Spot;
  focus: Spot;
}

const spot = (p: PointType): Spot => ({ key: p.key, offset: p.offset, type: p.type });

/** A selection with no place in the text: none, or a point on the root element itself. */
export function $caretLost(): boolean {
  const sel = $getSelection();
  if (sel === null) return true;
  return $isRangeSelection(sel) && ($isRootNode(sel.anchor.getNode()) || $isRootNode(sel.focus.getNode()));
}

/** The selection now, when it is a place in the text. */
export function $caretNow(): Caret | null {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || $caretLost()) return null;
  return { anchor: spot(sel.anchor), focus: spot(sel.focus) };
}

function $stillThere(s: Spot): boolean {
  const node = $getNodeByKey(s.key);
  if (!node || !node.isAttached() || $isRootNode(node)) return false;
  if (s.type === 'text') return $isTextNode(node) && s.offset <= node.getTextContentSize();
  return $isElementNode(node) && s.offset <= node.getChildrenSize();
}

/**
 * The caret put back where it last was (collapsed at the end she moved: a key typed then never
 * replaces text she had selected before); at the end of the text when that place is gone.
 */
export function $restoreCaret(last: Caret | null): void {
  const at = last?.focus;
  if (at && $stillThere(at)) {
    const sel = $createRangeSelection();
    sel.anchor.set(at.key, at.offset, at.type);
    sel.focus.set(at.key, at.offset, at.type);
    $setSelection(sel);
  } else $getRoot().selectEnd();
}

/** Ctrl+End (`end`) or Ctrl+Home; `extend` (Shift) keeps the selection's anchor where it was. */
export function $selectEdge(end: boolean, extend: boolean): void {
  const before = $getSelection();
  const anchor = extend && $isRangeSelection(before) && !$caretLost() ? spot(before.anchor) : null;
  const root = $getRoot();
  const sel = end ? root.selectEnd() : root.selectStart();
  if (anchor) sel.anchor.set(anchor.key, anchor.offset, anchor.type);
}

/** What a key press says (a KeyboardEvent; no DOM type names here). */
interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl+End / Ctrl+Home as Word has them: to the end or start of the text (Shift extends). */
export function edgeKey(e: KeyLike): { end: boolean; extend: boolean } | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || (e.key !== 'End' && e.key !== 'Home')) return null;
  return { end: e.key === 'End', extend: e.shiftKey };
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'CapsLock']);

export interface CaretKeeper {
  /** The caret she last had in the text (for a click beside the text: put back there). */
  last(): Caret | null;
  off(): void;
}

/**
 * `onRootElement`: whether the page's own selection rests on the editor's root element (Lexical reads
 * that as the start of the first line, so only the page can tell it from a caret put there).
 */
export function registerCaret(editor: LexicalEditor, onRootElement: () => boolean = () => false): CaretKeeper {
  let last: Caret | null = null;
  const offUpdate = editor.registerUpdateListener(({ editorState }) => {
    const now = editorState.read($caretNow);
    if (now && !onRootElement()) last = now;
  });
  const offKey = editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const e = event as unknown as KeyLike & { preventDefault(): void };
      const edge = edgeKey(e);
      if (edge) {
        e.preventDefault();
        $selectEdge(edge.end, edge.extend);
        return true;
      }
      if (!MODIFIERS.has(e.key) && ($caretLost() || onRootElement())) $restoreCaret(last);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
  // Text that comes with no key before it (an input method's words, a pasted word from the menu).
  const offInput = editor.registerCommand(
    BEFORE_INPUT_COMMAND,
    () => {
      if ($caretLost() || onRootElement()) $restoreCaret(last);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
  return {
    last: () => last,
    off: () => {
      offUpdate();
      offKey();
      offInput();
    },
  };
}
