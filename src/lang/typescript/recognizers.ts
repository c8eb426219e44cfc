/** The recognizers the JS/TS walker calls, in order. Each owns one concern. */
import type { TsRecognizer } from './lower.js';
import { tsJwtRecognizer } from './catalog/jwt.js';
import { tsSecretsRecognizer } from './catalog/secrets.js';
import { tsSinksRecognizer } from './catalog/sinks.js';
import { tsChecksRecognizer } from './catalog/checks.js';
import { tsResourcesRecognizer } from './catalog/resources.js';
import { tsVerificationRecognizer } from './frameworks/verification.js';
import { tsRoutesRecognizer } from './frameworks/routes.js';
import { tsGraphqlRecognizer } from './frameworks/graphql.js';

export const TS_RECOGNIZERS: TsRecognizer[] = [tsJwtRecognizer, tsSecretsRecognizer, tsSinksRecognizer, tsChecksRecognizer, tsResourcesRecognizer, tsVerificationRecognizer, tsRoutesRecognizer, tsGraphqlRecognizer];
