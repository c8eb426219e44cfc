/** The recognizers the Python walker calls, in order (exports last: it summarises the others' facts). Each owns one concern. */
import type { Recognizer } from './lowering-api.js';
import { jwtRecognizer } from './catalog/jwt.js';
import { lifetimesRecognizer } from './catalog/lifetimes.js';
import { secretsRecognizer } from './catalog/secrets.js';
import { sinksRecognizer } from './catalog/sinks.js';
import { checksRecognizer } from './catalog/checks.js';
import { resourcesRecognizer } from './catalog/resources.js';
import { routesRecognizer } from './frameworks/routes.js';
import { verificationSitesRecognizer } from './frameworks/verification-sites.js';
import { jwtSettingsRecognizer } from './catalog/jwt-settings.js';
import { graphqlRecognizer } from './frameworks/graphql.js';
import { connexionRecognizer } from './frameworks/connexion.js';
import { exportsRecognizer } from './exports.js';

export const RECOGNIZERS: Recognizer[] = [jwtRecognizer, secretsRecognizer, sinksRecognizer, checksRecognizer, resourcesRecognizer, routesRecognizer, lifetimesRecognizer, verificationSitesRecognizer, connexionRecognizer, jwtSettingsRecognizer, graphqlRecognizer, exportsRecognizer];
