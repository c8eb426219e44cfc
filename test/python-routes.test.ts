/** RouteModel facts the Python front end records: groups, auth evidence kinds, public routes, GlobalAuth. */
import { describe, expect, it } from 'vitest';
import type { FileModel, RouteModel } from '../src/model/types.js';
import { scanFiles, scanPython } from './helpers/scan.js';

async function routesOf(source: string): Promise<RouteModel[]> {
  const result = await scanPython(source);
  return result.models[0]!.routes;
}

function byHandler(routes: RouteModel[], handler: string): RouteModel {
  const route = routes.find((candidate) => candidate.handler === handler);
  if (!route) throw new Error(`no route for ${handler}: ${routes.map((candidate) => candidate.handler).join(', ')}`);
  return route;
}

function kinds(route: RouteModel): string[] {
  return route.auth.map((evidence) => `${evidence.kind}:${evidence.name}`);
}

describe('Flask routes', () => {
  const source = `
from functools import wraps
from flask import Blueprint, Flask, abort, g, request
from flask_jwt_extended import jwt_required
from flask_login import login_required
import jwt

app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
admin = Blueprint("admin", __name__, url_prefix="/admin")

def token_check(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        g.claims = jwt.decode(header.removeprefix("Bearer "), KEY, algorithms=["RS256"])
        return view(*args, **kwargs)
    return wrapper

def timed(view):
    return view

@admin.before_request
def require_admin():
    if not request.headers.get("Authorization"):
        abort(401)

@app.route("/")
def index():
    return "hi"

@api.route("/items", methods=["GET", "POST"])
@login_required
def items():
    return []

@api.delete("/items/<int:item_id>")
@token_check
@timed
def delete_item(item_id):
    return ""

@api.get("/me")
@jwt_required(optional=True)
def me():
    return {}

@api.get("/plain")
@timed
def plain():
    return {}

@api.get("/inline")
def inline():
    header = request.headers["Authorization"]
    if not header:
        return {"error": "missing"}, 401
    return {}

@admin.get("/users")
def users():
    return []

def stats():
    return {}

api.add_url_rule("/stats", view_func=login_required(stats))
api.add_url_rule("/login", "login", stats, methods=["POST"])
`;

  it('records one route per decorator and add_url_rule, with prefix, methods and group', async () => {
    const routes = await routesOf(source);
    expect(routes.map((route) => `${route.framework} ${route.group} ${route.method} ${route.path} ${route.handler}`)).toEqual([
      'flask app GET / index',
      'flask api GET,POST /api/items items',
      'flask api DELETE /api/items/<int:item_id> delete_item',
      'flask api GET /api/me me',
      'flask api GET /api/plain plain',
      'flask api GET /api/inline inline',
      'flask admin GET /admin/users users',
      'flask api GET /api/stats stats',
      'flask api POST /api/login stats',
    ]);
  });

  it('tells named decorators, local decorators that verify, hooks and inline checks apart', async () => {
    const routes = await routesOf(source);
    expect(kinds(byHandler(routes, 'items'))).toEqual(['decorator:login_required']);
    expect(kinds(byHandler(routes, 'delete_item'))).toEqual(['decorator:token_check']);
    expect(kinds(byHandler(routes, 'plain'))).toEqual([]); // @timed wraps without checking anything
    expect(kinds(byHandler(routes, 'inline'))).toEqual(['inline:inline']);
    expect(kinds(byHandler(routes, 'users'))).toEqual(['hook:require_admin']);
    expect(kinds(routes.find((route) => route.path === '/api/stats')!)).toEqual(['decorator:login_required']);
  });

  it('marks public routes: home page, sign-in, optional auth', async () => {
    const routes = await routesOf(source);
    expect(routes.filter((route) => route.public).map((route) => route.path)).toEqual(['/', '/api/me', '/api/login']);
  });

  it('an app-wide before_request hook that checks the token covers blueprints and is recorded as GlobalAuth', async () => {
    const result = await scanPython(`
from flask import Flask, Blueprint, request, abort
app = Flask(__name__)
bp = Blueprint("bp", __name__)

@app.before_request
def authenticate():
    if request.endpoint != "health" and not request.headers.get("Authorization"):
        abort(401)

@bp.get("/things")
def things():
    return []
`);
    const model = result.models[0]!;
    expect(kinds(model.routes[0]!)).toEqual(['hook:authenticate']);
    expect(model.globalAuth.map((auth) => `${auth.framework}:${auth.name}`)).toEqual(['flask:authenticate']);
  });

  it('a hook that neither reads the token nor denies is no evidence', async () => {
    const routes = await routesOf(`
from flask import Blueprint, g
bp = Blueprint("bp", __name__)

@bp.before_request
def load_locale():
    g.locale = "en"

@bp.get("/things")
def things():
    return []
`);
    expect(routes[0]!.auth).toEqual([]);
  });

  it('MethodView decorators and Flask-RESTful method_decorators count for the registered view', async () => {
    const routes = await routesOf(`
from flask import Blueprint
from flask.views import MethodView
from flask_restful import Api, Resource
from flask_jwt_extended import jwt_required
bp = Blueprint("bp", __name__)
api = Api(bp)

class Items(MethodView):
    decorators = [jwt_required()]
    def get(self):
        return []
    def post(self):
        return {}

class Users(Resource):
    method_decorators = [jwt_required()]
    def get(self):
        return []

bp.add_url_rule("/items", view_func=Items.as_view("items"))
api.add_resource(Users, "/users")
`);
    expect(routes.map((route) => `${route.method} ${route.path} ${kinds(route).join(',')}`)).toEqual(['GET,POST /items decorator:jwt_required', 'GET /users decorator:jwt_required']);
  });
});

