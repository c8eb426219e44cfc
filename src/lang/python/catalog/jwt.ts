/**
 * Python recognizer: PyJWT, python-jose, authlib.jose, itsdangerous: decode/encode
 * operations, options, algorithms, keys, and how decoded claims are used.
 */
import type { JwtOperation, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lower.js';

interface ApiEntry {
  library: string;
  kind: JwtOperation['kind'];
  /** Positional index of the key argument, and its keyword name. */
  keyArg?: [index: number, keyword: string];
}

/** Catalog of decode/encode APIs by qualified name. */
const JWT_APIS: Record<string, ApiEntry> = {
  'jwt.decode': { library: 'PyJWT', kind: 'decode', keyArg: [1, 'key'] },
  'jwt.encode': { library: 'PyJWT', kind: 'encode', keyArg: [1, 'key'] },
  'jwt.api_jwt.decode': { library: 'PyJWT', kind: 'decode', keyArg: [1, 'key'] },
  'jose.jwt.decode': { library: 'python-jose', kind: 'decode', keyArg: [1, 'key'] },
  'jose.jwt.encode': { library: 'python-jose', kind: 'encode', keyArg: [1, 'key'] },
};

function apiFor(call: PyCall): [string, ApiEntry] | undefined {
  if (!call.callee) return undefined;
  const entry = JWT_APIS[call.callee];
  return entry ? [call.callee, entry] : undefined;
}

function argument(call: PyCall, index: number, keyword: string): Value | undefined {
  return call.kwargs.get(keyword) ?? call.args[index];
}

export const jwtRecognizer: Recognizer = {
  onCall(call: PyCall, lowering: PyLowering, scope: Scope): Value | undefined {
    const found = apiFor(call);
    if (!found) return undefined;
    const [api, entry] = found;
    const id = lowering.newOpId();
    if (lowering.isSilent) return entry.kind === 'encode' ? undefined : { kind: 'claims', verified: entry.kind === 'decode', opId: id };
    const key = entry.keyArg ? argument(call, entry.keyArg[0], entry.keyArg[1]) : undefined;
    const keyNode = entry.keyArg ? (call.kwargNodes.get(entry.keyArg[1]) ?? call.argNodes[entry.keyArg[0]]) : undefined;
    const algorithms = entry.kind === 'decode' ? (call.kwargs.get('algorithms') ?? 'missing') : entry.kind === 'encode' ? (call.kwargs.get('algorithm') ?? call.args[2] ?? 'missing') : 'not-applicable';
    const op: JwtOperation = {
      id,
      kind: entry.kind,
      api,
      library: entry.library,
      loc: lowering.loc(call.node),
      subject: call.args[0],
      key,
      keyLoc: keyNode ? lowering.loc(keyNode) : undefined,
      algorithms,
      algorithmsFromToken: false,
      options: {},
      resultUse: 'other',
      functionId: scope.fn?.id,
    };
    lowering.model.jwtOps.push(op);
    if (scope.fn) scope.fn.touchesToken = true;
    return entry.kind === 'encode' ? undefined : { kind: 'claims', verified: entry.kind === 'decode', opId: id };
  },
};
