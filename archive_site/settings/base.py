"""
Settings shared by every environment of La Clef Archive.

Everything that differs between a laptop and a production cluster is read from environment
variables here, with typed parsing, and nowhere else (see docs/configuration.md). Secrets never
have a default in this file: production refuses to start without them.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from error


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


VAR_DIR = Path(env_str("VAR_DIR") or BASE_DIR / "var")
DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "base",
    "home",
    "archive",
    "oral_history",
    "access_requests",
    "search",
    "linked_data",
    "harvesting",
    "identifiers",
    "page_cache",
    "wagtail.contrib.frontend_cache",
    "leaflets",
    "backups",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' pages from the cache, before sessions and users (docs/production.md).
    "page_cache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "harvesting.middleware.LocaleMiddlewareExceptMachines",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost: the French pages' no-break spaces (base/typography.py).
    "base.middleware.FrenchTypographyMiddleware",
]

ROOT_URLCONF = "archive_site.urls"
WSGI_APPLICATION = "archive_site.wsgi.application"

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
            ],
        },
    },
]

# Database: one URL chooses the engine. The embedded default is SQLite under var/, tuned so that
# readers and an editor's write never meet "database is locked": write-ahead logging lets readers
# run beside a writer, the busy timeout makes a second writer wait instead of failing, and
# IMMEDIATE transactions take the write lock up front instead of upgrading a read lock midway.
# Each connection also keeps a larger page cache and maps the file into memory: a text search of
# the archive reads thousands of rows by id, and with SQLite's default 2 MB cache every one was
# copied again from the operating system after any larger query (docs/benchmarks.md, session 5).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
SQLITE_CACHE_MB = env_int("SQLITE_CACHE_MB", 64)
SQLITE_MMAP_MB = env_int("SQLITE_MMAP_MB", 1024)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
            f"PRAGMA cache_size=-{SQLITE_CACHE_MB * 1024};"
            f"PRAGMA mmap_size={SQLITE_MMAP_MB * 1024 * 1024};"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_BUSY_TIMEOUT", 20),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French is the default language, English the second. Interface strings are
# translated with gettext (locale/), content with Wagtail's locales and translations.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "archive_site" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = env_str("MEDIA_URL") or "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or VAR_DIR / "media")

# Recordings live apart from MEDIA_ROOT, where no web server publishes them: they are served by
# archive.media.files.serve_media, which checks access (see docs/oral-history.md).
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or VAR_DIR / "private-media")
MEDIA_ACCEL_REDIRECT_PREFIX = env_str("MEDIA_ACCEL_REDIRECT_PREFIX")
PRIVATE_MEDIA_STORAGE = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
}
MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# Object storage (S3 or any S3-compatible service, through django-storages) when MEDIA_S3_BUCKET
# is set: public files in that bucket, readable by anyone (public-read), private files in
# PRIVATE_MEDIA_S3_BUCKET (the same bucket by default) under PRIVATE_MEDIA_S3_PREFIX, with no
# public ACL: they are read by the access-checking views, never by a bucket address. Credentials
# come from boto3's usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role).
# See docs/backup.md.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    _S3_OPTIONS = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "bucket_name": MEDIA_S3_BUCKET,
            "location": env_str("MEDIA_S3_PREFIX"),
            "default_acl": "public-read",
            "querystring_auth": False,
            "custom_domain": env_str("MEDIA_S3_CUSTOM_DOMAIN") or None,
        },
    }
    PRIVATE_MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "bucket_name": env_str("PRIVATE_MEDIA_S3_BUCKET") or MEDIA_S3_BUCKET,
            "location": env_str("PRIVATE_MEDIA_S3_PREFIX") or "private",
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
STORAGES = {
    "default": MEDIA_STORAGE,
    "private_media": PRIVATE_MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "La Clef Archive"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "archive.ArchiveImage"
# Upload limits in bytes, checked before a file is stored (archive/media/uploads.py).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
MEDIA_MAX_UPLOAD_SIZE = env_int("MEDIA_MAX_UPLOAD_SIZE", 2 * 1024 * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_MODEL = "archive.ArchiveDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "zip"]
WAGTAILMEDIA = {
    "MEDIA_MODEL": "archive.ArchiveMedia",
    "AUDIO_EXTENSIONS": ["aac", "flac", "m4a", "mp3", "oga", "ogg", "opus", "wav"],
    "VIDEO_EXTENSIONS": ["m4v", "mov", "mp4", "ogv", "webm"],
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Search: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text) unless an
# Elasticsearch cluster is configured, in which case the same code talks to Elasticsearch 9.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX") or "laclef_"
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 10)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
    }

# The public search's own index of `search.SearchDocument`s (search/engines/elasticsearch.py), used
# when URL is set. Its analysers do in Elasticsearch what search/text.py does for the embedded
# engines: French elisions removed, accents folded, light stemming (see docs/search.md).
# A search ranks its page in a worker thread while it counts its matches (search/parallel.py).
SEARCH_PARALLEL = env_bool("SEARCH_PARALLEL", True)
SEARCH_ELASTICSEARCH = {
    "URL": ELASTICSEARCH_URL,
    "INDEX": f"{ELASTICSEARCH_INDEX_PREFIX}documents",
    "TIMEOUT": ELASTICSEARCH_TIMEOUT,
}
# l'Occupation, d'Agnès, qu'il, jusqu'à…: the article and its apostrophe (' or ’) are dropped.
_ELISIONS = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
_TEXT = {"type": "text", "analyzer": "archive_folded"}
_LANGUAGES = {
    "french": {"type": "text", "analyzer": "archive_french"},
    "english": {"type": "text", "analyzer": "archive_english"},
}
_AUTOCOMPLETE = {
    "type": "text",
    "analyzer": "archive_autocomplete",
    "search_analyzer": "archive_autocomplete_search",
}
SEARCH_INDEX_SETTINGS = {
    "settings": {
        "number_of_shards": 1,
        "analysis": {
            "filter": {
                "archive_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": _ELISIONS,
                },
                "archive_french_stop": {"type": "stop", "stopwords": "_french_"},
                "archive_french_stemmer": {"type": "stemmer", "language": "light_french"},
                "archive_english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "archive_english_stop": {"type": "stop", "stopwords": "_english_"},
                "archive_english_stemmer": {"type": "stemmer", "language": "minimal_english"},
                "archive_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
                "archive_truncate": {"type": "truncate", "length": 20},
            },
            "analyzer": {
                "archive_french": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "archive_elision",
                        "lowercase",
                        "archive_french_stop",
                        "asciifolding",
                        "archive_french_stemmer",
                    ],
                },
                "archive_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "archive_elision",
                        "archive_english_possessive",
                        "lowercase",
                        "archive_english_stop",
                        "asciifolding",
                        "archive_english_stemmer",
                    ],
                },
                "archive_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["archive_elision", "lowercase", "asciifolding"],
                },
                "archive_autocomplete": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "archive_elision",
                        "lowercase",
                        "asciifolding",
                        "archive_edge_ngram",
                    ],
                },
                "archive_autocomplete_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["archive_elision", "lowercase", "asciifolding", "archive_truncate"],
                },
            },
        },
    },
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "id": {"type": "long"},
            "type": {"type": "keyword"},
            "source": {"type": "keyword"},
            "object_id": {"type": "long"},
            "locale": {"type": "keyword"},
            "title": {**_TEXT, "fields": {**_LANGUAGES, "autocomplete": _AUTOCOMPLETE}},
            "title_en": {**_TEXT, "fields": {**_LANGUAGES, "autocomplete": _AUTOCOMPLETE}},
            "context": {**_TEXT, "fields": _LANGUAGES},
            "body": {**_TEXT, "fields": _LANGUAGES},
            "extra_text": {**_TEXT, "fields": _LANGUAGES},
            "date": {"type": "date", "format": "strict_date"},
            "year": {"type": "integer"},
            "start": {"type": "float"},
            "speaker": {"type": "keyword"},
            "audience": {"type": "keyword"},
            "available_from": {"type": "date", "format": "strict_date"},
            "facets": {
                "type": "nested",
                "properties": {
                    "name": {"type": "keyword"},
                    "value": {"type": "keyword"},
                    "label": {"type": "keyword"},
                    "label_en": {"type": "keyword"},
                },
            },
        },
    },
}

# E-mail: Django's SMTP backend, configured from the environment (dev.py prints mail to the
# console, test.py keeps it in memory). See docs/access-requests.md.
EMAIL_HOST = env_str("EMAIL_HOST") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "La Clef Archive <archive@localhost>"

# Researchers' requests for access (access_requests/, docs/access-requests.md): who is told of a
# new request (empty: every active superuser with an e-mail address), the default length of a
# grant, and how many requests one address and one IP address may send in a period.
ACCESS_REQUEST_NOTIFY = env_list("ACCESS_REQUEST_NOTIFY")
ACCESS_GRANT_DAYS = env_int("ACCESS_GRANT_DAYS", 90)
ACCESS_REQUEST_RATE_PER_ADDRESS = env_str("ACCESS_REQUEST_RATE_PER_ADDRESS") or "3/h"
ACCESS_REQUEST_RATE_PER_IP = env_str("ACCESS_REQUEST_RATE_PER_IP") or "10/h"
# django-ratelimit counts in this cache. A file cache is shared by the workers of one machine and
# outlives a restart; on several machines, point it at Redis or Memcached. Behind a proxy, name
# the header that carries the visitor's address (e.g. HTTP_X_REAL_IP), or every request counts
# as the proxy's.
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = env_str("RATELIMIT_IP_META_KEY") or None
# Background work (django-tasks, the library Wagtail itself uses for its tasks, with its database
# backend): the archive's long jobs (public versions of recordings, reading scans) are queued in
# the database under "archive" and run by `manage.py db_worker --backend archive`, which
# `make run` and `make serve` start beside the site, so that an editor's save returns at once
# and a job survives a restart. Wagtail's own tasks keep the default, run at once.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "archive": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# The cache every worker shares: the listing's counts, the search's answers and anonymous
# visitors' pages (docs/production.md). With REDIS_URL, Django's own Redis backend (the `redis`
# package); without it, files under var/cache/, which the workers of one machine share and which
# need no server. A per-worker LocMemCache cannot serve two workers: a page one worker cached
# would be invisible to the other, and what one worker's visitors made stale the other would
# still serve until its own copy expired.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX") or "laclef",
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": (env_str("CACHE_KEY_PREFIX") or "laclef") + "-rate",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / "default",
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20_000)},
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / "ratelimit",
        },
    }

# Anonymous visitors' pages (page_cache/, docs/production.md): how long the server keeps one, and
# what it tells browsers (max-age) and a CDN (s-maxage); none outlives the next embargo's end.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", default=True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60 * 60 * 24)
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 60)
PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 300)
# How long a worker trusts the versions it last read (page_cache/versions.py).
PAGE_CACHE_VERSION_SECONDS = env_int("PAGE_CACHE_VERSION_SECONDS", 1)
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/django-admin/"]
# How long a worker trusts what it remembers of the page tree before reading its version again
# (base/page_tree.py: the sites, the pages' addresses, the menu, the view restrictions); 0, the
# default, reads it for every request, so that no worker serves a page the tree no longer has.
PAGE_TREE_VERSION_SECONDS = env_int("PAGE_TREE_VERSION_SECONDS", 0)

# A CDN in front of the site is told to forget a page when it is published, unpublished or
# moved (wagtail.contrib.frontend_cache): FRONTEND_CACHE_BACKEND is "http" (Varnish, Squid or
# nginx's purge, at FRONTEND_CACHE_LOCATION), "cloudflare" or "cloudfront".
FRONTEND_CACHE_BACKEND = env_str("FRONTEND_CACHE_BACKEND")
_FRONTEND_CACHE_BACKENDS = {
    "http": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_LOCATION"),
    },
    "cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
    },
    "cloudfront": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
if FRONTEND_CACHE_BACKEND:
    if FRONTEND_CACHE_BACKEND not in _FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be one of {', '.join(_FRONTEND_CACHE_BACKENDS)}, "
            f"not {FRONTEND_CACHE_BACKEND!r}."
        )
    WAGTAILFRONTENDCACHE = {"cdn": _FRONTEND_CACHE_BACKENDS[FRONTEND_CACHE_BACKEND]}
# Each language's page has its own address (/fr/histoire/, /en/history/), purged by its own
# publication (page_cache/cdn.py for records): Wagtail is not to guess other languages' addresses
# by swapping the prefix (/en/histoire/ is no page).
WAGTAILFRONTENDCACHE_LANGUAGES = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL") or "WARNING"},
}

# The read API (harvesting/api/): Django REST framework, described by drf-spectacular.
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
SPECTACULAR_SETTINGS = {
    "TITLE": "La Clef Archive read API",
    "DESCRIPTION": "The public records of La Clef's archive: events, films, people, series, "
    "venues, interviews, media items and pages. See docs/interoperability.md.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["harvesting.api.schema.only_the_read_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "harvesting.api.schema.error_answers",
    ],
}

# Chart snapshots (archive/programme/charts/, docs/calendar.md): how many one IP address may make
# in a period, counted by django-ratelimit in the cache above.
CHART_SNAPSHOT_RATE_PER_IP = env_str("CHART_SNAPSHOT_RATE_PER_IP") or "20/h"
