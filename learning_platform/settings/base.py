"""Settings shared by every mode, read from environment variables.

With no variable set this is the embedded default that ``make run`` serves: a SQLite database
in ``var/``, Celery tasks run in-process, email printed on the console. ``.env.example``
documents every variable. ``production.py`` tightens this module and refuses to start without
its secrets.
"""

from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "learning_platform"
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# A local .env file is optional (ENV_FILE names another); real environment variables win.
environ.Env.read_env(env.str("ENV_FILE", default=str(BASE_DIR / ".env")), overwrite=False)

# --- Core ---------------------------------------------------------------------------------
DEBUG = env.bool("DEBUG", default=True)
# Only good for the embedded default; production.py requires a real SECRET_KEY.
SECRET_KEY = env("SECRET_KEY", default="django-insecure-embedded-default-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Our apps first, so their templates override those of the libraries below.
    "learning_platform.accounts",
    "learning_platform.accounts.apps.UsersAppConfig",  # replaces "wagtail.users"
    "learning_platform.notifications",
    "learning_platform.learning",
    "learning_platform.reports",
    "learning_platform.certificates",
    "learning_platform.demo",
    "courses",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces "wagtail.locales"
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_countries",
    "csp",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",  # allauth's sessions page says "2 hours ago"
]

MIDDLEWARE = [
    "learning_platform.metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "learning_platform.headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "learning_platform.language.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "learning_platform.headers.PrivateResponseMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "learning_platform.accounts.middleware.PrivacyConsentMiddleware",
    "learning_platform.accounts.middleware.SecondFactorRequiredMiddleware",
    "courses.page_cache.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "learning_platform.urls"
WSGI_APPLICATION = "learning_platform.wsgi.application"
ASGI_APPLICATION = "learning_platform.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a writer commits; IMMEDIATE transactions and a busy timeout
    # make concurrent writers wait their turn instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
    # Set by deploy/gunicorn.conf.py for the web processes: the deadline of a request's query,
    # which PostgreSQL cancels (gthread workers cannot kill a runaway request).
    if deadline := env.int("DATABASE_STATEMENT_TIMEOUT_MS", default=0):
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c statement_timeout={deadline}"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis, cache and Celery --------------------------------------------------------------
# REDIS_URL feeds both the cache and the Celery broker. Without it, the cache is in memory
# and tasks run in-process, so the embedded default needs no Redis.
REDIS_URL = env("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "learning_platform.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="lp"),
            # Short: when Redis is unreachable, pages go on without it (learning_platform.cache),
            # and a request must not wait long to find out.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions are read from the cache and written through to the database, so none is lost
# when Redis restarts.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Pages served to visitors without a cookie are kept whole in the cache until the page tree
# changes (courses/page_cache.py).
PAGE_RESPONSE_CACHE = True
# After a publish, the worker requests the changed course's pages and the catalogues as a
# visitor would (courses/tasks.py), so that the first people after it find them in the cache.
# Not without a worker: tasks then run in the request that published.
PAGE_CACHE_WARMING = bool(REDIS_URL)

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
# In-process tasks log their errors instead of failing the request that queued them; an email
# that could not be sent stays in the outbox.
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="learning_platform")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged only once it has run, and given back to the queue if its worker dies:
# with idempotent tasks that is how nothing is lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=180)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis gives an unacknowledged task to another worker after this many seconds; it must be
# longer than the longest task.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Celery's Django fixup closes the database connection around every task unless told to reuse
# it: reconnecting to PostgreSQL for each email would cost more than sending it.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=1000)
# One beat across hosts: each takes a lock in Redis before it sends anything; the others wait,
# and one takes over within BEAT_LOCK_SECONDS of the active one dying (learning_platform/beat.py).
CELERY_BEAT_SCHEDULER = "learning_platform.beat:SingleBeatScheduler"
BEAT_LOCK_SECONDS = env.int("BEAT_LOCK_SECONDS", default=60)
CELERY_BEAT_SCHEDULE = {
    # Emails left unsent (a worker killed while sending, a Redis restart) go out again.
    "sweep-outbox": {
        "task": "learning_platform.notifications.tasks.sweep_outbox",
        "schedule": env.int("EMAIL_SWEEP_EVERY_SECONDS", default=60),
    },
    "session-reminders": {
        "task": "learning_platform.learning.tasks.send_session_reminders",
        "schedule": 60 * 60,
    },
    "progress-nudges": {
        "task": "learning_platform.learning.tasks.send_progress_nudges",
        "schedule": 60 * 60,
    },
    # Bulk enrolments whose task was lost (a Redis restart) are queued again.
    "sweep-bulk-enrolments": {
        "task": "learning_platform.reports.tasks.sweep_bulk_enrolments",
        "schedule": 5 * 60,
    },
}
# Trainees are reminded this many days before their session starts, and nudged once after this
# many days without progress.
SESSION_REMINDER_DAYS_BEFORE = env.int("SESSION_REMINDER_DAYS_BEFORE", default=2)
PROGRESS_NUDGE_AFTER_DAYS = env.int("PROGRESS_NUDGE_AFTER_DAYS", default=14)
CELERY_TIMEZONE = "UTC"

