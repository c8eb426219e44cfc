/**
 * Calls to functions defined in other modules, as link summarised them (second lowering
 * only): what the call returns (the request's token, a value derived from a token
 * argument, verified claims). The JWT recognizer records the wrappers and issuers whose
 * operation is judged at this call. Unknown functions stay unknown.
 */
import type { Value } from '../../model/types.js';
import type { ImportedFact } from '../../model/knowledge.js';
import type { TsCall, TsLowering, TsScope } from './lowering-api.js';

type FunctionFact = Extract<ImportedFact, { kind: 'function' }>;

/** The imported function a call reaches, when link summarised it. */
export function importedFunction(call: TsCall, lowering: TsLowering): FunctionFact | undefined {
  const fact = lowering.importedFact(call.callee);
  return fact?.kind === 'function' ? fact : undefined;
}

/** Whether a name used here is a function of another module that authenticates the request (its summary verifies a token). */
export function importedVerifies(qualified: string | undefined, lowering: TsLowering): boolean {
  const fact = lowering.importedFact(qualified);
  return fact?.kind === 'function' && fact.summary.verifies === true;
}

/** How the call is written (`security.decode`), for messages. */
export function writtenCallee(call: TsCall): string {
  return call.node.expression.getText(call.node.getSourceFile()).replace(/\s+/g, ' ');
}

/** The value an imported function returns at this call, from its summary. */
export function importedCallValue(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const fact = importedFunction(call, lowering);
  const returns = fact?.summary.returns;
  if (!fact || !returns) return undefined;
  switch (returns.kind) {
    case 'token':
      // a helper that reads the request's token: the token, read here (its own read is reported where it is written)
      lowering.markTokenTouched(scope);
      return { kind: 'token', source: { ...returns.source, loc: lowering.loc(call.node) }, transforms: [`${writtenCallee(call)}()`] };
    case 'param': {
      const argument = call.args[returns.index];
      if (argument?.kind !== 'token') return undefined;
      lowering.markTokenTouched(scope);
      return { ...argument, transforms: [...argument.transforms, ...returns.transforms, `${writtenCallee(call)}()`] };
    }
    case 'claims':
      // unverified claims are the JWT recognizer's (it records the decode here); verified ones decide nothing to report
      return returns.verified ? { kind: 'claims', verified: true, opId: lowering.newOpId() } : undefined;
  }
}
