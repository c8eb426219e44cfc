"""Report exports with per-session leases in Redis: a tokengate demo of TG501 and TG502.

Each export holds a lease keyed by the session id from the verified token, so one
session runs one export at a time. Two bugs a reviewer easily misses:
- the lease dependency releases the lease in its teardown, and the exception handler
  releases it again when an export fails (TG501 double-release);
- the retry endpoint takes a retry slot and gives it back only when the export succeeds
  (TG502 release-missing).
"""
import os

import jwt
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from redis import Redis

app = FastAPI()
redis = Redis()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]


class ExportFailed(Exception):
    pass


def verified_claims(token: str) -> dict:
    try:
        return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="reports")
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401, detail="invalid token")


async def export_lease(token: str = Depends(oauth2_scheme)):
    claims = verified_claims(token)
    lease = f"export-lease:{claims['sid']}"
    if not redis.set(lease, "1", nx=True, ex=300):
        raise HTTPException(status_code=409, detail="an export is already running")
    try:
        yield claims
    finally:
        redis.delete(lease)


@app.exception_handler(ExportFailed)
async def on_export_failed(request: Request, exc: ExportFailed):
    claims = verified_claims(request.headers["Authorization"].removeprefix("Bearer "))
    # TG501: export_lease's finally has already deleted this lease when the export failed;
    # by now a new export of the same session may hold it, and this deletes that one
    redis.delete(f"export-lease:{claims['sid']}")
    return JSONResponse({"detail": "export failed"}, status_code=500)


@app.post("/exports")
async def start_export(claims: dict = Depends(export_lease)):
    return {"export": run_export(claims["sub"])}


@app.post("/exports/retry")
def retry_export(token: str = Depends(oauth2_scheme)):
    claims = verified_claims(token)
    slot = f"retry-slot:{claims['sub']}"
    redis.incr(slot)  # TG502: run_export raising leaves the slot taken for good
    result = run_export(claims["sub"])
    redis.decr(slot)
    return {"export": result}


def run_export(subject: str) -> str:
    if not subject:
        raise ExportFailed()
    return f"exports/{subject}.csv"
