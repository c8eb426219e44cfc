import type { RawFinding } from '../engine/finding.js';
import { definition, envName, isEnvFallback, literalBindings, MIN_SECRET_BYTES, subject, weakness } from './secret-values.js';
import type { FileRule } from './types.js';

/** A short or placeholder signing secret used when the environment does not provide one. */
export const weakSecret: FileRule = {
  id: 'TG202',
  name: 'weak-secret',
  category: 'weak-secret',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: `Finds signing secrets read from the environment with a guessable literal fallback: \`os.getenv("JWT_SECRET", "changeme")\`, \`os.environ.get("SECRET_KEY") or "dev"\`, \`process.env.JWT_SECRET || 'secret'\`, when the result is bound to a secret setting or name or passed as a JWT key; and fallbacks generated at startup with Python's \`random\` module (\`os.getenv("JWT_SECRET", "".join(random.choices(digits, k=6)))\`, also through a helper defined in the file), which is predictable. A fallback is guessable when it is a known placeholder ("secret", "changeme", "your-secret-key", "dev", "django-insecure-…") or shorter than ${MIN_SECRET_BYTES} bytes. A literal that is the secret itself (not a fallback) is reported once, by hardcoded-secret (TG201), with its weakness in the message; a long random-looking fallback is also reported by hardcoded-secret. Empty fallbacks and lookups without a fallback are not reported.`,
    why: 'The fallback is what production runs with the day the variable is missing or misspelled, and nothing fails to tell you. Placeholder keys are in every JWT cracking word list, and a short HMAC key can be brute-forced offline from a single token the attacker holds; with the key they sign tokens for any user and role.',
    fix: 'Drop the fallback so a missing variable stops the service at startup (`os.environ["JWT_SECRET"]`), or check it explicitly and refuse known placeholders and keys under 32 bytes. Generate keys with `secrets.token_urlsafe(64)` or `openssl rand -base64 48`. If a development default is needed, set it in the development environment (a .env file that is not committed), not in code.',
    fixShort: 'Remove the literal fallback: require the variable at startup and reject placeholders and keys under 32 bytes.',
    leavesAlone: [
      { what: 'Lookups without a fallback, or with an empty one (`os.getenv("SECRET", "")`).', tag: 'no-fallback', languages: ['python'] },
      { what: 'Fallbacks generated with the `secrets` module (`os.getenv("SESSION_SECRET", secrets.token_urlsafe(64))`).', tag: 'strong-generator', languages: ['python'] },
      { what: 'Fallbacks that name a variable or belong to a setting that is not a secret (`LOG_LEVEL`, `MAIL_PASSWORD`).', tag: 'not-a-secret', languages: ['python'] },
      { what: 'Placeholder lists kept to reject defaults, and the checks against them.', tag: 'reject-list', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'app.config["JWT_SECRET_KEY"] = os.getenv("JWT_SECRET_KEY", "changeme")',
        good: 'app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]  # KeyError at startup when missing',
      },
      {
        language: 'typescript',
        bad: "const secret = process.env.JWT_SECRET || 'secret';",
        good: "const secret = process.env.JWT_SECRET;\nif (!secret || secret.length < 32) throw new Error('JWT_SECRET must be set to at least 32 random bytes');",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const binding of model.secrets) {
      if (!binding.generated || binding.rejectList) continue;
      const length = binding.generated.length !== undefined ? `, ${binding.generated.length} characters` : '';
      findings.push({
        line: binding.loc.line,
        column: binding.loc.column,
        message: `${subject(binding)} falls back to a secret generated with ${binding.generated.api} (Python's random module is predictable, not a cryptographic generator${length}) when the environment variable ${envName(binding)} is not set; require the variable, or generate with secrets.token_urlsafe(64).`,
      });
    }
    for (const binding of literalBindings(model.secrets)) {
      if (!isEnvFallback(binding)) continue; // literal secrets are hardcoded-secret's
      const weak = weakness(binding.literal);
      if (!weak) continue;
      findings.push({
        line: binding.loc.line,
        column: binding.loc.column,
        message: `${subject(binding)} falls back to a guessable secret (${weak}) when the environment variable ${envName(binding)} is not set; require the variable instead.`,
        ...definition(binding),
      });
    }
    return findings;
  },
};
