// ESLint rule: no plain-object lookup keyed by arbitrary text.
//
// `record[key]` on a string-keyed object answers 「constructor」「toString」「__proto__」 with what it
// inherits from Object.prototype (a function, the prototype itself), and `record[key] = v` with
// key 「__proto__」 replaces the prototype. With user text as the key that crashed drafting (issue 12,
// defect 1). The rule asks the type checker: it reports a computed member access whose object has a
// string index signature and whose key is typed `string` (not a union of known literal names), and
// `key in record` likewise.
// Use a Map, or own() from core/own.ts for records parsed from files.

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid indexing string-keyed plain objects with text of unknown value' },
    schema: [],
    messages: {
      userKey:
        'Indexing a plain object with text finds Object.prototype names (「constructor」「__proto__」): use a Map, or own(record, key) from core/own.ts.',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) {
      throw new Error('wengao/no-user-key-index needs type information (parserOptions.projectService)');
    }
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    return {
      'MemberExpression[computed=true]'(node) {
        if (node.property.type === 'Literal') return;
        if (!isOpenString(typeOf(node.property))) return;
        if (!hasStringIndex(checker, typeOf(node.object))) return;
        context.report({ node, messageId: 'userKey' });
      },
      // 「constructor」 in {} is true as well.
      'BinaryExpression[operator="in"]'(node) {
        if (node.left.type === 'Literal' || node.left.type === 'PrivateIdentifier') return;
        if (!isOpenString(typeOf(node.left))) return;
        if (!hasStringIndex(checker, typeOf(node.right))) return;
        context.report({ node, messageId: 'userKey' });
      },
    };
  },
};

/** `string` itself (or a union holding it): a key whose value nobody listed. */
function isOpenString(type) {
  if (type.isUnion()) return type.types.some(isOpenString);
  // ts.TypeFlags.String = 4; literal types carry StringLiteral (128) instead.
  return (type.flags & 4) !== 0;
}

function hasStringIndex(checker, type) {
  if (type.isUnion()) return type.types.some((t) => hasStringIndex(checker, t));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  return checker.getIndexInfosOfType(type).some((info) => (info.keyType.flags & 4) !== 0);
}
