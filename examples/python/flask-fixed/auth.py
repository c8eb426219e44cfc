"""Token helpers for the notes service: the careful versions."""
import datetime
import hashlib
import os
from functools import wraps

import jwt
from flask import abort, g, request

SECRET_KEY = os.environ["JWT_SECRET_KEY"]  # at least 32 random bytes, from the secret store
ALGORITHMS = ["HS256"]
AUDIENCE = "notes-api"
ISSUER = "notes-auth"
ACCESS_LIFETIME = datetime.timedelta(minutes=15)
REFRESH_LIFETIME = datetime.timedelta(days=14)


def _issue(user_id, token_type, lifetime):
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {"sub": str(user_id), "type": token_type, "aud": AUDIENCE, "iss": ISSUER, "iat": now, "exp": now + lifetime}
    return jwt.encode(payload, SECRET_KEY, algorithm="HS256")


def issue_token(user_id):
    return _issue(user_id, "access", ACCESS_LIFETIME)


def issue_refresh_token(user_id):
    return _issue(user_id, "refresh", REFRESH_LIFETIME)


def verify(token, token_type):
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=ALGORITHMS, audience=AUDIENCE, issuer=ISSUER)
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("type") != token_type:
        abort(401)
    return claims


def bearer_token():
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def token_key(token):
    """A stable, non-reversible cache key for a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.claims = verify(bearer_token(), "access")
        return view(*args, **kwargs)

    return wrapper