describe('FastAPI routes', () => {
  const source = `
from typing import Annotated
from fastapi import APIRouter, Depends, FastAPI, Security
from fastapi.security import HTTPBearer, OAuth2PasswordBearer
import jwt

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
app = FastAPI()
router = APIRouter(prefix="/orders")
secured = APIRouter(prefix="/secure", dependencies=[Security(HTTPBearer())])

def get_current_user(token: str = Depends(oauth2_scheme)):
    return jwt.decode(token, KEY, algorithms=["RS256"])

def get_active_user(user=Depends(get_current_user)):
    return user

def get_db():
    yield None

def pagination(page: int = 1):
    return page

ActiveUser = Annotated[dict, Depends(get_active_user)]

@router.get("/")
def list_orders(user: ActiveUser, db=Depends(get_db)):
    return []

@router.post("/", dependencies=[Depends(get_current_user)])
def create_order():
    return {}

@router.delete("/{order_id}")
def delete_order(order_id: int, db=Depends(get_db), page=Depends(pagination)):
    return None

@router.get("/raw")
def raw(token: str = Depends(oauth2_scheme)):
    return token

@secured.get("/x")
def x():
    return 1

@app.get("/")
def root():
    return {}

@app.get("/docs-extra")
def docs_extra():
    return {}
`;

  it('resolves Depends through Annotated aliases and dependency chains; get_db and pagination are no evidence', async () => {
    const routes = await routesOf(source);
    expect(kinds(byHandler(routes, 'list_orders'))).toEqual(['dependency:get_active_user']);
    expect(kinds(byHandler(routes, 'create_order'))).toEqual(['dependency:get_current_user']);
    expect(kinds(byHandler(routes, 'delete_order'))).toEqual([]);
    expect(kinds(byHandler(routes, 'raw'))).toEqual(['dependency:oauth2_scheme']);
    expect(kinds(byHandler(routes, 'x'))).toEqual(['router-dependency:HTTPBearer()']);
  });

  it('groups by router and applies the router prefix', async () => {
    const routes = await routesOf(source);
    expect(routes.map((route) => `${route.group} ${route.method} ${route.path}`)).toEqual([
      'router GET /orders',
      'router POST /orders',
      'router DELETE /orders/{order_id}',
      'router GET /orders/raw',
      'secured GET /secure/x',
      'app GET /',
      'app GET /docs-extra',
    ]);
    expect(byHandler(routes, 'root').public).toBe(true);
    expect(byHandler(routes, 'list_orders').public).toBe(false); // "/" on a router is its collection
  });

  it('app dependencies cover every route and become GlobalAuth; include_router of an imported router is a mount for link', async () => {
    const result = await scanPython(`
from fastapi import Depends, FastAPI
from .auth import get_current_user
from .routers import items

app = FastAPI(dependencies=[Depends(get_current_user)])
app.include_router(items.router, prefix="/items", dependencies=[Depends(get_current_user)])

@app.get("/ping-me")
def ping_me():
    return 1
`);
    const model = result.models[0]!;
    expect(kinds(model.routes[0]!)).toEqual(['router-dependency:get_current_user']);
    expect(model.globalAuth.map((auth) => auth.framework)).toEqual(['fastapi']);
    expect(model.routerMounts?.map(({ framework, parent, child, prefix, auth }) => ({ framework, parent, child, prefix, auth: auth.map((found) => found.name) }))).toEqual([
      { framework: 'fastapi', parent: 'app', child: 'routers.items.router', prefix: '/items', auth: ['include_router(items.router, dependencies=[get_current_user])'] },
    ]);
  });
});

