"""Token helpers for the notes service (deliberately insecure: see README.md)."""
import datetime
import logging

import jwt
from flask import abort, request

log = logging.getLogger("notes.auth")

SECRET_KEY = "secret"  # hardcoded, and a guessable word


def issue_token(user_id):
    # no exp claim: the token is valid forever
    return jwt.encode({"sub": str(user_id), "role": "user"}, SECRET_KEY, algorithm="HS256")


def issue_refresh_token(user_id):
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=365)
    return jwt.encode({"sub": str(user_id), "type": "refresh", "exp": expires}, SECRET_KEY, algorithm="HS256")


def bearer_token():
    # a header without a space raises IndexError: a 500 instead of a 401
    return request.headers["Authorization"].split(" ")[1]


def current_user():
    token = bearer_token()
    log.info("authenticating with token %s", token)
    try:
        claims = jwt.decode(token, SECRET_KEY)  # no algorithms=
    except jwt.InvalidTokenError:
        log.warning("invalid token")  # and carries on with what the token says: fail open
        claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def peek_role(token):
    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return claims["sub"]
