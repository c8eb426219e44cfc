/** The recognizers the JS/TS walker calls, in order (exports last: it summarises the others' facts). Each owns one concern. */
import type { TsRecognizer } from './lowering-api.js';
import { tsJwtRecognizer } from './catalog/jwt.js';
import { tsSecretsRecognizer } from './catalog/secrets.js';
import { tsSinksRecognizer } from './catalog/sinks.js';
import { tsChecksRecognizer } from './catalog/checks.js';
import { tsResourcesRecognizer } from './catalog/resources.js';
import { tsVerificationRecognizer } from './frameworks/verification.js';
import { tsRoutesRecognizer } from './frameworks/routes.js';
import { tsGraphqlRecognizer } from './frameworks/graphql.js';
import { tsExportsRecognizer } from './exports.js';

export const TS_RECOGNIZERS: TsRecognizer[] = [tsJwtRecognizer, tsSecretsRecognizer, tsSinksRecognizer, tsChecksRecognizer, tsResourcesRecognizer, tsVerificationRecognizer, tsRoutesRecognizer, tsGraphqlRecognizer, tsExportsRecognizer];
