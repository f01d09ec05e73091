// How the import says what became of the pieces of a file imported again (main/services/library/versions.ts):
// one wording for the command line and the 范文库 panel.

interface Titled {
  id: number;
  title: string;
}

export interface VersionCounts {
  unchanged: readonly Titled[];
  changed: readonly Titled[];
  added: readonly Titled[];
  gone: readonly Titled[];
  /** Pieces she had deleted for good from the version before: not imported again. */
  purged?: readonly { title: string }[];
}

const named = (docs: readonly { title: string }[]) => docs.map((d) => `《${d.title || '（无标题）'}》`).join('、');

/** 「未变 2 篇；有改动 1 篇：《…》；新增 1 篇：《…》；上一版中已彻底删除的 1 篇未再导入：《…》；文件中已没有 1 篇：《…》」 */
export function versionSummary(v: VersionCounts): string {
  const parts: string[] = [];
  if (v.unchanged.length) parts.push(`未变 ${v.unchanged.length} 篇`);
  if (v.changed.length) parts.push(`有改动 ${v.changed.length} 篇：${named(v.changed)}`);
  if (v.added.length) parts.push(`新增 ${v.added.length} 篇：${named(v.added)}`);
  if (v.purged?.length) parts.push(`上一版中已彻底删除的 ${v.purged.length} 篇未再导入：${named(v.purged)}`);
  if (v.gone.length) parts.push(`文件中已没有 ${v.gone.length} 篇：${named(v.gone)}`);
  return parts.join('；');
}
