"""`make run` creates the first administrator once, and says where the password is kept."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command


def run(tmp_path):
    out = io.StringIO()
    call_command("create_admin_account", password_file=tmp_path / "pw.txt", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_creates_an_administrator_and_prints_the_password_once(tmp_path):
    first = run(tmp_path)
    username, password = (tmp_path / "pw.txt").read_text().split()
    assert password in first
    assert authenticate(username=username, password=password).is_superuser
    assert oct((tmp_path / "pw.txt").stat().st_mode)[-3:] == "600"

    second = run(tmp_path)
    assert password not in second
    assert "exists" in second
    assert get_user_model().objects.count() == 1
