import type { RawFinding } from '../engine/finding.js';
import type { SecretBinding } from '../model/types.js';
import { definition, envName, isEnvFallback, literalBindings, subject, weakness } from './secret-values.js';
import type { FileRule } from './types.js';

/** A signing key or secret written in the source. */
export const hardcodedSecret: FileRule = {
  id: 'TG201',
  name: 'hardcoded-secret',
  category: 'hardcoded-secret',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds signing secrets written as string literals: keys passed to JWT encode/decode calls (directly or through a constant), framework secret settings (Flask `SECRET_KEY`/`JWT_SECRET_KEY`, `app.secret_key`, Django `SECRET_KEY`, simplejwt `SIGNING_KEY`, and any `*SECRET*`/`*_KEY` attribute of a config or settings class or `app.config` key), itsdangerous serializer keys, HMAC keys (`hmac.new(b"literal", …)`), strong-looking literals used as the fallback of an environment lookup (`os.getenv("X", "…")`, `os.environ.get("X") or "…"`), static outgoing credentials (a JWT or an `Authorization: Bearer …` value written out, an API key passed to a client as `api_key=`), and literals a presented credential is compared with (`secrets.compare_digest(credentials.password, b"swordfish")`). One literal gives one finding: a literal that is also short or a placeholder is reported here, with that noted in the message; an environment fallback that is short or a placeholder is reported by weak-secret (TG202) instead. Public keys and certificates, empty strings, values read from the environment, files or a secret manager without a literal fallback, and lists of placeholders kept to reject them are not reported.',
    why: 'A secret in the source is in every clone, fork, CI log, container image and backup of the repository, and it cannot be rotated without a release. Anyone who has read the code can sign tokens the service accepts (any user, any role, any expiry) or forge session cookies, and removing the line later does not remove it from the history.',
    fix: 'Read the secret at startup from the environment or a secret manager and fail fast when it is missing: `os.environ["JWT_SECRET"]` (a KeyError is a feature), `process.env.JWT_SECRET` with an explicit check. Generate it with `python -c "import secrets; print(secrets.token_urlsafe(64))"`, store it in the deployment\'s secret store, and rotate the one that was committed: it must be treated as public.',
    fixShort: 'Load the secret from the environment or a secret manager (no literal fallback) and rotate the committed one.',
    leavesAlone: [
      { what: 'Secrets read from the environment, a file or a secret manager without a literal fallback (`os.environ["JWT_SECRET"]`, `hmac.new(os.environ["HMAC_KEY"].encode(), …)`).', tag: 'environment', languages: ['python'] },
      { what: 'Public keys and certificates, and settings that hold the public half (`JWT_PUBLIC_KEY`).', tag: 'public-key', languages: ['python'] },
      { what: 'Lists, sets and dicts of placeholders kept to reject defaults (`INSECURE_DEFAULTS = {...}`, `PLACEHOLDER_SECRETS = {...}`).', tag: 'reject-list', languages: ['python'] },
      { what: 'Empty strings, placeholders such as `<your-api-key>`, names of environment variables and paths to a secret file.', tag: 'not-a-secret', languages: ['python'] },
      { what: 'Usernames and scheme words a presented credential is compared with, and claims of a token compared with a literal (`decoded_token["type"] == "refresh"`).', tag: 'not-a-credential', languages: ['python'] },
      { what: 'String attributes of classes that are not config or settings classes and are never used as a key.', tag: 'not-a-setting', languages: ['python'] },
      { what: 'The other uses of a literal constant imported from another module: it is reported once, at its first use as a key, with its definition as the related location; one the other module reads from the environment without a fallback is not reported at all.', tag: 'imported-constant', languages: ['python', 'typescript'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'SECRET = "3f9a1c0e7b2d4a6f8e1c3b5d7a9f0e2c"\n\ndef issue(user_id):\n    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")',
        good: 'SECRET = os.environ["JWT_SECRET"]  # fails at startup when missing\n\ndef issue(user_id):\n    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")',
      },
      {
        language: 'typescript',
        bad: "const token = jwt.sign({ sub: user.id }, 'k8Zr2mQ0vX4pL7tN1cB6yH3sD9fJ5wE0', { algorithm: 'HS256' });",
        good: "const secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET is not set');\nconst token = jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256' });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const binding of literalBindings(model.secrets)) {
      const weak = weakness(binding.literal);
      if (isEnvFallback(binding)) {
        if (weak) continue; // weak-secret reports guessable fallbacks
        findings.push({ ...at(binding), message: `${subject(binding)} falls back to a hardcoded secret (${binding.literal.length} characters) when the environment variable ${envName(binding)} is not set; remove the fallback and fail when it is missing.`, ...definition(binding) });
        continue;
      }
      // a static credential is not an HMAC key: its length says nothing, only that it is in the code
      const also = weak && binding.context !== 'credential' ? `, ${weak}` : '';
      findings.push({ ...at(binding), message: `${describe(binding)} is a hardcoded string literal (${binding.literal.length} characters${also}); load it from the environment or a secret manager.`, ...definition(binding) });
    }
    return findings;
  },
};

function describe(binding: SecretBinding): string {
  switch (binding.context) {
    case 'constant-used-as-key':
      return `The signing key ${binding.name}`;
    case 'setting':
      return `The secret setting ${binding.name}`;
    case 'credential':
      return binding.name.startsWith('the ') ? subject(binding) : `The static credential ${binding.name}`;
    default:
      return subject(binding);
  }
}

function at(binding: SecretBinding): { line: number; column: number } {
  return { line: binding.loc.line, column: binding.loc.column };
}
