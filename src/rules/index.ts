/** Every rule, in id order. A new rule is one module here and one line below. */
import type { Rule } from './types.js';
import { verifyDisabled } from './verify-disabled.js';
import { algNotPinned } from './alg-not-pinned.js';
import { algNone } from './alg-none.js';
import { algConfusion } from './alg-confusion.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { weakSecret } from './weak-secret.js';
import { noExp } from './no-exp.js';
import { longExp } from './long-exp.js';
import { expNotVerified } from './exp-not-verified.js';
import { claimsNotVerified } from './claims-not-verified.js';
import { tokenLogged } from './token-logged.js';
import { tokenInUrl } from './token-in-url.js';
import { tokenCacheKey } from './token-cache-key.js';
import { tokenReflected } from './token-reflected.js';
import { unstableKey } from './unstable-key.js';
import { doubleRelease } from './double-release.js';
import { releaseMissing } from './release-missing.js';
import { failOpen } from './fail-open.js';
import { unguardedSplit } from './unguarded-split.js';
import { timingCompare } from './timing-compare.js';
import { missingAuthRoute } from './missing-auth-route.js';
import { insecureStorage } from './insecure-storage.js';
import { scatteredValidation } from './scattered-validation.js';
import { specAuthNotEnforced } from './spec-auth-not-enforced.js';
import { specShadowRoute } from './spec-shadow-route.js';
import { specAuthUndocumented } from './spec-auth-undocumented.js';
import { specUndefinedScheme } from './spec-undefined-scheme.js';
import { specBearerInQuery } from './spec-bearer-in-query.js';
import { notAnalysed } from './not-analysed.js';

export const RULES: Rule[] = [
  verifyDisabled,
  algNotPinned,
  algNone,
  algConfusion,
  hardcodedSecret,
  weakSecret,
  noExp,
  longExp,
  expNotVerified,
  claimsNotVerified,
  tokenLogged,
  tokenInUrl,
  tokenCacheKey,
  tokenReflected,
  unstableKey,
  doubleRelease,
  releaseMissing,
  failOpen,
  unguardedSplit,
  timingCompare,
  missingAuthRoute,
  insecureStorage,
  scatteredValidation,
  specAuthNotEnforced,
  specShadowRoute,
  specAuthUndocumented,
  specUndefinedScheme,
  specBearerInQuery,
  notAnalysed,
];

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return RULES.find((rule) => rule.id === key.toUpperCase() || rule.name === key);
}
