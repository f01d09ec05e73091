// ESLint rule: every source file belongs to a layer, and imports only from the layers below it
// (DESIGN.md "One core, three shells"). As Signal does, an import of a file outside every known
// layer fails too, so a new folder has to be placed in this table before anything can use it.
//
//   core          pure domain                     → core
//   services      main/services (Node)            → core, services       (no electron, no http)
//   shell-common  main/security (CSP of two shells)→ core
//   api           main/api (handlers, dispatch)    → core, services, api
//   cli           main/cli                         → core, services, api, cli              (no electron)
//   server        main/server (browser mode)       → core, services, api, shell-common, server (no electron)
//   electron      main/electron                    → core, services, api, shell-common, electron
//   renderer      renderer (sandboxed page)        → core, renderer
import { dirname, relative, resolve, sep } from 'node:path';

const LAYERS = [
  ['core', 'core/'],
  ['services', 'main/services/'],
  ['shell-common', 'main/security/'],
  ['api', 'main/api/'],
  ['cli', 'main/cli/'],
  ['server', 'main/server/'],
  ['electron', 'main/electron/'],
  ['renderer', 'renderer/'],
];

const ALLOWED = {
  core: ['core'],
  services: ['core', 'services'],
  'shell-common': ['core', 'shell-common'],
  api: ['core', 'services', 'api'],
  cli: ['core', 'services', 'api', 'cli'],
  server: ['core', 'services', 'api', 'shell-common', 'server'],
  electron: ['core', 'services', 'api', 'shell-common', 'electron'],
  renderer: ['core', 'renderer'],
};

/** Packages a layer may not use, beyond what the core and renderer rules of eslint.config.js forbid. */
const FORBIDDEN_PACKAGES = {
  services: ['electron', 'http', 'https', 'http2', 'net', 'node:http', 'node:https', 'node:http2', 'node:net'],
  api: ['electron'],
  cli: ['electron'],
  server: ['electron'],
};

export function layerOf(path) {
  const p = path.split(sep).join('/');
  return LAYERS.find(([, prefix]) => p.startsWith(prefix))?.[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Each source file imports only from the layers below its own' },
    schema: [],
    messages: {
      unclassifiedFile: '{{file}} is in no layer: add its folder to scripts/lint/layers.mjs.',
      unclassified: 'Unclassified import: {{target}} is in no layer (scripts/lint/layers.mjs).',
      upward: '{{from}} may not import {{to}} ({{target}}): allowed are {{allowed}}.',
      forbidden: '{{from}} may not use {{name}}.',
    },
  },
  create(context) {
    const cwd = context.cwd ?? process.cwd();
    const file = relative(cwd, context.filename);
    const from = layerOf(file);
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        if ((FORBIDDEN_PACKAGES[from] ?? []).includes(source)) context.report({ node, messageId: 'forbidden', data: { from, name: source } });
        return;
      }
      const target = relative(cwd, resolve(dirname(context.filename), source));
      const to = layerOf(target);
      if (!to) context.report({ node, messageId: 'unclassified', data: { target } });
      else if (!ALLOWED[from].includes(to)) context.report({ node, messageId: 'upward', data: { from, to, target, allowed: ALLOWED[from].join(', ') } });
    };
    return {
      Program(node) {
        if (!from) context.report({ node, messageId: 'unclassifiedFile', data: { file } });
      },
      ImportDeclaration(node) {
        if (from) check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (from && node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (from) check(node, node.source.value);
      },
      ImportExpression(node) {
        if (from && node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};
