// The drafting library (templates and phrase banks) for the desktop app and browser mode, loaded when
// a call first needs it (新建's frame list, 生成, 重新生成) or in the background once the page is
// up — not at start: reading it took 30–200 ms of every start (up to a second from the YAML sources,
// cold) before the shell could answer the page. A library that cannot be read then no longer stops
// the shell; the call that needs it is refused in words the user can act on, her documents still open.
import { ApiError } from '../../core/api.ts';
import type { DraftLibrary } from '../../core/draft/index.ts';

/** What she is told when the library cannot be read. */
export const LIBRARY_REFUSED = '起草用的模板和句库没能载入，暂时不能生成文稿';

/** The file a library error names (templates/…yaml, corpus/…yaml, the compiled .json), if any. */
function fileOf(err: unknown): string | undefined {
  const text = err instanceof Error ? err.message : String(err);
  return /(?:templates|corpus)\/[^\s:：]+|draft-library\.json/.exec(text)?.[0];
}

/**
 * `load` made once, on first use; a failure is logged (with its detail, for support) and becomes an
 * ApiError naming the file, tried again at the next call (a reinstalled library is then picked up).
 */
export function libraryOnDemand(load: () => DraftLibrary, log: (message: string, err?: unknown) => void): () => DraftLibrary {
  let library: DraftLibrary | undefined;
  return () => {
    if (library) return library;
    try {
      library = load();
      return library;
    } catch (err) {
      log('文稿台的起草资料没能载入', err);
      const file = fileOf(err);
      throw new ApiError(LIBRARY_REFUSED, [
        file ? `有问题的文件：${file}` : '起草资料的文件缺失或已损坏',
        '已保存的文稿不受影响，仍可打开、编辑和导出。请重新安装文稿台；若仍如此，请把这条消息告诉技术支持。',
      ]);
    }
  };
}
