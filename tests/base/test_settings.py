"""Configuration comes from the environment, and each environment's settings hold their promises."""

import os
import re
import subprocess
import sys

import pytest

from tests.paths import PROJECT

PROJECT = PROJECT


def manage(*args, settings="archive_site.settings.dev", **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "ELASTICSEARCH_", "SECRET_"))
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def shell(code, **kwargs):
    return manage("shell", "--no-imports", "-c", code, **kwargs)


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", settings="archive_site.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_the_deployment_checklist_with_real_values():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings="archive_site.settings.production",
        SECRET_KEY="k3y-" + "x7Qp9vLm2Rt8" * 5,
        ALLOWED_HOSTS="archive.laclef.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


SQLITE_PRAGMAS = (
    "from django.db import connection\n"
    "c = connection.cursor()\n"
    "for pragma in ('journal_mode', 'busy_timeout', 'cache_size', 'mmap_size'):\n"
    "    print(c.execute(f'PRAGMA {pragma}').fetchone()[0])\n"
    "print(connection.transaction_mode)"
)


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_immediate_transactions(tmp_path):
    result = shell(SQLITE_PRAGMAS, VAR_DIR=str(tmp_path))
    journal, busy_timeout, cache_kib, mmap_bytes, mode = result.stdout.split()
    assert (journal, busy_timeout, mode) == ("wal", "20000", "IMMEDIATE"), result.stderr
    assert (cache_kib, mmap_bytes) == (str(-64 * 1024), str(1024 * 1024 * 1024))


def test_sqlite_page_cache_and_memory_mapping_are_configurable(tmp_path):
    result = shell(SQLITE_PRAGMAS, VAR_DIR=str(tmp_path), SQLITE_CACHE_MB="8", SQLITE_MMAP_MB="0")
    assert result.stdout.split()[2:4] == [str(-8 * 1024), "0"], result.stderr


def test_database_url_chooses_postgresql():
    result = shell(
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        DATABASE_URL="postgres://archive@db.internal:5432/laclef",
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "wagtail.search.backends.database"),
        (
            {"ELASTICSEARCH_URL": "http://127.0.0.1:9200"},
            "wagtail.search.backends.elasticsearch9",
        ),
    ],
)
def test_search_backend_follows_elasticsearch_url(env, backend):
    result = shell(
        "from django.conf import settings; "
        "print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])",
        **env,
    )
    assert result.stdout.strip() == backend, result.stderr


def test_a_malformed_boolean_is_a_clear_error():
    result = manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_every_environment_variable_is_documented():
    settings_source = "".join(
        path.read_text() for path in (PROJECT / "archive_site" / "settings").glob("*.py")
    )
    names = set(re.findall(r'env_\w+\("([A-Z_]+)"', settings_source))
    example = (PROJECT / ".env.example").read_text()
    docs = (PROJECT / "docs" / "configuration.md").read_text()
    for name in names:
        assert f"{name}=" in example, f"{name} missing from .env.example"
        assert f"`{name}`" in docs, f"{name} missing from docs/configuration.md"
