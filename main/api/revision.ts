// The Word round trip (修订稿 out, 导入修改稿 in): the 修订稿 export, importing an edited .docx as a
// version, its 批注 beside the editor's paragraphs, and the user's name that signs each change. The
// revision services (zip, XML, diff) load on the first call that needs them.
import { ApiError, type Method } from '../../core/api.ts';
import { runsText } from '../../core/doc/text.ts';
import { xmlSafeDeep } from '../../core/doc/xml-text.ts';
import { LibraryError } from '../services/library/errors.ts';
import { listComments, resolveComment, setUserName, userName } from '../services/store/review.ts';
import type { RevisionPreview } from '../services/revision/import.ts';
import type { Slice, Services } from './context.ts';
import { fileName } from './names.ts';

export type RevisionMethod = Extract<Method, 'documents.importRevision' | 'export.revision' | `comments.${string}` | `settings.${string}`>;

const revisionService = () => import('../services/revision/import.ts');
const exportService = () => import('../services/revision/export.ts');

/** Whose name signs a 修订稿: set once in the app; asked for when it is not. */
export const NAME_NEEDED = '请先填写您的姓名：修订稿里每一处修改都署这个名字';

export function revisionHandlers({ store }: Services): Slice<RevisionMethod> {
  return {
    'export.revision': async ({ documentId, from, to }) => {
      const author = userName(store());
      if (!author) throw new ApiError(NAME_NEEDED);
      if (from === to) throw new ApiError('请选择两个不同的版本：修订稿显示从较早一版到较晚一版的修改');
      const s = store();
      // Characters a .docx cannot carry are left out, as in every export (core/doc/xml-text.ts).
      const [old, next] = [xmlSafeDeep(s.versionDoc(documentId, from)).value, xmlSafeDeep(s.versionDoc(documentId, to)).value];
      const { exportRevisionDocx } = await exportService();
      const bytes = await exportRevisionDocx(old, next, { author, identity: { documentId, version: to, hash: s.versionRow(documentId, to).hash, base: from } });
      return { name: fileName(`${runsText(next.title).trim()}（修订稿 第${from}版→第${to}版）`, 'docx'), base64: Buffer.from(bytes).toString('base64') };
    },

    'documents.importRevision': async ({ documentId, name, base64, base, decisions }) => {
      if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw new ApiError('文件内容有误', ['base64：不是有效的 base64 编码']);
      if (!/\.docx$/i.test(name)) throw new ApiError(`${name}：导入修改稿只收 Word 的 .docx 文件（.doc 或 WPS 格式请先另存为 .docx）`);
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const { importRevision, previewRevision } = await revisionService();
      const options = base !== undefined ? { base } : {};
      const out = (r: RevisionPreview) => ({
        base: r.base,
        match: r.match,
        changes: r.incoming.changes,
        paragraphs: r.incoming.paragraphs,
        comments: r.comments.map((c) => ({ author: c.author, ...(c.date ? { date: c.date } : {}), text: c.text, quote: c.quote, para: c.para })),
        authors: r.authors,
      });
      try {
        if (!decisions) return out(await previewRevision(store(), documentId, bytes, options));
        const r = await importRevision(store(), documentId, name, bytes, decisions, options);
        return { ...out(r), saved: { version: r.version, created: r.created } };
      } catch (err) {
        if (err instanceof LibraryError) throw new ApiError(`${name}：${err.message}`);
        throw err;
      }
    },

    'comments.list': async ({ documentId, includeResolved }) => ({
      comments: listComments(store(), documentId, { includeResolved: includeResolved ?? false }).map((c) => ({
        id: c.id,
        version: c.version,
        author: c.author,
        ...(c.date ? { date: c.date } : {}),
        text: c.text,
        quote: c.quote,
        line: c.line,
        source: c.source,
        resolvedAt: c.resolvedAt,
      })),
    }),

    'comments.resolve': async ({ id, resolved }) => {
      resolveComment(store(), id, resolved, Date.now());
      return { ok: true as const };
    },

    'settings.get': async () => ({ userName: userName(store()) ?? null }),

    'settings.setUserName': async ({ name }) => ({ userName: setUserName(store(), name) }),
  };
}