# --- Email --------------------------------------------------------------------------------
# EMAIL_URL, e.g. smtp+tls://user:password@mail.example.org:587. Without it, mail is printed.
if env("EMAIL_URL", default="").strip():
    globals().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CEBioS Learning <learning@example.org>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_TIMEOUT = 20
# Sending retries on SMTP and network errors, with exponential backoff from this many seconds.
EMAIL_RETRY_BACKOFF_SECONDS = env.int("EMAIL_RETRY_BACKOFF_SECONDS", default=30)
EMAIL_MAX_RETRIES = env.int("EMAIL_MAX_RETRIES", default=6)
# The emails queued in one transaction reach the workers in messages of this many ids.
EMAIL_BATCH_SIZE = env.int("EMAIL_BATCH_SIZE", default=25)
# The sweep queues again emails still waiting after this grace, and emails whose worker has
# been "sending" them for longer than this.
EMAIL_SWEEP_GRACE_SECONDS = env.int("EMAIL_SWEEP_GRACE_SECONDS", default=60)
EMAIL_SENDING_STALE_SECONDS = env.int("EMAIL_SENDING_STALE_SECONDS", default=600)

# --- Accounts -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Sign-up also asks for the profile (name as printed on certificates, country, organisation...)
# and consent to the privacy notice.
ACCOUNT_FORMS = {"signup": "learning_platform.accounts.forms.SignupForm"}
# After login, trainees land on the site in their preferred language.
# Its emails go through the outbox (see notifications/account_adapter.py).
ACCOUNT_ADAPTER = "learning_platform.notifications.account_adapter.OutboxAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
# Mandatory: a new account opens once its address is verified. That is also what lets sign-up
# answer the same whether or not the address is registered (ACCOUNT_PREVENT_ENUMERATION, on by
# default): the holder of a registered address gets an "account already exists" email instead
# of a verification link. With "optional" or "none", sign-up says "already registered".
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Rate limits, in allauth's "amount/period/per" notation (per "ip": the client's address, per
# "key": the account's email). A classroom signs in from one NAT address, so successful logins
# are not capped per address (allauth's default "login": "30/m/ip" would stop a class of 40);
# failures are, per account first and then per address. A failure per account beyond its limit
# is refused before the password is checked, so the right password waits until the lock expires.
ACCOUNT_RATE_LIMITS = {
    "login": None,
    "login_failed": env(
        "ACCOUNT_LOGIN_FAILED_RATE_LIMIT", default="5/5m/key,20/h/key,30/m/ip,300/h/ip"
    ),
}
# Behind this many proxies of ours (production: nginx), allauth reads the client's address from
# X-Forwarded-For; with none, the address that connected. The audit log and every rate limit use
# it (accounts.audit.client_address).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
# A second factor (allauth.mfa): an authenticator app (TOTP) with recovery codes, or a security
# key or passkey (WebAuthn) where the browser offers one. Staff must set one up before the admin
# opens (accounts.middleware.SecondFactorRequiredMiddleware); trainees may, from their profile.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "CEBioS Learning"
# A code is also taken in the 30 s step before and after: a phone's clock that drifts, or a code
# typed at the end of its step that reaches us seconds later over a slow line, still works.
MFA_TOTP_TOLERANCE = 1
# A passkey signs in without the password: it verifies the person itself (allauth asks the
# browser for user verification), so it counts as both factors.
MFA_PASSKEY_LOGIN_ENABLED = True

