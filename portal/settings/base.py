"""Settings shared by every environment; each value a deployment may change comes from
the environment (see the configuration table in README.md)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

INSTALLED_APPS = [
    "core",
    "home",
    "news",
    "comments",
    "procedures",
    "documents",
    "organisation",
    "schedule",
    "participation",
    "alerts",
    "gallery",
    "disclosures",
    "units",
    # django_comments_xtd must come before django_comments (it overrides its templates and views).
    "django_comments_xtd",
    "django_comments",
    "search",
    "backup",
    "demo",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.sites",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "core.http_cache.FrontCacheHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.CacheVersionsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.security.PasswordResetThrottleMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.cache_scope",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

# Versioned entries and rendered fragments are kept by each process (core.cache: their
# keys name a version that the database holds, so they never need to be shared).
PROCESS_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": PROCESS_CACHE,
    "versioned": {**PROCESS_CACHE, "LOCATION": "versioned"},
    "template_fragments": {**PROCESS_CACHE, "LOCATION": "template_fragments"},
}
if REDIS_URL:
    CACHES["default"] = {
        # Reads miss and writes are dropped while Redis is down: pages are built afresh.
        "BACKEND": "core.cache_backends.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    # Wagtail writes a rendition back to its cache each time an image is drawn: in
    # the process, not over the network.
    CACHES["renditions"] = {**PROCESS_CACHE, "LOCATION": "renditions"}

# The front cache (deploy/varnish/portal.vcl), purged on publication (core.front_cache).
FRONT_CACHE_URL = os.environ.get("FRONT_CACHE_URL", "")
if FRONT_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": FRONT_CACHE_URL}
    }

# Django's ModelBackend behind django-axes' check: a locked-out sign-in is refused before
# any password is checked.
AUTHENTICATION_BACKENDS = ["core.security.SignInLockoutBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's catalogue first (`make messages` regenerates it), then the Vietnamese catalogue
# of Wagtail's and the other packages' admin strings (scripts/admin_catalogue.py keeps it).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads are served by nginx; only `make run` (settings.dev) serves them itself.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SITE_ID = 1
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Cổng thông tin điện tử")
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "zip", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploads: one size limit for images and documents, which deploy/nginx/portal.conf also
# enforces (client_max_body_size = this + 1 MB for the form around the file). Drawing a
# thumbnail takes memory in proportion to the pixels (measured: +164 MB at 40 MP, +328 MB
# at 81 MP); 40 MP is more than any camera's usual photo.
UPLOAD_MAX_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The admin asks no other host: initials or an uploaded picture instead of Gravatar, no
# release check, no banner pointing to Wagtail's English guide (core/wagtail_hooks.py
# puts the project's Vietnamese guide in the Help menu instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Wagtail's sign-in form with a Vietnamese label on the password field.
WAGTAILADMIN_USER_LOGIN_FORM = "core.forms.LoginForm"
TAGGIT_CASE_INSENSITIVE = True
# Tag URLs are ASCII like page slugs ("một cửa" -> mot-cua).
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Mail is queued as a task (core.mail); the worker delivers it with EMAIL_DELIVERY_BACKEND.
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong-thong-tin@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (core.tasks): stored in the database, run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TASKS_RETRY_ATTEMPTS = int(os.environ.get("TASKS_RETRY_ATTEMPTS", "10"))
TASKS_RETRY_DELAY = float(os.environ.get("TASKS_RETRY_DELAY", "30"))

# Comments (app `comments`, on django-comments-xtd). The library reads its COMMENTS_XTD_*
# settings once, at start-up; the project's own COMMENTS_* settings are read on each use.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "comments.models.ArticleComment"
COMMENTS_XTD_FORM_CLASS = "comments.forms.ArticleCommentForm"
# No replies: a saved parent would republish its pending replies (see comments/models.py).
COMMENTS_XTD_MAX_THREAD_LEVEL = 0
# The library's own confirmation flow (signed pickles, nothing saved before the click) is
# never used: COMMENTS_CONFIRM_EMAIL below switches on the project's own.
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_CONFIRM_EMAIL = env_bool("COMMENTS_CONFIRM_EMAIL", False)
COMMENTS_MAX_LENGTH = int(os.environ.get("COMMENTS_MAX_LENGTH", "3000"))
COMMENTS_MAX_LINKS = int(os.environ.get("COMMENTS_MAX_LINKS", "2"))
COMMENTS_RATE_LIMIT = int(os.environ.get("COMMENTS_RATE_LIMIT", "5"))
COMMENTS_RATE_PERIOD = int(os.environ.get("COMMENTS_RATE_PERIOD", "600"))
COMMENTS_IP_RETENTION_DAYS = int(os.environ.get("COMMENTS_IP_RETENTION_DAYS", "30"))
COMMENTS_MODERATOR_EMAILS = env_list("COMMENTS_MODERATOR_EMAILS")
# Reverse proxies (addresses or networks) whose X-Forwarded-For is believed (core.client).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Admin sign-in (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user from
# one client address, that pair is locked for AXES_COOLOFF_TIME. Counted in the database,
# so every worker sees the same count and a Redis outage changes nothing.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client.client_ip"
AXES_LOCKOUT_CALLABLE = "core.security.login_locked_response"
PASSWORD_RESET_RATE_LIMIT = int(os.environ.get("PASSWORD_RESET_RATE_LIMIT", "5"))
PASSWORD_RESET_RATE_PERIOD = int(os.environ.get("PASSWORD_RESET_RATE_PERIOD", "3600"))

# Content-Security-Policy (core.security). Public pages: no inline script or style, and
# no nonce, since a front cache serves one copy of a page to everyone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# Wagtail's admin writes inline scripts and style attributes, shows uploads as data: and
# blob: images, frames its own previews and asks releases.wagtail.org for a new version.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
    }
}
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
