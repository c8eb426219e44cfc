"""An orders API with the token mistakes tokengate finds (see README.md)."""
import logging
import os
from datetime import datetime, timedelta, timezone

import redis
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt

log = logging.getLogger("orders")
JWT_SECRET = os.getenv("JWT_SECRET", "changeme")  # a guessable fallback
SERVICE_API_KEY = os.environ["SERVICE_API_KEY"]
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
store = redis.Redis()
app = FastAPI()
router = APIRouter(prefix="/orders")
ORDERS: dict[int, dict] = {}


def create_access_token(user_id: str) -> str:
    expires = datetime.now(timezone.utc) + timedelta(days=30)  # an access token for a month
    return jwt.encode({"sub": user_id, "exp": expires}, JWT_SECRET, algorithm="HS256")


def create_api_token(user_id: str) -> str:
    return jwt.encode({"sub": user_id, "scope": "api"}, JWT_SECRET, algorithm="HS256")  # never expires


def get_current_user(token: str = Depends(oauth2_scheme)) -> str:
    log.debug(f"bearer token: {token}")
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"], options={"verify_signature": False})
    except JWTError:
        raise HTTPException(status_code=401, detail=f"invalid token {token}")
    return claims["sub"]


def get_user_loose(request: Request) -> str:
    token = request.headers.get("authorization").split()[1]
    claims = {"sub": "anonymous"}
    try:
        claims = jwt.decode(token, JWT_SECRET)
    except JWTError:
        log.warning("bad token, continuing")
    return claims["sub"]


@app.post("/token")
def login(username: str):
    return {"access_token": create_access_token(username), "api_token": create_api_token(username), "token_type": "bearer"}


@app.get("/orders.csv")
def export_orders(token: str = Query(...)):
    # the bearer token in the query string ends up in proxy and access logs
    user = get_current_user(token)
    return [order for order in ORDERS.values() if order["owner"] == user]


@router.get("/")
def list_orders(user: str = Depends(get_current_user)):
    return [order for order in ORDERS.values() if order["owner"] == user]


@router.get("/{order_id}")
def get_order(order_id: int, token: str = Depends(oauth2_scheme), user: str = Depends(get_current_user)):
    cached = store.get(token)  # the raw token as a cache key
    return cached or ORDERS.get(order_id)


@router.post("/")
def create_order(item: str, user: str = Depends(get_user_loose)):
    order_id = len(ORDERS) + 1
    ORDERS[order_id] = {"owner": user, "item": item}
    return {"id": order_id}


@router.delete("/{order_id}")  # no authentication, unlike its siblings
def cancel_order(order_id: int):
    ORDERS.pop(order_id, None)


@router.post("/{order_id}/pay")
def pay(order_id: int, token: str = Depends(oauth2_scheme), user: str = Depends(get_current_user)):
    key = hash(token)  # salted per process: another worker computes another key
    store.set(key, order_id, nx=True)
    try:
        ORDERS[order_id]["paid"] = True
    except KeyError:
        store.delete(key)
        raise HTTPException(status_code=404)
    finally:
        store.delete(key)  # released a second time after the except did


@app.get("/internal/stats")
def stats(x_api_key: str = Header(...)):
    if x_api_key == SERVICE_API_KEY:  # not constant-time
        return {"orders": len(ORDERS)}
    raise HTTPException(status_code=403)


app.include_router(router)