describe('Django REST framework views', () => {
  it('records permission_classes as evidence and AllowAny as public', async () => {
    const routes = await routesOf(`
from rest_framework.views import APIView
from rest_framework.permissions import AllowAny, IsAuthenticated

class Orders(APIView):
    permission_classes = [IsAuthenticated]
    def get(self, request):
        return []

class Signup(APIView):
    permission_classes = [AllowAny]
    def post(self, request):
        return {}
`);
    expect(routes.map((route) => `${route.framework} ${route.handler} ${route.method} ${route.public} ${kinds(route).join(',')}`)).toEqual([
      'drf Orders.get GET false decorator:permission_classes(IsAuthenticated)',
      'drf Signup.post POST true ',
    ]);
  });

  it('records one route per method, with the class\'s permissions, mixins, get_permissions() and @action', async () => {
    const routes = await routesOf(`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.decorators import login_required
from django.utils.decorators import method_decorator
from django.views import View
from django.views.generic import ListView
from rest_framework import viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.generics import ListCreateAPIView
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.views import APIView
from utils.jwt import jwt_auth_required

class OrderControlView(APIView):
    def get(self, request, order_id=None, user=None):
        return {}

    @jwt_auth_required
    def put(self, request, order_id=None, user=None):
        return {}

class Articles(viewsets.ModelViewSet):
    permission_classes = [IsAuthenticated]

    @action(detail=True, methods=["post"], permission_classes=[AllowAny])
    def share(self, request, pk=None):
        return {}

class Reports(viewsets.ViewSet):
    def get_permissions(self):
        if self.action == "list":
            return [AllowAny()]
        return [IsAdminUser()]

    def list(self, request):
        return []

class Products(ListCreateAPIView):
    pass

class Dashboard(LoginRequiredMixin, View):
    def get(self, request):
        return {}

@method_decorator(login_required, name="dispatch")
class Settings(View):
    def get(self, request):
        return {}

    def post(self, request):
        return {}

@api_view(["GET", "POST"])
@permission_classes([IsAuthenticated])
def profile(request):
    return {}

@login_required
def inbox(request):
    return render(request, "inbox.html")

def export(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    return HttpResponse("csv")

def helper(request, value):
    return value

class ArticleList(ListView):
    model = Article

def index(request):
    return render(request, "home.html")

def render_page(request, context):
    return render(request, "page.html", context)

def _handle_edit(request, template):
    return render(request, template)

@login_required
def edit(request):
    return render_page(request, {})
`);
    expect(routes.map((route) => `${route.framework} ${route.handler} ${route.method} ${route.public} ${kinds(route).join(',')}${route.identityParameter ? ` ${route.identityParameter}` : ''}`)).toEqual([
      'drf OrderControlView.get GET false  user',
      'drf OrderControlView.put PUT false decorator:jwt_auth_required user',
      'drf Articles.share POST true decorator:permission_classes(IsAuthenticated)',
      'drf Reports.list GET false decorator:get_permissions(IsAdminUser)',
      'drf Products GET,POST false ',
      'django Dashboard.get GET false decorator:LoginRequiredMixin',
      'django Settings.get GET false decorator:login_required',
      'django Settings.post POST false decorator:login_required',
      'drf profile GET,POST false decorator:permission_classes(IsAuthenticated)',
      'django inbox * false decorator:login_required',
      'django export * false inline:export',
      'django ArticleList GET false ',
      'django index * true ',
      'django edit * false decorator:login_required',
    ]);
  });

  it('makes REST_FRAMEWORK default permissions and LoginRequiredMiddleware project-wide authentication', async () => {
    const result = await scanPython(
      `
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework_simplejwt.authentication.JWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}
MIDDLEWARE = ["django.contrib.auth.middleware.LoginRequiredMiddleware"]
`,
      'project/settings.py',
    );
    expect(result.models[0]!.globalAuth.map((auth) => `${auth.framework} ${auth.name}`)).toEqual([
      'drf REST_FRAMEWORK DEFAULT_PERMISSION_CLASSES (IsAuthenticated)',
      'django LoginRequiredMiddleware',
      'drf LoginRequiredMiddleware',
    ]);
    const open = await scanPython('REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]}\n', 'project/settings.py');
    expect(open.models[0]!.globalAuth).toEqual([]);
  });
});

