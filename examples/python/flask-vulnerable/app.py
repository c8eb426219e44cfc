"""A small notes service with the token mistakes tokengate finds (see README.md)."""
import hashlib
import os

import redis
from flask import Flask, abort, jsonify, redirect, request

from .auth import bearer_token, current_user, issue_refresh_token, issue_token, peek_role

app = Flask(__name__)
cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
ADMIN_API_KEY = os.environ["ADMIN_API_KEY"]
NOTES = {}


@app.post("/login")
def login():
    user_id = request.json["user_id"]
    token = issue_token(user_id)
    # the token travels in a URL: it ends up in browser history and access logs
    return redirect(f"/welcome?token={token}")


@app.post("/refresh")
def refresh():
    return jsonify(refresh_token=issue_refresh_token(request.json["user_id"]))


@app.get("/notes")
def list_notes():
    user = current_user()
    return jsonify([note for note in NOTES.values() if note["owner"] == user])


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    token = request.headers.get("Authorization", "")
    cached = cache.get(f"note-view:{token}")  # the raw token as a cache key
    if cached:
        return cached
    user = current_user()
    return jsonify(NOTES.get(note_id) if NOTES.get(note_id, {}).get("owner") == user else {})


@app.post("/notes")
def create_note():
    user = current_user()
    note_id = len(NOTES) + 1
    NOTES[note_id] = {"owner": user, "text": request.json["text"]}
    return jsonify(id=note_id), 201


@app.delete("/notes/<int:note_id>")  # no authentication, unlike its siblings
def delete_note(note_id):
    NOTES.pop(note_id, None)
    return "", 204


@app.get("/session")
def session_info():
    token = request.args.get("token")
    if not token:
        abort(401)
    # hash() is salted per process: another worker computes another key
    return jsonify(cached=cache.get(hash(token)) is not None)


@app.get("/verify")
def verify():
    token = request.headers.get("Authorization", "")
    return jsonify(error=f"token {token} is not valid"), 401


@app.post("/admin/export")
def admin_export():
    if request.headers.get("X-Api-Key") != ADMIN_API_KEY:  # not constant-time
        abort(403)
    token = request.headers.get("Authorization", "")
    peek_role(bearer_token())
    lock = f"export-lock:{hashlib.sha256(token.encode()).hexdigest()}"
    cache.set(lock, 1)
    try:
        return jsonify(notes=list(NOTES.values()))
    except Exception:
        cache.delete(lock)
        raise
    finally:
        cache.delete(lock)  # released twice when the export fails
