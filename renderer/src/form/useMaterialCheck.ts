// The form's check: on 生成 / 重新生成 the material is checked first; the problems are listed
// (FormErrors), marked on their fields, and the first one is scrolled to. While problems are shown,
// every change is checked again, so a fixed field loses its mark as the user types.
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkMaterial, inFormOrder, problemsByField, type Problem } from './check.ts';
import { focusProblem } from './FormErrors.tsx';
import type { Json } from './material.ts';

export function useMaterialCheck(material: Json | null) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [byField, setByField] = useState<ReadonlyMap<string, string>>(new Map());
  const root = useRef<HTMLDivElement>(null);

  const show = useCallback((found: Problem[]) => {
    const sorted = root.current ? inFormOrder(root.current, found) : found;
    setProblems(sorted);
    setByField(root.current ? problemsByField(root.current, sorted) : new Map());
    return sorted;
  }, []);

  /** True when the material can be drafted; otherwise shows why and goes to the first problem. */
  const check = useCallback(async (): Promise<boolean> => {
    if (!material) return false;
    const found = show(await checkMaterial(material));
    if (found.length) requestAnimationFrame(() => focusProblem(root.current, found[0]!.field));
    return found.length === 0;
  }, [material, show]);

  const showing = problems.length > 0;
  useEffect(() => {
    if (!showing || !material) return;
    const t = setTimeout(() => void checkMaterial(material).then(show, () => undefined), 400);
    return () => clearTimeout(t);
  }, [material, showing, show]);

  const clear = useCallback(() => show([]), [show]);
  return { problems, byField, root, check, clear };
}