# --- Internationalisation -----------------------------------------------------------------
# The interface exists in these languages. Spanish and Portuguese have catalogues ready for
# translators; switch them on with INTERFACE_LANGUAGES=en,fr,es,pt once they are translated.
SUPPORTED_LANGUAGES = {
    "en": _("English"),
    "fr": _("French"),
    "es": _("Spanish"),
    "pt": _("Portuguese"),
}
LANGUAGE_CODE = "en"
LANGUAGES = [
    (code, SUPPORTED_LANGUAGES[code])
    for code in env.list("INTERFACE_LANGUAGES", default=["en", "fr"])
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# "Translate" makes the translated pages as drafts: English text never goes live under /fr/
# before a translator has translated and published it (the module is listed, meanwhile, as "not
# translated yet" and leads to its original).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# --- Static and media files ---------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads on S3-compatible object storage when a bucket is named, so that several web hosts and
# workers share them (deploy/README.md, "Several hosts"). Credentials come from the standard
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Image URLs are plain (no signature that expires
# inside a cached page): the bucket lets anyone read images/ and original_images/, nothing else.
MEDIA_S3_BUCKET = env("MEDIA_S3_BUCKET", default="")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env("MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env("MEDIA_S3_REGION", default="") or None,
            "custom_domain": env("MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
# Documents always go through Django, which applies their collection's privacy, whatever the
# storage (Wagtail would otherwise redirect to the file's own address on object storage).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Certificates -------------------------------------------------------------------------
# French and English side by side on certificates of courses published in both.
CERTIFICATE_BILINGUAL = env.bool("CERTIFICATE_BILINGUAL", default=True)
# Processes that render a session's certificates for its ZIP download.
CERTIFICATE_RENDER_PROCESSES = env.int("CERTIFICATE_RENDER_PROCESSES", default=2)
# The public verify page: at most this many requests per window (seconds) per address.
CERTIFICATE_VERIFY_RATE = (env.int("CERTIFICATE_VERIFY_PER_MINUTE", default=30), 60)

# --- Learning -----------------------------------------------------------------------------
# Wrong enrolment keys: at most this many per person and course in a window of seconds; then
# every key, the right one too, is refused until the window ends.
ENROLMENT_KEY_WRONG_RATE = (
    env.int("ENROLMENT_KEY_WRONG_LIMIT", default=5),
    env.int("ENROLMENT_KEY_WRONG_WINDOW_SECONDS", default=10 * 60),
)

# --- Bulk enrolment files -----------------------------------------------------------------
# A participants file (CSV or XLSX) beyond these bounds is refused, with the reason, before it
# is parsed (reports/bulk_files.py): the file as uploaded, its participants and columns, and
# for a workbook (a ZIP of XML parts) its parts unzipped and how much they may have shrunk.
BULK_ENROLMENT_MAX_BYTES = 5 * 1024 * 1024
BULK_ENROLMENT_MAX_ROWS = 5000
BULK_ENROLMENT_MAX_COLUMNS = 30
BULK_ENROLMENT_MAX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024
BULK_ENROLMENT_MAX_COMPRESSION_RATIO = 100

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "CEBioS Learning"
# The site's address in emails and admin links. Without the variable: the development server
# when DEBUG is on (`make run` serves there), else the first allowed host over HTTPS.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="") or (
    "http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents to download, and the MP4 and WebM files of video blocks (courses/blocks.py).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "mp4", "webm"]
# Trainees pay for what they download: a file above this is refused at upload (a video of ten
# minutes fits in 40 MB). deploy/nginx/learning.conf lets uploads of this size through.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=60) * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the update check is an outside request
WAGTAILUSERS_PASSWORD_REQUIRED = True
# The admin signs in through allauth's login (its rate limits, its second step); Wagtail's own
# login and password reset are not reachable (see learning_platform/urls.py).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Complex pages can exceed Django's default of 1,000 form fields in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The admin shows avatars it has, never Gravatar's: asking Gravatar would send a hash of each
# trainee's and colleague's email to an outside service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Security headers (learning_platform/headers.py) --------------------------------------
# The site sends no JavaScript of its own (allauth's second-factor pages load their scripts from
# our static files), so its policy is strict: nothing from elsewhere, no inline script, no
# plugin, no framing. data: images are allauth's QR code for an authenticator app; the nonce is
# for the one inline stylesheet, the certificate verify page's.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "style-src": [SELF, NONCE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin (under /admin/) still writes inline styles and scripts, shows the pictures a
# trainer uploads from blob: URLs and frames its own page preview: that, and nothing from
# elsewhere (tests/e2e/test_csp.py finds what breaks when one of these is taken away).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "blob:"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Nothing on the platform uses the camera, the microphone or the location; a page that an
# author's link or an embed brings in cannot ask for them either.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()"

# --- Logging ------------------------------------------------------------------------------
# Every line carries the id of the request (or of the request that queued the task) it was
# logged for: nginx makes it, gunicorn and nginx log it too (learning_platform/logs.py).
# LOG_FORMAT=json writes one JSON object a line, for a log collector.
LOG_FORMAT = env("LOG_FORMAT", default="plain")
# Errors reported to Sentry when SENTRY_DSN is set (learning_platform/error_reporting.py): off by
# default, and never with personal data.
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    from learning_platform.error_reporting import sentry_init

    sentry_init(SENTRY_DSN, environment=env("SENTRY_ENVIRONMENT", default="production"))
# /metrics (learning_platform/metrics.py) answers only with this token; unset, it does not exist.
METRICS_TOKEN = env("METRICS_TOKEN", default="")
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "learning_platform.logs.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "learning_platform.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its search-index and reference-index updates as tasks; one line each.
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs each rendering step at INFO: seven lines per certificate.
        "weasyprint": {"level": "WARNING"},
    },
}
