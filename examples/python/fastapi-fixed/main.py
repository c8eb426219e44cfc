"""The orders API with careful token handling (compare with ../fastapi-vulnerable)."""
import hashlib
import hmac
import logging
import os
from datetime import datetime, timedelta, timezone
from typing import Annotated

import redis
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt

log = logging.getLogger("orders")
JWT_SECRET = os.environ["JWT_SECRET"]  # required: no fallback
SERVICE_API_KEY = os.environ["SERVICE_API_KEY"]
ALGORITHMS = ["HS256"]
AUDIENCE = "orders-api"
ISSUER = "orders-auth"
ACCESS_LIFETIME = timedelta(minutes=15)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
store = redis.Redis()
app = FastAPI()
ORDERS: dict[int, dict] = {}

UNAUTHORIZED = HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid or expired token", headers={"WWW-Authenticate": "Bearer"})


def create_access_token(user_id: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": user_id, "aud": AUDIENCE, "iss": ISSUER, "iat": now, "exp": now + ACCESS_LIFETIME}
    return jwt.encode(claims, JWT_SECRET, algorithm="HS256")


def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    """The one place tokens are verified; every route depends on it through the router."""
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=ALGORITHMS, audience=AUDIENCE, issuer=ISSUER)
    except JWTError:
        log.info("rejected a bearer token")
        raise UNAUTHORIZED
    return claims["sub"]


def token_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


CurrentUser = Annotated[str, Depends(get_current_user)]
router = APIRouter(prefix="/orders", dependencies=[Depends(get_current_user)])


@app.post("/token")
def login(username: str):
    return {"access_token": create_access_token(username), "token_type": "bearer"}


@router.get("/")
def list_orders(user: CurrentUser):
    return [order for order in ORDERS.values() if order["owner"] == user]


@router.get("/{order_id}")
def get_order(order_id: int, user: CurrentUser, token: Annotated[str, Depends(oauth2_scheme)]):
    cached = store.get(f"order-view:{token_key(token)}:{order_id}")
    order = ORDERS.get(order_id)
    if cached is None and (order is None or order["owner"] != user):
        raise HTTPException(status_code=404)
    return cached or order


@router.post("/")
def create_order(item: str, user: CurrentUser):
    order_id = len(ORDERS) + 1
    ORDERS[order_id] = {"owner": user, "item": item}
    return {"id": order_id}


@router.delete("/{order_id}")
def cancel_order(order_id: int, user: CurrentUser):
    if ORDERS.get(order_id, {}).get("owner") != user:
        raise HTTPException(status_code=404)
    del ORDERS[order_id]


@router.post("/{order_id}/pay")
def pay(order_id: int, user: CurrentUser):
    lock = f"payment-lock:{order_id}"
    if not store.set(lock, user, nx=True, ex=30):
        raise HTTPException(status_code=409)
    try:
        if order_id not in ORDERS:
            raise HTTPException(status_code=404)
        ORDERS[order_id]["paid"] = True
    finally:
        store.delete(lock)  # released exactly once


@app.get("/internal/stats")
def stats(x_api_key: Annotated[str, Header()]):
    if not hmac.compare_digest(x_api_key.encode(), SERVICE_API_KEY.encode()):
        raise HTTPException(status_code=403)
    return {"orders": len(ORDERS)}


app.include_router(router)