describe('missing-auth-route across files', () => {
  const files = {
    'app/routers/items.py': `
from fastapi import APIRouter, Depends
from ..auth import get_current_user
router = APIRouter()

@router.get("/")
def list_items(user=Depends(get_current_user)):
    return []

@router.get("/{item_id}")
def get_item(item_id: int, user=Depends(get_current_user)):
    return {}

@router.delete("/{item_id}")
def delete_item(item_id: int):
    return None
`,
  };

  it('reports the unprotected route when nothing mounts the router with auth', async () => {
    const result = await scanFiles(files);
    expect(result.findings.filter((finding) => finding.ruleId === 'TG701').map((finding) => `${finding.file}:${finding.line}`)).toEqual(['app/routers/items.py:14']);
  });

  it('stays silent when main.py mounts that router with auth dependencies', async () => {
    const result = await scanFiles({
      ...files,
      'app/main.py': `
from fastapi import Depends, FastAPI
from .auth import get_current_user
from .routers import items
app = FastAPI()
app.include_router(items.router, dependencies=[Depends(get_current_user)])
`,
    });
    expect(result.findings.filter((finding) => finding.ruleId === 'TG701')).toEqual([]);
  });

  it('still reports when a different router of the same name is mounted with auth', async () => {
    const result = await scanFiles({
      ...files,
      'app/main.py': `
from fastapi import Depends, FastAPI
from .auth import get_current_user
from .routers import users
app = FastAPI()
app.include_router(users.router, dependencies=[Depends(get_current_user)])
`,
    });
    const models: FileModel[] = result.models;
    expect(models.find((model) => model.file === 'app/main.py')!.routerMounts?.[0]?.child).toBe('routers.users.router');
    expect(result.findings.filter((finding) => finding.ruleId === 'TG701').map((finding) => finding.file)).toEqual(['app/routers/items.py']);
  });
});
