/** Undecorated functions without any fact-carrying word are known but not walked; nothing is lost. */
import { describe, expect, it } from 'vitest';
import { scanPython } from './helpers/scan.js';

const FACTORY = `
from flask import Flask
from flask_login import login_required


def create_app():
    app = Flask(__name__)

    @app.route("/orders")
    @login_required
    def orders():
        return "orders"

    @app.route("/invoices")
    @login_required
    def invoices():
        return "invoices"

    @app.route("/exports")
    def exports():
        return "exports"

    return app


def add_one(value):
    return value + 1
`;

describe('walk scope', () => {
  it('still walks a factory whose body holds decorated routes', async () => {
    const result = await scanPython(FACTORY);
    const routes = result.models[0]!.routes.map((route) => route.path).sort();
    expect(routes).toEqual(['/exports', '/invoices', '/orders']);
    expect(result.findings.filter((finding) => finding.ruleId === 'TG701').map((finding) => finding.line)).toEqual([19]);
  });

  it('keeps functions it does not walk in the model', async () => {
    const result = await scanPython(FACTORY);
    expect(result.models[0]!.functions.map((fn) => fn.name)).toContain('add_one');
  });

  it('walks a function that uses a token library under another name', async () => {
    const result = await scanPython('from jwt import decode as d\n\n\ndef claims_of(t, k):\n    return d(t, k)\n');
    expect(result.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toContain('TG102:5');
  });
});
