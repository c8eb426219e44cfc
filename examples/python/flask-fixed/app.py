"""The notes service with careful token handling (compare with ../flask-vulnerable)."""
import hmac
import os

import redis
from flask import Flask, abort, g, jsonify, request

from .auth import bearer_token, issue_refresh_token, issue_token, token_key, token_required, verify

app = Flask(__name__)
cache = redis.Redis.from_url(os.environ["REDIS_URL"])
ADMIN_API_KEY = os.environ["ADMIN_API_KEY"]
NOTES = {}


@app.post("/login")
def login():
    user_id = request.json["user_id"]
    # tokens travel in the response body, never in a URL
    return jsonify(access_token=issue_token(user_id), refresh_token=issue_refresh_token(user_id))


@app.post("/refresh")
def refresh():
    claims = verify(request.json["refresh_token"], "refresh")
    return jsonify(access_token=issue_token(claims["sub"]))


@app.get("/notes")
@token_required
def list_notes():
    return jsonify([note for note in NOTES.values() if note["owner"] == g.claims["sub"]])


@app.get("/notes/<int:note_id>")
@token_required
def get_note(note_id):
    cached = cache.get(f"note-view:{token_key(bearer_token())}:{note_id}")
    if cached:
        return cached
    note = NOTES.get(note_id)
    if not note or note["owner"] != g.claims["sub"]:
        abort(404)
    return jsonify(note)


@app.post("/notes")
@token_required
def create_note():
    note_id = len(NOTES) + 1
    NOTES[note_id] = {"owner": g.claims["sub"], "text": request.json["text"]}
    return jsonify(id=note_id), 201


@app.delete("/notes/<int:note_id>")
@token_required
def delete_note(note_id):
    note = NOTES.get(note_id)
    if not note or note["owner"] != g.claims["sub"]:
        abort(404)
    del NOTES[note_id]
    return "", 204


@app.get("/session")
@token_required
def session_info():
    return jsonify(cached=cache.get(f"session:{token_key(bearer_token())}") is not None)


@app.get("/verify")
@token_required
def verify_token():
    return jsonify(valid=True)


@app.post("/admin/export")
@token_required
def admin_export():
    presented = request.headers.get("X-Api-Key", "")
    if not hmac.compare_digest(presented.encode(), ADMIN_API_KEY.encode()):
        abort(403)
    lock = f"export-lock:{g.claims['sub']}"
    cache.set(lock, 1, ex=60)
    try:
        return jsonify(notes=list(NOTES.values()))
    finally:
        cache.delete(lock)  # released once, whatever happens
